/**
 * Every public engine function refuses a field it does not read, with code UNKNOWN_FIELD and
 * the field's path: a misspelt field must never silently become a missing value.
 * Indexed in docs/bad-input.md (surface « moteur »).
 */
import { describe, expect, it } from 'vitest';
import {
  breakEvenMembership,
  computeContribution,
  computeContributionWithMisconception,
  computeIndicators,
  findMisconceptions,
  InsuranceInputError,
  paidAmountMoments,
  paidPerCase,
  poolNormalApproximation,
  simulatePool,
} from '../../../src/engine/insurance';

const benefit = { id: 'consultation', frequency: 0.8, averageCost: 1500, coverageRate: 0.8 };
const contribution = { benefits: [benefit], safetyMargin: 0.1, managementLoading: 0.2 };
const pool = { beneficiaries: 100, benefits: [benefit], contribution: 1500 };

function refusal(run: () => unknown): { code: string; field: string } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InsuranceInputError);
    const { code, field } = error as InsuranceInputError;
    return { code, field };
  }
  throw new Error('expected an InsuranceInputError');
}

const cases: Array<[string, () => unknown, string]> = [
  ['computeIndicators', () => computeIndicators({ membersPrevious: 100, renewedMembers: 80 } as never), 'year.renewedMembers'],
  ['computeContribution', () => computeContribution({ ...contribution, safetymargin: 0.1 } as never), 'input.safetymargin'],
  [
    'computeContribution (benefit)',
    () => computeContribution({ benefits: [{ ...benefit, cost: 1500 }] } as never),
    'benefits[0].cost',
  ],
  [
    'computeContributionWithMisconception',
    () => computeContributionWithMisconception({ ...contribution, subsidy: 0.5 } as never, 'coverage-forgotten'),
    'input.subsidy',
  ],
  ['findMisconceptions', () => findMisconceptions({ ...contribution, loading: 0.2 } as never, 'annual', 100), 'input.loading'],
  [
    'breakEvenMembership',
    () => breakEvenMembership({ fixedCosts: 1000, contribution: 10, expectedClaims: 5, variablecost: 1 } as never),
    'input.variablecost',
  ],
  ['simulatePool', () => simulatePool({ ...pool, trials: 10, bins: 20 } as never), 'input.bins'],
  [
    'simulatePool (benefit)',
    () => simulatePool({ ...pool, benefits: [{ ...benefit, cv: 1 }], trials: 10 } as never),
    'benefits[0].cv',
  ],
  ['poolNormalApproximation', () => poolNormalApproximation({ ...pool, trials: 10 } as never), 'input.trials'],
  ['paidPerCase', () => paidPerCase({ ...benefit, plafond: 1000 } as never), 'benefit.plafond'],
  ['paidAmountMoments', () => paidAmountMoments({ ...benefit, costVariance: 1 } as never), 'benefit.costVariance'],
];

describe('unknown fields are refused by every public engine function', () => {
  it.each(cases)('%s', (_name, run, field) => {
    expect(refusal(run)).toEqual({ code: 'UNKNOWN_FIELD', field });
  });

  it('a field holding undefined counts as absent (spreading optional values stays legal)', () => {
    expect(computeIndicators({ membersPrevious: 100, membersRenewed: 80, extra: undefined } as never).renewal.value).toBe(0.8);
  });

  it('the known fields still compute: renewal 80 / 100 = 0.8, paid per case min(0.8 × 1 500, 1 000) = 1 000', () => {
    expect(computeIndicators({ membersPrevious: 100, membersRenewed: 80 }).renewal.value).toBe(0.8);
    expect(paidPerCase({ ...benefit, ceiling: 1000 })).toBe(1000);
    expect(paidAmountMoments({ ...benefit, costVariation: 0 }).mean).toBe(1200);
  });

  it('pool benefits accept costVariation, plain contribution benefits do not', () => {
    expect(() => simulatePool({ ...pool, benefits: [{ ...benefit, costVariation: 0.5 }], trials: 10 })).not.toThrow();
    expect(refusal(() => computeContribution({ benefits: [{ ...benefit, costVariation: 0.5 }] } as never))).toEqual({
      code: 'UNKNOWN_FIELD',
      field: 'benefits[0].costVariation',
    });
  });
});
