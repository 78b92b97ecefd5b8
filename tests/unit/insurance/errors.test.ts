import { describe, expect, it } from 'vitest';
import {
  breakEvenMembership,
  computeContribution,
  computeIndicators,
  InsuranceInputError,
  isInsuranceInputError,
  MAX_TRIALS,
  simulatePool,
  type ContributionInput,
  type InsuranceErrorCode,
  type PoolSimulationInput,
} from '../../../src/engine/insurance';
import { illustration } from './fixtures';

/** Runs `run`, expecting an InsuranceInputError with this code and field (and bound if given). */
function expectInputError(run: () => unknown, code: InsuranceErrorCode, field: string, bound?: number) {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(InsuranceInputError);
  const error = caught as InsuranceInputError;
  expect({ code: error.code, field: error.field }).toEqual({ code, field });
  if (bound !== undefined) expect(error.bound).toBe(bound);
}

const consultation = { id: 'c', frequency: 0.8, averageCost: 1500, coverageRate: 0.8 };
const contribution = (patch: Record<string, unknown>) => () =>
  computeContribution({ ...illustration, ...patch } as ContributionInput);
const benefit = (index: number, patch: Record<string, unknown>) => () => {
  const benefits: unknown[] = [...illustration.benefits];
  benefits[index] = { ...(benefits[index] as object), ...patch };
  return computeContribution({ ...illustration, benefits } as ContributionInput);
};
const pool: PoolSimulationInput = { beneficiaries: 100, benefits: [consultation], contribution: 1000, trials: 10, seed: 1 };
const simulate = (patch: Record<string, unknown>) => () => simulatePool({ ...pool, ...patch } as PoolSimulationInput);

describe('InsuranceInputError', () => {
  it('is an Error with a code, a field and an English message', () => {
    const error = new InsuranceInputError('NEGATIVE', 'fixedCosts', 'must not be negative', 0);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('InsuranceInputError');
    expect(error.message).toBe('fixedCosts: must not be negative [NEGATIVE]');
    expect(isInsuranceInputError(error)).toBe(true);
    expect(isInsuranceInputError(new Error('x'))).toBe(false);
  });
});

describe('computeContribution input errors', () => {
  it('NEGATIVE', () => {
    expectInputError(benefit(0, { frequency: -1 }), 'NEGATIVE', 'benefits[0].frequency', 0);
    expectInputError(benefit(1, { averageCost: -25000 }), 'NEGATIVE', 'benefits[1].averageCost');
    expectInputError(benefit(1, { ceiling: -1 }), 'NEGATIVE', 'benefits[1].ceiling');
    expectInputError(contribution({ safetyMargin: -0.1 }), 'NEGATIVE', 'safetyMargin');
    expectInputError(contribution({ managementLoading: -0.1 }), 'NEGATIVE', 'managementLoading');
    expectInputError(contribution({ reserveLoading: -0.1 }), 'NEGATIVE', 'reserveLoading');
    expectInputError(contribution({ fixedCosts: -5, beneficiaries: 10 }), 'NEGATIVE', 'fixedCosts');
    expectInputError(contribution({ fixedCosts: 5, beneficiaries: -10 }), 'NEGATIVE', 'beneficiaries');
  });

  it('OUT_OF_RANGE', () => {
    expectInputError(benefit(1, { coverageRate: 1.2 }), 'OUT_OF_RANGE', 'benefits[1].coverageRate', 1);
    expectInputError(benefit(1, { coverageRate: -0.1 }), 'OUT_OF_RANGE', 'benefits[1].coverageRate', 0);
    expectInputError(contribution({ householdSize: 0.5 }), 'OUT_OF_RANGE', 'householdSize', 1);
    expectInputError(contribution({ subsidyRate: 1.5 }), 'OUT_OF_RANGE', 'subsidyRate', 1);
    expectInputError(contribution({ subsidyRate: -0.5 }), 'OUT_OF_RANGE', 'subsidyRate', 0);
    expectInputError(contribution({ fixedCosts: 1000, beneficiaries: 0 }), 'OUT_OF_RANGE', 'beneficiaries', 0);
  });

  it('NOT_FINITE', () => {
    expectInputError(benefit(0, { averageCost: Number.NaN }), 'NOT_FINITE', 'benefits[0].averageCost');
    expectInputError(benefit(0, { frequency: Number.POSITIVE_INFINITY }), 'NOT_FINITE', 'benefits[0].frequency');
    expectInputError(benefit(1, { coverageRate: '0.8' }), 'NOT_FINITE', 'benefits[1].coverageRate');
    expectInputError(contribution({ safetyMargin: Number.NaN }), 'NOT_FINITE', 'safetyMargin');
  });

  it('LOADINGS_TOO_HIGH when g + r ≥ 1', () => {
    expectInputError(contribution({ managementLoading: 0.8, reserveLoading: 0.2 }), 'LOADINGS_TOO_HIGH', 'loadings', 1);
    expectInputError(contribution({ managementLoading: 1 }), 'LOADINGS_TOO_HIGH', 'loadings');
    expect(() => computeContribution({ ...illustration, managementLoading: 0.7, reserveLoading: 0.29 })).not.toThrow();
  });

  it('MISSING_BENEFICIARIES when fixed costs have no one to be shared by', () => {
    expectInputError(contribution({ fixedCosts: 1_000_000 }), 'MISSING_BENEFICIARIES', 'beneficiaries');
    expect(() => computeContribution({ ...illustration, fixedCosts: 0 })).not.toThrow();
  });

  it('EMPTY_BENEFITS, REQUIRED, INVALID_TYPE, DUPLICATE_ID', () => {
    expectInputError(contribution({ benefits: [] }), 'EMPTY_BENEFITS', 'benefits');
    expectInputError(contribution({ benefits: undefined }), 'REQUIRED', 'benefits');
    expectInputError(contribution({ benefits: 'consultation' }), 'INVALID_TYPE', 'benefits');
    expectInputError(benefit(1, { coverageRate: undefined }), 'REQUIRED', 'benefits[1].coverageRate');
    expectInputError(benefit(0, { id: '' }), 'INVALID_TYPE', 'benefits[0].id');
    expectInputError(benefit(1, { id: 'consultation' }), 'DUPLICATE_ID', 'benefits[1].id');
    expectInputError(() => computeContribution(null as unknown as ContributionInput), 'REQUIRED', 'input');
  });
});

describe('computeIndicators and breakEvenMembership input errors', () => {
  it('rejects negative and non-finite figures', () => {
    expectInputError(() => computeIndicators({ claims: -1 }), 'NEGATIVE', 'claims');
    expectInputError(() => computeIndicators({ cash: Number.NaN }), 'NOT_FINITE', 'cash');
    expectInputError(
      () => breakEvenMembership({ fixedCosts: 1000, contribution: -1, expectedClaims: 0 }),
      'NEGATIVE',
      'contribution',
    );
    expectInputError(
      () => breakEvenMembership({ contribution: 2695, expectedClaims: 2156 } as never),
      'REQUIRED',
      'fixedCosts',
    );
  });
});

describe('simulatePool input errors', () => {
  it('trials: whole, at least 1, at most MAX_TRIALS', () => {
    expect(MAX_TRIALS).toBe(1_000_000);
    expectInputError(simulate({ trials: 0 }), 'OUT_OF_RANGE', 'trials', 1);
    expectInputError(simulate({ trials: MAX_TRIALS + 1 }), 'TOO_MANY_TRIALS', 'trials', MAX_TRIALS);
    expectInputError(simulate({ trials: 10.5 }), 'NOT_INTEGER', 'trials');
    expectInputError(simulate({ trials: Number.POSITIVE_INFINITY }), 'NOT_FINITE', 'trials');
    expectInputError(simulate({ trials: undefined }), 'REQUIRED', 'trials');
  });

  it('beneficiaries, contribution, cost variation, seed', () => {
    expectInputError(simulate({ beneficiaries: 0 }), 'OUT_OF_RANGE', 'beneficiaries', 1);
    expectInputError(simulate({ beneficiaries: -100 }), 'NEGATIVE', 'beneficiaries');
    expectInputError(simulate({ beneficiaries: 100.5 }), 'NOT_INTEGER', 'beneficiaries');
    expectInputError(simulate({ contribution: 0 }), 'OUT_OF_RANGE', 'contribution', 0);
    expectInputError(simulate({ benefits: [] }), 'EMPTY_BENEFITS', 'benefits');
    expectInputError(
      simulate({ benefits: [consultation, { ...consultation, id: 'h', costVariation: -1 }] }),
      'NEGATIVE',
      'benefits[1].costVariation',
    );
    expectInputError(simulate({ benefits: [{ ...consultation, coverageRate: 2 }] }), 'OUT_OF_RANGE', 'benefits[0].coverageRate');
    expectInputError(simulate({ seed: Number.NaN }), 'NOT_FINITE', 'seed');
    expectInputError(simulate({ histogramBins: 0 }), 'OUT_OF_RANGE', 'histogramBins');
  });
});
