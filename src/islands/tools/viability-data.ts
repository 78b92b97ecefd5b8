import { INDICATOR_BENCHMARKS, type IndicatorId, type IndicatorInput } from '../../engine/insurance';

/** The figures a year needs, in the order of the form. */
export const FIELDS = [
  'membersPrevious', 'membersCurrent', 'membersRenewed', 'membersNew', 'beneficiaries', 'targetPopulation',
  'contributionsDue', 'contributionsCollected', 'contributionsEarned', 'claims', 'operatingCosts',
  'cash', 'shortTermDebts', 'reserves', 'monthlyCharges', 'cases',
] as const satisfies readonly (keyof IndicatorInput)[];

/** Pairs of figures where the first cannot exceed the second in a real year. */
export const CONSISTENCY: readonly { field: (typeof FIELDS)[number]; notAbove: (typeof FIELDS)[number] }[] = [
  { field: 'membersRenewed', notAbove: 'membersPrevious' },
  { field: 'beneficiaries', notAbove: 'targetPopulation' },
];

/** Indicators in display order, with the inputs each needs (from the engine's benchmark table). */
export const INDICATORS = INDICATOR_BENCHMARKS.map((b) => ({ id: b.id, unit: b.unit, inputs: b.inputs as readonly string[] }));

/** Illustrative figures (not a real mutuelle) so the dashboard shows something on first visit. */
export const EXAMPLE_YEAR: Record<(typeof FIELDS)[number], number> = {
  membersPrevious: 1200, membersCurrent: 1290, membersRenewed: 1020, membersNew: 270, beneficiaries: 5160, targetPopulation: 21500,
  contributionsDue: 20640000, contributionsCollected: 18576000, contributionsEarned: 18576000, claims: 15230000, operatingCosts: 3300000,
  cash: 2400000, shortTermDebts: 1900000, reserves: 4100000, monthlyCharges: 1544000, cases: 4650,
};

/**
 * An indicator's value in the unit people read it in (ratios in %, reserves in months), rounded
 * as the screen shows it: the CSV export writes these numbers, so a spreadsheet can compute on them.
 */
export function indicatorDisplay(id: IndicatorId, value: number | null): { value: number | null; unit: string } {
  const unit = INDICATOR_BENCHMARKS.find((b) => b.id === id)?.unit;
  const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
  if (id === 'liquidity') return { value: value === null ? null : round(value, 2), unit: '' };
  switch (unit) {
    case 'fraction':
      return { value: value === null ? null : round(value * 100, 1), unit: '%' };
    case 'months':
      return { value: value === null ? null : round(value, 1), unit: 'mois' };
    case 'currency':
      return { value: value === null ? null : round(value, 0), unit: 'FCFA' };
    default:
      return { value: value === null ? null : round(value, 2), unit: '' };
  }
}

/** French display of an indicator value by its unit: « 82 % », « 3,6 mois », « 2 950 FCFA ». */
export function formatIndicator(id: IndicatorId, value: number | null): string {
  const shown = indicatorDisplay(id, value);
  if (shown.value === null) return '–';
  const text = shown.value.toLocaleString('fr-FR', { maximumFractionDigits: 2 });
  return shown.unit ? `${text}\u00A0${shown.unit}` : text;
}
