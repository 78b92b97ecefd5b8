import { formatFrenchNumber } from '../number/format-number';
import { parseFrenchNumber } from '../number/parse-number';
import { invalidResult, scoredResult } from './result';
import type { Scorer } from './types';

/**
 * Allowance for binary float noise (0,1 + 0,2 typed as 0,3), relative to the size of the
 * values, so a bound like "2 700 with answer 2 695 ± 5" is accepted exactly at the bound.
 */
const EPSILON = 1e-9;

/**
 * The accepted distance around a value: the larger of the absolute tolerance and the relative
 * one (a share of the value), as the quiz schema documents.
 */
export function toleranceAround(value: number, tolerance: number, relativeTolerance: number): number {
  return Math.max(tolerance, relativeTolerance * Math.abs(value));
}

/**
 * Whether `typed` is accepted for `target`: |typed − target| ≤ max(tolerance,
 * relativeTolerance × |target|), plus a tiny epsilon for float noise. Also used to recognise a
 * typical mistake's value with the question's own tolerance.
 */
export function withinTolerance(typed: number, target: number, tolerance: number, relativeTolerance: number): boolean {
  const gap = toleranceAround(target, tolerance, relativeTolerance);
  return Math.abs(typed - target) <= gap + EPSILON * Math.max(1, Math.abs(target));
}

/** Decimals shown for the expected value: enough for any authored answer, without float noise. */
const EXPECTED_FRACTION_DIGITS = 10;

/**
 * Numeric answer typed the French way ("1 500,5", "3 500 FCFA", "12 %"), read with the
 * question's unit: on a "%" question "12 %" and "12" are both 12. An unreadable text is invalid
 * (not an attempt) with the parser's code. A wrong value within tolerance of a listed mistake
 * gets that mistake's feedback (the nearest one when several match).
 */
export const numericScorer: Scorer<'numeric'> = {
  type: 'numeric',
  isResponse: (value): value is string => typeof value === 'string',
  isEmpty: (response) => response.trim() === '',
  score(question, response) {
    const parsed = parseFrenchNumber(response, { unit: question.unit, allowPercent: question.unit === '%' });
    if (!parsed.ok) return invalidResult(parsed.code);
    const gap = toleranceAround(question.answer, question.tolerance, question.relativeTolerance);
    const expected = {
      response: formatFrenchNumber(question.answer, { maximumFractionDigits: EXPECTED_FRACTION_DIGITS, unit: question.unit }),
      value: question.answer,
      ...(question.unit === undefined ? {} : { unit: question.unit }),
      min: question.answer - gap,
      max: question.answer + gap,
    };
    if (withinTolerance(parsed.value, question.answer, question.tolerance, question.relativeTolerance)) return scoredResult<'numeric'>(1, expected);
    const mistake = question.mistakes
      .filter((candidate) => withinTolerance(parsed.value, candidate.value, question.tolerance, question.relativeTolerance))
      .sort((a, b) => Math.abs(parsed.value - a.value) - Math.abs(parsed.value - b.value))[0];
    return scoredResult<'numeric'>(0, expected, mistake ? [mistake.feedback] : []);
  },
};
