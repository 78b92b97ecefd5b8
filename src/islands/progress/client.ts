import { downloadText } from '../download';
import { createProgressStore, DEFAULT_KEY, exportProgress, findQuarantinedCopies, type ProgressStore, type QuarantinedCopy } from '../../engine/progress';

/**
 * The page's one progress store, on the browser's localStorage. Storage that is missing or
 * throws (private mode, disabled) is passed as null: the store then works in memory for the
 * session and says so in its warnings, which the progress banner shows.
 */
let store: ProgressStore | undefined;

/** localStorage when it can be read, else null (private mode, blocked): probed once per call. */
export function browserStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    storage.getItem('formation-mutuelles:probe');
    return storage;
  } catch {
    return null;
  }
}

export function progressStore(): ProgressStore {
  store ??= createProgressStore({ storage: browserStorage() });
  return store;
}

/** A stable per-learner seed for shuffling and exercise values. */
export function learnerSeed(): string {
  return progressStore().read().doc.learnerId;
}

/** Saves the progress as this page holds it (stored or, when storage fails, in memory) to a file. */
export function downloadProgress(): void {
  const filename = `progression-formation-mutuelles-${new Date().toISOString().slice(0, 10)}.json`;
  downloadText(filename, exportProgress(progressStore().read().doc), 'application/json');
}

/** The copies of unreadable progress the store set aside in this browser, with their text. */
export function quarantinedCopies(): { copy: QuarantinedCopy; text: string | null }[] {
  const storage = browserStorage();
  if (!storage) return [];
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key !== null) keys.push(key);
  }
  return findQuarantinedCopies(keys, DEFAULT_KEY).map((copy) => {
    try {
      return { copy, text: storage.getItem(copy.key) };
    } catch {
      return { copy, text: null };
    }
  });
}

/** Removes one quarantined copy (after the learner downloaded it and confirmed). */
export function removeQuarantinedCopy(key: string): void {
  try {
    browserStorage()?.removeItem(key);
  } catch {
    // Storage went away: the copy stays, and is listed again next time.
  }
}
