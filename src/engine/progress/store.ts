import { mergeProgress } from './merge';
import { migrate } from './migrate';
import { emptyProgress, MAX_ATTEMPTS, progressSchema, type ExerciseAttempt, type ProgressDoc, type QuizAttempt } from './schema';

/**
 * The progress store: reads, validates and writes the progress document in a storage passed in
 * (localStorage in the browser, a fake in tests). It never throws because of storage:
 * - storage missing or throwing → works in memory for the session (STORAGE_UNAVAILABLE);
 * - write refused for quota → keeps the document in memory, retries at the next change (QUOTA_EXCEEDED);
 * - unreadable or invalid data → copies it to `<key>:backup:<time>`, then starts clean
 *   (CORRUPT_DATA_RESET), or, if even the copy fails, leaves it untouched and works in memory
 *   (BACKUP_FAILED);
 * - data from a newer version → left untouched, works in memory (FUTURE_VERSION).
 * Every change re-reads the stored document first and applies itself to it, merging with
 * what another tab wrote meanwhile, so two tabs never overwrite each other.
 */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
export type ProgressWarning = 'STORAGE_UNAVAILABLE' | 'QUOTA_EXCEEDED' | 'CORRUPT_DATA_RESET' | 'BACKUP_FAILED' | 'FUTURE_VERSION';

export interface ProgressStoreOptions {
  storage: StorageLike | null;
  key?: string;
  now?: () => Date;
  randomId?: () => string;
}

export interface ProgressStatus {
  mode: 'persistent' | 'memory';
  lastSavedAt?: string;
  warnings: ProgressWarning[];
}

export type NewQuizAttempt = Omit<QuizAttempt, 'id' | 'at'>;
export type NewExerciseAttempt = Omit<ExerciseAttempt, 'id' | 'at'>;

export interface ProgressStore {
  read(): { doc: ProgressDoc; warnings: ProgressWarning[] };
  update(mutate: (doc: ProgressDoc) => void): ProgressDoc;
  /** Replaces the document with a merge of it and `incoming` (used by import). */
  mergeIn(incoming: ProgressDoc): ProgressDoc;
  markLessonOpened(lessonId: string): void;
  markLessonCompleted(lessonId: string): void;
  addQuizAttempt(quizId: string, attempt: NewQuizAttempt): QuizAttempt;
  addExerciseAttempt(exerciseId: string, attempt: NewExerciseAttempt): ExerciseAttempt;
  setLastPosition(position: { href: string; title: string }): void;
  status(): ProgressStatus;
}

export const DEFAULT_KEY = 'formation-mutuelles:progress';

function defaultRandomId(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto?.getRandomValues?.(bytes);
  const random = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return random === '0000000000000000' ? Math.random().toString(36).slice(2, 12) : random;
}

function isQuotaError(error: unknown): boolean {
  const e = error as { name?: string; code?: number } | null;
  return !!e && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014);
}

export function createProgressStore(options: ProgressStoreOptions): ProgressStore {
  const key = options.key ?? DEFAULT_KEY;
  const now = options.now ?? (() => new Date());
  const randomId = options.randomId ?? defaultRandomId;
  const storage = options.storage;
  const warnings = new Set<ProgressWarning>();
  let memory: ProgressDoc | undefined; // unsaved changes: set when we cannot (or must not) write
  let fresh: ProgressDoc | undefined; // a new, never-changed document (nothing to save yet)
  let locked = false; // storage holds data we must not overwrite (future version, failed backup)
  let lastSavedAt: string | undefined;
  let cache: { raw: string; doc: ProgressDoc } | undefined;
  if (!storage) warnings.add('STORAGE_UNAVAILABLE');

  function readStored(): ProgressDoc | null {
    if (!storage) return null;
    let raw: string | null;
    try {
      raw = storage.getItem(key);
    } catch {
      // What we cannot read we must not overwrite: work in memory for the session.
      warnings.add('STORAGE_UNAVAILABLE');
      locked = true;
      return null;
    }
    if (raw === null) return null;
    if (cache?.raw === raw) return cache.doc;
    const doc = parse(raw);
    if (doc) cache = { raw, doc };
    return doc;
  }

  function parse(raw: string): ProgressDoc | null {
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      return quarantine(raw);
    }
    if (!data || typeof data !== 'object' || Array.isArray(data)) return quarantine(raw);
    const migrated = migrate(data as Record<string, unknown>);
    if (!migrated.ok) {
      if (migrated.code === 'FUTURE_VERSION') {
        warnings.add('FUTURE_VERSION');
        locked = true;
        return null;
      }
      return quarantine(raw);
    }
    const result = progressSchema.safeParse(migrated.doc);
    return result.success ? result.data : quarantine(raw);
  }

  /** Keeps a copy of unreadable data before starting clean; never discards it silently. */
  function quarantine(raw: string): null {
    if (!storage) return null;
    try {
      storage.setItem(`${key}:backup:${now().toISOString()}`, raw);
      storage.removeItem(key);
      warnings.add('CORRUPT_DATA_RESET');
    } catch {
      warnings.add('BACKUP_FAILED');
      locked = true;
    }
    return null;
  }

  function current(): ProgressDoc {
    const stored = locked ? null : readStored();
    if (memory && stored) return mergeProgress(memory, stored);
    return memory ?? stored ?? (fresh ??= emptyProgress(randomId(), now()));
  }

  function write(doc: ProgressDoc): void {
    if (!storage || locked) {
      memory = doc;
      return;
    }
    const raw = JSON.stringify(doc);
    try {
      storage.setItem(key, raw);
      cache = { raw, doc };
      memory = undefined;
      lastSavedAt = doc.updatedAt;
      warnings.delete('QUOTA_EXCEEDED');
    } catch (error) {
      warnings.add(isQuotaError(error) ? 'QUOTA_EXCEEDED' : 'STORAGE_UNAVAILABLE');
      memory = doc;
    }
  }

  function update(mutate: (doc: ProgressDoc) => void): ProgressDoc {
    const doc = structuredClone(current());
    mutate(doc);
    doc.updatedAt = now().toISOString();
    const checked = progressSchema.safeParse(doc);
    if (!checked.success) throw new Error(`Invalid progress update: ${checked.error.issues[0]?.message ?? ''}`);
    write(checked.data);
    return checked.data;
  }

  const attemptId = () => `${now().getTime().toString(36)}-${randomId().slice(0, 8)}`;
  const cap = <T>(list: T[]) => list.slice(-MAX_ATTEMPTS);

  return {
    read: () => ({ doc: current(), warnings: [...warnings] }),
    update,
    mergeIn: (incoming) => update((doc) => Object.assign(doc, mergeProgress(doc, incoming))),
    markLessonOpened: (lessonId) =>
      void update((doc) => {
        doc.lessons[lessonId] = { ...doc.lessons[lessonId], openedAt: doc.lessons[lessonId]?.openedAt ?? now().toISOString() };
      }),
    markLessonCompleted: (lessonId) =>
      void update((doc) => {
        const entry = doc.lessons[lessonId] ?? {};
        doc.lessons[lessonId] = { openedAt: entry.openedAt ?? now().toISOString(), completedAt: entry.completedAt ?? now().toISOString() };
      }),
    addQuizAttempt(quizId, attempt) {
      const full: QuizAttempt = { ...attempt, id: attemptId(), at: now().toISOString() };
      update((doc) => {
        doc.quizzes[quizId] = { attempts: cap([...(doc.quizzes[quizId]?.attempts ?? []), full]) };
      });
      return full;
    },
    addExerciseAttempt(exerciseId, attempt) {
      const full: ExerciseAttempt = { ...attempt, id: attemptId(), at: now().toISOString() };
      update((doc) => {
        doc.exercises[exerciseId] = { attempts: cap([...(doc.exercises[exerciseId]?.attempts ?? []), full]) };
      });
      return full;
    },
    setLastPosition: (position) =>
      void update((doc) => {
        doc.lastPosition = { href: position.href.slice(0, 500), title: position.title.slice(0, 300), at: now().toISOString() };
      }),
    status: () => {
      current();
      const lastSaved = lastSavedAt ?? (memory ? undefined : cache?.doc.updatedAt);
      return { mode: memory || !storage || locked ? 'memory' : 'persistent', ...(lastSaved ? { lastSavedAt: lastSaved } : {}), warnings: [...warnings] };
    },
  };
}
