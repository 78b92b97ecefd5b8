import { INDICATOR_BENCHMARKS, type IndicatorId, type IndicatorInput } from '../../engine/insurance';

/** The figures a year needs, in the order of the form. */
export const FIELDS = [
  'membersPrevious', 'membersCurrent', 'membersRenewed', 'membersNew', 'beneficiaries', 'targetPopulation',
  'contributionsDue', 'contributionsCollected', 'contributionsEarned', 'claims', 'operatingCosts',
  'cash', 'shortTermDebts', 'reserves', 'monthlyCharges', 'cases',
] as const satisfies readonly (keyof IndicatorInput)[];

/** Indicators in display order, with the inputs each needs (from the engine's benchmark table). */
export const INDICATORS = INDICATOR_BENCHMARKS.map((b) => ({ id: b.id, unit: b.unit, inputs: b.inputs as readonly string[] }));

/** Illustrative figures (not a real mutuelle) so the dashboard shows something on first visit. */
export const EXAMPLE_YEAR: Record<(typeof FIELDS)[number], number> = {
  membersPrevious: 1200, membersCurrent: 1290, membersRenewed: 1020, membersNew: 270, beneficiaries: 5160, targetPopulation: 21500,
  contributionsDue: 20640000, contributionsCollected: 18576000, contributionsEarned: 18576000, claims: 15230000, operatingCosts: 3300000,
  cash: 2400000, shortTermDebts: 1900000, reserves: 4100000, monthlyCharges: 1544000, cases: 4650,
};

/** French display of an indicator value by its unit. */
export function formatIndicator(id: IndicatorId, value: number | null): string {
  if (value === null) return '–';
  const unit = INDICATOR_BENCHMARKS.find((b) => b.id === id)?.unit;
  const n = (x: number, digits: number) => x.toLocaleString('fr-FR', { maximumFractionDigits: digits });
  if (id === 'liquidity') return n(value, 2);
  switch (unit) {
    case 'fraction':
      return `${n(value * 100, 1)}\u00A0%`;
    case 'months':
      return `${n(value, 1)}\u00A0mois`;
    case 'currency':
      return `${n(value, 0)}\u00A0FCFA`;
    default:
      return n(value, 2);
  }
}
