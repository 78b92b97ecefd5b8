import { describe, expect, it } from 'vitest';
import {
  computeIndicators,
  getIndicatorBenchmark,
  INDICATOR_BENCHMARKS,
  indicatorStatus,
  type IndicatorId,
} from '../../../src/engine/insurance';

// A plausible year of a mutuelle (FCFA).
const year = {
  membersPrevious: 1000,
  membersCurrent: 1100,
  membersRenewed: 850,
  membersNew: 250,
  beneficiaries: 4400,
  targetPopulation: 20000,
  contributionsDue: 10_000_000,
  contributionsCollected: 9_000_000,
  contributionsEarned: 9_000_000,
  claims: 7_200_000,
  operatingCosts: 1_350_000,
  cash: 1_500_000,
  shortTermDebts: 1_000_000,
  reserves: 3_000_000,
  monthlyCharges: 750_000,
  cases: 3300,
};

const ALL_IDS: IndicatorId[] = [
  'growth',
  'renewal',
  'external-growth',
  'penetration',
  'collection',
  'claims-ratio',
  'expense-ratio',
  'liquidity',
  'reserve-months',
  'utilisation',
  'average-cost',
];

describe('computeIndicators', () => {
  const results = computeIndicators(year);

  it.each([
    // id, hand-worked value, status
    ['growth', 0.1, 'good'], // (1 100 − 1 000) / 1 000 > 0
    ['renewal', 0.85, 'good'], // 850 / 1 000 ≥ 80 %
    ['external-growth', 0.25, 'info'], // 250 / 1 000, no benchmark
    ['penetration', 0.22, 'info'], // 4 400 / 20 000, benchmark is "rising" (two years)
    ['collection', 0.9, 'warning'], // 9 M / 10 M: in [80 %, 95 %)
    ['claims-ratio', 0.8, 'good'], // 7.2 M / 9 M in [75 %, 100 %]
    ['expense-ratio', 0.15, 'good'], // 1.35 M / 9 M < 20 %
    ['liquidity', 1.5, 'good'], // 1.5 M / 1 M > 1
    ['reserve-months', 4, 'info'], // 3 M / 750 000 = 4 months
    ['utilisation', 0.75, 'info'], // 3 300 cases / 4 400 beneficiaries
    ['average-cost', 7_200_000 / 3300, 'info'], // 2 181.82 FCFA per case
  ] as const)('%s = %d (%s)', (id, value, status) => {
    expect(results[id].value).toBeCloseTo(value, 12);
    expect(results[id].status).toBe(status);
  });

  it('returns exactly the eleven indicators', () => {
    expect(Object.keys(results).sort()).toEqual([...ALL_IDS].sort());
  });

  it('gives null / unknown for every indicator when nothing is known', () => {
    const empty = computeIndicators({});
    for (const id of ALL_IDS) expect(empty[id]).toEqual({ value: null, status: 'unknown' });
  });

  it('gives null only for the indicators missing an input (null counts as missing)', () => {
    const partial = computeIndicators({ claims: 70, contributionsEarned: 100, cases: null });
    // domain.md §5: a claims ratio of 70 % = 70 paid per 100 earned; below 75 % → warning
    expect(partial['claims-ratio']).toEqual({ value: 0.7, status: 'warning' });
    expect(partial['average-cost']).toEqual({ value: null, status: 'unknown' });
    expect(partial['expense-ratio']).toEqual({ value: null, status: 'unknown' });
  });

  it('gives null on zero denominators', () => {
    const zero = computeIndicators({ ...year, membersPrevious: 0, contributionsEarned: 0, shortTermDebts: 0, cases: 0 });
    for (const id of ['growth', 'renewal', 'external-growth', 'claims-ratio', 'expense-ratio', 'liquidity', 'average-cost'] as const) {
      expect(zero[id]).toEqual({ value: null, status: 'unknown' });
    }
    // numerators of 0 are fine: 0 / x = 0
    expect(computeIndicators({ cash: 0, shortTermDebts: 10 }).liquidity).toEqual({ value: 0, status: 'bad' });
  });
});

describe('indicator statuses at the benchmark boundaries', () => {
  it.each([
    ['growth', 0.01, 'good'],
    ['growth', 0, 'warning'], // stagnation (platform convention)
    ['growth', -0.05, 'bad'],
    ['renewal', 0.8, 'good'], // ≥ 80 %
    ['renewal', 0.79, 'bad'],
    ['collection', 1, 'good'],
    ['collection', 0.95, 'good'], // ≥ 95 % (platform convention)
    ['collection', 0.8, 'warning'], // ≥ 80 %
    ['collection', 0.79, 'bad'],
    ['claims-ratio', 0.75, 'good'], // [75 %, 100 %]
    ['claims-ratio', 1, 'good'],
    ['claims-ratio', 0.7499, 'warning'], // low value for members
    ['claims-ratio', 1.0001, 'bad'], // pays out more than it earns
    ['expense-ratio', 0.1999, 'good'], // < 20 %
    ['expense-ratio', 0.2, 'bad'],
    ['liquidity', 1.0001, 'good'], // > 1
    ['liquidity', 1, 'bad'],
    ['reserve-months', 12, 'info'],
    ['utilisation', 3, 'info'],
    ['average-cost', 5000, 'info'],
    ['penetration', 0.5, 'info'],
    ['external-growth', 0.3, 'info'],
    ['claims-ratio', null, 'unknown'],
  ] as const)('%s %s → %s', (id, value, status) => {
    expect(indicatorStatus(id, value)).toBe(status);
  });

  it('computes statuses from raw figures the same way (75 / 100, 95 / 100, 20 / 100)', () => {
    expect(computeIndicators({ claims: 75, contributionsEarned: 100 })['claims-ratio'].status).toBe('good');
    expect(computeIndicators({ contributionsCollected: 95, contributionsDue: 100 }).collection.status).toBe('good');
    expect(computeIndicators({ operatingCosts: 20, contributionsEarned: 100 })['expense-ratio'].status).toBe('bad');
    expect(computeIndicators({ membersPrevious: 100, membersCurrent: 90 }).growth).toEqual({ value: -0.1, status: 'bad' });
  });
});

describe('INDICATOR_BENCHMARKS', () => {
  it('has one row per indicator, each with a formula, its inputs and the source', () => {
    expect(INDICATOR_BENCHMARKS.map((row) => row.id)).toEqual(ALL_IDS);
    for (const row of INDICATOR_BENCHMARKS) {
      expect(row.formula.length).toBeGreaterThan(0);
      expect(row.inputs.length).toBeGreaterThan(0);
      for (const input of row.inputs) expect(row.formula).toContain(input);
      expect(row.source).toContain('openIMIS');
      expect(row.source).toContain('2001');
    }
  });

  it('carries the published thresholds as numbers', () => {
    expect(getIndicatorBenchmark('renewal').thresholds).toEqual({ good: { min: 0.8 } });
    expect(getIndicatorBenchmark('claims-ratio').thresholds?.good).toEqual({ min: 0.75, max: 1 });
    expect(getIndicatorBenchmark('expense-ratio').thresholds?.good).toEqual({ max: 0.2, maxExclusive: true });
    expect(getIndicatorBenchmark('liquidity').thresholds?.good).toEqual({ min: 1, minExclusive: true });
    expect(getIndicatorBenchmark('collection')).toMatchObject({
      platformConvention: true,
      thresholds: { good: { min: 0.95 }, warning: { min: 0.8 } },
    });
    expect(getIndicatorBenchmark('reserve-months').thresholds).toBeNull();
  });
});
