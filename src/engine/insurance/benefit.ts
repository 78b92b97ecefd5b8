/**
 * A covered benefit (prestation) and what the mutuelle pays for one case of it.
 *
 * Shared by the contribution calculator and the pool simulation so that both price the same
 * thing: the mutuelle pays the covered share τ of the cost, capped by the ceiling P per case.
 */
import { InsuranceInputError } from './errors';
import { isMissing, readNumber, rejectUnknownFields } from './validate';

/**
 * One benefit in a package, described by the four numbers a mutuelle's pricing uses
 * (domain.md §1). Amounts are in the scheme's currency (FCFA in the lessons).
 */
export interface Benefit {
  /** Stable identifier (e.g. `consultation`), used to key per-benefit results and charts. */
  id: string;
  /** Display name; carried through to the results untouched. */
  label?: string;
  /** f: cases per beneficiary per year (taux d'utilisation), ≥ 0. */
  frequency: number;
  /** C: average cost of one case, ≥ 0. */
  averageCost: number;
  /** τ: share of the cost paid by the mutuelle = 1 − ticket modérateur, in 0..1. */
  coverageRate: number;
  /** P: maximum paid per case (plafond), ≥ 0; the mutuelle pays min(τ·C, P). No cap when absent. */
  ceiling?: number;
}

/**
 * What the mutuelle pays for one case of average cost: min(τ·C, P).
 *
 * Why a function: the ceiling is the step learners forget, and the exercises need this
 * intermediate value on its own. Throws `InsuranceInputError` on an invalid benefit.
 */
export function paidPerCase(benefit: Benefit): number {
  return paidPerValidCase(validateBenefit(benefit, 'benefit'));
}

/** `paidPerCase` for a benefit already validated (the engine's own loops). */
export function paidPerValidCase(benefit: Benefit): number {
  const covered = benefit.coverageRate * benefit.averageCost;
  return benefit.ceiling === undefined ? covered : Math.min(covered, benefit.ceiling);
}

/** The fields of `Benefit`. */
export const BENEFIT_FIELDS = ['id', 'label', 'frequency', 'averageCost', 'coverageRate', 'ceiling'] as const;

/**
 * Checks one benefit and returns a clean copy (null treated as missing, absent ceiling and
 * label left out), so the formulas only ever see validated numbers. A field outside `known`
 * (by default the fields of `Benefit`) is refused with `UNKNOWN_FIELD`.
 */
export function validateBenefit(value: unknown, field: string, known: readonly string[] = BENEFIT_FIELDS): Benefit {
  if (isMissing(value)) throw new InsuranceInputError('REQUIRED', field, 'is required');
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new InsuranceInputError('INVALID_TYPE', field, 'must be an object');
  }
  const raw = value as Record<string, unknown>;
  rejectUnknownFields(raw, known, field);
  if (isMissing(raw['id'])) throw new InsuranceInputError('REQUIRED', `${field}.id`, 'is required');
  if (typeof raw['id'] !== 'string' || raw['id'].length === 0) {
    throw new InsuranceInputError('INVALID_TYPE', `${field}.id`, 'must be a non-empty string');
  }
  if (!isMissing(raw['label']) && typeof raw['label'] !== 'string') {
    throw new InsuranceInputError('INVALID_TYPE', `${field}.label`, 'must be a string');
  }
  const benefit: Benefit = {
    id: raw['id'],
    frequency: readNumber(raw['frequency'], `${field}.frequency`, { required: true }),
    averageCost: readNumber(raw['averageCost'], `${field}.averageCost`, { required: true }),
    coverageRate: readNumber(raw['coverageRate'], `${field}.coverageRate`, { required: true, fraction: true }),
  };
  const ceiling = readNumber(raw['ceiling'], `${field}.ceiling`);
  if (ceiling !== undefined) benefit.ceiling = ceiling;
  if (typeof raw['label'] === 'string') benefit.label = raw['label'];
  return benefit;
}

/**
 * Checks a non-empty list of benefits with unique ids; `each` validates one item (defaults to
 * `validateBenefit`) so callers with extra per-benefit fields reuse the list rules.
 */
export function validateBenefits<T extends Benefit = Benefit>(
  value: unknown,
  field: string,
  each: (item: unknown, itemField: string) => T = validateBenefit as unknown as (item: unknown, itemField: string) => T,
): T[] {
  if (isMissing(value)) throw new InsuranceInputError('REQUIRED', field, 'is required');
  if (!Array.isArray(value)) throw new InsuranceInputError('INVALID_TYPE', field, 'must be an array');
  if (value.length === 0) throw new InsuranceInputError('EMPTY_BENEFITS', field, 'must list at least one benefit');
  const seen = new Set<string>();
  return value.map((item, index) => {
    const benefit = each(item, `${field}[${index}]`);
    if (seen.has(benefit.id)) {
      throw new InsuranceInputError('DUPLICATE_ID', `${field}[${index}].id`, `duplicate benefit id "${benefit.id}"`);
    }
    seen.add(benefit.id);
    return benefit;
  });
}
