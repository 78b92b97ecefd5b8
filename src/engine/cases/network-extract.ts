/**
 * Teaching case « l'extrait annuel d'un réseau de trois mutuelles » (cas-information-
 * contractualisation): utilisation, average cost per case and cost per beneficiary-year of each
 * mutuelle and of the network, on the exposure (beneficiary-years with rights open), and the
 * reading one would get by mistake on the enrolled. Inputs: `content/cases/extrait-reseau.yaml`.
 */
import { computeIndicators } from '../insurance';

/** One mutuelle's line of the software's yearly extract. */
export interface NetworkExtractLine {
  /** Short name used in keys ("A" gives "A.utilisation"). */
  id: string;
  /** Beneficiaries enrolled, suspended ones included. */
  enrolled: number;
  /** Exposure: beneficiary-years with rights open (a beneficiary suspended six months counts 0.5). */
  exposure: number;
  /** Cases paid (prises en charge) in the year. */
  cases: number;
  /** Benefits paid for those cases (FCFA). */
  claims: number;
}

export interface NetworkExtractInputs {
  mutuelles: NetworkExtractLine[];
}

/** Key prefix of the network totals. */
export const NETWORK_TOTAL_ID = 'reseau';

function lineFigures(prefix: string, line: Omit<NetworkExtractLine, 'id'>): Record<string, number> {
  const onExposure = computeIndicators({ beneficiaries: line.exposure, cases: line.cases, claims: line.claims });
  const onEnrolled = computeIndicators({ beneficiaries: line.enrolled, cases: line.cases });
  return {
    [`${prefix}.enrolled`]: line.enrolled,
    [`${prefix}.exposure`]: line.exposure,
    [`${prefix}.cases`]: line.cases,
    [`${prefix}.claims`]: line.claims,
    [`${prefix}.utilisation`]: onExposure.utilisation.value ?? Number.NaN,
    [`${prefix}.averageCost`]: onExposure['average-cost'].value ?? Number.NaN,
    [`${prefix}.costPerBeneficiaryYear`]: line.exposure > 0 ? line.claims / line.exposure : Number.NaN,
    [`${prefix}.utilisationOnEnrolled`]: onEnrolled.utilisation.value ?? Number.NaN,
  };
}

/** The case's figures: `<id>.<figure>` for each mutuelle and `reseau.<figure>` for the totals. */
export function networkExtractFigures(x: NetworkExtractInputs): Record<string, number> {
  const total = { enrolled: 0, exposure: 0, cases: 0, claims: 0 };
  let figures: Record<string, number> = {};
  for (const line of x.mutuelles) {
    figures = { ...figures, ...lineFigures(line.id, line) };
    total.enrolled += line.enrolled;
    total.exposure += line.exposure;
    total.cases += line.cases;
    total.claims += line.claims;
  }
  return { ...figures, ...lineFigures(NETWORK_TOTAL_ID, total) };
}
