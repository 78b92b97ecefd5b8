import { describe, expect, it } from 'vitest';
import { scoreQuestion } from '../../../src/engine/scoring';
import { multipleScorer } from '../../../src/engine/scoring/multiple';
import { question } from './question';

describe('multiple choice with partial credit', () => {
  // Three right options (0, 1, 2), two wrong ones (3, 4).
  const q = question({
    type: 'multiple',
    options: [{ text: 'a', correct: true }, { text: 'b', correct: true }, { text: 'c', correct: true }, { text: 'd', feedback: 'd est faux' }, { text: 'e', feedback: 'e aussi' }],
  });

  it.each([
    [[0, 1, 2], 1],
    [[2, 0, 1], 1], // order does not matter
    [[0, 1], 2 / 3],
    [[0], 1 / 3],
    [[0, 1, 2, 3], 2 / 3], // (3 right − 1 wrong) ÷ 3
    [[0, 1, 3], 1 / 3], // (2 − 1) ÷ 3
    [[0, 3], 0], // (1 − 1) ÷ 3
    [[0, 3, 4], 0], // (1 − 2) ÷ 3, floored at 0
    [[3, 4], 0], // all wrong
    [[0, 1, 2, 3, 4], 1 / 3], // ticking everything does not pay
    [[0, 0, 1], 2 / 3], // a repeated index counts once
    [[0, 1, 9], 2 / 3], // an index outside the options is ignored
  ])('%j scores %d', (response, expected) => {
    const result = multipleScorer.score(q, response);
    expect(result.kind).toBe('scored');
    if (result.kind === 'scored') {
      expect(result.score).toBeCloseTo(expected, 12);
      expect(result.correct).toBe(expected === 1);
    }
  });

  it('returns the feedback of the chosen options, in authored order, and the right indices', () => {
    expect(multipleScorer.score(q, [4, 0, 3])).toMatchObject({ feedback: ['d est faux', 'e aussi'], expected: { response: [0, 1, 2] } });
    expect(multipleScorer.score(q, [0, 1, 2])).toMatchObject({ feedback: [] });
  });

  it('treats nothing chosen as empty, not as a wrong attempt', () => {
    expect(multipleScorer.isEmpty([])).toBe(true);
    expect(multipleScorer.score(q, [])).toEqual({ kind: 'invalid', code: 'EMPTY' });
    expect(multipleScorer.score(q, [8, 9])).toEqual({ kind: 'invalid', code: 'EMPTY' });
    expect(scoreQuestion(q, null)).toEqual({ kind: 'invalid', code: 'EMPTY' });
    expect(scoreQuestion(q, ['0'])).toEqual({ kind: 'invalid', code: 'EMPTY' });
  });
});
