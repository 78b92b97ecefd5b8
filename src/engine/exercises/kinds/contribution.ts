/**
 * Kind `contribution`: pricing a contribution from up to four benefits (domain.md §1), built on
 * `computeContribution`. Covers pure premium, ticket modérateur, ceilings, safety margin,
 * loadings, fixed costs, household and monthly amounts and the State's share.
 *
 * Parameters of benefit k use the suffix k for k = 2..4 and none for the first benefit:
 * `frequency`, `averageCost`, `coverageRate`, `ceiling`, then `frequency2`, `averageCost2`…
 * A frequency may instead be given per 1 000 beneficiaries (`frequencyPerThousand`), as
 * published statistics often are ("425 journées pour 1 000 membres").
 */
import { z } from 'zod';
import {
  computeContribution,
  computeContributionWithMisconception,
  MISCONCEPTION_IDS,
  type Benefit,
  type ContributionInput,
  type ContributionResult,
  type MisconceptionId,
} from '../../insurance';
import {
  ExerciseParameterError,
  nonNegativeSchema,
  positiveSchema,
  rateSchema,
  type KindDefinition,
  type QuantityFormat,
} from '../kinds';

/** Suffixes of the (at most four) benefits: none for the first one. */
export const BENEFIT_SUFFIXES = ['', '2', '3', '4'] as const;
type Suffix = (typeof BENEFIT_SUFFIXES)[number];
type BenefitField = 'frequency' | 'frequencyPerThousand' | 'averageCost' | 'coverageRate' | 'ceiling';

/** Parsed parameters (engine units: rates as fractions). */
export interface ContributionParameters extends Partial<Record<`${BenefitField}${Suffix}`, number>> {
  safetyMargin?: number;
  managementLoading?: number;
  reserveLoading?: number;
  fixedCosts?: number;
  beneficiaries?: number;
  householdSize?: number;
  subsidyRate?: number;
}

type BenefitQuantity = `${'casesPerBeneficiary' | 'copaymentRate' | 'paidPerCase' | 'benefitPremium'}${Suffix}`;

/** Quantities of the kind: per benefit (suffixed like the parameters), then the whole contribution. */
export type ContributionKindQuantity =
  | BenefitQuantity
  | 'purePremium'
  | 'safetyPart'
  | 'withMargin'
  | 'managementPart'
  | 'reservePart'
  | 'fixedPart'
  | 'annual'
  | 'monthly'
  | 'perHousehold'
  | 'householdMonthly'
  | 'memberShare'
  | 'subsidyShare';

/** Own wrong methods of this kind, on top of the insurance engine's `MISCONCEPTION_IDS`. */
export const CONTRIBUTION_OWN_MISCONCEPTIONS = [
  'per-thousand-not-converted',
  'copayment-as-coverage',
  'fixed-costs-forgotten',
  'household-forgotten',
] as const;

/** Misconception ids of the kind: the engine's six, then the kind's own. */
export type ContributionKindMisconception = MisconceptionId | (typeof CONTRIBUTION_OWN_MISCONCEPTIONS)[number];

const shape: Record<string, z.ZodTypeAny> = {
  // A margin may exceed 100 % in principle; it is still written as a percentage.
  safetyMargin: nonNegativeSchema().optional(),
  managementLoading: rateSchema().optional(),
  reserveLoading: rateSchema().optional(),
  fixedCosts: nonNegativeSchema().optional(),
  beneficiaries: positiveSchema().optional(),
  householdSize: z.number().finite().min(1).optional(),
  subsidyRate: rateSchema().optional(),
};
for (const suffix of BENEFIT_SUFFIXES) {
  shape[`frequency${suffix}`] = nonNegativeSchema().optional();
  shape[`frequencyPerThousand${suffix}`] = nonNegativeSchema().optional();
  shape[`averageCost${suffix}`] = nonNegativeSchema().optional();
  shape[`coverageRate${suffix}`] = rateSchema().optional();
  shape[`ceiling${suffix}`] = nonNegativeSchema().optional();
}

const quantities = {
  purePremium: 'amount',
  safetyPart: 'amount',
  withMargin: 'amount',
  managementPart: 'amount',
  reservePart: 'amount',
  fixedPart: 'amount',
  annual: 'amount',
  monthly: 'amount',
  perHousehold: 'amount',
  householdMonthly: 'amount',
  memberShare: 'amount',
  subsidyShare: 'amount',
} as Record<ContributionKindQuantity, QuantityFormat>;
for (const suffix of BENEFIT_SUFFIXES) {
  quantities[`casesPerBeneficiary${suffix}`] = 'number';
  quantities[`copaymentRate${suffix}`] = 'fraction';
  quantities[`paidPerCase${suffix}`] = 'amount';
  quantities[`benefitPremium${suffix}`] = 'amount';
}

/** Suffixes of the benefits present (those with an average cost), in order. */
function presentSuffixes(has: (name: string) => boolean): Suffix[] {
  return BENEFIT_SUFFIXES.filter((suffix) => has(`averageCost${suffix}`));
}

/** French messages for missing or conflicting parameter names (authoring help). */
function checkParameterNames(names: ReadonlySet<string>): string[] {
  const messages: string[] = [];
  const present = presentSuffixes((name) => names.has(name));
  if (!present.includes('')) messages.push('le paramètre « averageCost » (coût moyen de la première prestation) est obligatoire');
  present.forEach((suffix, i) => {
    if (suffix !== BENEFIT_SUFFIXES[i]) messages.push(`prestations à numéroter sans trou : « averageCost${suffix} » sans « averageCost${BENEFIT_SUFFIXES[i]} »`);
  });
  for (const suffix of BENEFIT_SUFFIXES) {
    const given = present.includes(suffix);
    const fields: BenefitField[] = ['frequency', 'frequencyPerThousand', 'coverageRate', 'ceiling'];
    if (!given) {
      for (const field of fields) {
        if (names.has(`${field}${suffix}`)) messages.push(`« ${field}${suffix} » sans « averageCost${suffix} »`);
      }
      continue;
    }
    if (!names.has(`coverageRate${suffix}`)) messages.push(`« coverageRate${suffix} » manquant (taux de prise en charge, 100 % sans ticket modérateur)`);
    const frequencies = [names.has(`frequency${suffix}`), names.has(`frequencyPerThousand${suffix}`)].filter(Boolean).length;
    if (frequencies !== 1) messages.push(`donner exactement un de « frequency${suffix} » ou « frequencyPerThousand${suffix} »`);
  }
  if (names.has('fixedCosts') && !names.has('beneficiaries')) messages.push('« fixedCosts » demande « beneficiaries » (nombre de bénéficiaires qui les partagent)');
  return messages;
}

/** The benefits described by the parameters; `perThousandAsIs` reproduces the unconverted-frequency mistake. */
function benefitsOf(p: ContributionParameters, perThousandAsIs = false): Benefit[] {
  return presentSuffixes((name) => p[name as keyof ContributionParameters] !== undefined).map((suffix) => {
    const perThousand = p[`frequencyPerThousand${suffix}`];
    const frequency = p[`frequency${suffix}`] ?? (perThousand === undefined ? undefined : perThousandAsIs ? perThousand : perThousand / 1000);
    const coverageRate = p[`coverageRate${suffix}`];
    const averageCost = p[`averageCost${suffix}`];
    if (frequency === undefined || coverageRate === undefined || averageCost === undefined) {
      throw new ExerciseParameterError(`prestation « ${suffix || '1'} » incomplète`);
    }
    const benefit: Benefit = { id: `benefit${suffix || '1'}`, frequency, averageCost, coverageRate };
    const ceiling = p[`ceiling${suffix}`];
    if (ceiling !== undefined) benefit.ceiling = ceiling;
    return benefit;
  });
}

/** The engine input for these parameters (defaults are the engine's). */
function inputOf(p: ContributionParameters, benefits: Benefit[] = benefitsOf(p)): ContributionInput {
  const input: ContributionInput = { benefits };
  if (p.safetyMargin !== undefined) input.safetyMargin = p.safetyMargin;
  if (p.managementLoading !== undefined) input.managementLoading = p.managementLoading;
  if (p.reserveLoading !== undefined) input.reserveLoading = p.reserveLoading;
  if (p.fixedCosts !== undefined) input.fixedCosts = p.fixedCosts;
  if (p.beneficiaries !== undefined) input.beneficiaries = p.beneficiaries;
  if (p.householdSize !== undefined) input.householdSize = p.householdSize;
  if (p.subsidyRate !== undefined) input.subsidyRate = p.subsidyRate;
  return input;
}

/** Flattens the engine's result into the kind's quantities; benefits that are absent give NaN. */
function quantitiesOf(result: ContributionResult, input: ContributionInput): Record<ContributionKindQuantity, number> {
  const out = {
    purePremium: result.purePremium,
    safetyPart: result.safetyPart,
    withMargin: result.withMargin,
    managementPart: result.managementPart,
    reservePart: result.reservePart,
    fixedPart: result.fixedPart,
    annual: result.annual,
    monthly: result.monthly,
    perHousehold: result.perHousehold,
    householdMonthly: result.perHousehold / 12,
    memberShare: result.memberShare,
    subsidyShare: result.subsidyShare,
  } as Record<ContributionKindQuantity, number>;
  BENEFIT_SUFFIXES.forEach((suffix, i) => {
    const benefit = input.benefits[i];
    const line = result.byBenefit[i];
    out[`casesPerBeneficiary${suffix}`] = benefit?.frequency ?? Number.NaN;
    out[`copaymentRate${suffix}`] = benefit === undefined ? Number.NaN : 1 - benefit.coverageRate;
    out[`paidPerCase${suffix}`] = line?.paidPerCase ?? Number.NaN;
    out[`benefitPremium${suffix}`] = line?.purePremium ?? Number.NaN;
  });
  return out;
}

/** Right values: the engine's `computeContribution`. */
function compute(p: ContributionParameters): Record<ContributionKindQuantity, number> {
  const input = inputOf(p);
  return quantitiesOf(computeContribution(input), input);
}

/** A kind's own mistake: the same engine call on parameters altered by exactly that mistake. */
function withAlteredInput(alter: (p: ContributionParameters) => ContributionInput) {
  return (p: ContributionParameters) => {
    const input = alter(p);
    // Quantities that describe the data (frequency, ticket modérateur) stay right: only the computation is wrong.
    return { ...quantitiesOf(computeContribution(input), input), ...dataQuantities(p) };
  };
}

/** The per-benefit quantities that restate the data (the ticket modérateur) rather than compute from it. */
function dataQuantities(p: ContributionParameters): Partial<Record<ContributionKindQuantity, number>> {
  const out: Partial<Record<ContributionKindQuantity, number>> = {};
  for (const suffix of BENEFIT_SUFFIXES) {
    const rate = p[`coverageRate${suffix}`];
    out[`copaymentRate${suffix}`] = rate === undefined ? Number.NaN : 1 - rate;
  }
  return out;
}

const engineMisconceptions = Object.fromEntries(
  MISCONCEPTION_IDS.map((id) => [
    id,
    (p: ContributionParameters) => {
      const input = inputOf(p);
      return quantitiesOf(computeContributionWithMisconception(input, id), input);
    },
  ]),
) as Record<MisconceptionId, (p: ContributionParameters) => Record<ContributionKindQuantity, number>>;

/** The `contribution` kind (see the file comment). */
export const contributionKind = {
  id: 'contribution',
  parameters: z.object(shape).strict(),
  rates: ['safetyMargin', 'managementLoading', 'reserveLoading', 'subsidyRate', ...BENEFIT_SUFFIXES.map((s) => `coverageRate${s}`)],
  quantities,
  checkParameterNames,
  compute,
  misconceptions: {
    ...engineMisconceptions,
    // "425 pour 1 000" taken as 425 cases per beneficiary: the premium is 1 000 times too big.
    'per-thousand-not-converted': withAlteredInput((p) => inputOf(p, benefitsOf(p, true))),
    // The ticket modérateur (1 − τ) used as the mutuelle's share: 0.8 × 1 500 × 0.2 instead of × 0.8.
    'copayment-as-coverage': withAlteredInput((p) =>
      inputOf(p, benefitsOf(p).map((b) => ({ ...b, coverageRate: 1 - b.coverageRate }))),
    ),
    // G / N left out: the contribution does not pay for the fixed running costs.
    'fixed-costs-forgotten': withAlteredInput((p) => ({ ...inputOf(p), fixedCosts: 0 })),
    // One beneficiary's amount given for the whole household.
    'household-forgotten': withAlteredInput((p) => ({ ...inputOf(p), householdSize: 1 })),
  },
} satisfies KindDefinition<ContributionParameters, ContributionKindQuantity, ContributionKindMisconception>;
