import { z } from 'zod';
import { slugSchema } from './ids';

/** Fields every question has, whatever its type. */
const questionBase = {
  /** Stable id within the quiz (attempts are stored by it, so never reuse one for another question). */
  id: slugSchema,
  /** The question, in French. Inline Markdown (`**gras**`, `*italique*`) is allowed. */
  prompt: z.string().min(5),
  /** Shown after answering, whatever the answer: why the right answer is right. */
  explanation: z.string().min(10),
  /** Weight of the question in the quiz score (default 1). */
  points: z.number().positive().default(1),
};

/** One option of a choice question. */
export const choiceOptionSchema = z
  .object({
    /** Text of the option. */
    text: z.string().min(1),
    /** Whether choosing this option is right. */
    correct: z.boolean().default(false),
    /** Feedback shown when the learner chooses this option (use it for wrong options). */
    feedback: z.string().optional(),
  })
  .strict();

/** Single choice: exactly one option is correct. */
export const singleQuestionSchema = z
  .object({ type: z.literal('single'), ...questionBase, options: z.array(choiceOptionSchema).min(2).max(8) })
  .strict();

/**
 * Multiple choice: one or more options are correct. Partial credit: (right options chosen −
 * wrong options chosen) ÷ number of right options, never below 0.
 */
export const multipleQuestionSchema = z
  .object({ type: z.literal('multiple'), ...questionBase, options: z.array(choiceOptionSchema).min(2).max(10) })
  .strict();

/** True or false statement. */
export const trueFalseQuestionSchema = z
  .object({
    type: z.literal('true-false'),
    ...questionBase,
    /** Whether the statement in the prompt is true. */
    answer: z.boolean(),
    /** Feedback shown when the learner gives the wrong answer. */
    wrongFeedback: z.string().optional(),
  })
  .strict();

/** Numeric answer, typed the French way ("1 500,5", "12 %"). */
export const numericQuestionSchema = z
  .object({
    type: z.literal('numeric'),
    ...questionBase,
    /** The expected value, in the unit below. */
    answer: z.number().finite(),
    /** Accepted absolute distance from the answer (default 0: exact). */
    tolerance: z.number().min(0).default(0),
    /** Accepted distance as a share of the answer (0.01 = 1 %); the larger of both applies. */
    relativeTolerance: z.number().min(0).max(1).default(0),
    /** Unit shown beside the input and accepted after the number, e.g. "FCFA", "%", "mois". */
    unit: z.string().optional(),
    /** Feedback for typical wrong values (e.g. the result of a classic mistake). */
    mistakes: z
      .array(
        z
          .object({
            /** The wrong value a mistaken method gives. */
            value: z.number().finite(),
            /** What the learner probably did wrong. */
            feedback: z.string().min(5),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

/** Put items in order; partial credit is the share of items in their right place. */
export const orderingQuestionSchema = z
  .object({
    type: z.literal('ordering'),
    ...questionBase,
    /** The items in the right order (shown shuffled). */
    items: z.array(z.string().min(1)).min(3).max(10),
  })
  .strict();

/** Match each left item with its right item; partial credit is the share of right pairs. */
export const matchingQuestionSchema = z
  .object({
    type: z.literal('matching'),
    ...questionBase,
    /** The right pairs; the right-hand sides are offered shuffled. */
    pairs: z
      .array(
        z
          .object({
            /** Left-hand item (fixed). */
            left: z.string().min(1),
            /** Right-hand item that goes with it. */
            right: z.string().min(1),
          })
          .strict(),
      )
      .min(2)
      .max(10),
  })
  .strict();

/** Short text answer, compared without regard to case, accents and extra spaces. */
export const shortTextQuestionSchema = z
  .object({
    type: z.literal('short-text'),
    ...questionBase,
    /** Accepted answers (variants, abbreviations). */
    answers: z.array(z.string().min(1)).min(1),
  })
  .strict();

export const questionSchema = z.discriminatedUnion('type', [
  singleQuestionSchema,
  multipleQuestionSchema,
  trueFalseQuestionSchema,
  numericQuestionSchema,
  orderingQuestionSchema,
  matchingQuestionSchema,
  shortTextQuestionSchema,
]);

/**
 * A quiz, `quizzes/<id>.yaml`, where `<id>` is a lesson id (lesson quiz) or a module id
 * (module test, `scope: module`).
 */
export const quizSchema = z
  .object({
    /** Whether this quiz checks one lesson or a whole module. */
    scope: z.enum(['lesson', 'module']).default('lesson'),
    /** Title shown above the quiz; defaults to the lesson or module title. */
    title: z.string().optional(),
    /**
     * `immediate`: feedback after each question (lesson quizzes);
     * `deferred`: answers and feedback shown only at the end (module tests).
     */
    mode: z.enum(['immediate', 'deferred']).default('immediate'),
    /** Share of points needed to pass, 0..1. */
    passMark: z.number().min(0).max(1).default(0.7),
    /** Whether options and items are shuffled (by a seed, so each learner sees a stable order). */
    shuffle: z.boolean().default(true),
    /** The questions, in the order shown. */
    questions: z.array(questionSchema).min(1),
  })
  .strict()
  .superRefine((quiz, ctx) => {
    const seen = new Set<string>();
    quiz.questions.forEach((q, i) => {
      if (seen.has(q.id)) {
        ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `identifiant de question en double : ${q.id}` });
      }
      seen.add(q.id);
      if (q.type === 'single' && q.options.filter((o) => o.correct).length !== 1) {
        ctx.addIssue({ code: 'custom', path: ['questions', i, 'options'], message: 'une question « single » doit avoir exactement une option correcte' });
      }
      if (q.type === 'multiple' && !q.options.some((o) => o.correct)) {
        ctx.addIssue({ code: 'custom', path: ['questions', i, 'options'], message: 'une question « multiple » doit avoir au moins une option correcte' });
      }
      if (q.type === 'matching' && new Set(q.pairs.map((p) => p.right)).size !== q.pairs.length) {
        ctx.addIssue({ code: 'custom', path: ['questions', i, 'pairs'], message: 'les éléments de droite doivent être distincts' });
      }
      if (q.type === 'ordering' && new Set(q.items).size !== q.items.length) {
        ctx.addIssue({ code: 'custom', path: ['questions', i, 'items'], message: 'les éléments à ordonner doivent être distincts' });
      }
    });
  });

export type Quiz = z.infer<typeof quizSchema>;
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];
