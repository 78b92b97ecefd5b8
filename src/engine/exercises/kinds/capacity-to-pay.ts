/**
 * Kind `capacity-to-pay`: is a household's contribution affordable? The household's yearly
 * contribution is compared with its yearly income and with a threshold share of income that
 * the exercise states (domain.md §2: there is no official threshold, so it is always a
 * parameter, never a rule of the engine).
 *
 * Built on `computeContribution` (flat contribution per person, household size, optional
 * State subsidy): the household pays `memberShare × householdSize`.
 */
import { z } from 'zod';
import { computeContribution } from '../../insurance';
import { positiveSchema, rateSchema, safeRatio, type KindDefinition } from '../kinds';

/** Parsed parameters (engine units). */
export interface CapacityToPayParameters {
  /** Contribution per person per year, before any subsidy. */
  contribution: number;
  /** Persons covered in the household. */
  householdSize: number;
  /** Household income per month. */
  monthlyIncome: number;
  /** Largest share of yearly income the exercise deems affordable (e.g. 5 %). */
  threshold: number;
  /** Share of the contribution paid by the State (default 0). */
  subsidyRate?: number;
}

/** Quantities of the kind, per household unless named otherwise. */
export type CapacityToPayKindQuantity =
  | 'householdContribution'
  | 'householdMonthly'
  | 'annualIncome'
  | 'incomeShare'
  | 'affordableHousehold'
  | 'affordablePerPerson'
  | 'headroom';

/** Wrong methods of the kind. */
export type CapacityToPayKindMisconception = 'share-per-person' | 'income-not-annualised' | 'affordable-per-household';

/** The switches of the three wrong methods; all off gives the right values. */
interface Mistakes {
  /** The contribution of one person compared with the household's income. */
  perPerson?: boolean;
  /** The monthly income compared with a yearly contribution. */
  monthlyIncomeAsAnnual?: boolean;
  /** The household's affordable amount not shared among its members. */
  affordableNotDivided?: boolean;
}

function quantities(p: CapacityToPayParameters, mistakes: Mistakes = {}): Record<CapacityToPayKindQuantity, number> {
  const priced = computeContribution({
    benefits: [{ id: 'flat-contribution', frequency: 1, averageCost: p.contribution, coverageRate: 1 }],
    householdSize: p.householdSize,
    subsidyRate: p.subsidyRate ?? 0,
  });
  const householdContribution = priced.memberShare * (mistakes.perPerson ? 1 : p.householdSize);
  const annualIncome = p.monthlyIncome * (mistakes.monthlyIncomeAsAnnual ? 1 : 12);
  const affordableHousehold = p.threshold * annualIncome;
  return {
    householdContribution,
    householdMonthly: householdContribution / 12,
    annualIncome,
    incomeShare: safeRatio(householdContribution, annualIncome),
    affordableHousehold,
    affordablePerPerson: affordableHousehold / (mistakes.affordableNotDivided ? 1 : p.householdSize),
    headroom: affordableHousehold - householdContribution,
  };
}

/** The `capacity-to-pay` kind (see the file comment). */
export const capacityToPayKind = {
  id: 'capacity-to-pay',
  parameters: z
    .object({
      contribution: positiveSchema(),
      householdSize: z.number().finite().min(1),
      monthlyIncome: positiveSchema(),
      threshold: rateSchema(),
      subsidyRate: rateSchema().optional(),
    })
    .strict(),
  rates: ['threshold', 'subsidyRate'],
  quantities: {
    householdContribution: 'amount',
    householdMonthly: 'amount',
    annualIncome: 'amount',
    incomeShare: 'fraction',
    affordableHousehold: 'amount',
    affordablePerPerson: 'amount',
    headroom: 'amount',
  },
  compute: (p) => quantities(p),
  misconceptions: {
    // 2 500 / 540 000 for one person instead of 15 000 / 540 000 for a household of 6.
    'share-per-person': (p) => quantities(p, { perPerson: true }),
    // The yearly contribution divided by one month's income.
    'income-not-annualised': (p) => quantities(p, { monthlyIncomeAsAnnual: true }),
    // The household's affordable amount given as the affordable contribution per person.
    'affordable-per-household': (p) => quantities(p, { affordableNotDivided: true }),
  },
} satisfies KindDefinition<CapacityToPayParameters, CapacityToPayKindQuantity, CapacityToPayKindMisconception>;
