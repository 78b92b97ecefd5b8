import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyProgress, progressSchema } from '../../../src/engine/progress';

const fixture = (name: string) => JSON.parse(readFileSync(`tests/fixtures/progress/${name}`, 'utf8')) as Record<string, unknown>;

describe('progress schema', () => {
  it('accepts the version-1 fixture and an empty document', () => {
    expect(progressSchema.safeParse(fixture('v1-document.json')).success).toBe(true);
    expect(progressSchema.safeParse(emptyProgress('abc', new Date('2026-11-22T12:00:00Z'))).success).toBe(true);
  });

  it('keeps fields it does not know, at every level, so additive changes need no migration', () => {
    const doc = fixture('v1-document.json');
    const withExtras = {
      ...doc,
      badges: { 'activite-1': { attempts: [] } },
      lessons: { x: { openedAt: '2026-11-18T09:00:00.000Z', bookmarked: true } },
      quizzes: { q: { attempts: [{ id: 'a', at: '2026-11-18T09:00:00.000Z', answers: {}, score: 1, points: 1, maxPoints: 1, passed: true, durationMs: 5000 }] } },
    };
    const parsed = progressSchema.parse(withExtras) as Record<string, unknown>;
    expect(parsed).toEqual(withExtras);
  });

  it.each([
    ['a wrong format', { format: 'autre' }],
    ['another version', { version: 2 }],
    ['a score above 1', { quizzes: { q: { attempts: [{ id: 'a', at: '2026-11-18T09:00:00.000Z', answers: {}, score: 1.5, points: 1, maxPoints: 1, passed: true }] } } }],
    ['a date that is not ISO', { updatedAt: '18/11/2026' }],
    ['an empty learner id', { learnerId: '' }],
    ['lessons that are not a record', { lessons: [] }],
  ])('refuses %s', (_name, change) => {
    expect(progressSchema.safeParse({ ...fixture('v1-document.json'), ...change }).success).toBe(false);
  });
});
