import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyProgress, MAX_ATTEMPTS, mergeProgress, progressSchema, type ProgressDoc, type QuizAttempt } from '../../../src/engine/progress';
import { createRandom, randomInt } from '../../../src/engine/random';

const v1 = () => progressSchema.parse(JSON.parse(readFileSync('tests/fixtures/progress/v1-document.json', 'utf8'))) as ProgressDoc;
const iso = (day: number, hour = 9) => new Date(Date.UTC(2026, 10, day, hour)).toISOString();
const attempt = (id: string, at: string, score = 1): QuizAttempt => ({ id, at, answers: {}, score, points: score, maxPoints: 1, passed: score >= 0.7 });

/** A random but valid document, for checking the merge laws on many pairs. */
function randomDoc(seed: string): ProgressDoc {
  const random = createRandom(seed);
  const doc = emptyProgress(`learner-${randomInt(random, 1, 3)}`, new Date(iso(randomInt(random, 1, 28))));
  for (const lesson of ['a', 'b', 'c']) {
    if (random() < 0.5) continue;
    doc.lessons[lesson] = { openedAt: iso(randomInt(random, 1, 10)), ...(random() < 0.5 ? { completedAt: iso(randomInt(random, 11, 20)) } : {}) };
  }
  for (const quiz of ['q1', 'q2']) {
    const count = randomInt(random, 0, 3);
    if (count) doc.quizzes[quiz] = { attempts: Array.from({ length: count }, () => attempt(`${quiz}-${randomInt(random, 1, 5)}`, iso(randomInt(random, 1, 28)))) };
    // Attempts with the same id are the same attempt, so ids must map to one date in a document.
    if (count) doc.quizzes[quiz]!.attempts = doc.quizzes[quiz]!.attempts.map((a) => ({ ...a, at: iso(Number(a.id.slice(-1))) }));
  }
  if (random() < 0.7) doc.lastPosition = { href: `/p${randomInt(random, 1, 3)}/`, title: 'Page', at: iso(randomInt(random, 1, 28)) };
  return mergeProgress(doc, doc); // normalised: attempts deduplicated and sorted
}

describe('mergeProgress', () => {
  it('unites attempts by id, sorted by date, and keeps each side’s lessons', () => {
    const a = v1();
    const b = emptyProgress('b', new Date(iso(21)));
    b.quizzes['calcul-cotisation'] = { attempts: [attempt('early', iso(17)), attempt('m2-bbbb', '2026-11-18T09:58:00.000Z', 0.9)] };
    b.lessons['gestion'] = { openedAt: iso(20) };
    const merged = mergeProgress(a, b);
    expect(merged.quizzes['calcul-cotisation']?.attempts.map((x) => x.id)).toEqual(['early', 'm1-aaaa', 'm2-bbbb']);
    expect(Object.keys(merged.lessons).sort()).toEqual(['calcul-cotisation', 'etude-faisabilite', 'gestion']);
    expect(merged.exercises).toEqual(a.exercises);
  });

  it('keeps the earliest opening and completion, the latest position and the latest updatedAt', () => {
    const a = emptyProgress('a', new Date(iso(10)));
    const b = emptyProgress('b', new Date(iso(12)));
    a.lessons['x'] = { openedAt: iso(3), completedAt: iso(8) };
    b.lessons['x'] = { openedAt: iso(1) };
    b.lessons['y'] = { completedAt: iso(5) };
    a.lastPosition = { href: '/a/', title: 'A', at: iso(9) };
    b.lastPosition = { href: '/b/', title: 'B', at: iso(7) };
    const merged = mergeProgress(a, b);
    expect(merged.lessons).toEqual({ x: { openedAt: iso(1), completedAt: iso(8) }, y: { completedAt: iso(5) } });
    expect(merged.lastPosition?.href).toBe('/a/');
    expect(merged.updatedAt).toBe(iso(12));
    expect(merged.learnerId).toBe('a');
  });

  it('keeps the most recent attempts only, up to the cap', () => {
    const a = emptyProgress('a', new Date(iso(1)));
    const b = emptyProgress('a', new Date(iso(1)));
    a.quizzes['q'] = { attempts: Array.from({ length: 40 }, (_, i) => attempt(`a${String(i).padStart(2, '0')}`, new Date(Date.UTC(2026, 0, 1, 0, i * 2)).toISOString())) };
    b.quizzes['q'] = { attempts: Array.from({ length: 40 }, (_, i) => attempt(`b${String(i).padStart(2, '0')}`, new Date(Date.UTC(2026, 0, 1, 0, i * 2 + 1)).toISOString())) };
    const attempts = mergeProgress(a, b).quizzes['q']!.attempts;
    expect(attempts).toHaveLength(MAX_ATTEMPTS);
    expect(attempts.at(-1)?.id).toBe('b39');
    expect(attempts[0]?.id).toBe('a15');
  });

  it('keeps fields it does not know, picking the same side whatever the argument order', () => {
    const a = { ...emptyProgress('a', new Date(iso(1))), later: { one: 1 } } as ProgressDoc;
    const b = { ...emptyProgress('a', new Date(iso(1))), later: { two: 2 }, notes: { x: 'draft' } } as ProgressDoc;
    expect(mergeProgress(a, b)).toMatchObject({ notes: { x: 'draft' } });
    expect(mergeProgress(a, b)).toEqual(mergeProgress(b, a));
  });

  it('keeps every assignment opened, with its first opening and its last hand-back', () => {
    const work = (openedAt: string, name: string, handedAt?: string) => ({ fragment: 'v=1', trainee: { name }, openedAt, ...(handedAt ? { handedAt } : {}) });
    const a = { ...emptyProgress('a', new Date(iso(1))), assignments: { d1: work(iso(2), 'Awa', iso(5)), d2: work(iso(3), 'Awa') } };
    const b = { ...emptyProgress('a', new Date(iso(1))), assignments: { d1: work(iso(4), 'Awa D.', iso(9)) } };
    const merged = mergeProgress(a, b);
    expect(merged.assignments).toEqual({ d1: work(iso(2), 'Awa', iso(9)), d2: work(iso(3), 'Awa') });
    expect(mergeProgress(b, a)).toEqual(merged);
    expect(mergeProgress(merged, merged)).toEqual(merged);
  });

  it('is commutative and idempotent (fixture and 300 random pairs)', () => {
    const pairs: [ProgressDoc, ProgressDoc][] = [[v1(), emptyProgress('zz', new Date(iso(22)))]];
    for (let i = 0; i < 300; i++) pairs.push([randomDoc(`a${i}`), randomDoc(`b${i}`)]);
    for (const [a, b] of pairs) {
      const ab = mergeProgress(a, b);
      expect(ab).toEqual(mergeProgress(b, a));
      expect(mergeProgress(ab, ab)).toEqual(ab);
      expect(mergeProgress(ab, b)).toEqual(ab);
      expect(mergeProgress(a, ab)).toEqual(ab);
      expect(progressSchema.safeParse(ab).success).toBe(true);
    }
  });

  it('does not change its arguments', () => {
    const a = v1();
    const b = randomDoc('x');
    const before = JSON.stringify([a, b]);
    mergeProgress(a, b);
    expect(JSON.stringify([a, b])).toBe(before);
  });
});
