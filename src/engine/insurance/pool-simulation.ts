/**
 * Monte-Carlo simulation of a mutuelle's claims year, to show why pool size matters
 * (domain.md §3, "passage à l'échelle"): the claims of a small pool are volatile, so the
 * probability that a year's claims exceed the money set aside for them falls as the pool grows.
 *
 * Each trial simulates one year of the whole pool. For every benefit it draws the pool's number
 * of cases, n ~ Poisson(N·f), then the total paid for those n cases: each case drawn separately
 * (lognormal cost, paid min(τ·cost, P)) when n ≤ SEVERITY_EXACT_MAX_CASES, otherwise the normal
 * approximation of the sum, N(n·E[Y], n·Var Y), with the closed-form moments of
 * `paidAmountMoments`, kept within [0, n·P]. Poisson counts are exact up to a mean of
 * POISSON_EXACT_MAX_MEAN and normal (with continuity correction) above. So a trial costs at most
 * a few dozen draws per benefit, whatever the number of beneficiaries.
 */
import { createRandom } from '../random';
import { validateBenefits } from './benefit';
import { InsuranceInputError } from './errors';
import { standardNormalCdf } from './normal';
import {
  createPaidAmountSampler,
  validatePoolBenefit,
  validMoments,
  type PoolBenefit,
} from './paid-amount';
import { createNormalSampler, samplePoisson } from './sampling';
import { isMissing, readNumber, rejectUnknownFields, requireObject } from './validate';

/** Most trials accepted in one call: bounds run time (~1 s) and memory (8 MB of ratios). */
export const MAX_TRIALS = 1_000_000;
/** Up to this many cases, a benefit's cases are drawn one by one; above, the sum is normal. */
export const SEVERITY_EXACT_MAX_CASES = 30;
/** Seed used when none is given, so that results are always reproducible. */
export const DEFAULT_SEED = 1;
/** Default number of histogram bins. */
export const DEFAULT_HISTOGRAM_BINS = 20;

/** The pool to simulate. */
export interface PoolSimulationInput {
  /** N: beneficiaries in the pool, a whole number ≥ 1. */
  beneficiaries: number;
  /** The covered benefits, as for `computeContribution`, each with an optional `costVariation`. */
  benefits: PoolBenefit[];
  /**
   * Income per beneficiary per year available to pay claims, > 0: the contribution minus what
   * goes to management, reserves and fixed costs, i.e. `withMargin` (PP × (1 + s)) of
   * `computeContribution`. The pool's claims budget is N × contribution; a year is in deficit
   * when the claims paid exceed it. (Pass the gross `annual` instead to compare claims with all
   * the income, like the claims-ratio indicator does.)
   */
  contribution: number;
  /** Number of simulated years, a whole number in 1..MAX_TRIALS. */
  trials: number;
  /** Seed of the generator (number or string); same seed, same result. Default DEFAULT_SEED. */
  seed?: number | string;
  /** Number of histogram bins, 1..1000, default 20. */
  histogramBins?: number;
}

/** Distribution of the simulated claims ratios (paid / (N × contribution)), as fractions. */
export interface ClaimsRatioSummary {
  /** 5th, 50th and 95th percentiles (linear interpolation between order statistics). */
  p5: number;
  p50: number;
  p95: number;
  mean: number;
  standardDeviation: number;
  min: number;
  max: number;
}

/** Equal-width histogram of the claims ratios from `from` (min) to `to` (max), for a chart. */
export interface ClaimsRatioHistogram {
  from: number;
  to: number;
  /** (to − from) / counts.length; 0 when every trial gave the same ratio (all in bin 0). */
  binWidth: number;
  /** Trials per bin; bin i covers [from + i·binWidth, from + (i+1)·binWidth), the last includes `to`. */
  counts: number[];
}

/**
 * What the normal approximation predicts without simulating: the pool's claims S have mean
 * N·Σ f·E[Y] and variance N·Σ f·E[Y²] (compound Poisson), so the claims ratio's standard
 * deviation shrinks like 1/√N. Shown next to the simulation to explain it.
 */
export interface PoolNormalApproximation {
  /** Expected claims paid per beneficiary per year, Σ f·E[Y] (the pure premium with cost caps). */
  claimsPerBeneficiary: number;
  /** Expected claims ratio: claimsPerBeneficiary / contribution. */
  claimsRatio: number;
  /** Standard deviation of the claims ratio: √(Σ f·E[Y²] / N) / contribution. */
  claimsRatioStandardDeviation: number;
  /** P(S > N × contribution) under the normal approximation. */
  deficitProbability: number;
}

/** Result of `simulatePool`. */
export interface PoolSimulationResult {
  beneficiaries: number;
  trials: number;
  contribution: number;
  /** N × contribution: the year's claims budget. */
  income: number;
  /** Share of trials with claims paid > income. */
  deficitProbability: number;
  /** Number of trials in deficit. */
  deficitTrials: number;
  claimsRatio: ClaimsRatioSummary;
  histogram: ClaimsRatioHistogram;
  expected: PoolNormalApproximation;
}

interface ValidatedPool {
  beneficiaries: number;
  benefits: PoolBenefit[];
  contribution: number;
}

const POOL_FIELDS = ['beneficiaries', 'benefits', 'contribution'];
const SIMULATION_FIELDS = [...POOL_FIELDS, 'trials', 'seed', 'histogramBins'];

function validatePool(raw: Record<string, unknown>): ValidatedPool {
  return {
    beneficiaries: readNumber(raw['beneficiaries'], 'beneficiaries', { required: true, integer: true, min: 1 }),
    benefits: validateBenefits(raw['benefits'], 'benefits', validatePoolBenefit),
    contribution: readNumber(raw['contribution'], 'contribution', { required: true, minExclusive: true }),
  };
}

function normalApproximation(pool: ValidatedPool): PoolNormalApproximation {
  let mean = 0;
  let variance = 0;
  for (const benefit of pool.benefits) {
    const moments = validMoments(benefit);
    mean += benefit.frequency * moments.mean;
    variance += benefit.frequency * moments.secondMoment;
  }
  const n = pool.beneficiaries;
  const c = pool.contribution;
  const sd = Math.sqrt(variance / n);
  const deficitProbability = sd === 0 ? (mean > c ? 1 : 0) : standardNormalCdf((mean - c) / sd);
  return {
    claimsPerBeneficiary: mean,
    claimsRatio: mean / c,
    claimsRatioStandardDeviation: sd / c,
    deficitProbability,
  };
}

/**
 * The normal-approximation view of a pool (expected claims ratio, its spread, the deficit
 * probability), computed instantly. Why: lessons can plot how the deficit probability falls with
 * N without running a simulation per point. Throws `InsuranceInputError` on invalid input.
 */
export function poolNormalApproximation(input: Omit<PoolSimulationInput, 'trials' | 'seed' | 'histogramBins'>): PoolNormalApproximation {
  const raw = requireObject(input, 'input');
  rejectUnknownFields(raw, POOL_FIELDS, 'input');
  return normalApproximation(validatePool(raw));
}

/** Percentile p of sorted values, interpolating linearly between order statistics. */
function percentile(sorted: Float64Array, p: number): number {
  const position = (sorted.length - 1) * p;
  const lower = Math.floor(position);
  const upper = Math.min(lower + 1, sorted.length - 1);
  const low = sorted[lower] as number;
  return low + (position - lower) * ((sorted[upper] as number) - low);
}

/**
 * Simulates `trials` independent years of a pool of `beneficiaries` and summarises the claims
 * ratio and the probability of a deficit. Deterministic for a seed; run time grows with the
 * number of trials and benefits but not with the number of beneficiaries (see the file header
 * for the method). Throws `InsuranceInputError` on invalid input.
 */
export function simulatePool(input: PoolSimulationInput): PoolSimulationResult {
  const raw = requireObject(input, 'input');
  rejectUnknownFields(raw, SIMULATION_FIELDS, 'input');
  const pool = validatePool(raw);
  const rawTrials = raw['trials'];
  if (typeof rawTrials === 'number' && Number.isFinite(rawTrials) && rawTrials > MAX_TRIALS) {
    throw new InsuranceInputError('TOO_MANY_TRIALS', 'trials', `must be at most ${MAX_TRIALS}`, MAX_TRIALS);
  }
  const trials = readNumber(raw['trials'], 'trials', { required: true, integer: true, min: 1 });
  const bins = readNumber(raw['histogramBins'], 'histogramBins', { integer: true, min: 1, max: 1000 }) ?? DEFAULT_HISTOGRAM_BINS;
  const seedValue = raw['seed'];
  let seed: number | string = DEFAULT_SEED;
  if (!isMissing(seedValue)) {
    if (typeof seedValue === 'string') seed = seedValue;
    else if (typeof seedValue === 'number' && Number.isFinite(seedValue)) seed = seedValue;
    else throw new InsuranceInputError('NOT_FINITE', 'seed', 'must be a finite number or a string');
  }

  const random = createRandom(seed);
  const normal = createNormalSampler(random);
  const plans = pool.benefits.map((benefit) => {
    const moments = validMoments(benefit);
    return {
      expectedCases: pool.beneficiaries * benefit.frequency,
      drawPaid: createPaidAmountSampler(benefit, normal),
      mean: moments.mean,
      sd: Math.sqrt(moments.variance),
      cap: benefit.ceiling ?? Number.POSITIVE_INFINITY,
      pays: moments.mean > 0,
    };
  });
  const income = pool.beneficiaries * pool.contribution;
  const ratios = new Float64Array(trials);
  let deficitTrials = 0;
  let sum = 0;
  let sumSquares = 0;

  for (let t = 0; t < trials; t++) {
    let paid = 0;
    for (const plan of plans) {
      if (!plan.pays) continue;
      const cases = samplePoisson(random, normal, plan.expectedCases);
      if (cases === 0) continue;
      if (cases <= SEVERITY_EXACT_MAX_CASES) {
        for (let i = 0; i < cases; i++) paid += plan.drawPaid();
      } else {
        const total = cases * plan.mean + Math.sqrt(cases) * plan.sd * normal();
        paid += Math.min(Math.max(total, 0), cases * plan.cap);
      }
    }
    const ratio = paid / income;
    ratios[t] = ratio;
    sum += ratio;
    sumSquares += ratio * ratio;
    if (paid > income) deficitTrials++;
  }

  ratios.sort();
  const mean = sum / trials;
  const min = ratios[0] as number;
  const max = ratios[trials - 1] as number;
  const counts = new Array<number>(bins).fill(0);
  const binWidth = (max - min) / bins;
  for (const ratio of ratios) {
    const index = binWidth === 0 ? 0 : Math.min(bins - 1, Math.floor((ratio - min) / binWidth));
    counts[index] = (counts[index] as number) + 1;
  }

  return {
    beneficiaries: pool.beneficiaries,
    trials,
    contribution: pool.contribution,
    income,
    deficitProbability: deficitTrials / trials,
    deficitTrials,
    claimsRatio: {
      p5: percentile(ratios, 0.05),
      p50: percentile(ratios, 0.5),
      p95: percentile(ratios, 0.95),
      mean,
      standardDeviation: Math.sqrt(Math.max(0, sumSquares / trials - mean * mean)),
      min,
      max,
    },
    histogram: { from: min, to: max, binWidth, counts },
    expected: normalApproximation(pool),
  };
}
