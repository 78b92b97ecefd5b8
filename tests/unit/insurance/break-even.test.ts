import { describe, expect, it } from 'vitest';
import { breakEvenMembership } from '../../../src/engine/insurance';

describe('breakEvenMembership: N* = ⌈G / (Cot − claims − variable cost)⌉', () => {
  it('returns an exact whole quotient as is', () => {
    // margin 2 695 − 2 156 = 539; 1 078 000 / 539 = 2 000 exactly
    expect(breakEvenMembership({ fixedCosts: 1_078_000, contribution: 2695, expectedClaims: 2156, variableCost: 0 })).toBe(2000);
  });

  it('rounds a fractional quotient up', () => {
    // 1 000 000 / 539 = 1 855.29… → 1 856 beneficiaries
    expect(breakEvenMembership({ fixedCosts: 1_000_000, contribution: 2695, expectedClaims: 2156, variableCost: 0 })).toBe(1856);
  });

  it('subtracts the variable cost per beneficiary', () => {
    // 2 695 − 2 156 − 39 = 500; 1 000 000 / 500 = 2 000
    expect(breakEvenMembership({ fixedCosts: 1_000_000, contribution: 2695, expectedClaims: 2156, variableCost: 39 })).toBe(2000);
    // variableCost defaults to 0
    expect(breakEvenMembership({ fixedCosts: 1_000_000, contribution: 2695, expectedClaims: 2156 })).toBe(1856);
  });

  it('does not add one beneficiary because of floating-point noise', () => {
    // 0.3 − 0.2 = 0.09999999999999998, 0.7 / that = 7.000000000000001: a naive ceil gives 8
    expect(breakEvenMembership({ fixedCosts: 0.7, contribution: 0.3, expectedClaims: 0.2, variableCost: 0 })).toBe(7);
    // 0.3 − 0.1 − 0.1 = 0.09999999999999998, 0.3 / that = 3.0000000000000004: a naive ceil gives 4
    expect(breakEvenMembership({ fixedCosts: 0.3, contribution: 0.3, expectedClaims: 0.1, variableCost: 0.1 })).toBe(3);
  });

  it('is null when each beneficiary leaves no positive margin', () => {
    expect(breakEvenMembership({ fixedCosts: 1_000_000, contribution: 2156, expectedClaims: 2156, variableCost: 0 })).toBeNull();
    expect(breakEvenMembership({ fixedCosts: 1_000_000, contribution: 2000, expectedClaims: 2156, variableCost: 0 })).toBeNull();
    expect(breakEvenMembership({ fixedCosts: 0, contribution: 2000, expectedClaims: 1900, variableCost: 100 })).toBeNull();
    // 0.4 − 0.1 − 0.3 = 5.6e-17 in floating point: noise around a zero margin, not a tiny
    // positive one that would give 100 / 5.6e-17 ≈ 1.8e18 beneficiaries
    expect(0.4 - 0.1 - 0.3).toBeGreaterThan(0);
    expect(breakEvenMembership({ fixedCosts: 100, contribution: 0.4, expectedClaims: 0.1, variableCost: 0.3 })).toBeNull();
  });

  it('is 0 without fixed costs when the margin is positive', () => {
    expect(breakEvenMembership({ fixedCosts: 0, contribution: 2695, expectedClaims: 2156, variableCost: 0 })).toBe(0);
  });
});
