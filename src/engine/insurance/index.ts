/**
 * The insurance engine's public API: pricing a contribution, the learners' typical mistakes,
 * monitoring indicators and their benchmarks, break-even membership and the pool simulation.
 *
 * Pure functions only (no DOM, storage or Astro), so the same code runs in lessons' widgets,
 * exercises and tests. Import from here, not from the individual files, which may move.
 */
export { InsuranceInputError, isInsuranceInputError, type InsuranceErrorCode } from './errors';
export { paidPerCase, type Benefit } from './benefit';
export {
  computeContribution,
  type BenefitPremium,
  type ContributionInput,
  type ContributionPart,
  type ContributionPartId,
  type ContributionResult,
} from './contribution';
export {
  computeContributionWithMisconception,
  findMisconceptions,
  getMisconception,
  MISCONCEPTION_IDS,
  MISCONCEPTIONS,
  type AnswerTolerance,
  type ContributionQuantity,
  type Misconception,
  type MisconceptionId,
} from './misconceptions';
export {
  getIndicatorBenchmark,
  INDICATOR_BENCHMARKS,
  INDICATOR_SOURCE,
  indicatorStatus,
  type IndicatorBenchmark,
  type IndicatorId,
  type IndicatorStatus,
  type IndicatorThresholds,
  type IndicatorUnit,
  type ValueRange,
} from './benchmarks';
export { computeIndicators, type IndicatorInput, type IndicatorResults, type IndicatorValue } from './indicators';
export { breakEvenMembership, type BreakEvenInput } from './break-even';
export { standardNormalCdf } from './normal';
export { POISSON_EXACT_MAX_MEAN } from './sampling';
export { DEFAULT_COST_VARIATION, paidAmountMoments, type PaidAmountMoments, type PoolBenefit } from './paid-amount';
export {
  DEFAULT_HISTOGRAM_BINS,
  DEFAULT_SEED,
  MAX_TRIALS,
  poolNormalApproximation,
  SEVERITY_EXACT_MAX_CASES,
  simulatePool,
  type ClaimsRatioHistogram,
  type ClaimsRatioSummary,
  type PoolNormalApproximation,
  type PoolSimulationInput,
  type PoolSimulationResult,
} from './pool-simulation';
