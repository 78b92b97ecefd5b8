import { describe, expect, it } from 'vitest';
import { capacityToPayKind, type CapacityToPayParameters } from '../../../src/engine/exercises/kinds/capacity-to-pay';

// A household of 6, 45 000 FCFA a month, 2 500 FCFA per person, threshold 5 % (stated by the exercise).
const household: CapacityToPayParameters = { contribution: 2500, householdSize: 6, monthlyIncome: 45000, threshold: 0.05 };

describe('capacity-to-pay kind', () => {
  it('computes the household share: 15 000 / 540 000 ≈ 2,78 %, affordable 27 000, i.e. 4 500 per person', () => {
    const q = capacityToPayKind.compute(household);
    expect(q.householdContribution).toBe(15000);
    expect(q.householdMonthly).toBe(1250);
    expect(q.annualIncome).toBe(540000);
    expect(q.incomeShare).toBeCloseTo(0.027778, 6);
    expect(q.affordableHousehold).toBeCloseTo(27000, 9);
    expect(q.affordablePerPerson).toBeCloseTo(4500, 9);
    expect(q.headroom).toBeCloseTo(12000, 9);
  });

  it('deducts a subsidy: with 50 % the household pays 7 500', () => {
    expect(capacityToPayKind.compute({ ...household, subsidyRate: 0.5 }).householdContribution).toBeCloseTo(7500, 9);
  });

  it('share-per-person: 2 500 / 540 000 ≈ 0,46 %', () => {
    const q = capacityToPayKind.misconceptions['share-per-person'](household);
    expect(q.householdContribution).toBe(2500);
    expect(q.incomeShare).toBeCloseTo(0.00463, 5);
  });

  it('income-not-annualised: 15 000 / 45 000 ≈ 33,3 %', () => {
    expect(capacityToPayKind.misconceptions['income-not-annualised'](household).incomeShare).toBeCloseTo(1 / 3, 9);
  });

  it('affordable-per-household: 27 000 given per person instead of 4 500', () => {
    expect(capacityToPayKind.misconceptions['affordable-per-household'](household).affordablePerPerson).toBeCloseTo(27000, 9);
  });
});
