import { ContentError } from '../course/content-issue';
import { animationContext, loadAnimation, type ModuleAnimation } from '../course/load-animation';
import { loadCourse, type Course, type LessonSource } from '../course/load-course';
import { t } from '../i18n';
import type { ModuleManifest } from '../schemas/module';
import { lessonUrl, moduleTestUrl } from './paths';

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

/** A page in reading order: a lesson, or the test that closes a module. */
export interface ReadingPage {
  href: string;
  title: string;
}

/**
 * Every page of « précédent / suivant », in order: each module's lessons, then its test when it
 * has one, so a learner who follows « Suivant » meets every module test on the way.
 */
export function readingOrder(): ReadingPage[] {
  const course = getCourse();
  return course.modules.flatMap((module) => {
    const lessons = module.lessons.map((id) => ({ href: lessonUrl(module.id, id), title: (course.lessons.get(id) as LessonSource).meta.title }));
    const test = course.quizzes.get(module.id);
    return test?.quiz.scope === 'module' ? [...lessons, { href: moduleTestUrl(module.id), title: `${t('module.test')} – ${module.label}` }] : lessons;
  });
}

/** The pages before and after `href` in reading order. */
export function readingNeighbours(href: string): { previous: ReadingPage | undefined; next: ReadingPage | undefined } {
  const pages = readingOrder();
  const index = pages.findIndex((page) => page.href === href);
  return index < 0 ? { previous: undefined, next: undefined } : { previous: pages[index - 1], next: pages[index + 1] };
}

/** Total estimated minutes of a module's lessons. */
export function moduleMinutes(module: ModuleManifest): number {
  const course = getCourse();
  return module.lessons.reduce((sum, id) => sum + (course.lessons.get(id)?.meta.minutes ?? 0), 0);
}

let animations: ModuleAnimation[] | undefined;

/** The facilitator notes of every module with group work, in module order (see load-animation.ts). */
export function getAnimations(): ModuleAnimation[] {
  if (!animations) {
    const { animations: loaded, issues } = loadAnimation(process.env.FM_CONTENT_ROOT ?? process.cwd(), animationContext(getCourse()));
    if (issues.length > 0) throw new ContentError(issues);
    animations = loaded;
  }
  return animations;
}
