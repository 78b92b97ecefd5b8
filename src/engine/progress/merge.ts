import { MAX_ATTEMPTS, type AssignmentWork, type ExerciseAttempt, type H5pResultEntry, type LastPosition, type LessonProgress, type ProgressDoc, type QuizAttempt } from './schema';

/**
 * Merging two progress documents without losing what either has. Used when another tab wrote
 * in between (store), when storage comes back after a quota error (store), and when a backup
 * is imported (backup). Rules:
 *
 * | field                   | merged value                                                        |
 * |-------------------------|---------------------------------------------------------------------|
 * | quizzes/exercises       | union of attempts by `id`, sorted by `at` then `id`, last 50 kept   |
 * | h5p                     | union of results by `id`, sorted by `at` then `id`, last 50 kept    |
 * | lessons                 | union of lessons; earliest `openedAt`, earliest `completedAt`       |
 * | lastPosition            | the one with the latest `at`                                        |
 * | assignments             | union by id; earliest `openedAt` (with its trainee), latest `handedAt` |
 * | updatedAt               | the latest                                                          |
 * | learnerId               | the smaller string (callers that must keep theirs set it back)      |
 * | unknown fields          | kept; when both sides have one, a deterministic pick (see `either`) |
 *
 * The merge is pure, commutative (merge(a, b) deep-equals merge(b, a)) and idempotent
 * (merge(m, m) = m and merge(merge(a, b), b) = merge(a, b)), so it can be applied again and in
 * any order — two tabs converge to the same document.
 */
export function mergeProgress(a: ProgressDoc, b: ProgressDoc): ProgressDoc {
  const merged: ProgressDoc = {
    ...mergeUnknownKeys(a, b, TOP_LEVEL_KEYS),
    format: a.format,
    version: a.version,
    learnerId: a.learnerId <= b.learnerId ? a.learnerId : b.learnerId,
    updatedAt: a.updatedAt >= b.updatedAt ? a.updatedAt : b.updatedAt,
    lessons: mergeLessons(a.lessons, b.lessons),
    quizzes: mergeAttemptRecords<QuizAttempt>(a.quizzes, b.quizzes),
    exercises: mergeAttemptRecords<ExerciseAttempt>(a.exercises, b.exercises),
  };
  if (a.h5p || b.h5p) merged.h5p = mergeH5p(a.h5p ?? {}, b.h5p ?? {});
  const lastPosition = latestPosition(a.lastPosition, b.lastPosition);
  if (lastPosition) merged.lastPosition = lastPosition;
  if (a.assignments || b.assignments) merged.assignments = mergeAssignments(a.assignments ?? {}, b.assignments ?? {});
  return merged;
}

const TOP_LEVEL_KEYS = new Set(['format', 'version', 'learnerId', 'updatedAt', 'lessons', 'quizzes', 'exercises', 'lastPosition', 'h5p', 'assignments']);
const H5P_RECORD_KEYS = new Set(['results']);
const LESSON_KEYS = new Set(['openedAt', 'completedAt']);
const ATTEMPT_RECORD_KEYS = new Set(['attempts']);

/**
 * One of two conflicting values, the same whichever is passed first: the one whose JSON text
 * sorts last. Arbitrary but deterministic, which is what commutativity needs when two sides
 * hold different values under a key this version does not understand.
 */
function either<T>(x: T, y: T): T {
  return JSON.stringify(x) >= JSON.stringify(y) ? x : y;
}

const own = (record: object, key: string) => Object.prototype.hasOwnProperty.call(record, key);

/** The keys of both objects that this version does not know, merged with `either`. */
function mergeUnknownKeys(x: object, y: object, known: Set<string>): Record<string, unknown> {
  const xs = x as Record<string, unknown>;
  const ys = y as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(xs), ...Object.keys(ys)])) {
    if (known.has(key)) continue;
    out[key] = own(xs, key) && own(ys, key) ? either(xs[key], ys[key]) : own(xs, key) ? xs[key] : ys[key];
  }
  return out;
}

/** The earlier of two optional ISO dates. */
function earliest(x: string | undefined, y: string | undefined): string | undefined {
  if (x === undefined) return y;
  if (y === undefined) return x;
  return x <= y ? x : y;
}

function mergeLessons(a: ProgressDoc['lessons'], b: ProgressDoc['lessons']): ProgressDoc['lessons'] {
  const out: ProgressDoc['lessons'] = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x: LessonProgress = a[key] ?? {};
    const y: LessonProgress = b[key] ?? {};
    const entry: LessonProgress = mergeUnknownKeys(x, y, LESSON_KEYS);
    const openedAt = earliest(x.openedAt, y.openedAt);
    const completedAt = earliest(x.completedAt, y.completedAt);
    if (openedAt !== undefined) entry.openedAt = openedAt;
    if (completedAt !== undefined) entry.completedAt = completedAt;
    out[key] = entry;
  }
  return out;
}

/** Order of attempts: by date, then by id so that equal dates still sort the same everywhere. */
const byDateThenId = (x: { id: string; at: string }, y: { id: string; at: string }) => (x.at !== y.at ? (x.at < y.at ? -1 : 1) : x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

/** Union of two attempt lists by id, sorted, capped to the most recent MAX_ATTEMPTS. */
export function uniteAttempts<T extends { id: string; at: string }>(a: readonly T[], b: readonly T[]): T[] {
  const byId = new Map<string, T>();
  for (const attempt of [...a, ...b]) {
    const seen = byId.get(attempt.id);
    byId.set(attempt.id, seen === undefined ? attempt : either(seen, attempt));
  }
  return [...byId.values()].sort(byDateThenId).slice(-MAX_ATTEMPTS);
}

function mergeAttemptRecords<T extends { id: string; at: string }>(
  a: Record<string, { attempts: T[] }>,
  b: Record<string, { attempts: T[] }>,
): Record<string, { attempts: T[] }> {
  const out: Record<string, { attempts: T[] }> = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = a[key] ?? { attempts: [] };
    const y = b[key] ?? { attempts: [] };
    out[key] = { ...mergeUnknownKeys(x, y, ATTEMPT_RECORD_KEYS), attempts: uniteAttempts(x.attempts, y.attempts) };
  }
  return out;
}

function latestPosition(x: LastPosition | undefined, y: LastPosition | undefined): LastPosition | undefined {
  if (x === undefined) return y;
  if (y === undefined) return x;
  return x.at !== y.at ? (x.at > y.at ? x : y) : either(x, y);
}

type H5pRecords = NonNullable<ProgressDoc['h5p']>;

function mergeH5p(a: H5pRecords, b: H5pRecords): H5pRecords {
  const out: H5pRecords = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = a[key] ?? { results: [] };
    const y = b[key] ?? { results: [] };
    out[key] = { ...mergeUnknownKeys(x, y, H5P_RECORD_KEYS), results: uniteAttempts<H5pResultEntry>(x.results, y.results) };
  }
  return out;
}

/** Assignments of both sides: the first opening (and the name given then), the last hand-back. */
function mergeAssignments(a: Record<string, AssignmentWork>, b: Record<string, AssignmentWork>): Record<string, AssignmentWork> {
  const out: Record<string, AssignmentWork> = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = a[key];
    const y = b[key];
    if (!x || !y) {
      out[key] = (x ?? y)!;
      continue;
    }
    const first = x.openedAt !== y.openedAt ? (x.openedAt < y.openedAt ? x : y) : either(x, y);
    const handedAt = x.handedAt === undefined ? y.handedAt : y.handedAt === undefined ? x.handedAt : x.handedAt > y.handedAt ? x.handedAt : y.handedAt;
    out[key] = { ...first, ...(handedAt ? { handedAt } : {}) };
  }
  return out;
}
