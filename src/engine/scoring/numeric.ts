import { parseFrenchNumber } from '../number/parse-number';
import { scored, type Scorer } from './types';

/** Float noise allowance, so 0.1 + 0.2 typed as 0,3 is still exact. */
const EPSILON = 1e-9;

/** Accepted distance: the larger of the absolute and the relative tolerance. */
export function withinTolerance(value: number, answer: number, tolerance: number, relative: number): boolean {
  const gap = Math.max(tolerance, relative * Math.abs(answer));
  return Math.abs(value - answer) <= gap + EPSILON * Math.max(1, Math.abs(answer));
}

/** Numeric answer typed the French way; typical wrong values get the author's feedback. */
export const numericScorer: Scorer<'numeric'> = {
  score(question, response) {
    const parsed = parseFrenchNumber(response, { unit: question.unit, allowPercent: question.unit === '%' });
    if (!parsed.ok) return { kind: 'invalid', code: parsed.code };
    if (withinTolerance(parsed.value, question.answer, question.tolerance, question.relativeTolerance)) return scored(1);
    const mistake = question.mistakes.find((m) => withinTolerance(parsed.value, m.value, question.tolerance, question.relativeTolerance));
    return scored(0, mistake ? [mistake.feedback] : []);
  },
};
