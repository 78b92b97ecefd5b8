import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createProgressStore, DEFAULT_KEY } from '../../../src/engine/progress';
import { COURSE_ID, LEGACY_KEYS, storageKey } from '../../../src/engine/storage-keys';
import { fakeClock, fakeIds, fakeStorage } from './fake-storage';

const fixture = readFileSync('tests/fixtures/progress/v1-document.json', 'utf8');

describe('storage keys namespaced by course', () => {
  it('names keys with the platform prefix and the course id', () => {
    expect(COURSE_ID).toBe('mutuelles-sante');
    expect(storageKey('progress')).toBe('formation-mutuelles:mutuelles-sante:progress');
    expect(storageKey('classes', 'autre-cours')).toBe('formation-mutuelles:autre-cours:classes');
    expect(DEFAULT_KEY).toBe(storageKey('progress'));
  });

  it('copies progress kept under the old key to the new one, leaving the old one in place', () => {
    const storage = fakeStorage();
    storage.data.set(LEGACY_KEYS.progress, fixture);
    const store = createProgressStore({ storage, now: fakeClock(), randomId: fakeIds() });
    const { doc, warnings } = store.read();
    expect(warnings).toEqual([]);
    expect(doc.learnerId).toBe(JSON.parse(fixture).learnerId);
    expect(storage.data.get(DEFAULT_KEY)).toBe(fixture);
    expect(storage.data.get(LEGACY_KEYS.progress)).toBe(fixture);
    // Later changes go to the new key only.
    store.markLessonOpened('nouvelle-lecon');
    expect(JSON.parse(storage.data.get(DEFAULT_KEY)!).lessons['nouvelle-lecon']).toBeDefined();
    expect(storage.data.get(LEGACY_KEYS.progress)).toBe(fixture);
  });

  it('prefers the new key when both exist', () => {
    const storage = fakeStorage();
    const newer = { ...JSON.parse(fixture), learnerId: 'nouveau00000000' };
    storage.data.set(LEGACY_KEYS.progress, fixture);
    storage.data.set(DEFAULT_KEY, JSON.stringify(newer));
    const store = createProgressStore({ storage, now: fakeClock(), randomId: fakeIds() });
    expect(store.read().doc.learnerId).toBe('nouveau00000000');
  });

  it('another course on the same origin does not see this course’s progress', () => {
    const storage = fakeStorage();
    storage.data.set(DEFAULT_KEY, fixture);
    const other = createProgressStore({ storage, key: storageKey('progress', 'autre-cours'), now: fakeClock(), randomId: fakeIds() });
    expect(other.read().doc.lessons).toEqual({});
  });
});
