import { LEGACY_KEYS, storageKey } from '../storage-keys';
import { randomBytes } from '../random-bytes';
import { mergeProgress } from './merge';
import { migrate } from './migrate';
import { emptyProgress, MAX_ATTEMPTS, MAX_STEP_ANSWER_LENGTH, progressSchema, type ExerciseAttempt, type ProgressDoc, type QuizAttempt } from './schema';

/**
 * The progress store: reads, validates and writes the progress document in a storage passed in
 * (localStorage in the browser, a fake in tests). Progress exists nowhere else, so the store
 * never throws because of storage and never silently discards data:
 *
 * | situation                                    | what the store does                                   | warning             |
 * |----------------------------------------------|-------------------------------------------------------|---------------------|
 * | storage null, or `getItem` throws            | works in memory for the session                       | STORAGE_UNAVAILABLE |
 * | `setItem` throws a quota error               | keeps the document in memory, retries at next change  | QUOTA_EXCEEDED      |
 * | `setItem` throws anything else               | same, as storage unavailable                          | STORAGE_UNAVAILABLE |
 * | stored text not JSON, or not a valid document | copies it to `<key>:backup:<ISO date>`, starts clean  | CORRUPT_DATA_RESET  |
 * | … and that copy cannot be written            | leaves the stored text untouched, works in memory     | BACKUP_FAILED       |
 * | stored document from a newer version         | leaves it untouched, works in memory                  | FUTURE_VERSION      |
 *
 * Every change re-reads the stored document, applies itself to it, and re-reads once more just
 * before writing to merge whatever another tab wrote meanwhile (`mergeProgress`), so two tabs
 * never overwrite each other. A first visit's document is written only at the first change.
 */

/** The part of `Storage` the store uses (localStorage satisfies it). */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Codes of what went wrong with storage; the UI shows a French message per code. */
export type ProgressWarning = 'STORAGE_UNAVAILABLE' | 'QUOTA_EXCEEDED' | 'CORRUPT_DATA_RESET' | 'BACKUP_FAILED' | 'FUTURE_VERSION';

/** What the store is built on; everything but `storage` has a default (tests inject them). */
export interface ProgressStoreOptions {
  /** null when storage is disabled (private mode, blocked): the store then works in memory. */
  storage: StorageLike | null;
  /** Storage key of the document (default `formation-mutuelles:<course>:progress`). */
  key?: string;
  /**
   * Keys an older version kept the document under: when `key` holds nothing, the first of
   * them that holds something is copied to `key` (and left in place), so no learner loses
   * progress when keys change. Default: the key used before keys were namespaced by course.
   */
  legacyKeys?: string[];
  now?: () => Date;
  /** Random ids for the learner and attempts (default: 16 hex digits from crypto). */
  randomId?: () => string;
}

/** Where progress is kept right now, for the "Ma progression" page and the warning banner. */
export interface ProgressStatus {
  /** `memory`: changes since `lastSavedAt` will be lost when the tab closes (unless exported). */
  mode: 'persistent' | 'memory';
  /** When the stored document was last written (by any tab), if it exists. */
  lastSavedAt?: string;
  warnings: ProgressWarning[];
}

/** A quiz attempt as the quiz player gives it; the store adds `id` and `at`. */
export type NewQuizAttempt = Omit<QuizAttempt, 'id' | 'at'>;
/** An exercise attempt as the exercise player gives it; the store adds `id` and `at`. */
export type NewExerciseAttempt = Omit<ExerciseAttempt, 'id' | 'at'>;

/** The learner's progress, read and changed through storage-safe methods. */
export interface ProgressStore {
  /** The current document (treat it as read-only) and the warnings so far. */
  read(): { doc: ProgressDoc; warnings: ProgressWarning[] };
  /**
   * Applies `mutate` to a copy of the current document, stamps `updatedAt`, validates and
   * writes. Data other tabs wrote meanwhile is merged in, so an update can add and change but
   * not remove what storage holds. Throws only when `mutate` makes the document invalid (a
   * programming error), never because of storage.
   */
  update(mutate: (doc: ProgressDoc) => void): ProgressDoc;
  /** Merges `incoming` (e.g. an imported backup) into the progress, keeping the local learnerId. */
  mergeIn(incoming: ProgressDoc): ProgressDoc;
  /** Records the first opening of a lesson (later openings change nothing). */
  markLessonOpened(lessonId: string): void;
  /** Records the first completion of a lesson (and its opening, if missing). */
  markLessonCompleted(lessonId: string): void;
  /** Adds a quiz attempt (with a new id and the current date); the last 50 per quiz are kept. */
  addQuizAttempt(quizId: string, attempt: NewQuizAttempt): QuizAttempt;
  /** Adds an exercise attempt (with a new id and the current date); the last 50 are kept. */
  addExerciseAttempt(exerciseId: string, attempt: NewExerciseAttempt): ExerciseAttempt;
  /** Remembers the page the learner is reading. */
  setLastPosition(position: { href: string; title: string }): void;
  status(): ProgressStatus;
}

/** The localStorage key of the progress document, namespaced by course (see storage-keys.ts). */
export const DEFAULT_KEY = storageKey('progress');
/** Infix of the keys where unreadable documents are copied: `<key>:backup:<ISO date>`. */
export const BACKUP_KEY_INFIX = ':backup:';

/** 16 hex digits. */
function defaultRandomId(): string {
  return Array.from(randomBytes(8), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Whether `setItem` failed for lack of space (names and codes differ between browsers). */
function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/** A deep copy of a JSON document (structuredClone is missing from older phone browsers). */
const copyJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Creates the store over a storage; see the table at the top of this file. */
export function createProgressStore(options: ProgressStoreOptions): ProgressStore {
  const key = options.key ?? DEFAULT_KEY;
  const legacyKeys = options.legacyKeys ?? (options.key === undefined ? [LEGACY_KEYS.progress] : []);
  const now = options.now ?? (() => new Date());
  const randomId = options.randomId ?? defaultRandomId;
  const storage = options.storage;
  const warnings = new Set<ProgressWarning>();
  /** Storage must not be read or written any more this session (see the table above). */
  let locked = storage === null;
  /** Changes not persisted yet (storage locked or a write failed). */
  let pending: ProgressDoc | undefined;
  /** A first visit's document: not written until something changes. */
  let fresh: ProgressDoc | undefined;
  /** Whether the last write failed for another reason than quota. */
  let writeFailed = false;
  /** The last stored text read or written, and its document (same text → same object). */
  let cache: { raw: string; doc: ProgressDoc } | undefined;
  if (storage === null) warnings.add('STORAGE_UNAVAILABLE');

  /** The stored document: null when there is none (or it was just quarantined) or storage is locked. */
  function readStored(): ProgressDoc | null {
    if (locked || storage === null) return null;
    let raw: string | null;
    try {
      raw = storage.getItem(key);
    } catch {
      // What we cannot read we must not overwrite.
      warnings.add('STORAGE_UNAVAILABLE');
      locked = true;
      return null;
    }
    if (raw === null) raw = adoptLegacy();
    if (raw === null) return null;
    if (cache?.raw === raw) return cache.doc;
    const doc = parseStored(raw);
    if (doc) cache = { raw, doc };
    return doc;
  }

  /** The text under the first legacy key that has one, copied to `key` (a failed copy is retried next read). */
  function adoptLegacy(): string | null {
    for (const legacy of legacyKeys) {
      let raw: string | null;
      try {
        raw = storage!.getItem(legacy);
      } catch {
        return null;
      }
      if (raw === null) continue;
      try {
        storage!.setItem(key, raw);
      } catch {
        // Quota or blocked: keep reading the old key until a copy succeeds.
      }
      return raw;
    }
    return null;
  }

  function parseStored(raw: string): ProgressDoc | null {
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      return quarantine(raw);
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return quarantine(raw);
    const migrated = migrate(data as Record<string, unknown>);
    if (!migrated.ok) {
      if (migrated.code !== 'FUTURE_VERSION') return quarantine(raw);
      warnings.add('FUTURE_VERSION');
      locked = true;
      return null;
    }
    const parsed = progressSchema.safeParse(migrated.doc);
    return parsed.success ? parsed.data : quarantine(raw);
  }

  /** Copies unreadable stored text aside before starting clean; never discards it silently. */
  function quarantine(raw: string): null {
    if (storage === null) return null;
    try {
      let backupKey = `${key}${BACKUP_KEY_INFIX}${now().toISOString()}`;
      for (let n = 2; storage.getItem(backupKey) !== null; n++) backupKey = `${key}${BACKUP_KEY_INFIX}${now().toISOString()}-${n}`;
      storage.setItem(backupKey, raw);
    } catch {
      warnings.add('BACKUP_FAILED');
      locked = true;
      return null;
    }
    try {
      storage.removeItem(key);
    } catch {
      // The copy is safe; the next write replaces the unreadable text anyway.
    }
    warnings.add('CORRUPT_DATA_RESET');
    return null;
  }

  /** The document as it stands: stored, plus unsaved changes, or a fresh one. */
  function current(): { doc: ProgressDoc; stored: ProgressDoc | null } {
    const stored = readStored();
    if (pending && stored) return { doc: { ...mergeProgress(pending, stored), learnerId: stored.learnerId }, stored };
    return { doc: pending ?? stored ?? (fresh ??= emptyProgress(randomId(), now())), stored };
  }

  function write(doc: ProgressDoc): void {
    if (locked || storage === null) {
      pending = doc;
      return;
    }
    const raw = JSON.stringify(doc);
    try {
      storage.setItem(key, raw);
    } catch (error) {
      if (isQuotaError(error)) warnings.add('QUOTA_EXCEEDED');
      else {
        warnings.add('STORAGE_UNAVAILABLE');
        writeFailed = true;
      }
      pending = doc;
      return;
    }
    cache = { raw, doc };
    pending = undefined;
    fresh = undefined;
    warnings.delete('QUOTA_EXCEEDED');
    if (writeFailed) warnings.delete('STORAGE_UNAVAILABLE');
    writeFailed = false;
  }

  function update(mutate: (doc: ProgressDoc) => void): ProgressDoc {
    const base = current();
    const draft = copyJson(base.doc);
    mutate(draft);
    draft.updatedAt = now().toISOString();
    const checked = progressSchema.safeParse(draft);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      throw new Error(`Invalid progress update at ${issue?.path.map(String).join('.') ?? '?'}: ${issue?.message ?? ''}`);
    }
    // Another tab may have written since `base` was read: merge rather than overwrite.
    const latest = readStored();
    const doc = latest && latest !== base.stored ? { ...mergeProgress(checked.data, latest), learnerId: latest.learnerId } : checked.data;
    write(doc);
    return doc;
  }

  const attemptId = () => `${now().getTime().toString(36)}-${randomId().slice(0, 8)}`;
  const keepRecent = <T>(list: T[]) => list.slice(-MAX_ATTEMPTS);
  const share = (value: number) => Math.min(1, Math.max(0, value));

  return {
    read: () => ({ doc: current().doc, warnings: [...warnings] }),
    update,
    mergeIn: (incoming) =>
      update((doc) => {
        Object.assign(doc, mergeProgress(doc, incoming), { learnerId: doc.learnerId });
      }),
    markLessonOpened(lessonId) {
      if (current().doc.lessons[lessonId]?.openedAt) return;
      update((doc) => {
        doc.lessons[lessonId] = { ...doc.lessons[lessonId], openedAt: now().toISOString() };
      });
    },
    markLessonCompleted(lessonId) {
      if (current().doc.lessons[lessonId]?.completedAt) return;
      update((doc) => {
        const at = now().toISOString();
        const entry = doc.lessons[lessonId] ?? {};
        doc.lessons[lessonId] = { ...entry, openedAt: entry.openedAt ?? at, completedAt: entry.completedAt ?? at };
      });
    },
    addQuizAttempt(quizId, attempt) {
      const full: QuizAttempt = { ...attempt, score: share(attempt.score), id: attemptId(), at: now().toISOString() };
      update((doc) => {
        doc.quizzes[quizId] = { ...doc.quizzes[quizId], attempts: keepRecent([...(doc.quizzes[quizId]?.attempts ?? []), full]) };
      });
      return full;
    },
    addExerciseAttempt(exerciseId, attempt) {
      const steps = attempt.steps.map((step) => ({ ...step, answer: step.answer.slice(0, MAX_STEP_ANSWER_LENGTH) }));
      const full: ExerciseAttempt = { ...attempt, steps, score: share(attempt.score), id: attemptId(), at: now().toISOString() };
      update((doc) => {
        doc.exercises[exerciseId] = { ...doc.exercises[exerciseId], attempts: keepRecent([...(doc.exercises[exerciseId]?.attempts ?? []), full]) };
      });
      return full;
    },
    setLastPosition(position) {
      update((doc) => {
        doc.lastPosition = { href: position.href.slice(0, 500), title: position.title.slice(0, 300), at: now().toISOString() };
      });
    },
    status() {
      const { stored } = current();
      const mode = locked || pending !== undefined ? 'memory' : 'persistent';
      return { mode, ...(stored ? { lastSavedAt: stored.updatedAt } : {}), warnings: [...warnings] };
    },
  };
}
