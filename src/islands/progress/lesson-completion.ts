import { lessonCompletion, type LessonRequirements, type ProgressStore } from '../../engine/progress';

/**
 * The requirements of the lesson shown on this page, as the lesson page writes them on its
 * article (`data-lesson-quiz`, `data-lesson-h5p`): undefined on other pages.
 */
export function pageLessonRequirements(lessonId: string): LessonRequirements | undefined {
  const article = document.querySelector<HTMLElement>(`article[data-lesson-id="${CSS.escape(lessonId)}"]`);
  if (!article) return undefined;
  const quiz = article.dataset.lessonQuiz;
  return { ...(quiz ? { quiz } : {}), h5p: (article.dataset.lessonH5p ?? '').split(',').filter(Boolean) };
}

/**
 * Records the lesson's completion once everything it asks for is done (src/engine/progress/completion.ts).
 * `fallback` is what the caller knows when the page does not describe the lesson.
 */
export function completeLessonIfDone(store: ProgressStore, lessonId: string, fallback?: LessonRequirements): boolean {
  const requirements = pageLessonRequirements(lessonId) ?? fallback;
  if (!requirements || !lessonCompletion(store.read().doc, requirements).complete) return false;
  store.markLessonCompleted(lessonId);
  return true;
}
