import { MAX_ATTEMPTS, type ExerciseAttempt, type ProgressDoc, type QuizAttempt } from './schema';

/**
 * Merging two progress documents without losing what either has: used when another tab wrote
 * in between, when storage comes back after a quota error, and when a backup is imported.
 * Attempts are united by id; a lesson keeps its earliest opening and completion; the latest
 * position wins. Commutative and idempotent for everything but `learnerId`, which stays the
 * first document's (the local browser's), so its shuffles and exercise values do not change.
 */
const earliest = (x?: string, y?: string) => (x === undefined ? y : y === undefined ? x : x <= y ? x : y);
const latest = (x: string, y: string) => (x >= y ? x : y);

function unite<T extends { id: string; at: string }>(a: T[] = [], b: T[] = []): T[] {
  const byId = new Map<string, T>();
  for (const attempt of [...a, ...b]) if (!byId.has(attempt.id)) byId.set(attempt.id, attempt);
  return [...byId.values()].sort((x, y) => (x.at === y.at ? (x.id < y.id ? -1 : 1) : x.at < y.at ? -1 : 1)).slice(-MAX_ATTEMPTS);
}

function uniteRecords<T extends { id: string; at: string }>(a: Record<string, { attempts: T[] }>, b: Record<string, { attempts: T[] }>) {
  const out: Record<string, { attempts: T[] }> = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) out[key] = { attempts: unite(a[key]?.attempts, b[key]?.attempts) };
  return out;
}

export function mergeProgress(a: ProgressDoc, b: ProgressDoc): ProgressDoc {
  const lessons: ProgressDoc['lessons'] = {};
  for (const key of new Set([...Object.keys(a.lessons), ...Object.keys(b.lessons)])) {
    const openedAt = earliest(a.lessons[key]?.openedAt, b.lessons[key]?.openedAt);
    const completedAt = earliest(a.lessons[key]?.completedAt, b.lessons[key]?.completedAt);
    lessons[key] = { ...(openedAt ? { openedAt } : {}), ...(completedAt ? { completedAt } : {}) };
  }
  const positions = [a.lastPosition, b.lastPosition].filter((p) => p !== undefined);
  const lastPosition = positions.sort((x, y) => (x.at === y.at ? (x.href < y.href ? -1 : 1) : x.at < y.at ? -1 : 1)).pop();
  return {
    ...b,
    ...a,
    learnerId: a.learnerId,
    updatedAt: latest(a.updatedAt, b.updatedAt),
    lessons,
    quizzes: uniteRecords<QuizAttempt>(a.quizzes, b.quizzes),
    exercises: uniteRecords<ExerciseAttempt>(a.exercises, b.exercises),
    ...(lastPosition ? { lastPosition } : {}),
  };
}
