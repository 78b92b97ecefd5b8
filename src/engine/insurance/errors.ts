/**
 * The one error type the insurance engine throws for bad input.
 *
 * Why a dedicated class with a code: the engine is used by calculators and exercises whose
 * messages are written (and translated) by the UI. The UI must be able to tell *what* is wrong
 * and *where* without parsing an English sentence, so every error carries a stable `code` and the
 * `field` path of the offending input; `message` is for developers only.
 */

/**
 * Why an input was rejected. Stable strings: the UI maps them to translated messages.
 *
 * - `REQUIRED`: a mandatory field is missing (undefined or null).
 * - `INVALID_TYPE`: a field has the wrong kind of value (e.g. `benefits` is not an array, an id is
 *   not a non-empty string, the input is not an object).
 * - `NOT_FINITE`: a number field holds NaN, ±Infinity or a non-number (e.g. a string from a form).
 * - `NOT_INTEGER`: a count that must be whole (pool size, number of trials) is not.
 * - `NEGATIVE`: an amount, count, frequency or loading is below 0.
 * - `OUT_OF_RANGE`: a value is outside its allowed interval (a rate outside 0..1, a household
 *   size below 1, a pool size or a contribution of 0, fewer than 1 trial…); `bound` says which
 *   limit was crossed.
 * - `LOADINGS_TOO_HIGH`: managementLoading + reserveLoading ≥ 1, so the gross contribution
 *   PPs / (1 − g − r) would be infinite or negative. The field is `'loadings'` (the pair).
 * - `MISSING_BENEFICIARIES`: fixed costs are given but not the number of beneficiaries to share
 *   them among.
 * - `EMPTY_BENEFITS`: the benefit list is empty: there is nothing to price or simulate.
 * - `DUPLICATE_ID`: two benefits share an id, which would make per-benefit results ambiguous.
 * - `UNKNOWN_FIELD`: the input carries a field the function does not read (e.g. `renewedMembers`
 *   for `membersRenewed`). Refused rather than ignored, because a misspelt field would otherwise
 *   silently give a missing value and a wrong (null or default-based) result.
 * - `TOO_MANY_TRIALS`: more simulation trials than the engine accepts (see `MAX_TRIALS`), to keep
 *   a browser tab responsive and memory bounded.
 */
export type InsuranceErrorCode =
  | 'REQUIRED'
  | 'INVALID_TYPE'
  | 'NOT_FINITE'
  | 'NOT_INTEGER'
  | 'NEGATIVE'
  | 'OUT_OF_RANGE'
  | 'LOADINGS_TOO_HIGH'
  | 'MISSING_BENEFICIARIES'
  | 'EMPTY_BENEFITS'
  | 'DUPLICATE_ID'
  | 'UNKNOWN_FIELD'
  | 'TOO_MANY_TRIALS';

/**
 * Thrown by every engine function when its input is invalid. Check `code` and `field`
 * (e.g. `benefits[1].coverageRate`) to build a user-facing message; `bound` is the limit that
 * was crossed when there is one (e.g. 1 for a coverage rate of 1.2, 1 000 000 for too many
 * trials), so the message can quote it.
 */
export class InsuranceInputError extends Error {
  /** Machine-readable reason, translated by the UI. */
  readonly code: InsuranceErrorCode;
  /** Path of the offending input, in JavaScript notation: `benefits[0].frequency`. */
  readonly field: string;
  /** The limit that was crossed, when the rule has one. */
  readonly bound: number | undefined;

  constructor(code: InsuranceErrorCode, field: string, message: string, bound?: number) {
    super(`${field}: ${message} [${code}]`);
    this.name = 'InsuranceInputError';
    this.code = code;
    this.field = field;
    this.bound = bound;
  }
}

/** Type guard, so callers can separate input errors from programming errors. */
export function isInsuranceInputError(error: unknown): error is InsuranceInputError {
  return error instanceof InsuranceInputError;
}
