import type { Catalogue, CatalogueH5p } from '../engine/assignments/catalogue';
import type { Course } from './load-course';

/**
 * The course as the trainer's pages need it (`formateur/catalogue.json`): the same validated
 * content as the pages, so a receipt is re-scored with exactly the quizzes and exercises the
 * trainees answered. Paths are site-relative, without the base path. `h5p`: the course's H5P
 * activities by id (src/lib/h5p.ts gathers them from the packages and the lessons placing them).
 */
export function buildCatalogue(course: Course, h5p: Record<string, CatalogueH5p> = {}): Catalogue {
  const catalogue: Catalogue = { modules: {}, lessons: {}, quizzes: {}, tests: {}, exercises: {}, h5p };
  for (const module of course.modules) {
    catalogue.modules[module.id] = { title: module.title, label: module.label, lessons: [...module.lessons] };
    for (const id of module.lessons) {
      const lesson = course.lessons.get(id);
      if (lesson) catalogue.lessons[id] = { title: lesson.meta.title, moduleId: module.id, path: `modules/${module.id}/${id}/` };
    }
  }
  for (const [id, source] of course.quizzes) {
    if (source.quiz.scope === 'module') catalogue.tests[id] = source.quiz;
    else if (catalogue.lessons[id]) catalogue.quizzes[id] = source.quiz;
  }
  for (const [id, source] of course.exercises) catalogue.exercises[id] = source.exercise;
  return catalogue;
}
