import { describe, expect, it } from 'vitest';
import { scoreQuestion } from '../../../src/engine/scoring';
import { orderingScorer } from '../../../src/engine/scoring/ordering';
import { question } from './question';

describe('ordering (a rank per authored item, 1 = first)', () => {
  const q = question({ type: 'ordering', items: ['prime pure', 'marge de sécurité', 'frais de gestion', 'cotisation mensuelle'] });
  const scoreOf = (response: (number | null)[]) => {
    const result = orderingScorer.score(q, response);
    return result.kind === 'scored' ? result.score : result.code;
  };

  it('scores the share of items at their right rank', () => {
    expect(scoreOf([1, 2, 3, 4])).toBe(1);
    expect(scoreOf([1, 2, 4, 3])).toBe(0.5); // half right
    expect(scoreOf([2, 1, 3, 4])).toBe(0.5);
    expect(scoreOf([1, 3, 4, 2])).toBe(0.25);
    expect(scoreOf([4, 3, 2, 1])).toBe(0); // all wrong
    expect(scoreOf([2, 3, 4, 1])).toBe(0);
  });

  it('gives the right ranks as the expected response', () => {
    expect(orderingScorer.score(q, [4, 3, 2, 1])).toEqual({ kind: 'scored', score: 0, correct: false, feedback: [], expected: { response: [1, 2, 3, 4] } });
  });

  it('asks to finish rather than scoring an empty, incomplete or duplicated order', () => {
    expect(orderingScorer.isEmpty([null, null, null, null])).toBe(true);
    expect(scoreOf([null, null, null, null])).toBe('EMPTY');
    expect(scoreOf([])).toBe('EMPTY');
    expect(scoreOf([1, 2, null, 4])).toBe('INCOMPLETE');
    expect(scoreOf([1, 2, 3])).toBe('INCOMPLETE');
    expect(scoreOf([0, 1, 2, 3])).toBe('INCOMPLETE'); // ranks start at 1
    expect(scoreOf([1, 2, 3, 5])).toBe('INCOMPLETE');
    expect(scoreOf([1, 1, 2, 3])).toBe('DUPLICATE');
    expect(scoreQuestion(q, 'abcd')).toEqual({ kind: 'invalid', code: 'EMPTY' });
  });
});
