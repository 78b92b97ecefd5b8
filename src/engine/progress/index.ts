/**
 * The learner's progress, kept only in their browser: the versioned document (schema), its
 * migrations, the merge that never loses data, the storage-safe store and backup files.
 * See docs/progress-format.md.
 */
export {
  PROGRESS_FORMAT,
  PROGRESS_VERSION,
  MAX_ATTEMPTS,
  MAX_STEP_ANSWER_LENGTH,
  emptyProgress,
  progressSchema,
  quizAttemptSchema,
  exerciseAttemptSchema,
  h5pResultSchema,
  type ExerciseAttempt,
  type H5pResultEntry,
  type LastPosition,
  type LessonProgress,
  type ProgressDoc,
  type QuizAttempt,
} from './schema';
export { migrate, migrations, type Migration, type MigrationResult } from './migrate';
export { mergeProgress, uniteAttempts } from './merge';
export {
  createProgressStore,
  DEFAULT_KEY,
  BACKUP_KEY_INFIX,
  type NewExerciseAttempt,
  type NewQuizAttempt,
  type ProgressStatus,
  type ProgressStore,
  type ProgressStoreOptions,
  type ProgressWarning,
  type StorageLike,
} from './store';
export { lessonCompletion, type LessonCompletion, type LessonRequirements } from './completion';
export { findQuarantinedCopies, quarantineFileName, type QuarantinedCopy } from './quarantine';
export { BACKUP_FORMAT, BACKUP_VERSION, DEFAULT_MAX_BACKUP_BYTES, exportProgress, importProgress, type ImportError, type ImportResult } from './backup';
