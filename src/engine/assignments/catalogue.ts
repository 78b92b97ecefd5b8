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

/** An H5P activity of the course (`content/h5p/<id>.h5p` or `content/h5p-src/<id>/`). */
export interface CatalogueH5p {
  title: string;
  /** Site-relative path where the trainee plays it (its lesson, at the activity). */
  path: string;
  /** Version (hash) of the package the site serves now: a receipt's result of another version is flagged. */
  contentVersion: string;
}

export interface Catalogue {
  modules: Record<string, CatalogueModule>;
  lessons: Record<string, CatalogueLesson>;
  /** Lesson quizzes, by lesson id (their progress key). */
  quizzes: Record<string, Quiz>;
  /** Module tests, by module id (their progress key). */
  tests: Record<string, Quiz>;
  exercises: Record<string, Exercise>;
  /** H5P activities, by activity id (absent from catalogues made before they could be assigned). */
  h5p?: Record<string, CatalogueH5p>;
}
