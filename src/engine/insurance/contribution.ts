/**
 * Building a contribution (cotisation) from the benefits it must pay for (domain.md §1).
 *
 *   PP_k = f_k × min(τ_k·C_k, P_k)         pure premium of benefit k
 *   PP   = Σ PP_k                           expected claims per beneficiary per year
 *   PPs  = PP × (1 + s)                     with the safety margin
 *   Cot  = PPs / (1 − g − r) + G / N        gross annual contribution per beneficiary
 *
 * Results are unrounded: rounding is a display decision (the UI and the exercises choose
 * the precision), and rounding here would make the parts stop adding up.
 */
import { paidPerValidCase, validateBenefits, type Benefit } from './benefit';
import { InsuranceInputError } from './errors';
import { readNumber, rejectUnknownFields, requireObject } from './validate';

/**
 * Everything needed to price a contribution. Rates are fractions (0.1 for 10 %), amounts are
 * per year in the scheme's currency.
 */
export interface ContributionInput {
  /** The covered benefits; at least one. */
  benefits: Benefit[];
  /** s: safety margin on the pure premium (marge de sécurité), ≥ 0, default 0. */
  safetyMargin?: number;
  /** g: management costs as a share of the gross contribution, ≥ 0, default 0; g + r < 1. */
  managementLoading?: number;
  /** r: reserves / reinsurance as a share of the gross contribution, ≥ 0, default 0; g + r < 1. */
  reserveLoading?: number;
  /** G: fixed annual running costs shared by all beneficiaries, ≥ 0, default 0. */
  fixedCosts?: number;
  /** N: beneficiaries sharing the fixed costs, > 0; required when fixedCosts > 0. */
  beneficiaries?: number;
  /** Average number of beneficiaries per household (may be fractional), ≥ 1, default 1. */
  householdSize?: number;
  /** σ: share of the contribution paid by the State (subvention), in 0..1, default 0. */
  subsidyRate?: number;
}

/** Per-benefit detail, so exercises and tables can show each line of the calculation. */
export interface BenefitPremium {
  id: string;
  label?: string;
  /** min(τ·C, P): what the mutuelle pays for one case. */
  paidPerCase: number;
  /** f × paidPerCase: this benefit's share of the pure premium. */
  purePremium: number;
}

/** The slices of the gross annual contribution, in the order a chart stacks them. */
export type ContributionPartId = 'pure-premium' | 'safety-margin' | 'management' | 'reserve' | 'fixed-costs';

/** One slice of the annual contribution: where that part of the money goes. */
export interface ContributionPart {
  id: ContributionPartId;
  /** Amount per beneficiary per year. */
  value: number;
}

/**
 * The priced contribution, all per beneficiary per year unless stated, unrounded.
 * Invariants: purePremium + safetyPart = withMargin;
 * withMargin + managementPart + reservePart + fixedPart = annual (up to float rounding).
 */
export interface ContributionResult {
  byBenefit: BenefitPremium[];
  /** PP = Σ f·min(τC, P): expected claims. */
  purePremium: number;
  /** PP × s: the safety margin itself. */
  safetyPart: number;
  /** PPs = PP × (1 + s): what the scheme sets aside for claims. */
  withMargin: number;
  /** PPs × g / (1 − g − r) = annual × g when there are no fixed costs. */
  managementPart: number;
  /** PPs × r / (1 − g − r) = annual × r when there are no fixed costs. */
  reservePart: number;
  /** G / N: the fixed running costs per beneficiary (0 without fixed costs). */
  fixedPart: number;
  /** Cot = PPs / (1 − g − r) + G / N: gross contribution per beneficiary per year. */
  annual: number;
  /** annual / 12: per beneficiary per month. */
  monthly: number;
  /** annual × householdSize: per household per year. */
  perHousehold: number;
  /** annual × (1 − σ): what the member pays per beneficiary per year. */
  memberShare: number;
  /** annual × σ: what the State pays per beneficiary per year. */
  subsidyShare: number;
  /** purePremium, safetyPart, managementPart, reservePart, fixedPart as chart slices summing to annual. */
  parts: ContributionPart[];
}

/** A validated input with defaults applied. Internal to the engine. */
export interface NormalizedContributionInput {
  benefits: Benefit[];
  safetyMargin: number;
  managementLoading: number;
  reserveLoading: number;
  fixedCosts: number;
  beneficiaries: number | undefined;
  householdSize: number;
  subsidyRate: number;
}

/**
 * The typical learner mistakes, as switches on the calculation. Internal: the public face is
 * the misconception registry, which gives each switch a stable id.
 */
export interface ContributionMistakes {
  /** τ taken as 1: the ticket modérateur is forgotten. */
  coverageForgotten?: boolean;
  /** The ceiling is not applied: paid = τ·C. */
  ceilingIgnored?: boolean;
  /** s taken as 0. */
  marginForgotten?: boolean;
  /** PPs × (1 + g + r) instead of PPs / (1 − g − r). */
  loadingMultiplied?: boolean;
  /** monthly = perHousehold / 12 instead of annual / 12. */
  monthlyFromHousehold?: boolean;
  /** The member is charged the State's share and vice versa. */
  subsidySwapped?: boolean;
}

/** The fields of `ContributionInput`; any other is refused with `UNKNOWN_FIELD`. */
const CONTRIBUTION_FIELDS = [
  'benefits',
  'safetyMargin',
  'managementLoading',
  'reserveLoading',
  'fixedCosts',
  'beneficiaries',
  'householdSize',
  'subsidyRate',
] as const;

/** Validates a contribution input and applies the defaults; throws `InsuranceInputError`. */
export function normalizeContributionInput(input: unknown): NormalizedContributionInput {
  const raw = requireObject(input, 'input');
  rejectUnknownFields(raw, CONTRIBUTION_FIELDS, 'input');
  const benefits = validateBenefits(raw['benefits'], 'benefits');
  const safetyMargin = readNumber(raw['safetyMargin'], 'safetyMargin') ?? 0;
  const managementLoading = readNumber(raw['managementLoading'], 'managementLoading') ?? 0;
  const reserveLoading = readNumber(raw['reserveLoading'], 'reserveLoading') ?? 0;
  if (managementLoading + reserveLoading >= 1) {
    throw new InsuranceInputError(
      'LOADINGS_TOO_HIGH',
      'loadings',
      'managementLoading + reserveLoading must be below 1',
      1,
    );
  }
  const fixedCosts = readNumber(raw['fixedCosts'], 'fixedCosts') ?? 0;
  const beneficiaries = readNumber(raw['beneficiaries'], 'beneficiaries', { min: 0, minExclusive: true });
  if (fixedCosts > 0 && beneficiaries === undefined) {
    throw new InsuranceInputError(
      'MISSING_BENEFICIARIES',
      'beneficiaries',
      'is required to share fixedCosts among beneficiaries',
    );
  }
  const householdSize = readNumber(raw['householdSize'], 'householdSize', { min: 1 }) ?? 1;
  const subsidyRate = readNumber(raw['subsidyRate'], 'subsidyRate', { fraction: true }) ?? 0;
  return {
    benefits,
    safetyMargin,
    managementLoading,
    reserveLoading,
    fixedCosts,
    beneficiaries,
    householdSize,
    subsidyRate,
  };
}

/**
 * The calculation itself on a validated input, with optional mistakes switched on. Internal:
 * shared by `computeContribution` (no mistakes) and the misconception registry, so a wrong
 * answer differs from the right one by exactly the mistake and nothing else.
 */
export function priceContribution(
  input: NormalizedContributionInput,
  mistakes: ContributionMistakes = {},
): ContributionResult {
  const byBenefit = input.benefits.map((benefit): BenefitPremium => {
    const effective: Benefit = {
      ...benefit,
      coverageRate: mistakes.coverageForgotten ? 1 : benefit.coverageRate,
    };
    if (mistakes.ceilingIgnored) delete effective.ceiling;
    const paid = paidPerValidCase(effective);
    const line: BenefitPremium = { id: benefit.id, paidPerCase: paid, purePremium: benefit.frequency * paid };
    if (benefit.label !== undefined) line.label = benefit.label;
    return line;
  });
  const purePremium = byBenefit.reduce((sum, line) => sum + line.purePremium, 0);
  const s = mistakes.marginForgotten ? 0 : input.safetyMargin;
  const safetyPart = purePremium * s;
  const withMargin = purePremium * (1 + s);
  const g = input.managementLoading;
  const r = input.reserveLoading;
  // Loadings are shares of the gross contribution, hence the division: with g = 20 %, the
  // management part is 20 % of what the member pays, not 20 % of the pure premium.
  const loaded = mistakes.loadingMultiplied ? withMargin * (1 + g + r) : withMargin / (1 - g - r);
  const managementPart = mistakes.loadingMultiplied ? withMargin * g : (withMargin * g) / (1 - g - r);
  const reservePart = mistakes.loadingMultiplied ? withMargin * r : (withMargin * r) / (1 - g - r);
  const fixedPart = input.fixedCosts > 0 && input.beneficiaries !== undefined ? input.fixedCosts / input.beneficiaries : 0;
  const annual = loaded + fixedPart;
  const perHousehold = annual * input.householdSize;
  const monthly = (mistakes.monthlyFromHousehold ? perHousehold : annual) / 12;
  const sigma = input.subsidyRate;
  const memberShare = annual * (mistakes.subsidySwapped ? sigma : 1 - sigma);
  const subsidyShare = annual * (mistakes.subsidySwapped ? 1 - sigma : sigma);
  return {
    byBenefit,
    purePremium,
    safetyPart,
    withMargin,
    managementPart,
    reservePart,
    fixedPart,
    annual,
    monthly,
    perHousehold,
    memberShare,
    subsidyShare,
    parts: [
      { id: 'pure-premium', value: purePremium },
      { id: 'safety-margin', value: safetyPart },
      { id: 'management', value: managementPart },
      { id: 'reserve', value: reservePart },
      { id: 'fixed-costs', value: fixedPart },
    ],
  };
}

/**
 * Prices a contribution per beneficiary from its benefits, margin, loadings, fixed costs,
 * household size and subsidy (domain.md §1). Why one call returns every intermediate value:
 * lessons and exercises walk through the calculation step by step, and charts show where the
 * contribution goes. Throws `InsuranceInputError` on invalid input.
 *
 * @example domain.md's illustration: consultations 0.8 × 1 500 × 0.8 = 960, hospitalisation
 * 0.05 × 25 000 × 0.8 = 1 000, s = 10 %, g = 20 % → annual 2 695, monthly ≈ 224.58.
 */
export function computeContribution(input: ContributionInput): ContributionResult {
  return priceContribution(normalizeContributionInput(input));
}
