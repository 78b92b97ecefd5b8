/**
 * When a typed number counts as a given value.
 *
 * Why both bounds: an absolute bound accepts answers rounded to the franc (or to the tenth of
 * a percentage point), a relative bound accepts the drift of a chain of rounded intermediate
 * results on large amounts. The larger of the two applies.
 */

/** Accepted gaps, in the unit of the step (percentage points for "%" steps). */
export interface StepTolerance {
  /** Largest accepted gap, e.g. 0.5 FCFA. */
  absolute?: number | undefined;
  /** Largest accepted gap as a share of the value, e.g. 0.001 (0.1 %). */
  relative?: number | undefined;
}

/**
 * Tolerance of a step that does not set one: half a unit (rounding to the franc, to the
 * percentage point's half, to the half-month) or 0.1 % of the value, whichever is larger.
 */
export const DEFAULT_TOLERANCE: Readonly<Required<StepTolerance>> = Object.freeze({ absolute: 0.5, relative: 0.001 });

/** The accepted gap around `value`. */
export function allowedGap(value: number, tolerance: StepTolerance): number {
  return Math.max(tolerance.absolute ?? 0, (tolerance.relative ?? 0) * Math.abs(value));
}

/** Whether `typed` counts as `value` under `tolerance`; never for non-finite numbers. */
export function matchesValue(typed: number, value: number, tolerance: StepTolerance): boolean {
  if (!Number.isFinite(typed) || !Number.isFinite(value)) return false;
  return Math.abs(typed - value) <= allowedGap(value, tolerance) + 1e-9 * Math.max(1, Math.abs(value));
}

/**
 * Whether a misconception's wrong value can be told apart from the right one: typing exactly
 * the wrong value must not count as right. NaN wrong values (the mistake does not apply) are
 * not distinguishable.
 */
export function isDistinguishable(wrong: number, right: number, tolerance: StepTolerance): boolean {
  return Number.isFinite(wrong) && Number.isFinite(right) && !matchesValue(wrong, right, tolerance);
}
