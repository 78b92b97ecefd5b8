import { normalizeAnswerText } from '../text/normalize';
import { invalidResult, scoredResult } from './result';
import type { Scorer } from './types';

/** Longest short-text answer read; longer is refused (TOO_LONG) rather than stored. */
export const MAX_SHORT_TEXT_LENGTH = 200;

/**
 * The comparison key of a short answer: `normalizeAnswerText` without its word spaces, so
 * spacing is ignored entirely ("U.T.G." = "UTG", "tiers-payant" = "tiers payant").
 */
const answerKey = (text: string) => normalizeAnswerText(text).replace(/ /g, '');

/**
 * Short text: right when it matches any accepted answer once both are reduced to `answerKey`
 * (case, accents, punctuation and spaces ignored), otherwise wrong — no partial credit, since a
 * near-miss cannot be told from a different answer. Only punctuation → EMPTY.
 */
export const shortTextScorer: Scorer<'short-text'> = {
  type: 'short-text',
  isResponse: (value): value is string => typeof value === 'string',
  isEmpty: (response) => answerKey(response) === '',
  score(question, response) {
    if (response.length > MAX_SHORT_TEXT_LENGTH) return invalidResult('TOO_LONG');
    const key = answerKey(response);
    if (key === '') return invalidResult('EMPTY');
    const right = question.answers.some((answer) => answerKey(answer) === key);
    return scoredResult<'short-text'>(right ? 1 : 0, { response: question.answers[0] ?? '', accepted: question.answers });
  },
};
