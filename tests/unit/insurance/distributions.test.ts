import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../src/engine/random';
import { paidAmountMoments, standardNormalCdf } from '../../../src/engine/insurance';
import { createPaidAmountSampler } from '../../../src/engine/insurance/paid-amount';
import { createNormalSampler, POISSON_EXACT_MAX_MEAN, samplePoisson } from '../../../src/engine/insurance/sampling';

describe('standardNormalCdf', () => {
  it.each([
    [0, 0.5],
    [1, 0.8413447460685429],
    [-1, 0.15865525393145707],
    [1.959963984540054, 0.975],
    [3, 0.9986501019683699],
    [-4, 3.167124183311998e-5],
    [-10, 0],
    [10, 1],
  ])('Φ(%d) = %d', (x, expected) => {
    expect(Math.abs(standardNormalCdf(x) - expected)).toBeLessThan(1e-13);
  });
});

describe('samplePoisson', () => {
  function moments(mean: number, draws: number) {
    const random = createRandom(11);
    const normal = createNormalSampler(random);
    let sum = 0;
    let sumSquares = 0;
    let min = Number.POSITIVE_INFINITY;
    let allWhole = true;
    for (let i = 0; i < draws; i++) {
      const k = samplePoisson(random, normal, mean);
      allWhole &&= Number.isInteger(k);
      sum += k;
      sumSquares += k * k;
      min = Math.min(min, k);
    }
    expect(allWhole).toBe(true);
    const m = sum / draws;
    return { mean: m, variance: sumSquares / draws - m * m, min };
  }

  it('has mean = variance = λ, exact method (λ = 3)', () => {
    // 50 000 draws: standard error of the mean √(3 / 50 000) ≈ 0.008
    const m = moments(3, 50_000);
    expect(Math.abs(m.mean - 3)).toBeLessThan(0.04);
    expect(Math.abs(m.variance - 3)).toBeLessThan(0.1);
  });

  it('has mean = variance = λ, normal approximation (λ = 400)', () => {
    expect(400).toBeGreaterThan(POISSON_EXACT_MAX_MEAN);
    // standard error of the mean √(400 / 50 000) ≈ 0.09
    const m = moments(400, 50_000);
    expect(Math.abs(m.mean - 400)).toBeLessThan(0.4);
    expect(Math.abs(m.variance / 400 - 1)).toBeLessThan(0.03);
  });

  it('is never negative just above the switch to the normal approximation', () => {
    expect(moments(POISSON_EXACT_MAX_MEAN + 0.5, 20_000).min).toBeGreaterThanOrEqual(0);
    expect(samplePoisson(createRandom(1), createNormalSampler(createRandom(1)), 0)).toBe(0);
  });
});

describe('paidAmountMoments: Y = min(τX, P), X lognormal', () => {
  const hospitalisation = { id: 'h', frequency: 0.05, averageCost: 25000, coverageRate: 0.8 };

  it('without a ceiling: E[Y] = τm, Var Y = (τm·cv)²', () => {
    // τm = 20 000; cv = 0.5 → sd 10 000, variance 1e8
    const m = paidAmountMoments({ ...hospitalisation, costVariation: 0.5 });
    expect(m.mean).toBeCloseTo(20000, 9);
    expect(m.variance).toBeCloseTo(1e8, 3);
    expect(m.secondMoment).toBeCloseTo(20000 ** 2 * 1.25, 3);
  });

  it('with cv = 0 the amount is the constant min(τm, P)', () => {
    expect(paidAmountMoments({ ...hospitalisation, costVariation: 0, ceiling: 15000 })).toEqual({
      mean: 15000,
      secondMoment: 15000 ** 2,
      variance: 0,
    });
  });

  it('defaults to cv = 1', () => {
    // E[Y²] = 20 000² × (1 + 1)
    expect(paidAmountMoments(hospitalisation).secondMoment).toBeCloseTo(8e8, 3);
  });

  it('with the ceiling at the median of τX: E[Y] = τm·Φ(−σ) + P/2', () => {
    // cv = 1: σ = √ln 2 ≈ 0.832555, median of τX = 20 000 / √2 ≈ 14 142.14 = P, so d = 0:
    // E[Y] = 20 000 × Φ(−0.832555) + 14 142.14 × 0.5 ≈ 20 000 × 0.202558 + 7 071.07 ≈ 11 122.2
    const sigma = Math.sqrt(Math.LN2);
    const ceiling = 20000 / Math.SQRT2;
    const m = paidAmountMoments({ ...hospitalisation, costVariation: 1, ceiling });
    expect(m.mean).toBeCloseTo(20000 * standardNormalCdf(-sigma) + ceiling / 2, 6);
    expect(Math.abs(m.mean - 11122.2)).toBeLessThan(1);
  });

  it('agrees with direct sampling of capped lognormal costs', () => {
    // 200 000 draws of min(τX, 15 000), cv = 1.5
    const benefit = { ...hospitalisation, costVariation: 1.5, ceiling: 15000 };
    const draw = createPaidAmountSampler(benefit, createNormalSampler(createRandom(5)));
    let sum = 0;
    let sumSquares = 0;
    let max = 0;
    const n = 200_000;
    for (let i = 0; i < n; i++) {
      const y = draw();
      max = Math.max(max, y);
      sum += y;
      sumSquares += y * y;
    }
    expect(max).toBeLessThanOrEqual(15000);
    const m = paidAmountMoments(benefit);
    expect(Math.abs(sum / n / m.mean - 1)).toBeLessThan(0.01);
    expect(Math.abs(sumSquares / n / m.secondMoment - 1)).toBeLessThan(0.01);
  });

  it('tends to P when the ceiling is far below the costs', () => {
    const m = paidAmountMoments({ ...hospitalisation, costVariation: 0.2, ceiling: 100 });
    expect(m.mean).toBeCloseTo(100, 6);
    expect(m.variance).toBeLessThan(1e-6);
  });
});
