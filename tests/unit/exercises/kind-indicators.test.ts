import { describe, expect, it } from 'vitest';
import { DIAGNOSIS_INDICATORS, indicatorsKind, type IndicatorsParameters } from '../../../src/engine/exercises/kinds/indicators';

// One year of a mutuelle (FCFA); members at the end of the year = 820 renewed + 230 new = 1 050.
const year: IndicatorsParameters = {
  membersPrevious: 1000,
  membersRenewed: 820,
  membersNew: 230,
  contributionsDue: 10_000_000,
  contributionsCollected: 9_000_000,
  contributionsEarned: 9_600_000,
  claims: 7_200_000,
  operatingCosts: 1_440_000,
  cash: 2_500_000,
  shortTermDebts: 2_000_000,
  reserves: 4_320_000,
};
const m = indicatorsKind.misconceptions;

describe('indicators kind: compute', () => {
  const q = indicatorsKind.compute(year);

  it('computes membership indicators: 1 050 members, growth 5 %, renewal 82 %, external growth 23 %', () => {
    expect(q.currentMembers).toBe(1050);
    expect(q.growthRate).toBeCloseTo(0.05, 12);
    expect(q.renewalRate).toBeCloseTo(0.82, 12);
    expect(q.externalGrowthRate).toBeCloseTo(0.23, 12);
  });

  it('computes financial ratios: collection 90 %, claims 75 %, expenses 15 %, liquidity 1,25', () => {
    expect(q.collectionRate).toBeCloseTo(0.9, 12);
    expect(q.uncollected).toBe(1_000_000);
    // 7 200 000 / 9 600 000
    expect(q.claimsRatio).toBeCloseTo(0.75, 12);
    // 1 440 000 / 9 600 000
    expect(q.expenseRatio).toBeCloseTo(0.15, 12);
    expect(q.liquidityRatio).toBeCloseTo(1.25, 12);
  });

  it('derives charges and reserve cover: 8 640 000 a year, 720 000 a month, 6 months of reserves', () => {
    expect(q.annualCharges).toBe(8_640_000);
    expect(q.monthlyCharges).toBe(720_000);
    expect(q.reserveMonths).toBeCloseTo(6, 12);
    // 9 600 000 − 8 640 000
    expect(q.result).toBe(960_000);
    expect(q.combinedRatio).toBeCloseTo(0.9, 12);
  });

  it('gives NaN for indicators whose figures are missing', () => {
    expect(q.penetrationRate).toBeNaN();
    expect(q.utilisationRate).toBeNaN();
  });

  it('diagnoses the single indicator out of its benchmark by code, NaN when none or several are', () => {
    expect(DIAGNOSIS_INDICATORS).toEqual(['claims-ratio', 'expense-ratio', 'liquidity', 'collection', 'renewal']);
    // collection 90 % is only a warning: nothing is bad
    expect(q.outOfBenchmark).toBeNaN();
    // claims 10 560 000 / 9 600 000 = 110 % > 100 %: code 1
    expect(indicatorsKind.compute({ ...year, claims: 10_560_000 }).outOfBenchmark).toBe(1);
    // expenses 2 400 000 / 9 600 000 = 25 % ≥ 20 %: code 2
    expect(indicatorsKind.compute({ ...year, operatingCosts: 2_400_000 }).outOfBenchmark).toBe(2);
    // both: no single answer
    expect(indicatorsKind.compute({ ...year, claims: 10_560_000, operatingCosts: 2_400_000 }).outOfBenchmark).toBeNaN();
  });
});

describe('indicators kind: misconceptions', () => {
  it('collected-instead-of-earned: claims 7 200 000 / 9 000 000 = 80 %, expenses 16 %, result 360 000', () => {
    const q = m['collected-instead-of-earned'](year);
    expect(q.claimsRatio).toBeCloseTo(0.8, 12);
    expect(q.expenseRatio).toBeCloseTo(0.16, 12);
    expect(q.result).toBe(360_000);
  });

  it('expense-on-claims: 1 440 000 / 7 200 000 = 20 %', () => {
    expect(m['expense-on-claims'](year).expenseRatio).toBeCloseTo(0.2, 12);
    expect(m['expense-on-claims'](year).claimsRatio).toBeCloseTo(0.75, 12);
  });

  it('liquidity-inverted: 2 000 000 / 2 500 000 = 0,8', () => {
    expect(m['liquidity-inverted'](year).liquidityRatio).toBeCloseTo(0.8, 12);
  });

  it('reserve-on-annual-charges: 4 320 000 / 8 640 000 = 0,5', () => {
    expect(m['reserve-on-annual-charges'](year).reserveMonths).toBeCloseTo(0.5, 12);
  });

  it('renewal-on-current: 820 / 1 050 ≈ 78,1 %', () => {
    expect(m['renewal-on-current'](year).renewalRate).toBeCloseTo(0.780952, 6);
  });

  it('growth-on-current: 50 / 1 050 ≈ 4,76 %', () => {
    expect(m['growth-on-current'](year).growthRate).toBeCloseTo(0.047619, 6);
  });

  it('collection-inverted: 10 000 000 / 9 000 000 ≈ 111,1 %', () => {
    expect(m['collection-inverted'](year).collectionRate).toBeCloseTo(1.1111, 4);
  });

  it('result-without-costs: 9 600 000 − 7 200 000 = 2 400 000', () => {
    expect(m['result-without-costs'](year).result).toBe(2_400_000);
  });

  it('result-sign-inverted: 8 640 000 − 9 600 000 = −960 000', () => {
    expect(m['result-sign-inverted'](year).result).toBe(-960_000);
  });
});

describe('indicators kind: exposure mistakes of the network-extract case', () => {
  // 1 000 enrolled, 800 beneficiary-years with rights open, 1 600 cases, 4 000 000 FCFA.
  const extract: IndicatorsParameters = { enrolledBeneficiaries: 1000, beneficiaries: 800, cases: 1600, claims: 4_000_000 };
  it('utilisation on the exposure 1 600 / 800 = 2; average cost 4 000 000 / 1 600 = 2 500', () => {
    const q = indicatorsKind.compute(extract);
    expect(q.utilisationRate).toBeCloseTo(2, 12);
    expect(q.averageCostPerCase).toBeCloseTo(2500, 9);
  });
  it('utilisation on the enrolled: 1 600 / 1 000 = 1.6, the rest unchanged', () => {
    const q = m['utilisation-on-enrolled'](extract);
    expect(q.utilisationRate).toBeCloseTo(1.6, 12);
    expect(q.averageCostPerCase).toBeCloseTo(2500, 9);
  });
  it('cost per beneficiary taken for the average cost: 4 000 000 / 800 = 5 000', () => {
    expect(m['average-cost-per-beneficiary'](extract).averageCostPerCase).toBeCloseTo(5000, 9);
  });
  it('without the enrolled count the mistake has no value (NaN), the right answer still does', () => {
    const { enrolledBeneficiaries: _unused, ...withoutEnrolled } = extract;
    expect(m['utilisation-on-enrolled'](withoutEnrolled).utilisationRate).toBeNaN();
    expect(indicatorsKind.compute(withoutEnrolled).utilisationRate).toBeCloseTo(2, 12);
  });
});
