import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BACKUP_KEY_INFIX, createProgressStore, DEFAULT_KEY, type NewQuizAttempt } from '../../../src/engine/progress';
import { fakeClock, fakeIds, fakeStorage } from './fake-storage';

const fixture = (name: string) => readFileSync(`tests/fixtures/progress/${name}`, 'utf8');
const quizAttempt = (score: number): NewQuizAttempt => ({ answers: { q1: 1 }, score, points: score * 10, maxPoints: 10, passed: score >= 0.7 });
const backups = (data: Map<string, string>) => [...data.entries()].filter(([key]) => key.startsWith(`${DEFAULT_KEY}${BACKUP_KEY_INFIX}`));
const stored = (data: Map<string, string>) => JSON.parse(data.get(DEFAULT_KEY)!) as Record<string, any>;

describe('progress store: normal use', () => {
  it('starts fresh without writing anything until the learner does something', () => {
    const storage = fakeStorage();
    const store = createProgressStore({ storage, now: fakeClock(), randomId: fakeIds() });
    const { doc, warnings } = store.read();
    expect(warnings).toEqual([]);
    expect(doc).toMatchObject({ format: 'formation-mutuelles/progress', version: 1, learnerId: 'r000001aaaaaaaa', lessons: {}, quizzes: {}, exercises: {} });
    expect(store.read().doc.learnerId).toBe('r000001aaaaaaaa'); // the same id for the whole session
    expect(storage.data.size).toBe(0);
    expect(store.status()).toEqual({ mode: 'persistent', warnings: [] });
  });

  it('round-trips everything the helpers record', () => {
    const storage = fakeStorage();
    const store = createProgressStore({ storage, now: fakeClock(), randomId: fakeIds() });
    store.markLessonOpened('calcul-cotisation');
    const added = store.addQuizAttempt('calcul-cotisation', quizAttempt(0.8));
    store.markLessonCompleted('calcul-cotisation');
    store.markLessonCompleted('sans-ouverture');
    const exercise = store.addExerciseAttempt('ticket', { seed: 's', steps: [{ stepId: 'a', answer: 'x'.repeat(300), correct: false, misconception: 'm' }], score: 0, completed: false });
    store.setLastPosition({ href: '/modules/viabilite/calcul-cotisation/', title: 'Calcul de la cotisation' });

    const again = createProgressStore({ storage }).read();
    expect(again.warnings).toEqual([]);
    expect(again.doc.learnerId).toBe(store.read().doc.learnerId);
    expect(again.doc.lessons['calcul-cotisation']).toEqual({ openedAt: '2026-11-22T12:00:01.000Z', completedAt: expect.any(String) });
    expect(again.doc.lessons['sans-ouverture']?.openedAt).toBe(again.doc.lessons['sans-ouverture']?.completedAt);
    expect(again.doc.quizzes['calcul-cotisation']?.attempts).toEqual([added]);
    expect(added).toMatchObject({ id: expect.stringMatching(/^[0-9a-z]+-r0000/), score: 0.8, passed: true });
    expect(again.doc.exercises['ticket']?.attempts[0]?.id).toBe(exercise.id);
    expect(again.doc.exercises['ticket']?.attempts[0]?.steps[0]?.answer).toHaveLength(100); // capped
    expect(again.doc.lastPosition).toMatchObject({ href: '/modules/viabilite/calcul-cotisation/', title: 'Calcul de la cotisation' });
    expect(createProgressStore({ storage }).status()).toEqual({ mode: 'persistent', lastSavedAt: again.doc.updatedAt, warnings: [] });
  });

  it('keeps the first opening and completion; repeating them writes nothing', () => {
    const storage = fakeStorage();
    const store = createProgressStore({ storage, now: fakeClock() });
    store.markLessonOpened('a');
    store.markLessonCompleted('a');
    const first = store.read().doc.lessons['a'];
    const writes = storage.writes;
    store.markLessonOpened('a');
    store.markLessonCompleted('a');
    expect(store.read().doc.lessons['a']).toEqual(first);
    expect(storage.writes).toBe(writes);
  });

  it('reads the stored version-1 fixture', () => {
    const storage = fakeStorage();
    storage.data.set(DEFAULT_KEY, fixture('v1-document.json'));
    const { doc, warnings } = createProgressStore({ storage }).read();
    expect(warnings).toEqual([]);
    expect(doc.learnerId).toBe('a1b2c3d4e5f60718');
    expect(doc.quizzes['calcul-cotisation']?.attempts.map((a) => a.score)).toEqual([0.5, 0.9]);
  });

  it('keeps fields a later version added', () => {
    const storage = fakeStorage();
    storage.data.set(DEFAULT_KEY, JSON.stringify({ ...JSON.parse(fixture('v1-document.json')), badges: { activite: { score: 3 } } }));
    createProgressStore({ storage, now: fakeClock() }).markLessonOpened('nouvelle');
    expect(stored(storage.data)['badges']).toEqual({ activite: { score: 3 } });
  });

  it('keeps at most 50 attempts per quiz and per exercise, the most recent', () => {
    const store = createProgressStore({ storage: fakeStorage(), now: fakeClock() });
    for (let i = 0; i < 55; i++) store.addQuizAttempt('q', { answers: {}, score: i / 100, points: i, maxPoints: 100, passed: false });
    for (let i = 0; i < 52; i++) store.addExerciseAttempt('e', { seed: String(i), steps: [], score: 0, completed: false });
    const { doc } = store.read();
    expect(doc.quizzes['q']!.attempts).toHaveLength(50);
    expect(doc.quizzes['q']!.attempts[0]?.points).toBe(5);
    expect(doc.exercises['e']!.attempts.map((a) => a.seed).slice(0, 2)).toEqual(['2', '3']);
  });

  it('throws on an update that breaks the schema (a programming error) and stores nothing', () => {
    const storage = fakeStorage();
    const store = createProgressStore({ storage, now: fakeClock() });
    expect(() => store.update((doc) => void (doc.lessons['x'] = { openedAt: 'hier' }))).toThrow(/lessons\.x\.openedAt/);
    expect(storage.data.size).toBe(0);
  });
});

describe('progress store: two tabs', () => {
  it('keeps both tabs’ attempts when each adds one', () => {
    const storage = fakeStorage();
    const clock = fakeClock();
    const tabA = createProgressStore({ storage, now: clock, randomId: fakeIds('a') });
    tabA.markLessonOpened('debut');
    const tabB = createProgressStore({ storage, now: clock, randomId: fakeIds('b') });
    tabA.read();
    tabB.read();
    tabA.addQuizAttempt('q', quizAttempt(0.5));
    tabB.addQuizAttempt('q', quizAttempt(1));
    tabB.markLessonOpened('b');
    tabA.markLessonOpened('a');
    const { doc } = createProgressStore({ storage }).read();
    expect(doc.quizzes['q']?.attempts.map((a) => a.score)).toEqual([0.5, 1]);
    expect(Object.keys(doc.lessons).sort()).toEqual(['a', 'b', 'debut']);
    expect(tabA.read().doc).toEqual(tabB.read().doc);
  });

  it('merges a write that lands while an update is in progress', () => {
    const storage = fakeStorage();
    const tabA = createProgressStore({ storage, now: fakeClock(), randomId: fakeIds('a') });
    const tabB = createProgressStore({ storage, now: fakeClock(), randomId: fakeIds('b') });
    tabA.markLessonOpened('debut');
    tabA.update((doc) => {
      // Tab B writes between tab A's read and tab A's write.
      tabB.addQuizAttempt('q', quizAttempt(1));
      doc.lessons['a'] = { openedAt: '2026-11-22T13:00:00.000Z' };
    });
    const { doc } = createProgressStore({ storage }).read();
    expect(doc.quizzes['q']?.attempts).toHaveLength(1);
    expect(Object.keys(doc.lessons).sort()).toEqual(['a', 'debut']);
  });
});

describe('progress store: storage problems', () => {
  it.each([
    ['invalid JSON', '{"format": "formation-mutuelles/progress", "vers'],
    ['a schema failure', JSON.stringify({ ...JSON.parse(fixture('v1-document.json')), lessons: 'oops' })],
    ['a version without migration', JSON.stringify({ ...JSON.parse(fixture('v1-document.json')), version: 0 })],
    ['a JSON array', '[1, 2, 3]'],
    ['JSON null', 'null'],
  ])('copies %s to a backup key, starts clean and says so', (_name, raw) => {
    const storage = fakeStorage();
    storage.data.set(DEFAULT_KEY, raw);
    const store = createProgressStore({ storage, now: fakeClock() });
    const { doc, warnings } = store.read();
    expect(warnings).toEqual(['CORRUPT_DATA_RESET']);
    expect(doc.lessons).toEqual({});
    expect(backups(storage.data)).toEqual([[`${DEFAULT_KEY}:backup:2026-11-22T12:00:00.000Z`, raw]]);
    store.markLessonOpened('x');
    expect(stored(storage.data)['lessons']['x']).toBeDefined();
    expect(store.status()).toMatchObject({ mode: 'persistent', warnings: ['CORRUPT_DATA_RESET'] });
  });

  it('never overwrites an earlier backup copy', () => {
    const storage = fakeStorage();
    const now = () => new Date('2026-11-22T12:00:00.000Z');
    storage.data.set(`${DEFAULT_KEY}:backup:2026-11-22T12:00:00.000Z`, 'older');
    storage.data.set(DEFAULT_KEY, 'garbage');
    createProgressStore({ storage, now }).read();
    expect(backups(storage.data).map(([, value]) => value).sort()).toEqual(['garbage', 'older']);
  });

  it('leaves unreadable data untouched when it cannot copy it, works in memory and says so', () => {
    const storage = fakeStorage({ write: 'quota' });
    storage.data.set(DEFAULT_KEY, 'garbage');
    const store = createProgressStore({ storage, now: fakeClock() });
    store.markLessonOpened('a');
    storage.failures.write = undefined; // even with space back, the data it could not copy stays
    store.markLessonOpened('b');
    expect(store.read().warnings).toEqual(['BACKUP_FAILED']);
    expect(storage.data.get(DEFAULT_KEY)).toBe('garbage');
    expect(Object.keys(store.read().doc.lessons)).toEqual(['a', 'b']);
    expect(store.status().mode).toBe('memory');
  });

  it('works in memory when storage is disabled (null)', () => {
    const store = createProgressStore({ storage: null, now: fakeClock() });
    store.addQuizAttempt('q', quizAttempt(1));
    store.markLessonOpened('a');
    expect(store.read().doc.quizzes['q']?.attempts).toHaveLength(1);
    expect(store.status()).toEqual({ mode: 'memory', warnings: ['STORAGE_UNAVAILABLE'] });
  });

  it('works in memory when getItem throws, without ever writing', () => {
    const storage = fakeStorage({ read: true });
    const store = createProgressStore({ storage, now: fakeClock() });
    expect(store.read().warnings).toEqual(['STORAGE_UNAVAILABLE']);
    store.addQuizAttempt('q', quizAttempt(1));
    expect(store.read().doc.quizzes['q']?.attempts).toHaveLength(1);
    expect(storage.writes).toBe(0);
    expect(store.status()).toEqual({ mode: 'memory', warnings: ['STORAGE_UNAVAILABLE'] });
  });

  it.each(['quota', 'quota-code-only', 'firefox-quota'] as const)('keeps the data in memory on a %s error and saves it all once space is back', (kind) => {
    const storage = fakeStorage();
    const store = createProgressStore({ storage, now: fakeClock() });
    store.markLessonOpened('a');
    const savedAt = store.status().lastSavedAt;
    storage.failures.write = kind;
    expect(() => store.addQuizAttempt('q', quizAttempt(0.5))).not.toThrow();
    store.markLessonOpened('b');
    expect(store.status()).toEqual({ mode: 'memory', lastSavedAt: savedAt, warnings: ['QUOTA_EXCEEDED'] });
    expect(Object.keys(store.read().doc.lessons)).toEqual(['a', 'b']);
    expect(store.read().doc.quizzes['q']?.attempts).toHaveLength(1);
    expect(Object.keys(stored(storage.data)['lessons'])).toEqual(['a']); // storage still has the old document
    storage.failures.write = undefined;
    store.markLessonOpened('c');
    const saved = stored(storage.data);
    expect(Object.keys(saved['lessons']).sort()).toEqual(['a', 'b', 'c']);
    expect(saved['quizzes']['q']['attempts']).toHaveLength(1);
    expect(store.status()).toMatchObject({ mode: 'persistent', warnings: [] });
  });

  it('treats another write error as storage unavailable, and recovers the same way', () => {
    const storage = fakeStorage({ write: 'other' });
    const store = createProgressStore({ storage, now: fakeClock() });
    store.markLessonOpened('a');
    expect(store.status()).toEqual({ mode: 'memory', warnings: ['STORAGE_UNAVAILABLE'] });
    storage.failures.write = undefined;
    store.markLessonOpened('b');
    expect(store.status()).toMatchObject({ mode: 'persistent', warnings: [] });
    expect(Object.keys(stored(storage.data)['lessons'])).toEqual(['a', 'b']);
  });

  it('leaves a document from a newer version untouched and works in memory', () => {
    const storage = fakeStorage();
    const future = fixture('future-version.json');
    storage.data.set(DEFAULT_KEY, future);
    const store = createProgressStore({ storage, now: fakeClock() });
    expect(store.read().warnings).toEqual(['FUTURE_VERSION']);
    store.markLessonOpened('a');
    store.addQuizAttempt('q', quizAttempt(1));
    expect(storage.data.get(DEFAULT_KEY)).toBe(future);
    expect(storage.data.size).toBe(1);
    expect(store.read().doc.lessons['a']).toBeDefined();
    expect(store.status()).toEqual({ mode: 'memory', warnings: ['FUTURE_VERSION'] });
  });

  it('uses the key it is given', () => {
    const storage = fakeStorage();
    createProgressStore({ storage, key: 'autre-cle', now: fakeClock() }).markLessonOpened('a');
    expect([...storage.data.keys()]).toEqual(['autre-cle']);
  });
});
