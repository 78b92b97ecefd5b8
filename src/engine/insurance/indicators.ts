/**
 * Monitoring indicators of a mutuelle for one year (domain.md §3).
 *
 * Why every input is optional: real monitoring data is incomplete, and a dashboard should show
 * what can be computed and mark the rest as unknown rather than fail.
 */
import { INDICATOR_BENCHMARKS, indicatorStatus, type IndicatorId, type IndicatorStatus } from './benchmarks';
import { readNumber, rejectUnknownFields, requireObject } from './validate';

/**
 * One year's figures. Members are counted at the end of each year (A_N, A_{N−1}); money in the
 * scheme's currency for the year; all ≥ 0. Missing (undefined or null) figures make only the
 * indicators that need them null.
 */
export interface IndicatorInput {
  /** A_{N−1}: members at the end of the previous year. */
  membersPrevious?: number | null;
  /** A_N: members at the end of this year. */
  membersCurrent?: number | null;
  /** Members of year N−1 who renewed in year N. */
  membersRenewed?: number | null;
  /** Members who joined in year N. */
  membersNew?: number | null;
  /** Beneficiaries covered (members and dependants). */
  beneficiaries?: number | null;
  /** People the mutuelle aims to cover. */
  targetPopulation?: number | null;
  /** Contributions called for the year. */
  contributionsDue?: number | null;
  /** Contributions actually received. */
  contributionsCollected?: number | null;
  /** Contributions earned over the year (acquises). */
  contributionsEarned?: number | null;
  /** Benefits paid or payable for the year (sinistres). */
  claims?: number | null;
  /** Running costs (frais de gestion). */
  operatingCosts?: number | null;
  /** Available cash (disponibilités). */
  cash?: number | null;
  /** Debts due within the short term. */
  shortTermDebts?: number | null;
  /** Reserves at the end of the year. */
  reserves?: number | null;
  /** Average monthly charges (claims + running costs). */
  monthlyCharges?: number | null;
  /** Number of cases (prises en charge) in the year. */
  cases?: number | null;
}

/** One computed indicator: its value (a fraction, months, cases or an amount, see the unit in `INDICATOR_BENCHMARKS`) and its status. */
export interface IndicatorValue {
  /** null when an input is missing or a denominator is 0. */
  value: number | null;
  status: IndicatorStatus;
}

/** All indicators of a year, keyed by id. */
export type IndicatorResults = Record<IndicatorId, IndicatorValue>;

const FIELDS = [
  'membersPrevious',
  'membersCurrent',
  'membersRenewed',
  'membersNew',
  'beneficiaries',
  'targetPopulation',
  'contributionsDue',
  'contributionsCollected',
  'contributionsEarned',
  'claims',
  'operatingCosts',
  'cash',
  'shortTermDebts',
  'reserves',
  'monthlyCharges',
  'cases',
] as const;

type Figures = Partial<Record<(typeof FIELDS)[number], number>>;

/** a / b, or null when either is missing or b is 0 (the ratio is undefined, not infinite). */
function ratio(a: number | undefined, b: number | undefined): number | null {
  if (a === undefined || b === undefined || b === 0) return null;
  return a / b;
}

const FORMULAS: Record<IndicatorId, (x: Figures) => number | null> = {
  growth: (x) => ratio(x.membersCurrent === undefined || x.membersPrevious === undefined ? undefined : x.membersCurrent - x.membersPrevious, x.membersPrevious),
  renewal: (x) => ratio(x.membersRenewed, x.membersPrevious),
  'external-growth': (x) => ratio(x.membersNew, x.membersPrevious),
  penetration: (x) => ratio(x.beneficiaries, x.targetPopulation),
  collection: (x) => ratio(x.contributionsCollected, x.contributionsDue),
  'claims-ratio': (x) => ratio(x.claims, x.contributionsEarned),
  'expense-ratio': (x) => ratio(x.operatingCosts, x.contributionsEarned),
  liquidity: (x) => ratio(x.cash, x.shortTermDebts),
  'reserve-months': (x) => ratio(x.reserves, x.monthlyCharges),
  utilisation: (x) => ratio(x.cases, x.beneficiaries),
  'average-cost': (x) => ratio(x.claims, x.cases),
};

/**
 * Computes every monitoring indicator of a year with its status against the benchmarks of
 * `INDICATOR_BENCHMARKS`. Values are unrounded fractions (0.85 = 85 %) except reserve-months
 * (months), utilisation (cases per beneficiary) and average-cost (currency).
 * Throws `InsuranceInputError` when a given figure is negative or not a finite number, or when
 * a field is not one of `IndicatorInput`'s (`UNKNOWN_FIELD`).
 */
export function computeIndicators(year: IndicatorInput): IndicatorResults {
  const raw = requireObject(year, 'year');
  rejectUnknownFields(raw, FIELDS, 'year');
  const figures: Figures = {};
  for (const field of FIELDS) {
    const value = readNumber(raw[field], field);
    if (value !== undefined) figures[field] = value;
  }
  const results = {} as IndicatorResults;
  for (const { id } of INDICATOR_BENCHMARKS) {
    const value = FORMULAS[id](figures);
    results[id] = { value, status: indicatorStatus(id, value) };
  }
  return results;
}
