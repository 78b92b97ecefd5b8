import { mergeProgress } from './merge';
import { migrate } from './migrate';
import { firstIssuePath, PROGRESS_FORMAT, progressSchema, type ProgressDoc } from './schema';

/**
 * Backup files: the progress exported to a JSON file a learner can carry to another device.
 *   { "format": "formation-mutuelles/progress-backup", "version": 1,
 *     "exportedAt": "<ISO date>", "progress": <the progress document> }
 * Import merges the file into the current progress (nothing either side has is lost) and is a
 * pure function: on any problem it returns a code and the caller changes nothing.
 */
export const BACKUP_FORMAT = 'formation-mutuelles/progress-backup';
export const BACKUP_VERSION = 1;
export const DEFAULT_MAX_BACKUP_BYTES = 1_000_000;

export type ImportError = 'TOO_LARGE' | 'NOT_JSON' | 'WRONG_FORMAT' | 'FUTURE_VERSION' | 'INVALID';
export type ImportResult =
  | { ok: true; doc: ProgressDoc; added: { lessons: number; quizAttempts: number; exerciseAttempts: number } }
  | { ok: false; code: ImportError; detail?: string };

export function exportProgress(doc: ProgressDoc, now: Date = new Date()): string {
  return `${JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), progress: doc }, null, 2)}\n`;
}

const countAttempts = (records: Record<string, { attempts: unknown[] }>) => Object.values(records).reduce((n, r) => n + r.attempts.length, 0);

export function importProgress(current: ProgressDoc, text: string, options: { maxBytes?: number } = {}): ImportResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BACKUP_BYTES;
  if (new TextEncoder().encode(text).length > maxBytes) return { ok: false, code: 'TOO_LARGE', detail: String(maxBytes) };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, code: 'NOT_JSON' };
  }
  const file = data as Record<string, unknown> | null;
  // A backup file, or a bare progress document copied from another browser's storage.
  const progress = file?.['format'] === BACKUP_FORMAT ? file['progress'] : file?.['format'] === PROGRESS_FORMAT ? file : undefined;
  if (!progress || typeof progress !== 'object') return { ok: false, code: 'WRONG_FORMAT' };
  if (file?.['format'] === BACKUP_FORMAT && typeof file['version'] === 'number' && file['version'] > BACKUP_VERSION) return { ok: false, code: 'FUTURE_VERSION' };
  const migrated = migrate(progress as Record<string, unknown>);
  if (!migrated.ok) return { ok: false, code: migrated.code === 'FUTURE_VERSION' ? 'FUTURE_VERSION' : 'INVALID', detail: 'version' };
  const parsed = progressSchema.safeParse(migrated.doc);
  if (!parsed.success) return { ok: false, code: 'INVALID', detail: firstIssuePath(parsed.error) };
  const doc = mergeProgress(current, parsed.data);
  return {
    ok: true,
    doc,
    added: {
      lessons: Object.keys(doc.lessons).length - Object.keys(current.lessons).length,
      quizAttempts: countAttempts(doc.quizzes) - countAttempts(current.quizzes),
      exerciseAttempts: countAttempts(doc.exercises) - countAttempts(current.exercises),
    },
  };
}
