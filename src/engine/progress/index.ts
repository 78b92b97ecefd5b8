export { PROGRESS_FORMAT, PROGRESS_VERSION, MAX_ATTEMPTS, emptyProgress, progressSchema, type ExerciseAttempt, type ProgressDoc, type QuizAttempt } from './schema';
export { migrate, migrations, type Migration } from './migrate';
export { mergeProgress } from './merge';
export { createProgressStore, DEFAULT_KEY, type NewExerciseAttempt, type NewQuizAttempt, type ProgressStatus, type ProgressStore, type ProgressWarning, type StorageLike } from './store';
export { BACKUP_FORMAT, BACKUP_VERSION, DEFAULT_MAX_BACKUP_BYTES, exportProgress, importProgress, type ImportError, type ImportResult } from './backup';
