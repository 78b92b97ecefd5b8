/**
 * Kind `indicators`: a year's figures of a mutuelle → its monitoring indicators (domain.md §3),
 * its result and a diagnosis, built on `computeIndicators` and `indicatorStatus`.
 *
 * Monthly charges are derived, not given: (claims + operating costs) / 12, because exercises
 * teach to compute them before the reserve cover. The diagnosis step stays numeric: the
 * scenario lists the codes of `DIAGNOSIS_INDICATORS` and the learner types the code of the
 * one indicator that misses its benchmark.
 */
import { z } from 'zod';
import { computeIndicators, type IndicatorId, type IndicatorInput } from '../../insurance';
import { nonNegativeSchema, orNaN, safeRatio, type KindDefinition } from '../kinds';

const FIGURES = [
  'membersPrevious',
  'membersCurrent',
  'membersRenewed',
  'membersNew',
  'beneficiaries',
  'targetPopulation',
  'contributionsDue',
  'contributionsCollected',
  'contributionsEarned',
  'claims',
  'operatingCosts',
  'cash',
  'shortTermDebts',
  'reserves',
  'cases',
] as const;

/**
 * Parsed parameters: the year's figures, all optional and ≥ 0 (names of `IndicatorInput`), plus
 * `enrolledBeneficiaries`: everyone on the register, suspended members included, whereas
 * `beneficiaries` is the exposure (beneficiary-years with rights open). Only the mistake of
 * counting utilisation on the register uses it.
 */
export type IndicatorsParameters = Partial<Record<(typeof FIGURES)[number] | 'enrolledBeneficiaries', number>>;

/** The engine's indicators under their quantity names (camelCase, as placeholders need). */
const INDICATOR_QUANTITIES = {
  growthRate: 'growth',
  renewalRate: 'renewal',
  externalGrowthRate: 'external-growth',
  penetrationRate: 'penetration',
  collectionRate: 'collection',
  claimsRatio: 'claims-ratio',
  expenseRatio: 'expense-ratio',
  liquidityRatio: 'liquidity',
  reserveMonths: 'reserve-months',
  utilisationRate: 'utilisation',
  averageCostPerCase: 'average-cost',
} as const satisfies Record<string, IndicatorId>;

/**
 * The indicators a diagnosis chooses from, in code order: code 1 is the claims ratio, 2 the
 * expense ratio, 3 liquidity, 4 collection, 5 renewal. Scenarios must state these codes.
 */
export const DIAGNOSIS_INDICATORS: readonly IndicatorId[] = ['claims-ratio', 'expense-ratio', 'liquidity', 'collection', 'renewal'];

/** Quantities of the kind. */
export type IndicatorsKindQuantity =
  | keyof typeof INDICATOR_QUANTITIES
  | 'result'
  | 'combinedRatio'
  | 'annualCharges'
  | 'monthlyCharges'
  | 'uncollected'
  | 'currentMembers'
  | 'outOfBenchmark';

/** Wrong methods of the kind. */
export type IndicatorsKindMisconception =
  | 'collected-instead-of-earned'
  | 'expense-on-claims'
  | 'liquidity-inverted'
  | 'reserve-on-annual-charges'
  | 'renewal-on-current'
  | 'growth-on-current'
  | 'collection-inverted'
  | 'result-without-costs'
  | 'result-sign-inverted'
  | 'utilisation-on-enrolled'
  | 'average-cost-per-beneficiary';

/** Where the learner's shortcuts differ from the right method; all off gives the right values. */
interface Mistakes {
  /** Reserves divided by the yearly charges instead of the monthly ones. */
  reserveOnAnnual?: boolean;
  /** Result = earned contributions − claims, running costs left out. */
  resultWithoutCosts?: boolean;
  /** Result = charges − contributions. */
  resultInverted?: boolean;
}

/**
 * The engine input: the figures, plus the derived monthly charges and, when only renewals and
 * new members are given, this year's members (renewed + new: an exercise's year has no other
 * movement).
 */
function inputOf(p: IndicatorsParameters, mistakes: Mistakes): IndicatorInput {
  const { enrolledBeneficiaries: _enrolled, ...figures } = p;
  const input: IndicatorInput = { ...figures };
  if (p.membersCurrent === undefined && p.membersRenewed !== undefined && p.membersNew !== undefined) {
    input.membersCurrent = p.membersRenewed + p.membersNew;
  }
  const annual = annualCharges(p);
  if (Number.isFinite(annual)) input.monthlyCharges = mistakes.reserveOnAnnual ? annual : annual / 12;
  return input;
}

function annualCharges(p: IndicatorsParameters): number {
  return p.claims === undefined || p.operatingCosts === undefined ? Number.NaN : p.claims + p.operatingCosts;
}

/**
 * The code (1-based in `DIAGNOSIS_INDICATORS`) of the only indicator with status `bad`, or NaN
 * when none or several are bad: such a year does not make a diagnosis exercise.
 */
function diagnosisCode(statusOf: (id: IndicatorId) => string): number {
  const bad = DIAGNOSIS_INDICATORS.map((id, i) => (statusOf(id) === 'bad' ? i + 1 : 0)).filter((code) => code > 0);
  return bad.length === 1 ? (bad[0] ?? Number.NaN) : Number.NaN;
}

function quantities(p: IndicatorsParameters, mistakes: Mistakes = {}, input = inputOf(p, mistakes)): Record<IndicatorsKindQuantity, number> {
  const results = computeIndicators(input);
  const out = {} as Record<IndicatorsKindQuantity, number>;
  for (const [name, id] of Object.entries(INDICATOR_QUANTITIES) as [keyof typeof INDICATOR_QUANTITIES, IndicatorId][]) {
    out[name] = orNaN(results[id].value);
  }
  const earned = input.contributionsEarned ?? Number.NaN;
  const charges = annualCharges(p);
  const claims = p.claims ?? Number.NaN;
  out.result = mistakes.resultInverted ? charges - earned : mistakes.resultWithoutCosts ? earned - claims : earned - charges;
  out.combinedRatio = safeRatio(charges, earned);
  out.annualCharges = charges;
  out.monthlyCharges = charges / 12;
  out.uncollected = (p.contributionsDue ?? Number.NaN) - (p.contributionsCollected ?? Number.NaN);
  out.currentMembers = input.membersCurrent ?? Number.NaN;
  out.outOfBenchmark = diagnosisCode((id) => results[id].status);
  return out;
}

/** The right values with one quantity replaced by a wrong method's value. */
function override(p: IndicatorsParameters, wrong: Partial<Record<IndicatorsKindQuantity, number>>): Record<IndicatorsKindQuantity, number> {
  return { ...quantities(p), ...wrong };
}

/** The `indicators` kind (see the file comment). */
export const indicatorsKind = {
  id: 'indicators',
  parameters: z.object(Object.fromEntries([...FIGURES, 'enrolledBeneficiaries'].map((name) => [name, nonNegativeSchema().optional()]))).strict(),
  rates: [],
  quantities: {
    growthRate: 'fraction',
    renewalRate: 'fraction',
    externalGrowthRate: 'fraction',
    penetrationRate: 'fraction',
    collectionRate: 'fraction',
    claimsRatio: 'fraction',
    expenseRatio: 'fraction',
    liquidityRatio: 'number',
    reserveMonths: 'months',
    utilisationRate: 'number',
    averageCostPerCase: 'amount',
    result: 'amount',
    combinedRatio: 'fraction',
    annualCharges: 'amount',
    monthlyCharges: 'amount',
    uncollected: 'amount',
    currentMembers: 'count',
    outOfBenchmark: 'number',
  },
  compute: (p) => quantities(p),
  misconceptions: {
    // Ratios and result on the contributions collected in cash instead of those earned for the year.
    'collected-instead-of-earned': (p) => {
      const input = { ...inputOf(p, {}), contributionsEarned: p.contributionsCollected ?? null };
      return quantities(p, {}, input);
    },
    // Running costs divided by the claims instead of the earned contributions.
    'expense-on-claims': (p) => override(p, { expenseRatio: orNaN(computeIndicators({ operatingCosts: p.operatingCosts ?? null, contributionsEarned: p.claims ?? null })['expense-ratio'].value) }),
    // Short-term debts divided by cash: 0.8 instead of 1.25.
    'liquidity-inverted': (p) => quantities(p, {}, { ...inputOf(p, {}), cash: p.shortTermDebts ?? null, shortTermDebts: p.cash ?? null }),
    // Reserves divided by the yearly charges: a number of years (0.5) read as months.
    'reserve-on-annual-charges': (p) => quantities(p, { reserveOnAnnual: true }),
    // Renewing members divided by this year's members instead of last year's.
    'renewal-on-current': (p) => {
      const current = inputOf(p, {}).membersCurrent ?? Number.NaN;
      return override(p, { renewalRate: safeRatio(p.membersRenewed ?? Number.NaN, current) });
    },
    // Growth divided by this year's members instead of last year's.
    'growth-on-current': (p) => {
      const current = inputOf(p, {}).membersCurrent ?? Number.NaN;
      return override(p, { growthRate: safeRatio(current - (p.membersPrevious ?? Number.NaN), current) });
    },
    // Contributions due divided by those collected.
    'collection-inverted': (p) => quantities(p, {}, { ...inputOf(p, {}), contributionsCollected: p.contributionsDue ?? null, contributionsDue: p.contributionsCollected ?? null }),
    'result-without-costs': (p) => quantities(p, { resultWithoutCosts: true }),
    'result-sign-inverted': (p) => quantities(p, { resultInverted: true }),
    // Cases divided by everyone on the register, suspended members included, instead of the exposure.
    'utilisation-on-enrolled': (p) => override(p, { utilisationRate: orNaN(computeIndicators({ cases: p.cases ?? null, beneficiaries: p.enrolledBeneficiaries ?? null }).utilisation.value) }),
    // Benefits divided by the beneficiaries (a cost per beneficiary) instead of by the cases.
    'average-cost-per-beneficiary': (p) => override(p, { averageCostPerCase: safeRatio(p.claims ?? Number.NaN, p.beneficiaries ?? Number.NaN) }),
  },
} satisfies KindDefinition<IndicatorsParameters, IndicatorsKindQuantity, IndicatorsKindMisconception>;
