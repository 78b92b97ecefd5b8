import { describe, expect, it } from 'vitest';
import { breakEvenKind, type BreakEvenParameters } from '../../../src/engine/exercises/kinds/break-even';

// Margin 7 500 − 4 500 − 300 = 2 700; 1 900 000 / 2 700 ≈ 703,7 → 704 beneficiaries.
const mutuelle: BreakEvenParameters = { fixedCosts: 1_900_000, contribution: 7500, expectedClaims: 4500, variableCost: 300, beneficiaries: 450 };
const m = breakEvenKind.misconceptions;

describe('break-even kind', () => {
  it('computes the margin, the break-even membership, the result and the gap', () => {
    const q = breakEvenKind.compute(mutuelle);
    expect(q.marginPerBeneficiary).toBe(2700);
    expect(q.breakEven).toBe(704);
    // 450 × 2 700 − 1 900 000
    expect(q.currentResult).toBe(-685_000);
    expect(q.missingBeneficiaries).toBe(254);
    expect(breakEvenKind.compute({ ...mutuelle, beneficiaries: 900 }).missingBeneficiaries).toBe(0);
  });

  it('gives NaN when each beneficiary leaves no margin (the scheme can never break even)', () => {
    const q = breakEvenKind.compute({ ...mutuelle, contribution: 4500 });
    expect(q.breakEven).toBeNaN();
    expect(q.missingBeneficiaries).toBeNaN();
  });

  it('claims-forgotten: margin 7 200, 1 900 000 / 7 200 ≈ 263,9 → 264', () => {
    expect(m['claims-forgotten'](mutuelle).marginPerBeneficiary).toBe(7200);
    expect(m['claims-forgotten'](mutuelle).breakEven).toBe(264);
  });

  it('variable-cost-forgotten: margin 3 000, 1 900 000 / 3 000 ≈ 633,3 → 634', () => {
    expect(m['variable-cost-forgotten'](mutuelle).breakEven).toBe(634);
  });

  it('rounded-down: 703 instead of 704', () => {
    expect(m['rounded-down'](mutuelle).breakEven).toBe(703);
  });
});
