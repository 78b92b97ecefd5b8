import { invalidResult, isWholeNumber, scoredResult } from './result';
import type { Scorer } from './types';

/**
 * Multiple choice with partial credit: (right options chosen − wrong options chosen) ÷ number
 * of right options, never below 0 — so ticking everything is not a winning strategy. An index
 * repeated counts once; indices outside the options are ignored. Feedback: the author feedback
 * of every chosen option that has one, in authored order.
 */
export const multipleScorer: Scorer<'multiple'> = {
  type: 'multiple',
  isResponse: (value): value is number[] => Array.isArray(value) && value.every(isWholeNumber),
  isEmpty: (response) => response.length === 0,
  score(question, response) {
    const chosen = new Set(response.filter((index) => question.options[index] !== undefined));
    if (chosen.size === 0) return invalidResult('EMPTY');
    const rightIndices = question.options.flatMap((option, index) => (option.correct ? [index] : []));
    let hits = 0;
    let misses = 0;
    const feedback: string[] = [];
    question.options.forEach((option, index) => {
      if (!chosen.has(index)) return;
      if (option.correct) hits++;
      else misses++;
      if (option.feedback) feedback.push(option.feedback);
    });
    const score = rightIndices.length === 0 ? 0 : Math.max(0, (hits - misses) / rightIndices.length);
    return scoredResult<'multiple'>(score, { response: rightIndices }, feedback);
  },
};
