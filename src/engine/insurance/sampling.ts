/**
 * Random draws for the pool simulation, all built on the project's seeded generator
 * (`src/engine/random.ts`) so that a seed gives the same simulated years everywhere.
 */
import type { Random } from '../random';

/** A source of independent standard normal draws. */
export type NormalSampler = () => number;

/**
 * Standard normal draws by the Box–Muller transform, two per pair of uniforms (the second is
 * kept for the next call). Deterministic given the generator's sequence.
 */
export function createNormalSampler(random: Random): NormalSampler {
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const value = spare;
      spare = null;
      return value;
    }
    // 1 − u lies in (0, 1], so the logarithm is finite.
    const radius = Math.sqrt(-2 * Math.log(1 - random()));
    const angle = 2 * Math.PI * random();
    spare = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  };
}

/** Up to this mean, Poisson counts are drawn exactly; above it, by a normal approximation. */
export const POISSON_EXACT_MAX_MEAN = 50;

/**
 * A Poisson count with the given mean, in time that does not grow with the mean.
 *
 * Small means (≤ POISSON_EXACT_MAX_MEAN): exact inversion, walking up the cumulative
 * probabilities P(0), P(0)+P(1)… until they pass one uniform draw (at most ~mean + a few
 * steps). Large means: the normal approximation N(mean, mean) with continuity correction,
 * ⌊mean + √mean·Z + 1/2⌋, floored at 0; its skewness 1/√mean is below 0.15 there.
 */
export function samplePoisson(random: Random, normal: NormalSampler, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > POISSON_EXACT_MAX_MEAN) {
    return Math.max(0, Math.floor(mean + Math.sqrt(mean) * normal() + 0.5));
  }
  const u = random();
  let k = 0;
  let probability = Math.exp(-mean);
  let cumulative = probability;
  // `probability > 0` stops the walk if rounding leaves the cumulative sum just below u.
  while (u >= cumulative && probability > 0) {
    k++;
    probability *= mean / k;
    cumulative += probability;
  }
  return k;
}
