/**
 * How the trainer's browser scores each kind of assignment item again (`rescore`, from the
 * raw work of a receipt, with the engine — never the score a receipt claims). What the
 * trainee's browser puts in a receipt is in `collect.ts`, kept apart so that the trainee's
 * page does not carry the whole scoring engine.
 *
 * `satisfies` on the registry makes the type checker refuse a kind of `ITEM_KINDS` without
 * its rules, so a new kind cannot be half added.
 */
import { checkStep, instantiate, type ParameterValues } from '../exercises';
import { scoreQuiz } from '../scoring/quiz';
import type { ScoreResult } from '../scoring/types';
import type { Exercise } from '../../schemas/exercise';
import type { Quiz } from '../../schemas/quiz';
import type { Assignment, AssignmentItem } from './assignment';
import type { Catalogue } from './catalogue';
import type { ItemKind } from './item-kinds';
import { exerciseSeed, type Trainee } from './seeds';
import { bestScore, exerciseWorkAttemptSchema, h5pWorkAttemptSchema, quizWorkAttemptSchema, timeSpent, validAttempts, type H5pWorkAttempt, type ReceiptItem } from './work';

export { ITEM_KINDS, type ItemKind } from './item-kinds';

/** How a step of an exercise went at the trainee's first valid try. */
export type StepOutcome = { stepId: string; outcome: 'correct' | 'wrong' | 'unanswered' } | { stepId: string; outcome: 'misconception'; misconception: string };

/** One question of a quiz at the trainee's first attempt: the response and its score. */
export interface QuestionOutcome {
  questionId: string;
  response: unknown;
  result: ScoreResult;
}

/** An item re-scored. `score` is null for what is not graded (a lesson to read). */
export interface ItemResult {
  status: 'not-started' | 'started' | 'done';
  score: number | null;
  attempts: number;
  /** Time spent answering, in ms, when the attempts recorded it. */
  timeMs: number | null;
  /** Attempts of the receipt that could not be used (malformed, or other exercise values). */
  ignored: number;
  /** Quiz items: the first attempt, question by question (for « questions difficiles »). */
  questions?: QuestionOutcome[];
  /** Exercise items: the first attempt, step by step (for the class's typical mistakes). */
  steps?: StepOutcome[];
  /**
   * H5P items: the result as the package declared it (score raw/max, success, completion,
   * version); `otherVersion` when it was played on another version of the package than the
   * site serves now. The item's `score` is this result's `scaled`, never computed here.
   */
  declared?: H5pWorkAttempt & { otherVersion: boolean };
}

export interface RescoreContext {
  assignment: Assignment;
  trainee: Trainee;
  catalogue: Catalogue;
}

export interface ItemRules {
  /** Whether the course has this item (composing, and receipts naming unknown items). */
  exists(catalogue: Catalogue, id: string): boolean;
  /** The item's title as the trainer and trainees see it. */
  title(catalogue: Catalogue, id: string): string;
  /** Whether the item counts in the overall score. */
  graded: boolean;
  /** Scores the raw work again. */
  rescore(work: ReceiptItem, item: AssignmentItem, context: RescoreContext): ItemResult;
}


const lessonRules: ItemRules = {
  exists: (catalogue, id) => Object.hasOwn(catalogue.lessons, id),
  title: (catalogue, id) => catalogue.lessons[id]?.title ?? id,
  graded: false,
  rescore(work) {
    const opened = work.openedAt !== undefined;
    return { status: opened ? 'done' : 'not-started', score: null, attempts: opened ? 1 : 0, timeMs: null, ignored: 0 };
  },
};

function quizRules(list: (catalogue: Catalogue) => Record<string, Quiz>, titleOf: (catalogue: Catalogue, id: string) => string): ItemRules {
  return {
    exists: (catalogue, id) => Object.hasOwn(list(catalogue), id),
    title: titleOf,
    graded: true,
    rescore(work, item, context) {
      const quiz = list(context.catalogue)[item.id];
      const { valid, ignored } = validAttempts(work.attempts, quizWorkAttemptSchema);
      if (!quiz || valid.length === 0) return { status: 'not-started', score: null, attempts: 0, timeMs: null, ignored: quiz ? ignored : valid.length + ignored };
      const scores = valid.map((attempt) => scoreQuiz(quiz, attempt.answers));
      const first = scores[0]!;
      const questions = quiz.questions.map((question) => ({ questionId: question.id, response: valid[0]!.answers[question.id] ?? null, result: first.results[question.id]! }));
      return { status: 'done', score: bestScore(scores.map((s) => s.ratio)), attempts: valid.length, timeMs: timeSpent(valid), ignored, questions };
    },
  };
}

/** The steps of one exercise attempt, checked by the engine on the trainee's values. */
function stepOutcomes(exercise: Exercise, values: ParameterValues, steps: readonly { stepId: string; answer: string }[]): StepOutcome[] {
  return exercise.steps.map((step) => {
    const typed = steps.find((s) => s.stepId === step.id)?.answer ?? '';
    const check = checkStep(exercise, values, step.id, typed);
    if (check.kind === 'invalid') return { stepId: step.id, outcome: 'unanswered' };
    if (check.kind === 'misconception') return { stepId: step.id, outcome: 'misconception', misconception: check.id };
    return { stepId: step.id, outcome: check.kind };
  });
}

const exerciseRules: ItemRules = {
  exists: (catalogue, id) => Object.hasOwn(catalogue.exercises, id),
  title: (catalogue, id) => catalogue.exercises[id]?.title ?? id,
  graded: true,
  rescore(work, item, context) {
    const exercise = context.catalogue.exercises[item.id];
    const parsed = validAttempts(work.attempts, exerciseWorkAttemptSchema);
    // The values are drawn again from the assignment and the name, never taken from the receipt:
    // attempts made on other values (a seed that does not match) are not this assignment's work.
    const seed = exerciseSeed(context.assignment, item, context.trainee.name);
    const valid = parsed.valid.filter((attempt) => attempt.seed === seed);
    const ignored = parsed.ignored + parsed.valid.length - valid.length;
    if (!exercise || valid.length === 0) return { status: 'not-started', score: null, attempts: 0, timeMs: null, ignored };
    let values: ParameterValues;
    try {
      values = instantiate(exercise, seed);
    } catch {
      return { status: 'not-started', score: null, attempts: 0, timeMs: null, ignored: ignored + valid.length };
    }
    const outcomes = valid.map((attempt) => stepOutcomes(exercise, values, attempt.steps));
    const scores = outcomes.map((steps) => (steps.length === 0 ? 0 : steps.filter((s) => s.outcome === 'correct').length / steps.length));
    return { status: 'done', score: bestScore(scores), attempts: valid.length, timeMs: timeSpent(valid), ignored, steps: outcomes[0]! };
  },
};

/**
 * H5P activities: the platform cannot score an H5P package's answers again (the scoring is the
 * package's own code), so the item's score is the one the package declared in its xAPI result,
 * shown as such. A result that is missing is « not done »; one that is garbled is ignored and
 * counted (the report says so in French).
 */
const h5pRules: ItemRules = {
  exists: (catalogue, id) => Object.hasOwn(catalogue.h5p ?? {}, id),
  title: (catalogue, id) => catalogue.h5p?.[id]?.title ?? id,
  graded: true,
  rescore(work, item, context) {
    const { valid, ignored } = validAttempts(work.attempts, h5pWorkAttemptSchema);
    const latest = valid.reduce<H5pWorkAttempt | undefined>((last, attempt) => (last === undefined || attempt.at >= last.at ? attempt : last), undefined);
    if (!latest) return { status: 'not-started', score: null, attempts: 0, timeMs: null, ignored };
    const current = context.catalogue.h5p?.[item.id]?.contentVersion;
    return {
      status: 'done',
      score: latest.scaled,
      attempts: valid.length,
      timeMs: null,
      ignored,
      declared: { ...latest, otherVersion: current !== undefined && current !== latest.contentVersion },
    };
  },
};

export const ITEM_RULES = {
  lesson: lessonRules,
  quiz: quizRules((c) => c.quizzes, (c, id) => c.lessons[id]?.title ?? id),
  test: quizRules((c) => c.tests, (c, id) => c.modules[id] ? `${c.modules[id].label} – ${c.modules[id].title}` : id),
  exercise: exerciseRules,
  h5p: h5pRules,
} as const satisfies { [K in ItemKind]: ItemRules };

export function rulesFor(kind: ItemKind): ItemRules {
  return ITEM_RULES[kind];
}
