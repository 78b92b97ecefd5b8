import { invalidResult, isWholeNumber, scoredResult } from './result';
import type { Scorer } from './types';

/**
 * Matching: for each pair (its left-hand item), the index of the right-hand item chosen, both
 * in authored order, so pair i is right when the learner chose i. Partial credit: the share of
 * right pairs. A right-hand item may be chosen twice (it simply cannot be right both times).
 * Some choices missing or out of range → INCOMPLETE.
 */
export const matchingScorer: Scorer<'matching'> = {
  type: 'matching',
  isResponse: (value): value is (number | null)[] => Array.isArray(value) && value.every((choice) => choice === null || isWholeNumber(choice)),
  isEmpty: (response) => response.every((choice) => choice === null),
  score(question, response) {
    const count = question.pairs.length;
    if (response.every((choice) => choice === null)) return invalidResult('EMPTY');
    if (response.length !== count || response.some((choice) => choice === null || choice < 0 || choice >= count)) return invalidResult('INCOMPLETE');
    const right = response.filter((choice, index) => choice === index).length;
    return scoredResult<'matching'>(right / count, { response: question.pairs.map((_, index) => index) });
  },
};
