/**
 * What the trainer's browser knows of the course to compose assignments and re-score
 * receipts: titles, quizzes with their answers and exercises with their rules. The site
 * builds it as `formateur/catalogue.json` from the same validated content as the pages.
 */
import type { Exercise } from '../../schemas/exercise';
import type { Quiz } from '../../schemas/quiz';

export interface CatalogueLesson {
  title: string;
  moduleId: string;
  /** Site-relative path of the lesson page (`modules/<module>/<lesson>/`). */
  path: string;
}

export interface CatalogueModule {
  title: string;
  /** Label such as « Module 2 ». */
  label: string;
  lessons: string[];
}

export interface Catalogue {
  modules: Record<string, CatalogueModule>;
  lessons: Record<string, CatalogueLesson>;
  /** Lesson quizzes, by lesson id (their progress key). */
  quizzes: Record<string, Quiz>;
  /** Module tests, by module id (their progress key). */
  tests: Record<string, Quiz>;
  exercises: Record<string, Exercise>;
}
