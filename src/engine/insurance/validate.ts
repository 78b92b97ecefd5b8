/**
 * Input checks shared by the engine's entry points.
 *
 * Written by hand rather than with a schema library so that each rule maps to exactly one
 * `InsuranceErrorCode` and one field path, in a fixed order: missing → not a finite number →
 * not whole → negative → out of range. Every entry point validates before computing, so the
 * formulas never see NaN, negative costs or impossible rates.
 */
import { InsuranceInputError } from './errors';

/** A value the caller did not supply: both `undefined` and `null` (forms often send null). */
export function isMissing(value: unknown): value is undefined | null {
  return value === undefined || value === null;
}

/** Rejects anything that is not a plain object, so property reads below are safe. */
export function requireObject(value: unknown, field: string): Record<string, unknown> {
  if (isMissing(value)) throw new InsuranceInputError('REQUIRED', field, 'is required');
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new InsuranceInputError('INVALID_TYPE', field, 'must be an object');
  }
  return value as Record<string, unknown>;
}

/**
 * Refuses the first field of `raw` that is not in `known`, with code `UNKNOWN_FIELD` and the
 * field's full path (`year.renewedMembers`, `benefits[0].cost`). Fields holding `undefined` count
 * as absent, so a caller spreading an optional value does not trip it.
 */
export function rejectUnknownFields(raw: Record<string, unknown>, known: readonly string[], field: string): void {
  for (const key of Object.keys(raw)) {
    if (raw[key] === undefined || known.includes(key)) continue;
    const path = field === '' ? key : `${field}.${key}`;
    throw new InsuranceInputError('UNKNOWN_FIELD', path, `is not a known field (expected one of: ${known.join(', ')})`);
  }
}

function finite(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new InsuranceInputError('NOT_FINITE', field, 'must be a finite number');
  }
  return value;
}

/** Rules for one number field. Negative values give `NEGATIVE` unless `min` is above 0 or `fraction`. */
interface NumberRule {
  /** Throw `REQUIRED` when missing; otherwise a missing value is returned as `undefined`. */
  required?: boolean;
  /** The value must be a whole number. */
  integer?: boolean;
  /** A rate in 0..1: any value outside (negative included) gives `OUT_OF_RANGE`. */
  fraction?: boolean;
  /** Smallest accepted value (default 0). */
  min?: number;
  /** `min` itself is rejected (e.g. a pool of 0 beneficiaries). */
  minExclusive?: boolean;
  /** Largest accepted value. */
  max?: number;
}

/** Reads a required number field, applying `rule`. */
export function readNumber(value: unknown, field: string, rule: NumberRule & { required: true }): number;
/** Reads an optional number field, applying `rule`; `undefined` when missing. */
export function readNumber(value: unknown, field: string, rule?: NumberRule): number | undefined;
export function readNumber(value: unknown, field: string, rule: NumberRule = {}): number | undefined {
  if (isMissing(value)) {
    if (rule.required) throw new InsuranceInputError('REQUIRED', field, 'is required');
    return undefined;
  }
  const x = finite(value, field);
  if (rule.integer && !Number.isInteger(x)) {
    throw new InsuranceInputError('NOT_INTEGER', field, 'must be a whole number');
  }
  const min = rule.fraction ? 0 : (rule.min ?? 0);
  const max = rule.fraction ? 1 : rule.max;
  if (x < 0 && min >= 0 && !rule.fraction) {
    throw new InsuranceInputError('NEGATIVE', field, 'must not be negative', 0);
  }
  if (x < min || (rule.minExclusive && x === min)) {
    throw new InsuranceInputError(
      'OUT_OF_RANGE',
      field,
      `must be ${rule.minExclusive ? 'greater than' : 'at least'} ${min}`,
      min,
    );
  }
  if (max !== undefined && x > max) {
    throw new InsuranceInputError('OUT_OF_RANGE', field, `must be at most ${max}`, max);
  }
  return x;
}
