/**
 * Teaching case « le réseau des dix mutuelles » (cas-modeles-gestion): buying technical services
 * from a centre, or each mutuelle hiring its own accountant, read through the expense ratio; and
 * the centre's own budget. Inputs: `content/cases/reseau-dix-mutuelles.yaml`.
 */
import { breakEvenMembership, computeIndicators } from '../insurance';

export interface TechnicalCentreInputs {
  /** Mutuelles in the network. */
  mutuelles: number;
  /** Beneficiaries of each mutuelle. */
  beneficiariesPerMutuelle: number;
  /** Contribution per beneficiary per year (FCFA). */
  contribution: number;
  /** Each mutuelle's current running costs per year (FCFA). */
  currentCosts: number;
  /** Centre's price per beneficiary per year (FCFA). */
  centrePrice: number;
  /** Yearly cost of an accountant hired by one mutuelle (FCFA). */
  accountantCost: number;
  /** Centre's yearly costs (FCFA). */
  centreCosts: number;
}

const expenseRatio = (operatingCosts: number, contributionsEarned: number) =>
  computeIndicators({ operatingCosts, contributionsEarned })['expense-ratio'].value ?? Number.NaN;

/** The case's figures, by the key lessons use in `<Chiffre valeur="…">`. */
export function technicalCentreFigures(x: TechnicalCentreInputs): Record<string, number> {
  const earned = x.beneficiariesPerMutuelle * x.contribution;
  const fee = x.centrePrice * x.beneficiariesPerMutuelle;
  const networkBeneficiaries = x.mutuelles * x.beneficiariesPerMutuelle;
  const revenue = x.mutuelles * fee;
  const gap = x.centreCosts - revenue;
  return {
    earnedPerMutuelle: earned,
    currentExpenseRatio: expenseRatio(x.currentCosts, earned),
    centreFeePerMutuelle: fee,
    costsWithCentre: x.currentCosts + fee,
    expenseRatioWithCentre: expenseRatio(x.currentCosts + fee, earned),
    costsWithAccountant: x.currentCosts + x.accountantCost,
    expenseRatioWithAccountant: expenseRatio(x.currentCosts + x.accountantCost, earned),
    networkBeneficiaries,
    centreRevenue: revenue,
    centreGap: gap,
    centreGapShare: gap / x.centreCosts,
    centreBreakEvenPrice: x.centreCosts / networkBeneficiaries,
    // The centre's own break-even: each beneficiary brings the price and costs it nothing more.
    centreBreakEvenBeneficiaries: breakEvenMembership({ fixedCosts: x.centreCosts, contribution: x.centrePrice, expectedClaims: 0 }) ?? Number.NaN,
  };
}
