import { describe, expect, it } from 'vitest';
import { scoreQuestion } from '../../../src/engine/scoring';
import { trueFalseScorer } from '../../../src/engine/scoring/true-false';
import { question } from './question';

describe('true / false', () => {
  const q = question({ type: 'true-false', answer: false, wrongFeedback: 'Le ticket modérateur est payé par le malade.' });

  it('scores the right answer 1 without feedback', () => {
    expect(trueFalseScorer.score(q, false)).toEqual({ kind: 'scored', score: 1, correct: true, feedback: [], expected: { response: false } });
  });

  it('scores the wrong answer 0 with wrongFeedback', () => {
    expect(trueFalseScorer.score(q, true)).toEqual({ kind: 'scored', score: 0, correct: false, feedback: ['Le ticket modérateur est payé par le malade.'], expected: { response: false } });
  });

  it('gives no feedback when the author wrote none', () => {
    expect(trueFalseScorer.score(question({ type: 'true-false', answer: true }), false)).toMatchObject({ score: 0, feedback: [] });
  });

  it('treats no answer, and a string, as empty', () => {
    expect(trueFalseScorer.score(q, null)).toEqual({ kind: 'invalid', code: 'EMPTY' });
    expect(scoreQuestion(q, 'false')).toEqual({ kind: 'invalid', code: 'EMPTY' });
  });
});
