import { invalidResult, isWholeNumber, scoredResult } from './result';
import type { Scorer } from './types';

/**
 * Ordering: the response gives each authored item the rank the learner chose (1 = first), one
 * rank selector per item in the quiz player. Partial credit: the share of items at their right
 * rank (item i belongs at rank i + 1). Missing or out-of-range ranks → INCOMPLETE, the same
 * rank twice → DUPLICATE: both ask the learner to finish rather than count as an attempt.
 */
export const orderingScorer: Scorer<'ordering'> = {
  type: 'ordering',
  isResponse: (value): value is (number | null)[] => Array.isArray(value) && value.every((rank) => rank === null || isWholeNumber(rank)),
  isEmpty: (response) => response.every((rank) => rank === null),
  score(question, response) {
    const count = question.items.length;
    if (response.every((rank) => rank === null)) return invalidResult('EMPTY');
    if (response.length !== count || response.some((rank) => rank === null || rank < 1 || rank > count)) return invalidResult('INCOMPLETE');
    if (new Set(response).size !== count) return invalidResult('DUPLICATE');
    const placed = response.filter((rank, index) => rank === index + 1).length;
    return scoredResult<'ordering'>(placed / count, { response: question.items.map((_, index) => index + 1) });
  },
};
