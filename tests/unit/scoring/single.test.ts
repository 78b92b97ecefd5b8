import { describe, expect, it } from 'vitest';
import { scoreQuestion } from '../../../src/engine/scoring';
import { singleScorer } from '../../../src/engine/scoring/single';
import { question } from './question';

describe('single choice', () => {
  const q = question({ type: 'single', options: [{ text: 'A' }, { text: 'B', correct: true }, { text: 'C', feedback: 'C confond prime et cotisation.' }] });

  it('scores the right option 1, with the expected index', () => {
    expect(singleScorer.score(q, 1)).toEqual({ kind: 'scored', score: 1, correct: true, feedback: [], expected: { response: 1 } });
  });

  it('scores a wrong option 0 and returns its feedback', () => {
    expect(singleScorer.score(q, 2)).toEqual({ kind: 'scored', score: 0, correct: false, feedback: ['C confond prime et cotisation.'], expected: { response: 1 } });
    expect(singleScorer.score(q, 0)).toMatchObject({ score: 0, feedback: [] });
  });

  it('treats no choice, an index outside the options and a wrong shape as empty', () => {
    expect(singleScorer.isEmpty(null)).toBe(true);
    expect(singleScorer.score(q, null)).toEqual({ kind: 'invalid', code: 'EMPTY' });
    expect(singleScorer.score(q, 7)).toEqual({ kind: 'invalid', code: 'EMPTY' });
    expect(scoreQuestion(q, '1')).toEqual({ kind: 'invalid', code: 'EMPTY' });
    expect(scoreQuestion(q, 1.5)).toEqual({ kind: 'invalid', code: 'EMPTY' });
  });
});
