import { mergeProgress } from './merge';
import { migrate } from './migrate';
import { firstIssuePath, PROGRESS_FORMAT, progressSchema, type ProgressDoc } from './schema';

/**
 * Backup files: progress lives only in one browser, so the learner exports it to a file to
 * carry it to another device or keep it safe, and imports it there. The file is
 *
 *   { "format": "formation-mutuelles/progress-backup", "version": 1,
 *     "exportedAt": "<ISO date>", "progress": <the progress document> }
 *
 * pretty-printed (readable by a trainer who opens it). `version` is the version of this
 * envelope; the progress document inside carries its own. Import accepts such a file or a bare
 * progress document, migrates and validates it, and *merges* it into the current progress
 * (nothing either side has is lost, the local learnerId is kept). It is a pure function: on any
 * problem it returns a code and the caller changes nothing.
 */
export const BACKUP_FORMAT = 'formation-mutuelles/progress-backup';
export const BACKUP_VERSION = 1;
/** Largest file imported (bytes); a real backup is a few tens of kilobytes. */
export const DEFAULT_MAX_BACKUP_BYTES = 1_000_000;

/**
 * Why an import was refused; the UI shows a French message per code.
 * - TOO_LARGE: over `maxBytes` (detail: the limit in bytes);
 * - NOT_JSON: not JSON at all, e.g. a truncated download;
 * - WRONG_FORMAT: JSON, but not a backup or progress document of this site;
 * - FUTURE_VERSION: written by a newer version of the site;
 * - INVALID: the right format, but a field is wrong (detail: its path, e.g. "lessons.x.openedAt").
 */
export type ImportError = 'TOO_LARGE' | 'NOT_JSON' | 'WRONG_FORMAT' | 'FUTURE_VERSION' | 'INVALID';

/** What an import gives: the merged document and what it added, or why it was refused. */
export type ImportResult =
  | { ok: true; doc: ProgressDoc; added: { lessons: number; quizAttempts: number; exerciseAttempts: number; h5pResults: number } }
  | { ok: false; code: ImportError; detail?: string };

/** The backup file text for a progress document (see the format above). */
export function exportProgress(doc: ProgressDoc, now: Date = new Date()): string {
  return `${JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), progress: doc }, null, 2)}\n`;
}

/** Size of a text in UTF-8 bytes, without encoding it when the answer is obvious. */
function exceedsBytes(text: string, maxBytes: number): boolean {
  if (text.length > maxBytes) return true; // every UTF-16 unit is at least one byte
  if (text.length * 3 <= maxBytes) return false; // and at most three
  return new TextEncoder().encode(text).length > maxBytes;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a backup file (or a bare progress document) and merges it into `current`. Checks, in
 * order: size, JSON, format, versions (envelope, then document, migrating older documents),
 * schema. `added` counts lessons newly opened or newly completed and attempts newly present.
 */
export function importProgress(current: ProgressDoc, text: string, options: { maxBytes?: number } = {}): ImportResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BACKUP_BYTES;
  if (exceedsBytes(text, maxBytes)) return { ok: false, code: 'TOO_LARGE', detail: String(maxBytes) };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, code: 'NOT_JSON' };
  }
  if (!isRecord(data)) return { ok: false, code: 'WRONG_FORMAT' };

  let progress: unknown;
  if (data['format'] === BACKUP_FORMAT) {
    const version = data['version'];
    if (typeof version === 'number' && version > BACKUP_VERSION) return { ok: false, code: 'FUTURE_VERSION' };
    if (version !== BACKUP_VERSION) return { ok: false, code: 'INVALID', detail: 'version' };
    progress = data['progress'];
    if (!isRecord(progress)) return { ok: false, code: 'INVALID', detail: 'progress' };
  } else if (data['format'] === PROGRESS_FORMAT) {
    progress = data;
  } else {
    return { ok: false, code: 'WRONG_FORMAT' };
  }

  const migrated = migrate(progress as Record<string, unknown>);
  if (!migrated.ok) return migrated.code === 'FUTURE_VERSION' ? { ok: false, code: 'FUTURE_VERSION' } : { ok: false, code: 'INVALID', detail: 'version' };
  const parsed = progressSchema.safeParse(migrated.doc);
  if (!parsed.success) {
    const path = firstIssuePath(parsed.error);
    return path ? { ok: false, code: 'INVALID', detail: path } : { ok: false, code: 'INVALID' };
  }

  // A backup from another device has its own learnerId; keep this browser's, so the learner's
  // option orders and exercise values here do not change.
  const doc: ProgressDoc = { ...mergeProgress(current, parsed.data), learnerId: current.learnerId };
  return { ok: true, doc, added: countAdded(current, doc) };
}

/** What `merged` has that `before` had not: lessons newly opened or completed, new attempt ids. */
function countAdded(before: ProgressDoc, merged: ProgressDoc): { lessons: number; quizAttempts: number; exerciseAttempts: number; h5pResults: number } {
  const lessons = Object.entries(merged.lessons).filter(([id, lesson]) => {
    const old = before.lessons[id];
    return !old || (lesson.completedAt !== undefined && old.completedAt === undefined) || (lesson.openedAt !== undefined && old.openedAt === undefined);
  }).length;
  const newAttempts = (now: Record<string, { attempts: { id: string }[] }>, then: Record<string, { attempts: { id: string }[] }>) =>
    Object.entries(now).reduce((sum, [id, record]) => {
      const known = new Set((then[id]?.attempts ?? []).map((attempt) => attempt.id));
      return sum + record.attempts.filter((attempt) => !known.has(attempt.id)).length;
    }, 0);
  const asAttempts = (records: ProgressDoc['h5p']) => Object.fromEntries(Object.entries(records ?? {}).map(([id, record]) => [id, { attempts: record.results }]));
  return {
    lessons,
    quizAttempts: newAttempts(merged.quizzes, before.quizzes),
    exerciseAttempts: newAttempts(merged.exercises, before.exercises),
    h5pResults: newAttempts(asAttempts(merged.h5p), asAttempts(before.h5p)),
  };
}
