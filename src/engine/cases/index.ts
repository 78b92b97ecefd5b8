/**
 * The seminar's teaching cases (« cas d'école, chiffres fictifs »): each kind turns a case's
 * inputs into the named figures its lesson prints, with the insurance engine's formulas. Pure:
 * the loader in src/course validates the inputs, the lesson components format the figures.
 */
import { hospitalFlatRateFigures, type HospitalFlatRateInputs } from './hospital-flat-rate';
import { networkExtractFigures, type NetworkExtractInputs } from './network-extract';
import { partnerAgentFigures, type PartnerAgentInputs } from './partner-agent';
import { technicalCentreFigures, type TechnicalCentreInputs } from './technical-centre';

export { poissonMarginCover, type PoissonMarginCover } from './poisson-margin';
export { NETWORK_TOTAL_ID, type NetworkExtractLine } from './network-extract';
export type { HospitalFlatRateInputs, NetworkExtractInputs, PartnerAgentInputs, TechnicalCentreInputs };

/** A case's inputs, tagged with its kind as in the case file. */
export type CaseInputs =
  | { kind: 'partenaire-agent'; inputs: PartnerAgentInputs }
  | { kind: 'centre-technique'; inputs: TechnicalCentreInputs }
  | { kind: 'extrait-reseau'; inputs: NetworkExtractInputs }
  | { kind: 'forfait-sejour'; inputs: HospitalFlatRateInputs };

/** The kinds of case, as written in `kind:` of a case file. */
export type CaseKind = CaseInputs['kind'];

/**
 * Every figure of a case by key: its inputs (so the lesson prints them from the same data) and
 * what the engine derives from them. Derived keys win over input keys of the same name.
 */
export function caseFigures(c: CaseInputs): Record<string, number> {
  switch (c.kind) {
    case 'partenaire-agent':
      return { ...numericInputs(c.inputs), ...partnerAgentFigures(c.inputs) };
    case 'centre-technique':
      return { ...numericInputs(c.inputs), ...technicalCentreFigures(c.inputs) };
    case 'extrait-reseau':
      return networkExtractFigures(c.inputs);
    case 'forfait-sejour':
      return { ...numericInputs(c.inputs), ...hospitalFlatRateFigures(c.inputs) };
  }
}

function numericInputs(inputs: object): Record<string, number> {
  return Object.fromEntries(Object.entries(inputs).filter((entry): entry is [string, number] => typeof entry[1] === 'number'));
}
export { fillFormula, FORMULA_PLACEHOLDER, formatCaseFigure, formulaKeys, type FigureDisplay } from './display';
