import { describe, expect, it } from 'vitest';
import { scoreAttempt, type StepCheck } from '../../../src/engine/exercises';

const correct: StepCheck = { kind: 'correct', expected: 1 };
const wrong: StepCheck = { kind: 'wrong', expected: 1, hint: 'Indice.' };
const mistake: StepCheck = { kind: 'misconception', id: 'margin-forgotten', feedback: 'Marge.', expected: 1 };
const invalid: StepCheck = { kind: 'invalid', code: 'EMPTY' };

describe('scoreAttempt', () => {
  it('counts the steps right at their first valid try', () => {
    expect(scoreAttempt([[correct], [wrong, correct], [invalid, correct], [mistake, correct]])).toEqual({ firstTryCorrect: 2, total: 4, score: 0.5 });
  });

  it('scores 0 for steps never answered or answered only with invalid input, and for no steps', () => {
    expect(scoreAttempt([[], [invalid, invalid]])).toEqual({ firstTryCorrect: 0, total: 2, score: 0 });
    expect(scoreAttempt([])).toEqual({ firstTryCorrect: 0, total: 0, score: 0 });
  });
});
