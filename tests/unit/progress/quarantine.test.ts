import { describe, expect, it } from 'vitest';
import { BACKUP_KEY_INFIX, createProgressStore, DEFAULT_KEY, findQuarantinedCopies, quarantineFileName } from '../../../src/engine/progress';
import { fakeStorage } from './fake-storage';

describe('quarantined copies of unreadable progress', () => {
  it('finds what the store set aside, newest first, and ignores other keys', () => {
    const keys = [
      DEFAULT_KEY,
      `${DEFAULT_KEY}${BACKUP_KEY_INFIX}2026-01-02T10:00:00.000Z`,
      `${DEFAULT_KEY}${BACKUP_KEY_INFIX}2026-03-04T10:00:00.000Z-2`,
      `other:progress${BACKUP_KEY_INFIX}2026-05-05T10:00:00.000Z`,
      'unrelated',
    ];
    expect(findQuarantinedCopies(keys)).toEqual([
      { key: keys[2], savedAt: '2026-03-04T10:00:00.000Z' },
      { key: keys[1], savedAt: '2026-01-02T10:00:00.000Z' },
    ]);
    expect(findQuarantinedCopies(keys, 'other:progress')).toHaveLength(1);
  });

  it('lists the copy the store really writes for a corrupt document', () => {
    const storage = fakeStorage();
    storage.setItem(DEFAULT_KEY, '{"version":1,"lessons":');
    const store = createProgressStore({ storage, now: () => new Date('2026-12-07T08:00:00.000Z') });
    expect(store.read().warnings).toContain('CORRUPT_DATA_RESET');
    const copies = findQuarantinedCopies([...storage.data.keys()]);
    expect(copies).toEqual([{ key: `${DEFAULT_KEY}${BACKUP_KEY_INFIX}2026-12-07T08:00:00.000Z`, savedAt: '2026-12-07T08:00:00.000Z' }]);
    expect(storage.getItem(copies[0]!.key)).toBe('{"version":1,"lessons":');
  });

  it('names the download after the date, with no character a file system refuses', () => {
    expect(quarantineFileName({ key: 'k', savedAt: '2026-12-07T08:00:00.000Z' })).toBe('progression-mise-a-l-ecart-2026-12-07T08-00-00.txt');
    expect(quarantineFileName({ key: 'k', savedAt: '' })).toBe('progression-mise-a-l-ecart-copie.txt');
  });
});
