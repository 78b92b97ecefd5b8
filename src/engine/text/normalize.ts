/**
 * Comparison key for short text answers: case, accents, punctuation and extra spaces do not
 * matter ("Unité technique de gestion" = "unite technique  de gestion."); digits are kept.
 */
export function normalizeAnswerText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
