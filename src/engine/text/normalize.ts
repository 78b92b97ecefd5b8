/**
 * Comparison key for free text typed by learners: short-text quiz answers, and the search box.
 * Two texts that differ only by case, accents, ligatures, punctuation or spacing get the same
 * key, because on a phone keyboard those differences are typing accidents, not knowledge:
 *
 *   "Unité technique  de gestion."  → "unite technique de gestion"
 *   "Œuvre sociale n°2"             → "oeuvre sociale n 2"
 *   "tiers-payant", "Tiers payant"  → "tiers payant"
 *
 * Letters and digits are kept (a year or a rate in an answer matters); every run of other
 * characters becomes one space between words, so word boundaries survive for search.
 * Compatibility forms are unfolded first (NFKD: full-width letters, "ﬁ", superscripts).
 */
export function normalizeAnswerText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
