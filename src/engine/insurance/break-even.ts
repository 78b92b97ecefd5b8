/**
 * Break-even membership (seuil de viabilité, domain.md §3): how many beneficiaries a mutuelle
 * needs for the margin each one leaves after claims and variable costs to pay its fixed costs.
 *
 *   N* = ⌈ fixedCosts / (contribution − expectedClaims − variableCost) ⌉
 */
import { InsuranceInputError } from './errors';
import { readNumber, rejectUnknownFields, requireObject } from './validate';

/** Inputs of the break-even calculation; all per beneficiary per year except `fixedCosts`. */
export interface BreakEvenInput {
  /** Fixed annual costs (staff, premises…), ≥ 0. */
  fixedCosts: number;
  /** Contribution received per beneficiary per year, ≥ 0. */
  contribution: number;
  /** Expected claims per beneficiary per year (PPs, or PP), ≥ 0. */
  expectedClaims: number;
  /** Costs that grow with each beneficiary (cards, registration…), ≥ 0, default 0. */
  variableCost?: number;
}

/**
 * Relative tolerance used twice: a quotient within it of a whole number is that whole number
 * (so 1e-12 noise does not add a beneficiary), and a margin within it of 0 is 0 (so
 * 0.3 − 0.1 − 0.2 = 2.8e-17 does not give a pool of 10^17).
 */
const RELATIVE_TOLERANCE = 1e-9;

/**
 * The smallest number of beneficiaries whose margins cover the fixed costs, or null when each
 * beneficiary leaves no positive margin (the scheme can never break even, whatever its size).
 * Returns 0 when there are no fixed costs and the margin is positive.
 * Throws `InsuranceInputError` on negative or non-finite input.
 */
export function breakEvenMembership(input: BreakEvenInput): number | null {
  const raw = requireObject(input, 'input');
  rejectUnknownFields(raw, ['fixedCosts', 'contribution', 'expectedClaims', 'variableCost'], 'input');
  const fixedCosts = readNumber(raw['fixedCosts'], 'fixedCosts', { required: true });
  const contribution = readNumber(raw['contribution'], 'contribution', { required: true });
  const expectedClaims = readNumber(raw['expectedClaims'], 'expectedClaims', { required: true });
  const variableCost = readNumber(raw['variableCost'], 'variableCost') ?? 0;
  const margin = contribution - expectedClaims - variableCost;
  if (margin <= RELATIVE_TOLERANCE * Math.max(contribution, expectedClaims + variableCost)) return null;
  if (fixedCosts === 0) return 0;
  const quotient = fixedCosts / margin;
  if (!Number.isFinite(quotient)) {
    throw new InsuranceInputError('OUT_OF_RANGE', 'fixedCosts', 'gives a break-even beyond the number range');
  }
  const nearest = Math.round(quotient);
  if (Math.abs(quotient - nearest) <= RELATIVE_TOLERANCE * Math.max(1, quotient)) return nearest;
  return Math.ceil(quotient);
}
