/**
 * How far a safety margin reaches when claims arrive independently (Poisson): with λ expected
 * cases a year, the count's standard deviation is √λ, and a margin s funds λ(1 + s) cases,
 * that is s·λ / √λ = s·√λ standard deviations above the mean. Why a function: the partner-agent
 * case and its group questions redo this for several pool sizes.
 */
export interface PoissonMarginCover {
  /** λ: expected number of cases in the year. */
  expected: number;
  /** √λ: standard deviation of the number of cases. */
  standardDeviation: number;
  /** λ(1 + s): cases the contributions with margin pay for. */
  funded: number;
  /** (funded − λ) / √λ: the margin in standard deviations. */
  zScore: number;
}

/** The cover of margin `safetyMargin` on a pool expecting `expected` cases (both ≥ 0; λ > 0 for a finite z). */
export function poissonMarginCover(expected: number, safetyMargin: number): PoissonMarginCover {
  const standardDeviation = Math.sqrt(expected);
  const funded = expected * (1 + safetyMargin);
  return { expected, standardDeviation, funded, zScore: (funded - expected) / standardDeviation };
}
