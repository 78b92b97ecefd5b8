// simulatePool's cost must not depend on the pool size: 10 000 simulated years of a pool of 100
// and of 1 000 000 beneficiaries should take the same order of time.
// Run: npx vitest bench --run tests/bench
import { bench, describe } from 'vitest';
import { simulatePool, type PoolBenefit } from '../../src/engine/insurance';

const benefits: PoolBenefit[] = [
  { id: 'consultation', frequency: 0.8, averageCost: 1500, coverageRate: 0.8, costVariation: 1 },
  { id: 'hospitalisation', frequency: 0.05, averageCost: 25000, coverageRate: 0.8, ceiling: 100000, costVariation: 1.5 },
];

describe('simulatePool, 10 000 trials, 2 benefits', () => {
  for (const beneficiaries of [100, 1_000_000]) {
    bench(
      `${beneficiaries.toLocaleString('en')} beneficiaries`,
      () => {
        simulatePool({ beneficiaries, benefits, contribution: 2156, trials: 10_000, seed: 1 });
      },
      { time: 1000 },
    );
  }
});
