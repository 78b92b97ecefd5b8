import * as z from 'zod/v4-mini';

/**
 * The learner's progress: one JSON document in localStorage, validated on every read.
 * zod's "mini" build keeps this schema small enough for every page (see the page budgets).
 * Unknown top-level fields are kept (loose object), so a later version that adds a record type
 * (H5P results, assignment work) does not make older pages discard it.
 */
export const PROGRESS_FORMAT = 'formation-mutuelles/progress';
export const PROGRESS_VERSION = 1;
/** Attempts kept per quiz or exercise (the most recent), so storage stays bounded. */
export const MAX_ATTEMPTS = 50;

const isoDate = z.string().check(z.minLength(10), z.maxLength(40));
const id = z.string().check(z.minLength(1), z.maxLength(120));

export const quizAttemptSchema = z.object({
  /** Unique attempt id (time + random), the key of merges. */
  id,
  at: isoDate,
  /** Responses by question id, as the quiz player recorded them. */
  answers: z.record(z.string(), z.unknown()),
  /** points / maxPoints, 0..1. */
  score: z.number().check(z.gte(0), z.lte(1)),
  points: z.number().check(z.gte(0)),
  maxPoints: z.number().check(z.gte(0)),
  passed: z.boolean(),
});

export const exerciseAttemptSchema = z.object({
  id,
  at: isoDate,
  /** Seed of the learner's values, so the same exercise can be shown again. */
  seed: z.string().check(z.maxLength(200)),
  steps: z.array(
    z.object({
      stepId: id,
      /** What the learner typed at their first valid try. */
      answer: z.string().check(z.maxLength(100)),
      correct: z.boolean(),
      misconception: z.optional(z.string()),
    }),
  ),
  score: z.number().check(z.gte(0), z.lte(1)),
  completed: z.boolean(),
});

export const progressSchema = z.looseObject({
  format: z.literal(PROGRESS_FORMAT),
  version: z.literal(PROGRESS_VERSION),
  /** Random id made once per browser; seeds option shuffling and exercise values. */
  learnerId: id,
  updatedAt: isoDate,
  lessons: z.record(z.string(), z.object({ openedAt: z.optional(isoDate), completedAt: z.optional(isoDate) })),
  quizzes: z.record(z.string(), z.object({ attempts: z.array(quizAttemptSchema) })),
  exercises: z.record(z.string(), z.object({ attempts: z.array(exerciseAttemptSchema) })),
  lastPosition: z.optional(z.object({ href: z.string().check(z.maxLength(500)), title: z.string().check(z.maxLength(300)), at: isoDate })),
});

export type QuizAttempt = z.infer<typeof quizAttemptSchema>;
export type ExerciseAttempt = z.infer<typeof exerciseAttemptSchema>;
export type ProgressDoc = z.infer<typeof progressSchema>;

export function emptyProgress(learnerId: string, now: Date): ProgressDoc {
  return { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, learnerId, updatedAt: now.toISOString(), lessons: {}, quizzes: {}, exercises: {} };
}

/** The path of the first schema problem, e.g. "quizzes.calcul.attempts.0.score". */
export function firstIssuePath(error: { issues: { path: PropertyKey[] }[] }): string {
  return (error.issues[0]?.path ?? []).map(String).join('.') || '(racine)';
}
