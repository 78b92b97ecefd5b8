import { activityDone, type H5pRecord } from '../h5p/results';
import type { ProgressDoc } from './schema';

/**
 * When a lesson counts as completed (docs/progress-format.md, « lessons »): its quiz is passed
 * AND every H5P activity placed in it has a result that counts (`resultCounts` in
 * src/engine/h5p/results.ts). The lesson page says what it holds; the quiz and the H5P player
 * each ask this after recording a result, and the first time the answer is yes the store records
 * `completedAt` (kept afterwards, like every first completion: the module bars count it).
 */
export interface LessonRequirements {
  /** Progress key of the lesson's quiz, absent when the lesson has none. */
  quiz?: string;
  /** Ids of the H5P activities placed in the lesson (`<H5P id="…" />`). */
  h5p: readonly string[];
}

export interface LessonCompletion {
  complete: boolean;
  /** null when the lesson has no quiz. */
  quizPassed: boolean | null;
  /** Activities still without a result that counts, in the lesson's order. */
  h5pPending: string[];
}

export function lessonCompletion(doc: Pick<ProgressDoc, 'quizzes'> & { h5p?: Record<string, H5pRecord> }, requirements: LessonRequirements): LessonCompletion {
  const quizPassed = requirements.quiz === undefined ? null : (doc.quizzes[requirements.quiz]?.attempts ?? []).some((attempt) => attempt.passed);
  const h5pPending = requirements.h5p.filter((id) => !activityDone(doc.h5p?.[id]));
  // A lesson with nothing to answer is never completed here (opening it is recorded apart).
  const hasWork = requirements.quiz !== undefined || requirements.h5p.length > 0;
  return { complete: hasWork && quizPassed !== false && h5pPending.length === 0, quizPassed, h5pPending };
}
