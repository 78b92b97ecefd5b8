import { describe, expect, it } from 'vitest';
import { subsidyKind, type SubsidyParameters } from '../../../src/engine/exercises/kinds/subsidy';

// domain.md §4: Senegal 7 000 = 3 500 + 3 500 FCFA; Mauritania 700 = 250 + 450 MRU.
const senegal: SubsidyParameters = { contribution: 7000, subsidyRate: 0.5, householdSize: 6, beneficiaries: 2000 };
const mauritania: SubsidyParameters = { contribution: 700, stateAmount: 450, householdSize: 5 };

describe('subsidy kind: compute', () => {
  it('Senegal CMU: 3 500 member + 3 500 State; household of 6 pays 21 000 a year, 1 750 a month', () => {
    const q = subsidyKind.compute(senegal);
    expect(q.memberShare).toBeCloseTo(3500, 9);
    expect(q.stateShare).toBeCloseTo(3500, 9);
    expect(q.memberShare + q.stateShare).toBeCloseTo(7000, 9);
    expect(q.memberShareRate).toBeCloseTo(0.5, 12);
    expect(q.memberMonthly).toBeCloseTo(291.6667, 4);
    expect(q.householdTotal).toBeCloseTo(42000, 9);
    expect(q.memberHousehold).toBeCloseTo(21000, 9);
    expect(q.memberHouseholdMonthly).toBeCloseTo(1750, 9);
    // 3 500 × 2 000 beneficiaries
    expect(q.stateTotal).toBeCloseTo(7_000_000, 6);
  });

  it('Mauritania CNASS: 250 insured + 450 State, State rate 450 / 700 ≈ 64,29 %, household of 5 pays 1 250', () => {
    const q = subsidyKind.compute(mauritania);
    expect(q.memberShare).toBeCloseTo(250, 9);
    expect(q.stateShare).toBeCloseTo(450, 9);
    expect(q.stateShareRate).toBeCloseTo(0.642857, 6);
    expect(q.memberHousehold).toBeCloseTo(1250, 9);
    expect(q.stateTotal).toBeNaN();
  });

  it('needs exactly one of subsidyRate and stateAmount, and a State part within the contribution', () => {
    expect(() => subsidyKind.compute({ contribution: 700, subsidyRate: 0.5, stateAmount: 450 })).toThrow(/exactement un/);
    expect(() => subsidyKind.compute({ contribution: 700 })).toThrow(/exactement un/);
    expect(() => subsidyKind.compute({ contribution: 700, stateAmount: 800 })).toThrow(/dépasse/);
    expect(subsidyKind.checkParameterNames(new Set(['contribution', 'subsidyRate', 'stateAmount']))).toHaveLength(1);
  });
});

describe('subsidy kind: misconceptions', () => {
  it('subsidy-wrong-party: the insured pays 450 instead of 250', () => {
    expect(subsidyKind.misconceptions['subsidy-wrong-party'](mauritania).memberShare).toBeCloseTo(450, 9);
  });

  it('subsidy-forgotten: 7 000 instead of 3 500 per person, 42 000 instead of 21 000 per household', () => {
    const q = subsidyKind.misconceptions['subsidy-forgotten'](senegal);
    expect(q.memberShare).toBeCloseTo(7000, 9);
    expect(q.memberHousehold).toBeCloseTo(42000, 9);
  });

  it('household-forgotten: 3 500 for the household instead of 21 000', () => {
    expect(subsidyKind.misconceptions['household-forgotten'](senegal).memberHousehold).toBeCloseTo(3500, 9);
  });

  it('rate-on-member-share: 450 / 250 = 180 % instead of 64,29 %', () => {
    expect(subsidyKind.misconceptions['rate-on-member-share'](mauritania).stateShareRate).toBeCloseTo(1.8, 9);
  });
});
