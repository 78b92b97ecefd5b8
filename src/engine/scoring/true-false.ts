import { invalidResult, scoredResult } from './result';
import type { Scorer } from './types';

/** True or false: right or wrong; the author's `wrongFeedback` is shown after a wrong answer. */
export const trueFalseScorer: Scorer<'true-false'> = {
  type: 'true-false',
  isResponse: (value): value is boolean | null => value === null || typeof value === 'boolean',
  isEmpty: (response) => response === null,
  score(question, response) {
    if (response === null) return invalidResult('EMPTY');
    const right = response === question.answer;
    return scoredResult<'true-false'>(right ? 1 : 0, { response: question.answer }, !right && question.wrongFeedback ? [question.wrongFeedback] : []);
  },
};
