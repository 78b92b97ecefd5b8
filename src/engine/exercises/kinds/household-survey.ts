/**
 * Kind `household-survey`: the feasibility study done by hand on the course's fictional survey
 * (« cas d'école, chiffres fictifs », `src/engine/survey`). The parameters name the data set
 * (seed and number of households, fixed in the exercise file so that every learner works on the
 * CSV the site serves) and the study's choices (coverage, margin, loading, affordability
 * threshold); every expected answer is computed from the households themselves.
 */
import { z } from 'zod';
import { computeContribution } from '../../insurance';
import { generateSurvey, shareAboveThreshold, surveyStatistics, type SurveyMistakes } from '../../survey';
import { nonNegativeSchema, rateSchema, type KindDefinition } from '../kinds';

/** Parsed parameters (engine units: rates as fractions). */
export interface HouseholdSurveyParameters {
  surveySeed: number;
  households: number;
  /** Share of the amount paid per episode that the mutuelle would cover. */
  coverageRate: number;
  safetyMargin: number;
  managementLoading: number;
  /** Largest share of non-food spending the study deems affordable (a stated parameter). */
  threshold: number;
}

export type HouseholdSurveyQuantity =
  | 'persons'
  | 'consultationFrequency'
  | 'consultationCost'
  | 'hospitalFrequency'
  | 'hospitalCost'
  | 'purePremium'
  | 'nonFoodPerPerson'
  | 'affordablePerPerson'
  | 'annual'
  | 'householdsAbove'
  | 'willingnessPerPerson';

export type HouseholdSurveyMisconception = 'per-household' | 'unweighted-cost' | 'food-included' | 'loading-multiplied';

interface Mistakes extends SurveyMistakes {
  /** Management loading added on top (× (1 + g)) instead of taken out of the gross (÷ (1 − g)). */
  loadingMultiplied?: boolean;
}

function quantities(p: HouseholdSurveyParameters, mistakes: Mistakes = {}): Record<HouseholdSurveyQuantity, number> {
  const households = generateSurvey(p.surveySeed, p.households);
  const s = surveyStatistics(households, mistakes);
  const priced = computeContribution({
    benefits: [
      { id: 'consultation', frequency: s.consultationFrequency, averageCost: s.consultationCost, coverageRate: p.coverageRate },
      { id: 'hospitalisation', frequency: s.hospitalFrequency, averageCost: s.hospitalCost, coverageRate: p.coverageRate },
    ],
    safetyMargin: p.safetyMargin,
    managementLoading: mistakes.loadingMultiplied ? 0 : p.managementLoading,
  });
  const annual = mistakes.loadingMultiplied ? priced.withMargin * (1 + p.managementLoading) : priced.annual;
  return {
    persons: mistakes.perHousehold ? s.households : s.persons,
    consultationFrequency: s.consultationFrequency,
    consultationCost: s.consultationCost,
    hospitalFrequency: s.hospitalFrequency,
    hospitalCost: s.hospitalCost,
    purePremium: priced.purePremium,
    nonFoodPerPerson: s.nonFoodPerPerson,
    affordablePerPerson: p.threshold * s.nonFoodPerPerson,
    annual,
    householdsAbove: shareAboveThreshold(households, annual, p.threshold),
    willingnessPerPerson: s.willingnessPerPerson,
  };
}

/** The `household-survey` kind (see the file comment). */
export const householdSurveyKind = {
  id: 'household-survey',
  parameters: z
    .object({
      surveySeed: z.number().int().min(0),
      households: z.number().int().min(1).max(200),
      coverageRate: rateSchema(),
      safetyMargin: nonNegativeSchema(),
      managementLoading: z.number().finite().min(0).lt(1),
      threshold: rateSchema(),
    })
    .strict(),
  rates: ['coverageRate', 'safetyMargin', 'managementLoading', 'threshold'],
  quantities: {
    persons: 'count',
    consultationFrequency: 'number',
    consultationCost: 'amount',
    hospitalFrequency: 'number',
    hospitalCost: 'amount',
    purePremium: 'amount',
    nonFoodPerPerson: 'amount',
    affordablePerPerson: 'amount',
    annual: 'amount',
    householdsAbove: 'fraction',
    willingnessPerPerson: 'amount',
  },
  compute: (p) => quantities(p),
  misconceptions: {
    // 236 consultations ÷ 48 households instead of ÷ 357 persons: a frequency per household.
    'per-household': (p) => quantities(p, { perHousehold: true }),
    // The mean of the households' own average prices, ignoring how many episodes each had.
    'unweighted-cost': (p) => quantities(p, { unweightedCost: true }),
    // Capacity computed on total consumption, food included.
    'food-included': (p) => quantities(p, { foodIncluded: true }),
    // PPs × (1 + g) instead of PPs ÷ (1 − g).
    'loading-multiplied': (p) => quantities(p, { loadingMultiplied: true }),
  },
} satisfies KindDefinition<HouseholdSurveyParameters, HouseholdSurveyQuantity, HouseholdSurveyMisconception>;
