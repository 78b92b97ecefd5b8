import { describe, expect, it } from 'vitest';
import { statementsKind, type StatementsParameters } from '../../../src/engine/exercises/kinds/statements';

// The worked example of the lesson comptes-mutuelle (cas d'école, chiffres fictifs), in FCFA.
const accounts: StatementsParameters = {
  contributionsCashed: 21_000_000,
  contributionsInAdvance: 1_500_000,
  contributionsReceivable: 2_500_000,
  claimsPaid: 15_800_000,
  claimsProvisionOpening: 900_000,
  claimsProvisionClosing: 1_700_000,
  operatingCosts: 3_300_000,
  reserves: 5_000_000,
  cash: 3_200_000,
  shortTermDebts: 2_000_000,
};
const m = statementsKind.misconceptions;

describe('statements kind: compute', () => {
  const q = statementsKind.compute(accounts);

  it('earned = 21 000 000 − 1 500 000 + 2 500 000 = 22 000 000', () => {
    expect(q.contributionsEarned).toBe(22_000_000);
  });

  it('incurred = 15 800 000 + 1 700 000 − 900 000 = 16 600 000', () => {
    expect(q.claimsIncurred).toBe(16_600_000);
  });

  it('claims ratio 16,6 / 22 ≈ 75,45 %, expense ratio 3,3 / 22 = 15 %', () => {
    expect(q.claimsRatio).toBeCloseTo(0.754545, 6);
    expect(q.expenseRatio).toBeCloseTo(0.15, 12);
  });

  it('liquidity counts the closing provision as a short-term debt: 3,2 / (2 + 1,7) ≈ 0,8649', () => {
    expect(q.liquidityRatio).toBeCloseTo(3_200_000 / 3_700_000, 12);
    expect(q.liquidityRatio).toBeCloseTo(0.864865, 6);
  });

  it('charges 19 900 000 a year, 1 658 333,33 a month, reserves 5 000 000 → 3,015 months; result 2 100 000', () => {
    expect(q.annualCharges).toBe(19_900_000);
    expect(q.monthlyCharges).toBeCloseTo(1_658_333.333, 2);
    expect(q.reserveMonths).toBeCloseTo(3.01508, 4);
    expect(q.result).toBe(2_100_000);
  });

  it('gives NaN for what the accounts do not define', () => {
    const q2 = statementsKind.compute({ claimsPaid: 1000 });
    expect(q2.claimsIncurred).toBeNaN();
    expect(q2.claimsRatio).toBeNaN();
    expect(q2.liquidityRatio).toBeNaN();
  });
});

describe('statements kind: misconceptions', () => {
  it('cash collected as earned: 21 000 000, claims ratio 16,6 / 21 ≈ 79,05 %', () => {
    const w = m['collected-instead-of-earned'](accounts);
    expect(w.contributionsEarned).toBe(21_000_000);
    expect(w.claimsRatio).toBeCloseTo(0.790476, 6);
  });

  it('advance kept: 23 500 000; receivable forgotten: 19 500 000', () => {
    expect(m['advance-counted'](accounts).contributionsEarned).toBe(23_500_000);
    expect(m['receivable-forgotten'](accounts).contributionsEarned).toBe(19_500_000);
  });

  it('provisions forgotten: incurred 15 800 000, claims ratio ≈ 71,82 %, reserves ≈ 3,14 months', () => {
    const w = m['provisions-forgotten'](accounts);
    expect(w.claimsIncurred).toBe(15_800_000);
    expect(w.claimsRatio).toBeCloseTo(0.718182, 6);
    // 5 000 000 / (19 100 000 / 12) = 3,1414…
    expect(w.reserveMonths).toBeCloseTo(3.14136, 4);
  });

  it('opening provision not taken back: incurred 17 500 000', () => {
    expect(m['provision-change-ignored-opening'](accounts).claimsIncurred).toBe(17_500_000);
  });

  it('liquidity inverted (2 + 1,7) / 3,2 = 1,15625; provision left out of the debts 3,2 / 2 = 1,6', () => {
    expect(m['liquidity-inverted'](accounts).liquidityRatio).toBeCloseTo(1.15625, 12);
    expect(m['liquidity-provision-left-out'](accounts).liquidityRatio).toBeCloseTo(1.6, 12);
  });

  it('reserves over yearly charges 5 / 19,9 ≈ 0,251', () => {
    expect(m['reserve-on-annual-charges'](accounts).reserveMonths).toBeCloseTo(0.251256, 6);
  });

  it('leaves the other quantities right', () => {
    const right = statementsKind.compute(accounts);
    for (const id of ['liquidity-inverted', 'liquidity-provision-left-out'] as const) {
      const w = m[id](accounts);
      expect(w.claimsRatio).toBeCloseTo(right.claimsRatio, 12);
      expect(w.claimsIncurred).toBe(right.claimsIncurred);
      expect(w.reserveMonths).toBeCloseTo(right.reserveMonths, 12);
    }
  });

  it('liquidity needs both the debts and the closing provision', () => {
    const { claimsProvisionClosing: _closing, ...withoutProvision } = accounts;
    expect(statementsKind.compute(withoutProvision).liquidityRatio).toBeNaN();
    expect(m['liquidity-provision-left-out'](withoutProvision).liquidityRatio).toBeCloseTo(1.6, 12);
  });
});
