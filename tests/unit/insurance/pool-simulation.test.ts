import { describe, expect, it } from 'vitest';
import {
  poolNormalApproximation,
  simulatePool,
  type PoolBenefit,
  type PoolSimulationInput,
} from '../../../src/engine/insurance';

// domain.md §1's package, cost per case lognormal with a coefficient of variation of 1.
const benefits: PoolBenefit[] = [
  { id: 'consultation', frequency: 0.8, averageCost: 1500, coverageRate: 0.8, costVariation: 1 },
  { id: 'hospitalisation', frequency: 0.05, averageCost: 25000, coverageRate: 0.8, costVariation: 1 },
];
// Hand-worked moments per beneficiary (no ceiling, cv = 1 so E[Y²] = (τm)² × (1 + 1²)):
//   expected claims  0.8 × 1 200 + 0.05 × 20 000 = 1 960
//   variance         0.8 × 1 200² × 2 + 0.05 × 20 000² × 2 = 2 304 000 + 40 000 000 = 42 304 000
//   standard dev.    √42 304 000 ≈ 6 504.15, so for a pool of N: 6 504.15 / √N per beneficiary
const EXPECTED_CLAIMS = 1960;
const SD_PER_BENEFICIARY = Math.sqrt(42_304_000);
// The claims budget: PP × 1.1 = 2 156 (withMargin of the illustration).
const WITH_MARGIN = 2156;

const run = (patch: Partial<PoolSimulationInput>) =>
  simulatePool({ beneficiaries: 1000, benefits, contribution: WITH_MARGIN, trials: 10_000, seed: 42, ...patch });

describe('poolNormalApproximation', () => {
  it('reproduces the hand-worked moments', () => {
    // N = 10 000: ratio sd = 6 504.15 / 100 / 2 156 ≈ 0.030168; z = (1 960 − 2 156) / 65.0415 ≈ −3.0135
    // Φ(−3.0135) ≈ 0.00129
    const approx = poolNormalApproximation({ beneficiaries: 10_000, benefits, contribution: WITH_MARGIN });
    expect(approx.claimsPerBeneficiary).toBeCloseTo(EXPECTED_CLAIMS, 9);
    expect(approx.claimsRatio).toBeCloseTo(1960 / 2156, 12);
    expect(approx.claimsRatioStandardDeviation).toBeCloseTo(SD_PER_BENEFICIARY / 100 / 2156, 9);
    expect(approx.deficitProbability).toBeCloseTo(0.00129, 4);
  });
});

describe('simulatePool', () => {
  it('is deterministic for a seed, and changes with the seed', () => {
    const a = run({ trials: 2000 });
    expect(run({ trials: 2000 })).toEqual(a);
    const b = run({ trials: 2000, seed: 43 });
    expect(b.claimsRatio.mean).not.toBe(a.claimsRatio.mean);
    expect(run({ trials: 2000, seed: 'pool-demo' })).toEqual(run({ trials: 2000, seed: 'pool-demo' }));
  });

  it('reports the pool, its income and a consistent summary', () => {
    const result = run({ trials: 5000 });
    expect(result).toMatchObject({ beneficiaries: 1000, trials: 5000, contribution: 2156, income: 2_156_000 });
    expect(result.deficitProbability).toBe(result.deficitTrials / 5000);
    const { p5, p50, p95, min, max } = result.claimsRatio;
    expect(min).toBeLessThanOrEqual(p5);
    expect(p5).toBeLessThan(p50);
    expect(p50).toBeLessThan(p95);
    expect(p95).toBeLessThanOrEqual(max);
    expect(result.histogram.counts).toHaveLength(20);
    expect(result.histogram.counts.reduce((sum, count) => sum + count, 0)).toBe(5000);
    expect(result.histogram.from).toBe(min);
    expect(result.histogram.to).toBe(max);
  });

  it('brackets the expected claims ratio between the 5th and 95th percentiles', () => {
    // expected ratio 1 960 / 2 156 ≈ 0.909
    for (const beneficiaries of [100, 10_000]) {
      const { claimsRatio } = run({ beneficiaries });
      expect(claimsRatio.p5).toBeLessThan(1960 / 2156);
      expect(claimsRatio.p95).toBeGreaterThan(1960 / 2156);
    }
  });

  it('has the expected mean claims ratio in a small pool (cases drawn one by one)', () => {
    // N = 100: hospitalisations ~ Poisson(5), each drawn; ratio sd ≈ 650.4 / 2 156 ≈ 0.30,
    // so the mean of 20 000 years is within ±0.01 of 0.909 (more than 4 standard errors)
    const { claimsRatio } = run({ beneficiaries: 100, trials: 20_000 });
    expect(claimsRatio.mean).toBeCloseTo(1960 / 2156, 1);
    expect(Math.abs(claimsRatio.mean - 1960 / 2156)).toBeLessThan(0.01);
    expect(Math.abs(claimsRatio.standardDeviation - SD_PER_BENEFICIARY / 10 / 2156)).toBeLessThan(0.03);
  });

  it('is skewed in a small pool: the median year is below the mean', () => {
    // N = 100: about 5 hospitalisations a year, each lognormal (cv = 1), drawn one by one, so a
    // few costly years pull the mean up (mean ≈ 0.911, median ≈ 0.86 with this seed)
    const { claimsRatio } = run({ beneficiaries: 100, trials: 20_000 });
    expect(claimsRatio.mean - claimsRatio.p50).toBeGreaterThan(0.03);
  });

  it('draws the cases of a small pool one by one (no normal shortcut)', () => {
    // 10 beneficiaries, 1 case each a year, very spread costs (cv = 3): P(no case) = e^-10 ≈ 5e-5,
    // so practically every year pays something (p5 > 0); a normal approximation of the sum
    // (mean 10 m, sd √10 × 3.2 m) would put many years at 0. Heavy right tail: median ≪ mean.
    const { claimsRatio } = simulatePool({
      beneficiaries: 10,
      benefits: [{ id: 'x', frequency: 1, averageCost: 1000, coverageRate: 1, costVariation: 3 }],
      contribution: 1000,
      trials: 20_000,
      seed: 3,
    });
    expect(claimsRatio.p5).toBeGreaterThan(0.1);
    expect(claimsRatio.p50).toBeLessThan(0.8 * claimsRatio.mean);
    expect(Math.abs(claimsRatio.mean - 1)).toBeLessThan(0.05);
  });

  it('matches the normal-theory deficit probability for a large pool', () => {
    // N = 10 000, budget = expected + 1 sd: 1 960 + 65.0415 per beneficiary → P(deficit) = 1 − Φ(1) ≈ 0.1587
    // 20 000 trials: binomial standard error ≈ 0.0026
    const contribution = EXPECTED_CLAIMS + SD_PER_BENEFICIARY / 100;
    const result = run({ beneficiaries: 10_000, contribution, trials: 20_000 });
    expect(result.expected.deficitProbability).toBeCloseTo(0.1587, 3);
    expect(Math.abs(result.deficitProbability - 0.1587)).toBeLessThan(0.015);
  });

  it('has a falling deficit probability as the pool grows (contribution above expected cost)', () => {
    // budget 2 156 = 1.1 × expected claims; ratio sd 0.30 (N = 100), 0.095 (1 000), 0.030 (10 000)
    const probabilities = [100, 1000, 10_000].map((beneficiaries) => run({ beneficiaries }).deficitProbability);
    expect(probabilities[0]).toBeGreaterThan(probabilities[1]!);
    expect(probabilities[1]).toBeGreaterThan(probabilities[2]!);
    expect(probabilities[0]).toBeGreaterThan(0.2);
    expect(probabilities[2]).toBeLessThan(0.01);
  });

  it('never pays more than the ceiling per case', () => {
    // one hospitalisation per beneficiary-year on average, ceiling 10 000 < τ × 25 000:
    // claims per beneficiary can only exceed 10 000 × (cases / N); with budget 10 000 the ratio
    // max is (cases × 10 000) / (N × 10 000) = cases / N
    const capped = simulatePool({
      beneficiaries: 20,
      benefits: [{ id: 'h', frequency: 1, averageCost: 25000, coverageRate: 0.8, ceiling: 10000, costVariation: 2 }],
      contribution: 10000,
      trials: 2000,
      seed: 7,
    });
    // Poisson(20) cases: even 60 cases (P ≈ 1e-11) would give a ratio of 3
    expect(capped.claimsRatio.max).toBeLessThanOrEqual(3);
    expect(capped.claimsRatio.mean).toBeCloseTo(capped.expected.claimsRatio, 1);
  });

  it('handles a pool that pays nothing and a constant cost', () => {
    const nothing = simulatePool({
      beneficiaries: 50,
      benefits: [{ id: 'x', frequency: 1, averageCost: 1000, coverageRate: 0 }],
      contribution: 100,
      trials: 100,
    });
    expect(nothing.deficitProbability).toBe(0);
    expect(nothing.claimsRatio.max).toBe(0);
    expect(nothing.histogram.binWidth).toBe(0);
    expect(nothing.histogram.counts[0]).toBe(100);
  });
});
