import { describe, expect, it } from 'vitest';
import { contributionKind, type ContributionParameters } from '../../../src/engine/exercises/kinds/contribution';
import { MISCONCEPTION_IDS } from '../../../src/engine/insurance';

// domain.md §1's illustration, in engine units (rates as fractions).
const illustration: ContributionParameters = {
  frequency: 0.8,
  averageCost: 1500,
  coverageRate: 0.8,
  frequency2: 0.05,
  averageCost2: 25000,
  coverageRate2: 0.8,
  safetyMargin: 0.1,
  managementLoading: 0.2,
  householdSize: 6,
};
const wrong = (id: keyof typeof contributionKind.misconceptions, p: ContributionParameters = illustration) => contributionKind.misconceptions[id](p);

describe('contribution kind: compute', () => {
  it('walks the illustration: 960 + 1 000 = 1 960, × 1,1 = 2 156, ÷ 0,8 = 2 695', () => {
    const q = contributionKind.compute(illustration);
    // consultation: 1 500 × 0,8 = 1 200 per case, × 0,8 cases = 960
    expect(q.paidPerCase).toBeCloseTo(1200, 9);
    expect(q.benefitPremium).toBeCloseTo(960, 9);
    // hospitalisation: 25 000 × 0,8 = 20 000 per case, × 0,05 = 1 000
    expect(q.paidPerCase2).toBeCloseTo(20000, 9);
    expect(q.benefitPremium2).toBeCloseTo(1000, 9);
    expect(q.purePremium).toBeCloseTo(1960, 9);
    expect(q.safetyPart).toBeCloseTo(196, 9);
    expect(q.withMargin).toBeCloseTo(2156, 9);
    expect(q.annual).toBeCloseTo(2695, 9);
    // 2 695 × 20 % = 539
    expect(q.managementPart).toBeCloseTo(539, 9);
    // 2 695 / 12 ≈ 224,58 ; 2 695 × 6 = 16 170 ; 16 170 / 12 = 1 347,5
    expect(q.monthly).toBeCloseTo(224.5833, 4);
    expect(q.perHousehold).toBeCloseTo(16170, 9);
    expect(q.householdMonthly).toBeCloseTo(1347.5, 9);
    expect(q.memberShare).toBeCloseTo(2695, 9);
    expect(q.subsidyShare).toBe(0);
  });

  it('restates the data per benefit and gives NaN for benefits that are absent', () => {
    const q = contributionKind.compute(illustration);
    expect(q.casesPerBeneficiary).toBe(0.8);
    expect(q.copaymentRate).toBeCloseTo(0.2, 12);
    expect(q.benefitPremium3).toBeNaN();
    expect(q.paidPerCase4).toBeNaN();
  });

  it('applies a ceiling: 0,05 × min(20 000, 15 000) = 750, PP = 1 710', () => {
    expect(contributionKind.compute({ ...illustration, ceiling2: 15000 }).purePremium).toBeCloseTo(1710, 9);
  });

  it('reads frequencies per 1 000 (domain.md §5): 425 / 1 000 × 1 100 = 467,50 per year, 38,96 per month', () => {
    const q = contributionKind.compute({ frequencyPerThousand: 425, averageCost: 1100, coverageRate: 1 });
    expect(q.casesPerBeneficiary).toBeCloseTo(0.425, 12);
    expect(q.purePremium).toBeCloseTo(467.5, 9);
    expect(Math.round(q.monthly * 100) / 100).toBe(38.96);
  });

  it('adds fixed costs per beneficiary: 1 000 000 / 2 000 = 500, annual 3 195', () => {
    const q = contributionKind.compute({ ...illustration, fixedCosts: 1_000_000, beneficiaries: 2000 });
    expect(q.fixedPart).toBe(500);
    expect(q.annual).toBeCloseTo(3195, 9);
  });

  it('splits with a subsidy of 25 %: member 2 695 × 0,75 = 2 021,25, State 673,75', () => {
    const q = contributionKind.compute({ ...illustration, subsidyRate: 0.25 });
    expect(q.memberShare).toBeCloseTo(2021.25, 9);
    expect(q.subsidyShare).toBeCloseTo(673.75, 9);
  });

  it('rejects a benefit without a coverage rate and loadings of 100 %', () => {
    expect(() => contributionKind.compute({ frequency: 1, averageCost: 1000 })).toThrow();
    expect(() => contributionKind.compute({ ...illustration, managementLoading: 0.7, reserveLoading: 0.3 })).toThrow();
  });

  it('reports missing and conflicting parameter names in French', () => {
    expect(contributionKind.checkParameterNames(new Set(['frequency', 'averageCost', 'coverageRate']))).toEqual([]);
    const messages = contributionKind.checkParameterNames(new Set(['frequency', 'frequencyPerThousand', 'averageCost', 'averageCost3', 'fixedCosts']));
    expect(messages.join(' | ')).toMatch(/coverageRate/);
    expect(messages.join(' | ')).toMatch(/exactement un de « frequency »/);
    expect(messages.join(' | ')).toMatch(/sans trou/);
    expect(messages.join(' | ')).toMatch(/beneficiaries/);
  });
});

describe('contribution kind: misconceptions', () => {
  it('includes every misconception of the insurance engine', () => {
    for (const id of MISCONCEPTION_IDS) expect(Object.keys(contributionKind.misconceptions)).toContain(id);
  });

  it('loading-multiplied: 2 156 × 1,2 = 2 587,2 instead of 2 695', () => {
    expect(wrong('loading-multiplied').annual).toBeCloseTo(2587.2, 9);
  });

  it('coverage-forgotten: 0,8 × 1 500 + 0,05 × 25 000 = 2 450 instead of 1 960', () => {
    expect(wrong('coverage-forgotten').purePremium).toBeCloseTo(2450, 9);
    expect(wrong('coverage-forgotten').benefitPremium).toBeCloseTo(1200, 9);
  });

  it('ceiling-ignored: 960 + 0,05 × 20 000 = 1 960 instead of 1 710', () => {
    expect(wrong('ceiling-ignored', { ...illustration, ceiling2: 15000 }).purePremium).toBeCloseTo(1960, 9);
    expect(wrong('ceiling-ignored', { ...illustration, ceiling2: 15000 }).paidPerCase2).toBeCloseTo(20000, 9);
  });

  it('margin-forgotten: 1 960 / 0,8 = 2 450 instead of 2 695', () => {
    expect(wrong('margin-forgotten').annual).toBeCloseTo(2450, 9);
    expect(wrong('margin-forgotten').withMargin).toBeCloseTo(1960, 9);
  });

  it('monthly-from-household: 16 170 / 12 = 1 347,5 instead of 224,58', () => {
    expect(wrong('monthly-from-household').monthly).toBeCloseTo(1347.5, 9);
  });

  it('subsidy-wrong-party: with σ = 25 %, the member pays 673,75 instead of 2 021,25', () => {
    expect(wrong('subsidy-wrong-party', { ...illustration, subsidyRate: 0.25 }).memberShare).toBeCloseTo(673.75, 9);
  });

  it('per-thousand-not-converted: 425 × 1 100 = 467 500 instead of 467,50', () => {
    const q = wrong('per-thousand-not-converted', { frequencyPerThousand: 425, averageCost: 1100, coverageRate: 1 });
    expect(q.casesPerBeneficiary).toBe(425);
    expect(q.purePremium).toBeCloseTo(467500, 6);
  });

  it('copayment-as-coverage: 0,8 × 1 500 × 0,2 + 0,05 × 25 000 × 0,2 = 490 instead of 1 960', () => {
    const q = wrong('copayment-as-coverage');
    expect(q.paidPerCase).toBeCloseTo(300, 9);
    expect(q.purePremium).toBeCloseTo(490, 9);
    // The ticket modérateur itself is data, not part of the mistake.
    expect(q.copaymentRate).toBeCloseTo(0.2, 12);
  });

  it('fixed-costs-forgotten: 2 695 instead of 2 695 + 500 = 3 195', () => {
    expect(wrong('fixed-costs-forgotten', { ...illustration, fixedCosts: 1_000_000, beneficiaries: 2000 }).annual).toBeCloseTo(2695, 9);
  });

  it('household-forgotten: 2 695 for the household instead of 16 170', () => {
    expect(wrong('household-forgotten').perHousehold).toBeCloseTo(2695, 9);
    expect(wrong('household-forgotten').householdMonthly).toBeCloseTo(224.5833, 4);
  });
});
