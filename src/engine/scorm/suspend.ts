/**
 * `cmi.suspend_data` for one module: the part of the progress store the module's pages use,
 * compact enough for SCORM 1.2's 4 096 characters, so a learner resumes in the LMS on another
 * computer. The LMS copy is merged into the local store (never replaces it), so what does not
 * fit is dropped from the LMS copy only.
 *
 * Format (version 1): JSON without spaces, dates as base-36 seconds since 2020-01-01,
 * `{"v":1,"l":{lessonId:[opened,completed]},"q":{quizKey:[[id,at,started,score,points,max,passed,answers]]},"p":[href,title,at]}`.
 * Fitting: newest attempts first; then attempts without their answers; then lessons only.
 */
import type { ProgressDoc, QuizAttempt } from '../progress/schema';

export const SUSPEND_LIMIT = 4096;
const EPOCH = Date.UTC(2020, 0, 1);

const packDate = (iso: string | undefined) => (iso === undefined ? 0 : Math.max(0, Math.round((Date.parse(iso) - EPOCH) / 1000)).toString(36));
const unpackDate = (value: unknown): string | undefined => {
  if (typeof value !== 'string' || !/^[0-9a-z]{1,12}$/.test(value)) return undefined;
  return new Date(EPOCH + parseInt(value, 36) * 1000).toISOString();
};

export interface ModuleScope {
  lessons: readonly string[];
  /** Progress keys of the module's quizzes (lesson ids) and of its test (module id). */
  quizzes: readonly string[];
}

type PackedAttempt = [string, string, string | 0, number, number, number, 0 | 1, Record<string, unknown>?];

function packAttempt(attempt: QuizAttempt, withAnswers: boolean): PackedAttempt {
  const packed: PackedAttempt = [attempt.id, packDate(attempt.at) as string, attempt.startedAt ? (packDate(attempt.startedAt) as string) : 0, Math.round(attempt.score * 1e4) / 1e4, attempt.points, attempt.maxPoints, attempt.passed ? 1 : 0];
  if (withAnswers) packed.push(attempt.answers);
  return packed;
}

/** The module's progress as suspend data, at most `limit` characters. */
export function encodeSuspend(doc: ProgressDoc, scope: ModuleScope, limit = SUSPEND_LIMIT): string {
  const lessons: Record<string, [string | 0, string | 0]> = {};
  for (const id of scope.lessons) {
    const lesson = doc.lessons[id];
    if (lesson && (lesson.openedAt || lesson.completedAt)) lessons[id] = [packDate(lesson.openedAt), packDate(lesson.completedAt)];
  }
  const position = doc.lastPosition && scope.lessons.some((id) => doc.lastPosition!.href.includes(`/${id}/`)) ? [doc.lastPosition.href, doc.lastPosition.title.slice(0, 120), packDate(doc.lastPosition.at)] : undefined;
  const quizzesWith = (perQuiz: number, withAnswers: boolean) => {
    const out: Record<string, PackedAttempt[]> = {};
    for (const key of scope.quizzes) {
      const attempts = doc.quizzes[key]?.attempts ?? [];
      if (attempts.length === 0 || perQuiz === 0) continue;
      const newest = [...attempts].sort((a, b) => (a.at < b.at ? 1 : -1)).slice(0, perQuiz);
      // The best attempt is kept too, so the score the LMS shows stays the learner's best.
      const best = attempts.reduce((a, b) => (b.score > a.score ? b : a));
      if (!newest.includes(best)) newest[newest.length - 1] = best;
      out[key] = newest.map((attempt, i) => packAttempt(attempt, withAnswers && i === 0));
    }
    return out;
  };
  const text = (q: Record<string, PackedAttempt[]>, withPosition: boolean) => JSON.stringify({ v: 1, l: lessons, q, ...(withPosition && position ? { p: position } : {}) });
  for (const [perQuiz, withAnswers] of [[3, true], [1, true], [3, false], [1, false], [0, false]] as const) {
    const candidate = text(quizzesWith(perQuiz, withAnswers), true);
    if (candidate.length <= limit) return candidate;
  }
  const bare = text({}, false);
  return bare.length <= limit ? bare : JSON.stringify({ v: 1, l: {}, q: {} });
}

/** The part of a progress document suspend data gives back (to merge into the local store). */
export interface SuspendedProgress {
  lessons: ProgressDoc['lessons'];
  quizzes: ProgressDoc['quizzes'];
  lastPosition?: ProgressDoc['lastPosition'];
}

/** Reads suspend data; anything unreadable gives nothing (the local store stays as it is). */
export function decodeSuspend(text: string): SuspendedProgress | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || (data as { v?: unknown }).v !== 1) return null;
  const { l, q, p } = data as { l?: unknown; q?: unknown; p?: unknown };
  const out: SuspendedProgress = { lessons: {}, quizzes: {} };
  if (typeof l === 'object' && l !== null) {
    for (const [id, pair] of Object.entries(l)) {
      if (!Array.isArray(pair)) continue;
      const openedAt = unpackDate(pair[0]);
      const completedAt = unpackDate(pair[1]);
      out.lessons[id] = { ...(openedAt ? { openedAt } : {}), ...(completedAt ? { completedAt } : {}) };
    }
  }
  if (typeof q === 'object' && q !== null) {
    for (const [key, list] of Object.entries(q)) {
      if (!Array.isArray(list)) continue;
      const attempts: QuizAttempt[] = [];
      for (const entry of list) {
        if (!Array.isArray(entry) || typeof entry[0] !== 'string') continue;
        const at = unpackDate(entry[1]);
        const [score, points, maxPoints] = [entry[3], entry[4], entry[5]];
        if (!at || typeof score !== 'number' || typeof points !== 'number' || typeof maxPoints !== 'number') continue;
        const startedAt = unpackDate(entry[2]);
        const answers = typeof entry[7] === 'object' && entry[7] !== null && !Array.isArray(entry[7]) ? (entry[7] as Record<string, unknown>) : {};
        attempts.push({ id: entry[0], at, ...(startedAt ? { startedAt } : {}), answers, score, points, maxPoints, passed: entry[6] === 1 });
      }
      if (attempts.length > 0) out.quizzes[key] = { attempts };
    }
  }
  if (Array.isArray(p) && typeof p[0] === 'string' && typeof p[1] === 'string') {
    const at = unpackDate(p[2]);
    if (at) out.lastPosition = { href: p[0], title: p[1], at };
  }
  return out;
}
