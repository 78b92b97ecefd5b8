import { describe, expect, it } from 'vitest';
import { caseFigures, fillFormula, formatCaseFigure, formulaKeys, poissonMarginCover } from '../../../src/engine/cases';

// Hand-worked numbers for the four teaching cases (issue 15, part 1). Each expectation is
// computed by hand in the comment next to it, not read back from the engine.

describe('poissonMarginCover', () => {
  it('100 expected cases, margin 10 %: sd 10, 110 funded, one standard deviation', () => {
    expect(poissonMarginCover(100, 0.1)).toEqual({ expected: 100, standardDeviation: 10, funded: expect.closeTo(110, 9), zScore: expect.closeTo(1, 9) });
  });
  it('25 expected cases, margin 10 %: sd 5, 27.5 funded, half a standard deviation', () => {
    const c = poissonMarginCover(25, 0.1);
    expect(c.standardDeviation).toBe(5);
    expect(c.funded).toBeCloseTo(27.5, 9);
    expect(c.zScore).toBeCloseTo(0.5, 9);
  });
});

describe('partner-agent case (Sàmm Jàmm)', () => {
  const f = caseFigures({
    kind: 'partenaire-agent',
    inputs: { beneficiaries: 2000, stayFrequency: 0.05, stayCost: 25000, coverageRate: 0.8, safetyMargin: 0.1, managementLoading: 0.2, insurerPremium: 1500, commissionRate: 0.1 },
  });
  it('option A: 0.8 × 25 000 = 20 000 per stay, 0.05 × 20 000 = 1 000, 1 100 / 0.8 = 1 375', () => {
    expect(f['paidPerStay']).toBeCloseTo(20000, 6);
    expect(f['purePremium']).toBeCloseTo(1000, 6);
    expect(f['withMargin']).toBeCloseTo(1100, 6);
    expect(f['ownContribution']).toBeCloseTo(1375, 6);
  });
  it('2 000 × 0.05 = 100 stays, sd √100 = 10, 110 funded = one sd, Φ(1) ≈ 0.8413, deficit one year in 1/0.1587 ≈ 6.3', () => {
    expect(f['expectedStays']).toBeCloseTo(100, 9);
    expect(f['staysStandardDeviation']).toBeCloseTo(10, 9);
    expect(f['staysFunded']).toBeCloseTo(110, 9);
    expect(f['marginInStandardDeviations']).toBeCloseTo(1, 9);
    expect(f['probabilityCovered']).toBeCloseTo(0.8413, 4);
    expect(f['deficitOneYearIn']).toBeCloseTo(6.3, 1);
  });
  it('option B: commission 0.1 × 1 500 × 2 000 = 300 000; 1 000 / 1 500 ≈ 66.7 %; 125 dearer (9.1 %), 250 000 for the group', () => {
    expect(f['commission']).toBeCloseTo(300000, 6);
    expect(f['insurerClaimsRatio']).toBeCloseTo(0.6667, 4);
    expect(f['insurerKeeps']).toBeCloseTo(0.3333, 4);
    expect(f['extraPerBeneficiary']).toBeCloseTo(125, 6);
    expect(f['extraShare']).toBeCloseTo(0.0909, 4);
    expect(f['extraForGroup']).toBeCloseTo(250000, 4);
  });
  it('carries the inputs so the lesson prints them from the same data', () => {
    expect(f['beneficiaries']).toBe(2000);
    expect(f['insurerPremium']).toBe(1500);
  });
});

describe('technical-centre case (le réseau des dix mutuelles)', () => {
  const f = caseFigures({
    kind: 'centre-technique',
    inputs: { mutuelles: 10, beneficiariesPerMutuelle: 2000, contribution: 3000, currentCosts: 900000, centrePrice: 150, accountantCost: 600000, centreCosts: 4500000 },
  });
  it('2 000 × 3 000 = 6 000 000 earned; 900 000 / 6 000 000 = 15 %', () => {
    expect(f['earnedPerMutuelle']).toBe(6000000);
    expect(f['currentExpenseRatio']).toBeCloseTo(0.15, 9);
  });
  it('centre: 150 × 2 000 = 300 000 per mutuelle, 1 200 000 / 6 000 000 = 20 %; accountant: 1 500 000 / 6 000 000 = 25 %', () => {
    expect(f['centreFeePerMutuelle']).toBe(300000);
    expect(f['costsWithCentre']).toBe(1200000);
    expect(f['expenseRatioWithCentre']).toBeCloseTo(0.2, 9);
    expect(f['costsWithAccountant']).toBe(1500000);
    expect(f['expenseRatioWithAccountant']).toBeCloseTo(0.25, 9);
  });
  it('centre budget: 10 × 300 000 = 3 000 000, gap 1 500 000 = 1/3, 4 500 000 / 20 000 = 225, 4 500 000 / 150 = 30 000 beneficiaries', () => {
    expect(f['centreRevenue']).toBe(3000000);
    expect(f['centreGap']).toBe(1500000);
    expect(f['centreGapShare']).toBeCloseTo(1 / 3, 9);
    expect(f['networkBeneficiaries']).toBe(20000);
    expect(f['centreBreakEvenPrice']).toBe(225);
    expect(f['centreBreakEvenBeneficiaries']).toBe(30000);
  });
});

describe('network extract case (trois mutuelles)', () => {
  const f = caseFigures({
    kind: 'extrait-reseau',
    inputs: {
      mutuelles: [
        { id: 'A', enrolled: 1100, exposure: 1000, cases: 1300, claims: 2600000 },
        { id: 'B', enrolled: 1700, exposure: 1500, cases: 1800, claims: 3330000 },
        { id: 'C', enrolled: 1000, exposure: 800, cases: 1600, claims: 4000000 },
      ],
    },
  });
  it.each([
    // cases / exposure, claims / cases, claims / exposure
    ['A', 1.3, 2000, 2600],
    ['B', 1.2, 1850, 2220],
    ['C', 2.0, 2500, 5000],
  ])('mutuelle %s: utilisation %d, average cost %d, cost per beneficiary-year %d', (id, utilisation, cost, perYear) => {
    expect(f[`${id}.utilisation`]).toBeCloseTo(utilisation, 9);
    expect(f[`${id}.averageCost`]).toBeCloseTo(cost, 9);
    expect(f[`${id}.costPerBeneficiaryYear`]).toBeCloseTo(perYear, 9);
  });
  it('network: 3 800 enrolled, 3 300 beneficiary-years, 4 700 cases, 9 930 000; 4 700 / 3 300 ≈ 1.424, 9 930 000 / 4 700 ≈ 2 112.8, / 3 300 ≈ 3 009.1', () => {
    expect([f['reseau.enrolled'], f['reseau.exposure'], f['reseau.cases'], f['reseau.claims']]).toEqual([3800, 3300, 4700, 9930000]);
    expect(f['reseau.utilisation']).toBeCloseTo(1.4242, 4);
    expect(f['reseau.averageCost']).toBeCloseTo(2112.77, 2);
    expect(f['reseau.costPerBeneficiaryYear']).toBeCloseTo(3009.09, 2);
  });
  it('C counted on the enrolled by mistake: 1 600 / 1 000 = 1.6', () => {
    expect(f['C.utilisationOnEnrolled']).toBeCloseTo(1.6, 9);
  });
});

describe('hospital flat-rate case (forfait par séjour)', () => {
  const f = caseFigures({
    kind: 'forfait-sejour',
    inputs: { beneficiaries: 20000, stayFrequency: 0.05, higherStayFrequency: 0.055, perActCost: 25000, flatRate: 22000, coverageRate: 0.8, paymentDays: 30 },
  });
  it('1 000 stays; 1 000 × 0.8 × 25 000 = 20 000 000 (1 000 each); 1 000 × 0.8 × 22 000 = 17 600 000 (880 each)', () => {
    expect(f['stays']).toBeCloseTo(1000, 9);
    expect(f['spendPerAct']).toBeCloseTo(20000000, 3);
    expect(f['purePremiumPerAct']).toBeCloseTo(1000, 6);
    expect(f['spendFlat']).toBeCloseTo(17600000, 3);
    expect(f['purePremiumFlat']).toBeCloseTo(880, 6);
  });
  it('saving 2 400 000 = 12 %; hospital gets 3 000 less a stay; at 0.055: 1 100 × 17 600 = 19 360 000, saving 640 000', () => {
    expect(f['saving']).toBeCloseTo(2400000, 3);
    expect(f['savingShare']).toBeCloseTo(0.12, 9);
    expect(f['hospitalLossPerStay']).toBe(3000);
    expect(f['spendFlatHigherUse']).toBeCloseTo(19360000, 3);
    expect(f['savingHigherUse']).toBeCloseTo(640000, 3);
  });
  it('17 600 000 / 12 ≈ 1 466 666.67 a month; the saving disappears at a flat rate of 25 000', () => {
    expect(f['monthlyPayment']).toBeCloseTo(1466666.67, 2);
    expect(f['flatRateWithoutSaving']).toBe(25000);
  });
});

describe('display of case figures', () => {
  it('French text: 1 375 FCFA, 66,7 %, 1,42', () => {
    expect(formatCaseFigure(1375, { unit: 'FCFA' })).toBe('1\u202F375\u00A0FCFA');
    expect(formatCaseFigure(2 / 3, { percent: true, digits: 1 })).toBe('66,7\u00A0%');
    expect(formatCaseFigure(4700 / 3300, { digits: 2 })).toBe('1,42');
    expect(formatCaseFigure(2112.77)).toBe('2\u202F113');
  });
  it('TeX: groups with \\, and a braced decimal comma, percent escaped', () => {
    const figures: Record<string, number> = { pp: 1000, s: 0.1, cot: 1375, ratio: 2 / 3, big: 1234567.5 };
    const out = fillFormula(String.raw`\frac{@{pp} \times (1 + @{s|2})}{0{,}8} = @{cot}; @{ratio|%1}; @{big|1}`, (k) => figures[k]);
    expect(out.missing).toEqual([]);
    expect(out.tex).toBe(String.raw`\frac{1\,000 \times (1 + 0{,}1)}{0{,}8} = 1\,375; 66{,}7\ \%; 1\,234\,567{,}5`);
  });
  it('reports unknown keys instead of printing a number', () => {
    const out = fillFormula('@{a} + @{nope}', (k) => (k === 'a' ? 1 : undefined));
    expect(out.missing).toEqual(['nope']);
    expect(formulaKeys(String.raw`@{x.y} \times @{z|%1}`)).toEqual(['x.y', 'z']);
  });
});
