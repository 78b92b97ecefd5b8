/**
 * The copies of unreadable progress that the store set aside (`<key>:backup:<ISO date>`, see
 * store.ts), so « Ma progression » can list them and let the learner download each one.
 *
 * Pure: the page passes the storage's key names in; nothing here touches storage. Key names are
 * built only from the store's own constants, so a change of key (per course…) follows.
 */
import { BACKUP_KEY_INFIX, DEFAULT_KEY } from './store';

/** One quarantined copy: its storage key and when it was set aside (ISO date from the key). */
export interface QuarantinedCopy {
  key: string;
  /** The ISO date of the key, or '' when the key's suffix is not a date (still listed). */
  savedAt: string;
}

/**
 * The quarantined copies of `documentKey` among `keys`, newest first. A `-2`, `-3`… suffix
 * (two copies in the same millisecond) is not part of the date.
 */
export function findQuarantinedCopies(keys: readonly string[], documentKey: string = DEFAULT_KEY): QuarantinedCopy[] {
  const prefix = `${documentKey}${BACKUP_KEY_INFIX}`;
  return keys
    .filter((key) => key.startsWith(prefix))
    .map((key) => {
      const suffix = key.slice(prefix.length).replace(/-\d+$/, '');
      return { key, savedAt: Number.isNaN(Date.parse(suffix)) ? '' : suffix };
    })
    .sort((a, b) => (a.savedAt === b.savedAt ? a.key.localeCompare(b.key) : a.savedAt < b.savedAt ? 1 : -1));
}

/** A file name for a downloaded copy: `progression-mise-a-l-ecart-2026-12-07T08-00-00.txt`. */
export function quarantineFileName(copy: QuarantinedCopy): string {
  const stamp = (copy.savedAt || 'copie').slice(0, 19).replace(/[^0-9A-Za-z]+/g, '-');
  return `progression-mise-a-l-ecart-${stamp}.txt`;
}
