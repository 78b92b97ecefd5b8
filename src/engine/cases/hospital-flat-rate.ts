/**
 * Teaching case « faut-il passer au forfait par séjour ? » (cas-information-contractualisation):
 * a network's spending on hospital stays billed per act and under a flat rate per stay, the
 * saving, how much of it survives a rise in use, and the monthly payment the network promises.
 * Inputs: `content/cases/forfait-sejour.yaml`.
 */
import { computeContribution } from '../insurance';

export interface HospitalFlatRateInputs {
  /** Beneficiaries of the network. */
  beneficiaries: number;
  /** Stays per beneficiary per year today. */
  stayFrequency: number;
  /** Stays per beneficiary per year if the third-party payment raises use. */
  higherStayFrequency: number;
  /** Average bill of a stay charged per act (FCFA). */
  perActCost: number;
  /** Flat rate per stay proposed to the hospital (FCFA). */
  flatRate: number;
  /** Share of the stay paid by the mutuelles (0..1). */
  coverageRate: number;
  /** Days within which the network promises to pay the hospital's invoices. */
  paymentDays: number;
}

/** Pure premium per beneficiary of one hospital benefit. */
function purePremium(frequency: number, averageCost: number, coverageRate: number): number {
  return computeContribution({ benefits: [{ id: 'hospitalisation', frequency, averageCost, coverageRate }] }).purePremium;
}

/** The case's figures, by the key lessons use in `<Chiffre valeur="…">`. */
export function hospitalFlatRateFigures(x: HospitalFlatRateInputs): Record<string, number> {
  const perAct = purePremium(x.stayFrequency, x.perActCost, x.coverageRate);
  const flat = purePremium(x.stayFrequency, x.flatRate, x.coverageRate);
  const flatHigher = purePremium(x.higherStayFrequency, x.flatRate, x.coverageRate);
  const spendPerAct = perAct * x.beneficiaries;
  const spendFlat = flat * x.beneficiaries;
  const spendFlatHigher = flatHigher * x.beneficiaries;
  return {
    stays: x.beneficiaries * x.stayFrequency,
    spendPerAct,
    purePremiumPerAct: perAct,
    spendFlat,
    purePremiumFlat: flat,
    saving: spendPerAct - spendFlat,
    savingShare: (spendPerAct - spendFlat) / spendPerAct,
    hospitalLossPerStay: x.perActCost - x.flatRate,
    spendFlatHigherUse: spendFlatHigher,
    savingHigherUse: spendPerAct - spendFlatHigher,
    monthlyPayment: spendFlat / 12,
    // The flat rate at which the saving disappears: the per-act average bill.
    flatRateWithoutSaving: x.perActCost,
  };
}
