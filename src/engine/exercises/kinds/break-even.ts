/**
 * Kind `break-even`: how many beneficiaries a mutuelle needs so that what each one leaves after
 * claims and variable costs pays the fixed costs (seuil de viabilité, domain.md §3), built on
 * `breakEvenMembership`. With the current number of beneficiaries, also the year's result and
 * how many beneficiaries are missing.
 */
import { z } from 'zod';
import { breakEvenMembership, type BreakEvenInput } from '../../insurance';
import { nonNegativeSchema, orNaN, positiveSchema, type KindDefinition } from '../kinds';

/** Parsed parameters, per beneficiary per year except `fixedCosts` and `beneficiaries`. */
export interface BreakEvenParameters {
  /** Fixed annual costs (staff, premises…). */
  fixedCosts: number;
  /** Contribution received per beneficiary per year. */
  contribution: number;
  /** Expected claims per beneficiary per year. */
  expectedClaims: number;
  /** Costs per beneficiary (card, registration), default 0. */
  variableCost?: number;
  /** Beneficiaries today, for the result and the gap to break-even. */
  beneficiaries?: number;
}

/** Quantities of the kind. */
export type BreakEvenKindQuantity = 'marginPerBeneficiary' | 'breakEven' | 'currentResult' | 'missingBeneficiaries';

/** Wrong methods of the kind. */
export type BreakEvenKindMisconception = 'claims-forgotten' | 'variable-cost-forgotten' | 'rounded-down';

function quantities(p: BreakEvenParameters, roundDown = false): Record<BreakEvenKindQuantity, number> {
  const input: BreakEvenInput = { fixedCosts: p.fixedCosts, contribution: p.contribution, expectedClaims: p.expectedClaims };
  if (p.variableCost !== undefined) input.variableCost = p.variableCost;
  const margin = p.contribution - p.expectedClaims - (p.variableCost ?? 0);
  const engine = orNaN(breakEvenMembership(input));
  // Rounding down leaves the mutuelle a little short: N beneficiaries whose margins do not quite cover the fixed costs.
  const breakEven = roundDown && Number.isFinite(engine) ? Math.floor(p.fixedCosts / margin) : engine;
  const beneficiaries = p.beneficiaries ?? Number.NaN;
  return {
    marginPerBeneficiary: margin,
    breakEven,
    currentResult: beneficiaries * margin - p.fixedCosts,
    missingBeneficiaries: Math.max(0, breakEven - beneficiaries),
  };
}

/** The `break-even` kind (see the file comment). */
export const breakEvenKind = {
  id: 'break-even',
  parameters: z
    .object({
      fixedCosts: nonNegativeSchema(),
      contribution: nonNegativeSchema(),
      expectedClaims: nonNegativeSchema(),
      variableCost: nonNegativeSchema().optional(),
      beneficiaries: positiveSchema().optional(),
    })
    .strict(),
  rates: [],
  quantities: {
    marginPerBeneficiary: 'amount',
    breakEven: 'count',
    currentResult: 'amount',
    missingBeneficiaries: 'count',
  },
  compute: (p) => quantities(p),
  misconceptions: {
    // N = fixed costs / (contribution − variable cost): as if members never fell ill.
    'claims-forgotten': (p) => quantities({ ...p, expectedClaims: 0 }),
    'variable-cost-forgotten': (p) => quantities({ ...p, variableCost: 0 }),
    // 412.3 rounded to 412 instead of up to 413.
    'rounded-down': (p) => quantities(p, true),
  },
} satisfies KindDefinition<BreakEvenParameters, BreakEvenKindQuantity, BreakEvenKindMisconception>;
