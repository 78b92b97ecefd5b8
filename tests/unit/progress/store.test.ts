import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createProgressStore, DEFAULT_KEY, type StorageLike } from '../../../src/engine/progress';

const fixture = (name: string) => readFileSync(`tests/fixtures/progress/${name}`, 'utf8');

/** An in-memory Storage, optionally failing the way browsers do. */
function fakeStorage(options: { failWrite?: 'quota' | 'other'; failRead?: boolean } = {}) {
  const data = new Map<string, string>();
  const storage: StorageLike & { data: Map<string, string>; failWrite?: 'quota' | 'other' } = {
    data,
    failWrite: options.failWrite,
    getItem(key) {
      if (options.failRead) throw new Error('SecurityError');
      return data.get(key) ?? null;
    },
    setItem(key, value) {
      if (storage.failWrite === 'quota') throw Object.assign(new Error('quota'), { name: 'QuotaExceededError', code: 22 });
      if (storage.failWrite === 'other') throw new Error('nope');
      data.set(key, value);
    },
    removeItem(key) {
      data.delete(key);
    },
  };
  return storage;
}

let tick = 0;
const clock = () => new Date(Date.UTC(2026, 10, 22, 12, 0, tick++));
const ids = () => {
  let n = 0;
  return () => `id${String(n++).padStart(6, '0')}xxxxxxxx`;
};

describe('progress store', () => {
  it('starts fresh, records and reads back what the learner did', () => {
    const storage = fakeStorage();
    const store = createProgressStore({ storage, now: clock, randomId: ids() });
    expect(store.read().doc.lessons).toEqual({});
    expect(storage.data.size).toBe(0); // nothing written until something happens
    store.markLessonOpened('calcul-cotisation');
    store.addQuizAttempt('calcul-cotisation', { answers: { q1: 1 }, score: 0.8, points: 8, maxPoints: 10, passed: true });
    store.markLessonCompleted('calcul-cotisation');
    store.setLastPosition({ href: '/modules/viabilite/calcul-cotisation/', title: 'Calcul' });
    const again = createProgressStore({ storage, now: clock }).read().doc;
    expect(again.lessons['calcul-cotisation']?.completedAt).toBeDefined();
    expect(again.quizzes['calcul-cotisation']?.attempts).toHaveLength(1);
    expect(again.lastPosition?.title).toBe('Calcul');
    expect(again.learnerId).toBe(store.read().doc.learnerId);
    expect(createProgressStore({ storage }).status()).toMatchObject({ mode: 'persistent', warnings: [] });
  });

  it('reads a stored version-1 document (fixture)', () => {
    const storage = fakeStorage();
    storage.data.set(DEFAULT_KEY, fixture('v1-document.json'));
    const { doc, warnings } = createProgressStore({ storage }).read();
    expect(warnings).toEqual([]);
    expect(doc.quizzes['calcul-cotisation']?.attempts.map((a) => a.score)).toEqual([0.5, 0.9]);
  });

  it.each([
    ['invalid JSON', '{"format": "formation-mutuelles/progress", "vers'],
    ['a schema failure', JSON.stringify({ ...JSON.parse(fixture('v1-document.json')), lessons: 'oops' })],
    ['foreign data', '[1, 2, 3]'],
  ])('keeps a copy of %s, starts clean and says so', (_name, raw) => {
    const storage = fakeStorage();
    storage.data.set(DEFAULT_KEY, raw);
    const store = createProgressStore({ storage, now: clock });
    const { doc, warnings } = store.read();
    expect(warnings).toEqual(['CORRUPT_DATA_RESET']);
    expect(doc.lessons).toEqual({});
    const backups = [...storage.data.entries()].filter(([key]) => key.startsWith(`${DEFAULT_KEY}:backup:`));
    expect(backups.map(([, value]) => value)).toEqual([raw]);
    store.markLessonOpened('x');
    expect(JSON.parse(storage.data.get(DEFAULT_KEY)!).lessons.x).toBeDefined();
  });

  it('never overwrites unreadable data it could not copy', () => {
    const storage = fakeStorage({ failWrite: 'quota' });
    storage.data.set(DEFAULT_KEY, 'garbage');
    const store = createProgressStore({ storage, now: clock });
    store.markLessonOpened('a');
    expect(store.read().warnings).toContain('BACKUP_FAILED');
    expect(storage.data.get(DEFAULT_KEY)).toBe('garbage');
    expect(store.read().doc.lessons['a']).toBeDefined(); // kept in memory for the session
    expect(store.status().mode).toBe('memory');
  });

  it('works in memory when storage is disabled or throws on read', () => {
    for (const storage of [null, fakeStorage({ failRead: true })]) {
      const store = createProgressStore({ storage, now: clock });
      store.addQuizAttempt('q', { answers: {}, score: 1, points: 1, maxPoints: 1, passed: true });
      expect(store.read().doc.quizzes['q']?.attempts).toHaveLength(1);
      expect(store.status()).toMatchObject({ mode: 'memory', warnings: ['STORAGE_UNAVAILABLE'] });
    }
  });

  it('keeps working in memory on a quota error and saves everything once space is back', () => {
    const storage = fakeStorage();
    const store = createProgressStore({ storage, now: clock });
    store.markLessonOpened('a');
    storage.failWrite = 'quota';
    store.markLessonOpened('b');
    expect(store.status()).toMatchObject({ mode: 'memory', warnings: ['QUOTA_EXCEEDED'] });
    expect(Object.keys(store.read().doc.lessons)).toEqual(['a', 'b']);
    storage.failWrite = undefined;
    store.markLessonOpened('c');
    expect(Object.keys(JSON.parse(storage.data.get(DEFAULT_KEY)!).lessons).sort()).toEqual(['a', 'b', 'c']);
    expect(store.status()).toMatchObject({ mode: 'persistent', warnings: [] });
  });

  it('lets two tabs record attempts without overwriting each other', () => {
    const storage = fakeStorage();
    const tabA = createProgressStore({ storage, now: clock, randomId: ids() });
    tabA.markLessonOpened('start');
    const tabB = createProgressStore({ storage, now: clock, randomId: ids() });
    tabA.read();
    tabB.read();
    tabA.addQuizAttempt('q', { answers: {}, score: 0.5, points: 1, maxPoints: 2, passed: false });
    tabB.addQuizAttempt('q', { answers: {}, score: 1, points: 2, maxPoints: 2, passed: true });
    tabB.markLessonOpened('b');
    const doc = createProgressStore({ storage }).read().doc;
    expect(doc.quizzes['q']?.attempts.map((a) => a.score)).toEqual([0.5, 1]);
    expect(Object.keys(doc.lessons).sort()).toEqual(['b', 'start']);
  });

  it('leaves data from a newer version untouched', () => {
    const storage = fakeStorage();
    storage.data.set(DEFAULT_KEY, fixture('future-version.json'));
    const store = createProgressStore({ storage, now: clock });
    store.markLessonOpened('a');
    expect(store.read().warnings).toContain('FUTURE_VERSION');
    expect(storage.data.get(DEFAULT_KEY)).toBe(fixture('future-version.json'));
  });

  it('keeps at most 50 attempts per quiz, the most recent', () => {
    const store = createProgressStore({ storage: fakeStorage(), now: clock });
    for (let i = 0; i < 55; i++) store.addQuizAttempt('q', { answers: {}, score: i / 100, points: i, maxPoints: 100, passed: false });
    const attempts = store.read().doc.quizzes['q']!.attempts;
    expect(attempts).toHaveLength(50);
    expect(attempts[0]?.points).toBe(5);
  });
});
