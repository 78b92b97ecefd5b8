/**
 * Teaching case « Sàmm Jàmm » (cas-modeles-gestion): a mutuelle that carries its hospital risk
 * itself (option A) or sells an insurer's product as its agent (option B). Every figure the
 * lesson prints is derived here from the inputs of `content/cases/samm-jamm.yaml`.
 */
import { computeContribution, computeIndicators, standardNormalCdf } from '../insurance';
import { poissonMarginCover } from './poisson-margin';

/** Inputs of the case: one hospital benefit, the mutuelle's loadings and the insurer's offer. */
export interface PartnerAgentInputs {
  /** Beneficiaries covered by the mutuelle. */
  beneficiaries: number;
  /** Hospital stays per beneficiary per year. */
  stayFrequency: number;
  /** Average cost of a stay (FCFA). */
  stayCost: number;
  /** Share of a stay paid by the mutuelle (0..1). */
  coverageRate: number;
  /** Safety margin on the pure premium (0.1 for 10 %). */
  safetyMargin: number;
  /** Management costs as a share of the contribution. */
  managementLoading: number;
  /** Premium the insurer asks per beneficiary per year (FCFA). */
  insurerPremium: number;
  /** Commission the insurer pays the mutuelle, as a share of the premiums. */
  commissionRate: number;
}

/** The case's figures, by the key lessons use in `<Chiffre valeur="…">`. */
export function partnerAgentFigures(x: PartnerAgentInputs): Record<string, number> {
  const hospital = { id: 'hospitalisation', frequency: x.stayFrequency, averageCost: x.stayCost, coverageRate: x.coverageRate };
  const own = computeContribution({ benefits: [hospital], safetyMargin: x.safetyMargin, managementLoading: x.managementLoading });
  const paidPerStay = own.byBenefit[0]?.paidPerCase ?? Number.NaN;
  const cover = poissonMarginCover(x.beneficiaries * x.stayFrequency, x.safetyMargin);
  const insurer = computeIndicators({ claims: own.purePremium * x.beneficiaries, contributionsEarned: x.insurerPremium * x.beneficiaries });
  const extra = x.insurerPremium - own.annual;
  return {
    paidPerStay,
    purePremium: own.purePremium,
    withMargin: own.withMargin,
    ownContribution: own.annual,
    expectedStays: cover.expected,
    staysStandardDeviation: cover.standardDeviation,
    staysFunded: cover.funded,
    marginInStandardDeviations: cover.zScore,
    probabilityCovered: standardNormalCdf(cover.zScore),
    deficitOneYearIn: 1 / (1 - standardNormalCdf(cover.zScore)),
    commission: x.commissionRate * x.insurerPremium * x.beneficiaries,
    insurerClaimsRatio: insurer['claims-ratio'].value ?? Number.NaN,
    insurerKeeps: 1 - (insurer['claims-ratio'].value ?? Number.NaN),
    extraPerBeneficiary: extra,
    extraShare: extra / own.annual,
    extraForGroup: extra * x.beneficiaries,
  };
}
