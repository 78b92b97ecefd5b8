import * as v from 'valibot';

/**
 * The learner's progress: one versioned JSON document in localStorage, validated on every read
 * and every write (see docs/progress-format.md).
 *
 * - valibot (modular: only the validators used here are bundled, about 2 KB gzip) keeps this
 *   schema small enough for every page; zod's mini build cost 6 KB on each page (see the budgets).
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
function keepingUnknownKeys<E extends v.ObjectEntries>(entries: E) {
  return v.looseObject(entries) as unknown as v.ObjectSchema<E, undefined>;
}

const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(120));
const share = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const count = v.pipe(v.number(), v.finite(), v.minValue(0));
/** A record keyed by id; valibot's record alone would also take (and turn into {}) an array. */
const notArray = v.custom<object>((input) => typeof input === 'object' && input !== null && !Array.isArray(input));
const recordOf = <S extends v.GenericSchema>(value: S) => v.pipe(notArray, v.record(v.string(), value));

/** One finished quiz attempt. */
const quizAttempt = keepingUnknownKeys({
  /** Unique attempt id (time + random), the key of merges. */
  id,
  at: isoDate,
  /** When the learner first answered in this attempt (absent in older attempts): time spent is at − startedAt. */
  startedAt: v.optional(isoDate),
  /** Responses by question id, in the shapes of `src/engine/scoring/types.ts`. */
  answers: recordOf(v.unknown()),
  /** points / maxPoints, 0..1. */
  score: share,
  points: count,
  maxPoints: count,
  passed: v.boolean(),
});

/** Longest exercise step answer kept (the number parser refuses longer inputs anyway). */
export const MAX_STEP_ANSWER_LENGTH = 100;

/** One exercise attempt (finished or abandoned). */
const exerciseAttempt = keepingUnknownKeys({
  id,
  at: isoDate,
  /** When the learner checked a first step in this attempt (absent in older attempts). */
  startedAt: v.optional(isoDate),
  /** Seed of the learner's values, so the same exercise can be shown again. */
  seed: v.pipe(v.string(), v.maxLength(200)),
  steps: v.array(
    keepingUnknownKeys({
      stepId: id,
      /** What the learner typed at their first valid try. */
      answer: v.pipe(v.string(), v.maxLength(MAX_STEP_ANSWER_LENGTH)),
      correct: v.boolean(),
      /** Id of the misconception recognised, if any. */
      misconception: v.optional(v.pipe(v.string(), v.maxLength(120))),
    }),
  ),
  score: share,
  completed: v.boolean(),
});

/** Where a learner opened and completed a lesson (first time each). */
const lessonProgress = keepingUnknownKeys({ openedAt: v.optional(isoDate), completedAt: v.optional(isoDate) });

/** The page read last, for the home page's "resume" link. */
const lastPosition = keepingUnknownKeys({ href: v.pipe(v.string(), v.maxLength(500)), title: v.pipe(v.string(), v.maxLength(300)), at: isoDate });

/** One scored result of an H5P activity, from its xAPI statement (src/engine/h5p/results.ts). */
const h5pResult = keepingUnknownKeys({
  id,
  at: isoDate,
  verb: v.picklist(['answered', 'completed', 'passed', 'failed']),
  score: v.pipe(v.number(), v.finite(), v.minValue(0)),
  max: v.pipe(v.number(), v.finite(), v.gtValue(0)),
  scaled: share,
  success: v.optional(v.boolean()),
  /** xAPI `result.completion` (absent in results recorded before it was kept). */
  completion: v.optional(v.boolean()),
  response: v.optional(v.pipe(v.string(), v.maxLength(500))),
  /** Hash of the package that produced it: results of an older package stay, marked as such. */
  contentVersion: v.pipe(v.string(), v.maxLength(64)),
});

/**
 * An assignment a trainer handed out, as this learner opened it: the link's fragment (the
 * assignment itself), the name they gave, when they opened it and last handed it back.
 */
const assignmentWork = keepingUnknownKeys({
  fragment: v.pipe(v.string(), v.maxLength(20_000)),
  trainee: keepingUnknownKeys({ name: v.pipe(v.string(), v.minLength(1), v.maxLength(80)), ref: v.optional(v.pipe(v.string(), v.maxLength(60))) }),
  openedAt: isoDate,
  handedAt: v.optional(isoDate),
  /** The assignment's title, for the exercise page to name it. */
  title: v.optional(v.pipe(v.string(), v.maxLength(200))),
  /** Seeds of the assigned exercises' values, by exercise id, so exercise pages need no decoding. */
  seeds: v.optional(recordOf(v.pipe(v.string(), v.maxLength(200)))),
});

/** The whole document. Top-level unknown keys (future record types) are kept as they are. */
const progress = v.looseObject({
  format: v.literal(PROGRESS_FORMAT),
  version: v.literal(PROGRESS_VERSION),
  /** Random id made once per browser; seeds option shuffling and exercise values. */
  learnerId: id,
  updatedAt: isoDate,
  lessons: recordOf(lessonProgress),
  quizzes: recordOf(keepingUnknownKeys({ attempts: v.array(quizAttempt) })),
  exercises: recordOf(keepingUnknownKeys({ attempts: v.array(exerciseAttempt) })),
  lastPosition: v.optional(lastPosition),
  /**
   * H5P activities by activity id (added without a version bump: older pages keep the key as
   * an unknown one). Absent until the first H5P result.
   */
  h5p: v.optional(recordOf(keepingUnknownKeys({ results: v.array(h5pResult) }))),
  /** Assignments opened from a trainer's link, by assignment id (added without a version change: optional). */
  assignments: v.optional(recordOf(assignmentWork)),
});

export type QuizAttempt = v.InferOutput<typeof quizAttempt>;
export type ExerciseAttempt = v.InferOutput<typeof exerciseAttempt>;
export type LessonProgress = v.InferOutput<typeof lessonProgress>;
export type LastPosition = v.InferOutput<typeof lastPosition>;
export type H5pResultEntry = v.InferOutput<typeof h5pResult>;
export type AssignmentWork = v.InferOutput<typeof assignmentWork>;
export type ProgressDoc = v.InferOutput<typeof progress>;

/** A schema problem: where (keys from the document down) and what. */
export interface SchemaIssue {
  path: PropertyKey[];
  message: string;
}
export type SafeParseResult<T> = { success: true; data: T } | { success: false; error: { issues: SchemaIssue[] } };

/** The small parse/safeParse surface the store, the backups and the tests use, over a valibot schema. */
function checker<S extends v.GenericSchema>(schema: S) {
  type Out = v.InferOutput<S>;
  const safeParse = (data: unknown): SafeParseResult<Out> => {
    const result = v.safeParse(schema, data);
    if (result.success) return { success: true, data: result.output };
    return { success: false, error: { issues: result.issues.map((issue) => ({ path: (issue.path ?? []).map((item) => item.key as PropertyKey), message: issue.message })) } };
  };
  return {
    safeParse,
    parse(data: unknown): Out {
      const result = safeParse(data);
      if (!result.success) throw new Error(`Invalid progress at ${result.error.issues[0]?.path.map(String).join('.') ?? ''}: ${result.error.issues[0]?.message ?? ''}`);
      return result.data;
    },
  };
}

export const progressSchema = checker(progress);
export const quizAttemptSchema = checker(quizAttempt);
export const exerciseAttemptSchema = checker(exerciseAttempt);
export const assignmentWorkSchema = checker(assignmentWork);
export const h5pResultSchema = checker(h5pResult);

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
