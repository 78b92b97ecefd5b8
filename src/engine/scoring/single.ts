import { invalidResult, isWholeNumber, scoredResult } from './result';
import type { Scorer } from './types';

/**
 * Single choice: right or wrong. The chosen option's author feedback is shown whenever it has
 * one (the schema: "shown when the learner chooses this option"); authors write it mostly for
 * wrong options, to name the confusion. An index outside the options counts as no answer.
 */
export const singleScorer: Scorer<'single'> = {
  type: 'single',
  isResponse: (value): value is number | null => value === null || isWholeNumber(value),
  isEmpty: (response) => response === null,
  score(question, response) {
    const option = response === null ? undefined : question.options[response];
    if (response === null || !option) return invalidResult('EMPTY');
    const right = question.options.findIndex((candidate) => candidate.correct);
    return scoredResult<'single'>(option.correct ? 1 : 0, { response: right }, option.feedback ? [option.feedback] : []);
  },
};
