import { describe, expect, it } from 'vitest';
import { computeContribution, paidPerCase } from '../../../src/engine/insurance';
import { illustration, withCeiling } from './fixtures';

describe('computeContribution: domain.md §1 illustration', () => {
  const result = computeContribution(illustration);

  it('prices each benefit: f × min(τC, P)', () => {
    // consultation: τC = 0.8 × 1 500 = 1 200 per case; 0.8 × 1 200 = 960 per beneficiary per year
    // hospitalisation: τC = 0.8 × 25 000 = 20 000 per case; 0.05 × 20 000 = 1 000
    expect(result.byBenefit).toEqual([
      { id: 'consultation', label: 'Consultation', paidPerCase: 1200, purePremium: 960 },
      { id: 'hospitalisation', paidPerCase: 20000, purePremium: 1000 },
    ]);
  });

  it('adds the margin, the loading, and derives monthly and household amounts', () => {
    expect(result.purePremium).toBeCloseTo(1960, 9); // 960 + 1 000
    expect(result.safetyPart).toBeCloseTo(196, 9); // 1 960 × 0.10
    expect(result.withMargin).toBeCloseTo(2156, 9); // 1 960 × 1.10
    expect(result.annual).toBeCloseTo(2695, 9); // 2 156 / (1 − 0.20)
    expect(result.managementPart).toBeCloseTo(539, 9); // 2 156 × 0.20 / 0.80 = 2 695 × 0.20
    expect(result.reservePart).toBe(0);
    expect(result.fixedPart).toBe(0);
    expect(result.monthly).toBeCloseTo(224.5833, 4); // 2 695 / 12
    expect(result.monthly.toFixed(1)).toBe('224.6'); // "≈ 224.6 per month"
    expect(result.perHousehold).toBeCloseTo(16170, 9); // 2 695 × 6
    expect(result.memberShare).toBeCloseTo(2695, 9); // no subsidy
    expect(result.subsidyShare).toBe(0);
  });

  it('returns parts that stack up to the annual contribution', () => {
    expect(result.parts.map((part) => part.id)).toEqual([
      'pure-premium',
      'safety-margin',
      'management',
      'reserve',
      'fixed-costs',
    ]);
    const total = result.parts.reduce((sum, part) => sum + part.value, 0);
    expect(total).toBeCloseTo(result.annual, 9);
    expect(result.withMargin + result.managementPart + result.reservePart + result.fixedPart).toBeCloseTo(
      result.annual,
      9,
    );
  });

  it('splits the loading between management and reserves', () => {
    // g = 15 %, r = 5 %: gross still 2 156 / 0.80 = 2 695;
    // management 2 156 × 0.15 / 0.80 = 404.25; reserve 2 156 × 0.05 / 0.80 = 134.75
    const split = computeContribution({ ...illustration, managementLoading: 0.15, reserveLoading: 0.05 });
    expect(split.annual).toBeCloseTo(2695, 9);
    expect(split.managementPart).toBeCloseTo(404.25, 9);
    expect(split.reservePart).toBeCloseTo(134.75, 9);
  });

  it('uses the defaults: no margin, no loading, household of 1, no subsidy', () => {
    // 0.8 × 1 500 × 0.8 = 960 and nothing added
    const plain = computeContribution({ benefits: [illustration.benefits[0]!] });
    expect(plain.annual).toBeCloseTo(960, 9);
    expect(plain.withMargin).toBeCloseTo(960, 9);
    expect(plain.perHousehold).toBeCloseTo(960, 9);
    expect(plain.memberShare).toBeCloseTo(960, 9);
    expect(plain.monthly).toBeCloseTo(80, 9);
  });
});

describe('computeContribution: domain.md §5 published arithmetic', () => {
  it('425 inpatient days per 1 000 members at 1 100 per day → 467.50 per year, 38.96 per month', () => {
    // 0.425 days per member × 1 100 = 467.50; 467.50 / 12 = 38.958… → 38.96
    const result = computeContribution({
      benefits: [{ id: 'inpatient-day', frequency: 425 / 1000, averageCost: 1100, coverageRate: 1 }],
    });
    expect(result.annual).toBeCloseTo(467.5, 9);
    expect(result.monthly.toFixed(2)).toBe('38.96');
  });

  it('life cover 5 000 at a death rate of 2.96 ‰ → 14.8 per insured', () => {
    // 0.00296 × 5 000 = 14.8 (29.6 deaths expected among 10 000 insured × 5 000 / 10 000)
    const result = computeContribution({
      benefits: [{ id: 'death', frequency: 2.96 / 1000, averageCost: 5000, coverageRate: 1 }],
    });
    expect(result.purePremium).toBeCloseTo(14.8, 9);
  });

  it('Senegal CMU: 7 000 = 3 500 member + 3 500 State (σ = 50 %)', () => {
    const result = computeContribution({
      benefits: [{ id: 'package', frequency: 1, averageCost: 7000, coverageRate: 1 }],
      subsidyRate: 0.5,
    });
    expect(result.annual).toBe(7000);
    expect(result.memberShare).toBe(3500);
    expect(result.subsidyShare).toBe(3500);
  });

  it('Mauritania CNASS: 700 = 250 insured + 450 State MRU (σ = 450 / 700)', () => {
    const result = computeContribution({
      benefits: [{ id: 'package', frequency: 1, averageCost: 700, coverageRate: 1 }],
      subsidyRate: 450 / 700,
    });
    expect(result.memberShare).toBeCloseTo(250, 9); // 700 × (1 − 450/700)
    expect(result.subsidyShare).toBeCloseTo(450, 9); // 700 × 450/700
    expect(result.memberShare + result.subsidyShare).toBeCloseTo(700, 9);
  });
});

describe('computeContribution: ceilings', () => {
  it('caps the amount paid per case: min(τC, P)', () => {
    // hospitalisation τC = 20 000 > P = 15 000 → 15 000 per case; 0.05 × 15 000 = 750
    // PP = 960 + 750 = 1 710; × 1.1 = 1 881; / 0.8 = 2 351.25
    const result = computeContribution(withCeiling);
    expect(result.byBenefit[1]).toEqual({ id: 'hospitalisation', paidPerCase: 15000, purePremium: 750 });
    expect(result.purePremium).toBeCloseTo(1710, 9);
    expect(result.annual).toBeCloseTo(2351.25, 9);
  });

  it('leaves τC unchanged when the ceiling is above it, and pays nothing with a 0 ceiling', () => {
    const base = { id: 'h', frequency: 0.05, averageCost: 25000, coverageRate: 0.8 };
    expect(paidPerCase({ ...base, ceiling: 30000 })).toBe(20000);
    expect(paidPerCase({ ...base, ceiling: 20000 })).toBe(20000);
    expect(paidPerCase({ ...base, ceiling: 0 })).toBe(0);
    expect(paidPerCase(base)).toBe(20000);
  });
});

describe('computeContribution: fixed costs shared by N beneficiaries (G / N)', () => {
  it('adds G / N to the contribution', () => {
    // G = 1 000 000 FCFA, N = 2 000 → 500 per beneficiary; no loading: 2 156 + 500 = 2 656
    const result = computeContribution({
      ...illustration,
      managementLoading: 0,
      fixedCosts: 1_000_000,
      beneficiaries: 2000,
    });
    expect(result.fixedPart).toBe(500);
    expect(result.annual).toBeCloseTo(2656, 9);
    expect(result.monthly).toBeCloseTo(2656 / 12, 9);
  });

  it('combines with a percentage loading, the parts still summing to annual', () => {
    // 2 156 / 0.8 + 1 000 000 / 2 000 = 2 695 + 500 = 3 195; household of 6 → 19 170
    const result = computeContribution({ ...illustration, fixedCosts: 1_000_000, beneficiaries: 2000 });
    expect(result.annual).toBeCloseTo(3195, 9);
    expect(result.perHousehold).toBeCloseTo(19170, 9);
    const total = result.parts.reduce((sum, part) => sum + part.value, 0);
    expect(total).toBeCloseTo(3195, 9);
  });

  it('accepts beneficiaries without fixed costs (fixed part 0)', () => {
    expect(computeContribution({ ...illustration, beneficiaries: 500 }).fixedPart).toBe(0);
  });
});
