/**
 * The random amount the mutuelle pays for one case, when the cost of a case varies.
 *
 * Model: the cost X of a case is lognormal with the benefit's average cost m and coefficient
 * of variation v (standard deviation / mean), the usual skewed shape of health costs (many
 * small cases, a few very expensive ones). The mutuelle pays Y = min(τ·X, P).
 */
import { BENEFIT_FIELDS, validateBenefit, type Benefit } from './benefit';
import { readNumber } from './validate';
import { standardNormalCdf } from './normal';
import type { NormalSampler } from './sampling';

/** A benefit of the pool simulation: a `Benefit` plus the spread of its cost per case. */
export interface PoolBenefit extends Benefit {
  /** Coefficient of variation of the cost per case (σ_X / m), ≥ 0, default 1 (as spread as an exponential). 0 = every case costs exactly averageCost. */
  costVariation?: number;
}

/** Default coefficient of variation of the cost per case. */
export const DEFAULT_COST_VARIATION = 1;

/** The fields of `PoolBenefit`; any other is refused with `UNKNOWN_FIELD`. */
export const POOL_BENEFIT_FIELDS: readonly string[] = [...BENEFIT_FIELDS, 'costVariation'];

/**
 * Checks one pool benefit (a `Benefit` plus an optional `costVariation`, which defaults to
 * `DEFAULT_COST_VARIATION`) and returns a clean copy. Throws `InsuranceInputError`.
 */
export function validatePoolBenefit(item: unknown, field: string): PoolBenefit {
  const benefit: PoolBenefit = validateBenefit(item, field, POOL_BENEFIT_FIELDS);
  const cv = readNumber((item as Record<string, unknown>)['costVariation'], `${field}.costVariation`);
  benefit.costVariation = cv ?? DEFAULT_COST_VARIATION;
  return benefit;
}

/** The parameters (μ, σ) of ln X for a lognormal X with mean `mean` and coefficient of variation `cv`. */
export function lognormalParameters(mean: number, cv: number): { mu: number; sigma: number } {
  const sigma2 = Math.log1p(cv * cv);
  return { mu: Math.log(mean) - sigma2 / 2, sigma: Math.sqrt(sigma2) };
}

/** Mean, second moment and variance of the amount paid for one case. */
export interface PaidAmountMoments {
  mean: number;
  secondMoment: number;
  variance: number;
}

/**
 * E[Y], E[Y²] and Var Y for Y = min(τX, P), X lognormal(mean m, cv v), in closed form.
 *
 * Why closed form: the simulation's large-count approximation and the normal-theory deficit
 * probability need these moments, and exact values avoid a sampling or quadrature error.
 * With Z = τX lognormal(μ' = μ + ln τ, σ) and d = (ln P − μ') / σ, the partial moments of a
 * lognormal, E[Z^k ; Z < P] = exp(kμ' + k²σ²/2) · Φ(d − kσ), give
 *   E[Y]  = τm · Φ(d − σ) + P · Φ(−d)
 *   E[Y²] = (τm)²(1 + v²) · Φ(d − 2σ) + P² · Φ(−d).
 * Without a ceiling: E[Y] = τm, Var Y = (τm·v)². With v = 0 or τ = 0 the amount is constant.
 */
export function paidAmountMoments(benefit: PoolBenefit): PaidAmountMoments {
  return validMoments(validatePoolBenefit(benefit, 'benefit'));
}

/** `paidAmountMoments` for a benefit already validated (the simulation's own loops). */
export function validMoments(benefit: PoolBenefit): PaidAmountMoments {
  const cv = benefit.costVariation ?? DEFAULT_COST_VARIATION;
  const covered = benefit.coverageRate * benefit.averageCost;
  const ceiling = benefit.ceiling;
  if (covered === 0 || ceiling === 0 || cv === 0) {
    const paid = ceiling === undefined ? covered : Math.min(covered, ceiling);
    return { mean: paid, secondMoment: paid * paid, variance: 0 };
  }
  const secondUncapped = covered * covered * (1 + cv * cv);
  if (ceiling === undefined) {
    return { mean: covered, secondMoment: secondUncapped, variance: (covered * cv) ** 2 };
  }
  const { mu, sigma } = lognormalParameters(covered, cv);
  const d = (Math.log(ceiling) - mu) / sigma;
  const above = standardNormalCdf(-d);
  const mean = covered * standardNormalCdf(d - sigma) + ceiling * above;
  const secondMoment = secondUncapped * standardNormalCdf(d - 2 * sigma) + ceiling * ceiling * above;
  return { mean, secondMoment, variance: Math.max(0, secondMoment - mean * mean) };
}

/**
 * A prepared sampler of Y = min(τX, P) for one benefit: parameters computed once, then one
 * normal draw per case. Why prepared: the simulation draws up to tens of cases per benefit and
 * trial, so the logs are taken once.
 */
export function createPaidAmountSampler(benefit: PoolBenefit, normal: NormalSampler): () => number {
  const cv = benefit.costVariation ?? DEFAULT_COST_VARIATION;
  const covered = benefit.coverageRate * benefit.averageCost;
  const cap = benefit.ceiling ?? Number.POSITIVE_INFINITY;
  if (covered === 0 || cv === 0) {
    const paid = Math.min(covered, cap);
    return () => paid;
  }
  const { mu, sigma } = lognormalParameters(covered, cv);
  return () => Math.min(Math.exp(mu + sigma * normal()), cap);
}
