import { describe, expect, it } from 'vitest';
import {
  computeContribution,
  computeContributionWithMisconception,
  findMisconceptions,
  getMisconception,
  MISCONCEPTION_IDS,
  MISCONCEPTIONS,
  type MisconceptionId,
} from '../../../src/engine/insurance';
import { illustration, withCeiling } from './fixtures';

const mauritania = {
  benefits: [{ id: 'package', frequency: 1, averageCost: 700, coverageRate: 1 }],
  subsidyRate: 450 / 700,
};

const wrong = (id: MisconceptionId, input = illustration) => getMisconception(id).compute(input);

describe('misconception registry', () => {
  it('lists each misconception once, with the quantity it affects', () => {
    expect(MISCONCEPTION_IDS).toEqual([
      'loading-multiplied',
      'coverage-forgotten',
      'ceiling-ignored',
      'margin-forgotten',
      'monthly-from-household',
      'subsidy-wrong-party',
    ]);
    expect(MISCONCEPTIONS.map(({ id, affects }) => [id, affects])).toEqual([
      ['loading-multiplied', 'annual'],
      ['coverage-forgotten', 'purePremium'],
      ['ceiling-ignored', 'purePremium'],
      ['margin-forgotten', 'annual'],
      ['monthly-from-household', 'monthly'],
      ['subsidy-wrong-party', 'memberShare'],
    ]);
  });

  it('loading-multiplied: 2 156 × (1 + 0.2) = 2 587.2 instead of 2 156 / 0.8 = 2 695', () => {
    expect(wrong('loading-multiplied')).toBeCloseTo(2587.2, 9);
    // with fixed costs G / N = 500 added in both cases: 2 587.2 + 500
    expect(wrong('loading-multiplied', { ...illustration, fixedCosts: 1_000_000, beneficiaries: 2000 })).toBeCloseTo(
      3087.2,
      9,
    );
  });

  it('coverage-forgotten: τ = 1 → 0.8 × 1 500 + 0.05 × 25 000 = 2 450 instead of 1 960', () => {
    expect(wrong('coverage-forgotten')).toBeCloseTo(2450, 9);
    // and down the chain: 2 450 × 1.1 / 0.8 = 3 368.75
    expect(computeContributionWithMisconception(illustration, 'coverage-forgotten').annual).toBeCloseTo(3368.75, 9);
  });

  it('coverage-forgotten still applies the ceiling: min(25 000, 15 000) × 0.05 = 750', () => {
    // 1 200 + 750 = 1 950
    expect(wrong('coverage-forgotten', withCeiling)).toBeCloseTo(1950, 9);
  });

  it('ceiling-ignored: 960 + 0.05 × 20 000 = 1 960 instead of 960 + 0.05 × 15 000 = 1 710', () => {
    expect(wrong('ceiling-ignored', withCeiling)).toBeCloseTo(1960, 9);
    expect(computeContribution(withCeiling).purePremium).toBeCloseTo(1710, 9);
  });

  it('margin-forgotten: 1 960 / 0.8 = 2 450 instead of 2 695', () => {
    expect(wrong('margin-forgotten')).toBeCloseTo(2450, 9);
  });

  it('monthly-from-household: 16 170 / 12 = 1 347.5 instead of 2 695 / 12 ≈ 224.58', () => {
    expect(wrong('monthly-from-household')).toBeCloseTo(1347.5, 9);
  });

  it('subsidy-wrong-party: Mauritania member pays 700 × 450/700 = 450 instead of 250', () => {
    expect(wrong('subsidy-wrong-party', mauritania)).toBeCloseTo(450, 9);
    const swapped = computeContributionWithMisconception(mauritania, 'subsidy-wrong-party');
    expect(swapped.subsidyShare).toBeCloseTo(250, 9);
  });

  it('changes nothing else than its own step', () => {
    const right = computeContribution(illustration);
    const monthlyMistake = computeContributionWithMisconception(illustration, 'monthly-from-household');
    expect(monthlyMistake.annual).toBe(right.annual);
    expect(monthlyMistake.perHousehold).toBe(right.perHousehold);
  });
});

describe('findMisconceptions', () => {
  it('names the mistake behind a wrong answer, even rounded', () => {
    expect(findMisconceptions(illustration, 'annual', 2587.2)).toEqual(['loading-multiplied']);
    expect(findMisconceptions(illustration, 'monthly', 1347.5)).toEqual(['monthly-from-household']);
    expect(findMisconceptions(illustration, 'purePremium', 2450)).toEqual(['coverage-forgotten']);
    expect(findMisconceptions(illustration, 'annual', 2450)).toEqual(['margin-forgotten']);
    expect(findMisconceptions(mauritania, 'memberShare', 450)).toEqual(['subsidy-wrong-party']);
  });

  it('returns nothing for a right or unexplained answer', () => {
    expect(findMisconceptions(illustration, 'monthly', 224.58)).toEqual([]);
    expect(findMisconceptions(illustration, 'annual', 1234)).toEqual([]);
  });

  it('ignores mistakes that make no difference for this input', () => {
    // σ = 0.5: swapping the parties gives the same 3 500, so it explains nothing
    const senegal = { benefits: [{ id: 'p', frequency: 1, averageCost: 7000, coverageRate: 1 }], subsidyRate: 0.5 };
    expect(findMisconceptions(senegal, 'memberShare', 3500)).toEqual([]);
  });
});
