/**
 * Kind `subsidy`: splitting a flat contribution per person between the member and the State
 * (domain.md §1 and §4: Senegal CMU 7 000 = 3 500 + 3 500 FCFA, Mauritania CNASS
 * 700 = 250 + 450 MRU), then the household's share per year and per month.
 *
 * The State's part is given either as a rate (`subsidyRate`, Senegal's 50 %) or as an amount
 * per person (`stateAmount`, Mauritania's 450 MRU). Built on `computeContribution` with one
 * flat "benefit" whose cost is the contribution, so the split uses the engine's subsidy code.
 */
import { z } from 'zod';
import {
  computeContribution,
  computeContributionWithMisconception,
  type ContributionInput,
  type ContributionResult,
} from '../../insurance';
import { ExerciseParameterError, nonNegativeSchema, positiveSchema, rateSchema, safeRatio, type KindDefinition } from '../kinds';

/** Parsed parameters (engine units). */
export interface SubsidyParameters {
  /** Full contribution per person per year (7 000 FCFA, 700 MRU). */
  contribution: number;
  /** σ, share paid by the State; exclusive with `stateAmount`. */
  subsidyRate?: number;
  /** Amount paid by the State per person per year; exclusive with `subsidyRate`. */
  stateAmount?: number;
  /** Persons covered in the household (default 1). */
  householdSize?: number;
  /** Persons covered by the mutuelle, for the State's total transfer. */
  beneficiaries?: number;
}

/** Quantities of the kind, per person per year unless named otherwise. */
export type SubsidyKindQuantity =
  | 'memberShare'
  | 'stateShare'
  | 'memberShareRate'
  | 'stateShareRate'
  | 'memberMonthly'
  | 'householdTotal'
  | 'memberHousehold'
  | 'memberHouseholdMonthly'
  | 'stateTotal';

/** Wrong methods of the kind. */
export type SubsidyKindMisconception = 'subsidy-wrong-party' | 'subsidy-forgotten' | 'household-forgotten' | 'rate-on-member-share';

/** σ from whichever form the exercise gives. */
function subsidyRateOf(p: SubsidyParameters): number {
  if ((p.subsidyRate === undefined) === (p.stateAmount === undefined)) {
    throw new ExerciseParameterError('donner exactement un de « subsidyRate » ou « stateAmount »');
  }
  if (p.subsidyRate !== undefined) return p.subsidyRate;
  const rate = safeRatio(p.stateAmount ?? 0, p.contribution);
  if (!(rate <= 1)) throw new ExerciseParameterError('la part de l’État dépasse la cotisation');
  return rate;
}

function inputOf(p: SubsidyParameters): ContributionInput {
  return {
    benefits: [{ id: 'flat-contribution', frequency: 1, averageCost: p.contribution, coverageRate: 1 }],
    householdSize: p.householdSize ?? 1,
    subsidyRate: subsidyRateOf(p),
  };
}

function quantitiesOf(result: ContributionResult, p: SubsidyParameters, householdSize = p.householdSize ?? 1): Record<SubsidyKindQuantity, number> {
  const memberHousehold = result.memberShare * householdSize;
  return {
    memberShare: result.memberShare,
    stateShare: result.subsidyShare,
    memberShareRate: safeRatio(result.memberShare, result.annual),
    stateShareRate: safeRatio(result.subsidyShare, result.annual),
    memberMonthly: result.memberShare / 12,
    householdTotal: result.perHousehold,
    memberHousehold,
    memberHouseholdMonthly: memberHousehold / 12,
    stateTotal: p.beneficiaries === undefined ? Number.NaN : result.subsidyShare * p.beneficiaries,
  };
}

function compute(p: SubsidyParameters): Record<SubsidyKindQuantity, number> {
  return quantitiesOf(computeContribution(inputOf(p)), p);
}

/** The `subsidy` kind (see the file comment). */
export const subsidyKind = {
  id: 'subsidy',
  parameters: z
    .object({
      contribution: positiveSchema(),
      subsidyRate: rateSchema().optional(),
      stateAmount: nonNegativeSchema().optional(),
      householdSize: z.number().finite().min(1).optional(),
      beneficiaries: positiveSchema().optional(),
    })
    .strict(),
  rates: ['subsidyRate'],
  quantities: {
    memberShare: 'amount',
    stateShare: 'amount',
    memberShareRate: 'fraction',
    stateShareRate: 'fraction',
    memberMonthly: 'amount',
    householdTotal: 'amount',
    memberHousehold: 'amount',
    memberHouseholdMonthly: 'amount',
    stateTotal: 'amount',
  },
  checkParameterNames: (names) =>
    names.has('subsidyRate') === names.has('stateAmount') ? ['donner exactement un de « subsidyRate » ou « stateAmount »'] : [],
  compute,
  misconceptions: {
    // The member is charged the State's part: 450 MRU instead of 250.
    'subsidy-wrong-party': (p) => quantitiesOf(computeContributionWithMisconception(inputOf(p), 'subsidy-wrong-party'), p),
    // The subsidy is not deducted: the member pays the full 7 000.
    'subsidy-forgotten': (p) => quantitiesOf(computeContribution({ ...inputOf(p), subsidyRate: 0 }), p),
    // One person's share given for the whole household.
    'household-forgotten': (p) => quantitiesOf(computeContribution(inputOf(p)), p, 1),
    // The State's rate taken against the member's share (450 / 250 = 180 %) instead of the whole contribution.
    'rate-on-member-share': (p) => {
      const right = compute(p);
      return {
        ...right,
        stateShareRate: safeRatio(right.stateShare, right.memberShare),
        memberShareRate: safeRatio(right.memberShare, right.stateShare),
      };
    },
  },
} satisfies KindDefinition<SubsidyParameters, SubsidyKindQuantity, SubsidyKindMisconception>;
