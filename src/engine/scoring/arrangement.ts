import { normalizeAnswerText } from '../text/normalize';
import { scored, type Scorer } from './types';

/**
 * Ordering: the response gives, for each authored item, the rank the learner chose (1 = first).
 * Score: share of items at their right rank.
 */
export const orderingScorer: Scorer<'ordering'> = {
  score(question, response) {
    if (response.every((rank) => rank === null)) return { kind: 'invalid', code: 'EMPTY' };
    if (response.length !== question.items.length || response.some((rank) => rank === null)) return { kind: 'invalid', code: 'INCOMPLETE' };
    if (new Set(response).size !== response.length) return { kind: 'invalid', code: 'DUPLICATE' };
    const placed = response.filter((rank, i) => rank === i + 1).length;
    return scored(placed / question.items.length);
  },
};

/** Matching: for each left item, the index of the right item chosen. Score: share of right pairs. */
export const matchingScorer: Scorer<'matching'> = {
  score(question, response) {
    if (response.every((choice) => choice === null)) return { kind: 'invalid', code: 'EMPTY' };
    if (response.length !== question.pairs.length || response.some((choice) => choice === null)) return { kind: 'invalid', code: 'INCOMPLETE' };
    const right = response.filter((choice, i) => choice === i).length;
    return scored(right / question.pairs.length);
  },
};

/** Short text: any accepted answer, ignoring case, accents, punctuation and spaces. */
export const shortTextScorer: Scorer<'short-text'> = {
  score(question, response) {
    const key = normalizeAnswerText(response);
    if (!key) return { kind: 'invalid', code: 'EMPTY' };
    if (response.length > 200) return { kind: 'invalid', code: 'TOO_LONG' };
    return scored(question.answers.some((answer) => normalizeAnswerText(answer) === key) ? 1 : 0);
  },
};
