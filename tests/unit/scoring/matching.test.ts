import { describe, expect, it } from 'vitest';
import { scoreQuestion } from '../../../src/engine/scoring';
import { matchingScorer } from '../../../src/engine/scoring/matching';
import { question } from './question';

describe('matching (for each pair, the chosen right-hand index)', () => {
  const q = question({
    type: 'matching',
    pairs: [
      { left: 'ratio S/P', right: 'prestations ÷ cotisations' },
      { left: 'taux de recouvrement', right: 'cotisations encaissées ÷ dues' },
      { left: 'liquidité', right: 'trésorerie ÷ dettes à court terme' },
      { left: 'taux de pénétration', right: 'bénéficiaires ÷ population cible' },
    ],
  });
  const scoreOf = (response: (number | null)[]) => {
    const result = matchingScorer.score(q, response);
    return result.kind === 'scored' ? result.score : result.code;
  };

  it('scores the share of right pairs', () => {
    expect(scoreOf([0, 1, 2, 3])).toBe(1);
    expect(scoreOf([1, 0, 2, 3])).toBe(0.5);
    expect(scoreOf([0, 0, 0, 0])).toBe(0.25); // one right-hand item chosen everywhere
    expect(scoreOf([3, 2, 1, 0])).toBe(0);
  });

  it('gives the right pairing as the expected response', () => {
    expect(matchingScorer.score(q, [1, 0, 2, 3])).toMatchObject({ correct: false, expected: { response: [0, 1, 2, 3] } });
  });

  it('asks to finish an empty or incomplete matching', () => {
    expect(matchingScorer.isEmpty([null, null, null, null])).toBe(true);
    expect(scoreOf([null, null, null, null])).toBe('EMPTY');
    expect(scoreOf([0, null, 2, 3])).toBe('INCOMPLETE');
    expect(scoreOf([0, 1, 2])).toBe('INCOMPLETE');
    expect(scoreOf([0, 1, 2, 4])).toBe('INCOMPLETE');
    expect(scoreOf([0, 1, 2, -1])).toBe('INCOMPLETE');
    expect(scoreQuestion(q, { 0: 0 })).toEqual({ kind: 'invalid', code: 'EMPTY' });
  });
});
