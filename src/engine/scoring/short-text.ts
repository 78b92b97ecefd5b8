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

/** A leading French article, which says nothing about knowing the answer: « l’AG », « la mutuelle ». */
const LEADING_ARTICLE = /^\s*(?:l['’]|d['’]|(?:le|la|les|un|une|des|du|de la)\s+)/i;

/**
 * The keys a text may be recognised by: as typed, without its leading article, and, for
 * « Assemblée générale (AG) », each of the name and the bracketed abbreviation.
 */
function answerKeys(text: string): string[] {
  const keys = new Set<string>();
  const add = (part: string) => {
    keys.add(answerKey(part));
    keys.add(answerKey(part.replace(LEADING_ARTICLE, '')));
  };
  add(text);
  const bracketed = /^(.*?)\(([^()]*)\)\s*$/.exec(text);
  if (bracketed) {
    add(bracketed[1] ?? '');
    add(bracketed[2] ?? '');
  }
  keys.delete('');
  return [...keys];
}

/**
 * Short text: right when one of its `answerKeys` matches one of an accepted answer's (case,
 * accents, punctuation, spaces and a leading article ignored; « Nom (SIGLE) » read as either),
 * otherwise wrong — no partial credit, since a near-miss cannot be told from a different answer.
 * Only punctuation → EMPTY.
 */
export const shortTextScorer: Scorer<'short-text'> = {
  type: 'short-text',
  isResponse: (value): value is string => typeof value === 'string',
  isEmpty: (response) => answerKey(response) === '',
  score(question, response) {
    if (response.length > MAX_SHORT_TEXT_LENGTH) return invalidResult('TOO_LONG');
    const key = answerKey(response);
    if (key === '') return invalidResult('EMPTY');
    const typed = answerKeys(response);
    const right = question.answers.some((answer) => answerKeys(answer).some((k) => typed.includes(k)));
    return scoredResult<'short-text'>(right ? 1 : 0, { response: question.answers[0] ?? '', accepted: question.answers });
  },
};
