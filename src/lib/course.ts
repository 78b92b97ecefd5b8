import { ContentError } from '../course/content-issue';
import { loadCourse, type Course, type LessonSource } from '../course/load-course';
import type { ModuleManifest } from '../schemas/module';

/**
 * The validated course for the pages, loaded once per build. The content-check integration has
 * already refused invalid content, so an error here means a file changed during the build.
 */
let cached: Course | undefined;

export function getCourse(): Course {
  if (!cached) {
    const { course, issues } = loadCourse(process.env.FM_CONTENT_ROOT ?? process.cwd());
    if (issues.length > 0) throw new ContentError(issues);
    cached = course;
  }
  return cached;
}

export interface CourseStep {
  module: ModuleManifest;
  lesson: LessonSource;
  /** Position of the lesson within its module, from 1. */
  number: number;
}

/** Every lesson in reading order, across modules: the order of "précédent / suivant". */
export function courseSequence(): CourseStep[] {
  const course = getCourse();
  return course.modules.flatMap((module) =>
    module.lessons.map((id, i) => ({ module, lesson: course.lessons.get(id) as LessonSource, number: i + 1 })),
  );
}

/** Total estimated minutes of a module's lessons. */
export function moduleMinutes(module: ModuleManifest): number {
  const course = getCourse();
  return module.lessons.reduce((sum, id) => sum + (course.lessons.get(id)?.meta.minutes ?? 0), 0);
}
