/**
 * What the SCORM 1.2 adapter reports, decided without the DOM (the island only calls the API).
 */

/** `cmi.core.session_time` (CMITimespan): HHHH:MM:SS.SS, hours 2 to 4 digits. */
export function cmiTimespan(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.min(9999, Math.floor(centis / 360_000));
  const minutes = Math.floor((centis % 360_000) / 6000);
  const seconds = (centis % 6000) / 100;
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(hours, 4)}:${pad(minutes, 2)}:${seconds.toFixed(2).padStart(5, '0')}`;
}

export type LessonStatus = 'not attempted' | 'incomplete' | 'completed' | 'passed' | 'failed' | 'browsed';

export interface ModuleState {
  /** Lessons of the module, and those the learner completed. */
  lessons: number;
  completedLessons: number;
  /** Best module test attempt (score 0..1 and whether it passed), when one was finished. */
  test: { score: number; passed: boolean } | null;
}

/**
 * The status to report: the module test alone says passed or failed; without it, completed
 * when every lesson is, else incomplete. A status already reported is never lowered (an LMS
 * keeps the best, and a « passed » must not become « incomplete » on a later visit).
 */
export function lessonStatus(state: ModuleState, previous: LessonStatus | ''): LessonStatus {
  const rank: Record<LessonStatus, number> = { 'not attempted': 0, browsed: 0, incomplete: 1, completed: 2, failed: 2, passed: 3 };
  let next: LessonStatus = state.test ? (state.test.passed ? 'passed' : 'failed') : state.lessons > 0 && state.completedLessons >= state.lessons ? 'completed' : 'incomplete';
  if (previous === 'passed') next = 'passed';
  else if (previous !== '' && rank[previous] > rank[next]) next = previous;
  return next;
}

/** `cmi.core.score.raw` from a 0..1 score: an integer percentage (min 0, max 100). */
export const cmiScore = (score: number) => String(Math.round(Math.min(1, Math.max(0, score)) * 100));
