import * as z from 'zod/v4-mini';

/**
 * The learner's progress: one versioned JSON document in localStorage, validated on every read
 * and every write (see docs/progress-format.md).
 *
 * - zod's "mini" build keeps this schema small enough for every page (see the page budgets).
 * - Every object keeps unknown keys (loose objects): a later version that *adds* a record type
 *   (H5P results, assignment work) or a field (an attempt's duration) needs no migration, and a
 *   page of an older version that reads such a document does not strip what it does not know.
 *   Only a change of meaning of an existing field needs a new version and a migration.
 * - Dates are ISO strings as `Date.toISOString()` writes them, so comparing them as strings
 *   compares them in time (the merge relies on it).
 */
export const PROGRESS_FORMAT = 'formation-mutuelles/progress';
export const PROGRESS_VERSION = 1;
/**
 * Attempts kept per quiz and per exercise: the most recent 50. A learner retaking a quiz
 * daily for a year stays well under localStorage's ~5 MB; older attempts add nothing the
 * progress page shows (it shows the best and the last ones).
 */
export const MAX_ATTEMPTS = 50;

/**
 * A loose object (unknown keys kept at runtime) whose TypeScript type lists only the known
 * keys, so types such as `Omit<QuizAttempt, 'id'>` stay precise.
 */
function keepingUnknownKeys<S extends z.core.$ZodLooseShape>(shape: S) {
  return z.looseObject(shape) as unknown as z.ZodMiniObject<S, z.core.$strip>;
}

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/));
const id = z.string().check(z.minLength(1), z.maxLength(120));
const share = z.number().check(z.gte(0), z.lte(1));

/** One finished quiz attempt. */
export const quizAttemptSchema = keepingUnknownKeys({
  /** Unique attempt id (time + random), the key of merges. */
  id,
  at: isoDate,
  /** When the learner first answered in this attempt (absent in older attempts): time spent is at − startedAt. */
  startedAt: z.optional(isoDate),
  /** Responses by question id, in the shapes of `src/engine/scoring/types.ts`. */
  answers: z.record(z.string(), z.unknown()),
  /** points / maxPoints, 0..1. */
  score: share,
  points: z.number().check(z.gte(0)),
  maxPoints: z.number().check(z.gte(0)),
  passed: z.boolean(),
});

/** Longest exercise step answer kept (the number parser refuses longer inputs anyway). */
export const MAX_STEP_ANSWER_LENGTH = 100;

/** One exercise attempt (finished or abandoned). */
export const exerciseAttemptSchema = keepingUnknownKeys({
  id,
  at: isoDate,
  /** When the learner checked a first step in this attempt (absent in older attempts). */
  startedAt: z.optional(isoDate),
  /** Seed of the learner's values, so the same exercise can be shown again. */
  seed: z.string().check(z.maxLength(200)),
  steps: z.array(
    keepingUnknownKeys({
      stepId: id,
      /** What the learner typed at their first valid try. */
      answer: z.string().check(z.maxLength(MAX_STEP_ANSWER_LENGTH)),
      correct: z.boolean(),
      /** Id of the misconception recognised, if any. */
      misconception: z.optional(z.string().check(z.maxLength(120))),
    }),
  ),
  score: share,
  completed: z.boolean(),
});

/** Where a learner opened and completed a lesson (first time each). */
export const lessonProgressSchema = keepingUnknownKeys({ openedAt: z.optional(isoDate), completedAt: z.optional(isoDate) });

/** The page read last, for the home page's "resume" link. */
export const lastPositionSchema = keepingUnknownKeys({ href: z.string().check(z.maxLength(500)), title: z.string().check(z.maxLength(300)), at: isoDate });

/** One scored result of an H5P activity, from its xAPI statement (src/engine/h5p/results.ts). */
export const h5pResultSchema = keepingUnknownKeys({
  id,
  at: isoDate,
  verb: z.enum(['answered', 'completed', 'passed', 'failed']),
  score: z.number().check(z.gte(0)),
  max: z.number().check(z.gt(0)),
  scaled: share,
  success: z.optional(z.boolean()),
  response: z.optional(z.string().check(z.maxLength(500))),
  /** Hash of the package that produced it: results of an older package stay, marked as such. */
  contentVersion: z.string().check(z.maxLength(64)),
});

/**
 * An assignment a trainer handed out, as this learner opened it: the link's fragment (the
 * assignment itself), the name they gave, when they opened it and last handed it back.
 */
export const assignmentWorkSchema = keepingUnknownKeys({
  fragment: z.string().check(z.maxLength(20_000)),
  trainee: keepingUnknownKeys({ name: z.string().check(z.minLength(1), z.maxLength(80)), ref: z.optional(z.string().check(z.maxLength(60))) }),
  openedAt: isoDate,
  handedAt: z.optional(isoDate),
  /** The assignment's title, for the exercise page to name it. */
  title: z.optional(z.string().check(z.maxLength(200))),
  /** Seeds of the assigned exercises' values, by exercise id, so exercise pages need no decoding. */
  seeds: z.optional(z.record(z.string(), z.string().check(z.maxLength(200)))),
});

/** The whole document. Top-level unknown keys (future record types) are kept as they are. */
export const progressSchema = z.looseObject({
  format: z.literal(PROGRESS_FORMAT),
  version: z.literal(PROGRESS_VERSION),
  /** Random id made once per browser; seeds option shuffling and exercise values. */
  learnerId: id,
  updatedAt: isoDate,
  lessons: z.record(z.string(), lessonProgressSchema),
  quizzes: z.record(z.string(), keepingUnknownKeys({ attempts: z.array(quizAttemptSchema) })),
  exercises: z.record(z.string(), keepingUnknownKeys({ attempts: z.array(exerciseAttemptSchema) })),
  lastPosition: z.optional(lastPositionSchema),
  /**
   * H5P activities by activity id (added without a version bump: older pages keep the key as
   * an unknown one). Absent until the first H5P result.
   */
  h5p: z.optional(z.record(z.string(), keepingUnknownKeys({ results: z.array(h5pResultSchema) }))),
  /** Assignments opened from a trainer's link, by assignment id (added without a version change: optional). */
  assignments: z.optional(z.record(z.string(), assignmentWorkSchema)),
});

export type QuizAttempt = z.infer<typeof quizAttemptSchema>;
export type ExerciseAttempt = z.infer<typeof exerciseAttemptSchema>;
export type LessonProgress = z.infer<typeof lessonProgressSchema>;
export type LastPosition = z.infer<typeof lastPositionSchema>;
export type H5pResultEntry = z.infer<typeof h5pResultSchema>;
export type AssignmentWork = z.infer<typeof assignmentWorkSchema>;
export type ProgressDoc = z.infer<typeof progressSchema>;

/** A new, empty document for a learner id (what a first visit starts from). */
export function emptyProgress(learnerId: string, now: Date): ProgressDoc {
  return { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, learnerId, updatedAt: now.toISOString(), lessons: {}, quizzes: {}, exercises: {} };
}

/**
 * The path of the first schema problem, e.g. "quizzes.calcul.attempts.0.score" (empty for the
 * document itself): the import error names it so a developer can find the bad field.
 */
export function firstIssuePath(error: { issues: readonly { path: readonly PropertyKey[] }[] }): string {
  return (error.issues[0]?.path ?? []).map(String).join('.');
}
