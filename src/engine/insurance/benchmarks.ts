/**
 * The monitoring indicators' definitions and benchmarks, as data (domain.md §3).
 *
 * Why data: the same table drives the status codes computed by `computeIndicators`, the
 * benchmark tables shown in lessons and the dashboards' colours, so they cannot disagree.
 * Labels are supplied by the UI (in French); formulas use the input field names of
 * `IndicatorInput`.
 */

/** Ids of the indicators computed by `computeIndicators`, following domain.md §3. */
export type IndicatorId =
  | 'growth'
  | 'renewal'
  | 'external-growth'
  | 'penetration'
  | 'collection'
  | 'claims-ratio'
  | 'expense-ratio'
  | 'liquidity'
  | 'reserve-months'
  | 'utilisation'
  | 'average-cost';

/**
 * How a value compares with its benchmark:
 * `good` meets it; `warning` is in a caution band; `bad` misses it; `info` has no benchmark
 * (descriptive indicator); `unknown` could not be computed (missing input, zero denominator).
 */
export type IndicatorStatus = 'good' | 'warning' | 'bad' | 'info' | 'unknown';

/** How to display and interpret a value: fractions are shown as percentages by the UI. */
export type IndicatorUnit = 'fraction' | 'months' | 'cases-per-beneficiary' | 'currency';

/** An interval of values; an absent bound is open-ended. */
export interface ValueRange {
  min?: number;
  /** `min` itself is outside the range (e.g. liquidity must be strictly above 1). */
  minExclusive?: boolean;
  max?: number;
  /** `max` itself is outside the range (e.g. expense ratio strictly below 20 %). */
  maxExclusive?: boolean;
}

/**
 * The thresholds of an indicator: a value in `good` is good, otherwise one in `warning` is a
 * warning, otherwise it is bad. `null` thresholds: no benchmark, status `info`.
 */
export interface IndicatorThresholds {
  good: ValueRange;
  warning?: ValueRange;
}

/** One row of the benchmark table. */
export interface IndicatorBenchmark {
  id: IndicatorId;
  /** Formula over `IndicatorInput` field names, e.g. `claims / contributionsEarned`. */
  formula: string;
  /** The inputs the formula needs; the value is null when one is missing. */
  inputs: readonly string[];
  unit: IndicatorUnit;
  /** Status bands, or null when there is no benchmark. */
  thresholds: IndicatorThresholds | null;
  /** Where the formula and benchmark come from. */
  source: string;
  /** True when a threshold is the platform's own convention rather than a published figure. */
  platformConvention: boolean;
  /** Developer note on the benchmark (English; lessons write their own text). */
  note?: string;
}

/** Source quoted for every indicator (domain.md §3). */
export const INDICATOR_SOURCE =
  'openIMIS wiki, Key indicators of a sustainable HMIS / BIT-STEP–CIDR guide 2001';

const row = (benchmark: Omit<IndicatorBenchmark, 'source' | 'platformConvention'> & { platformConvention?: boolean }): IndicatorBenchmark =>
  Object.freeze({ source: INDICATOR_SOURCE, platformConvention: false, ...benchmark });

/**
 * The benchmark table, in display order. Thresholds (fractions, so 0.8 = 80 %):
 * growth > 0 good, = 0 warning, < 0 bad; renewal ≥ 0.8; collection ≥ 0.95 good, ≥ 0.8 warning
 * (platform convention for "close to 100 %"); claims ratio in [0.75, 1] good, < 0.75 warning,
 * > 1 bad; expense ratio < 0.2; liquidity > 1; the others have no benchmark.
 */
export const INDICATOR_BENCHMARKS: readonly IndicatorBenchmark[] = Object.freeze([
  row({
    id: 'growth',
    formula: '(membersCurrent - membersPrevious) / membersPrevious',
    inputs: ['membersCurrent', 'membersPrevious'],
    unit: 'fraction',
    thresholds: { good: { min: 0, minExclusive: true }, warning: { min: 0, max: 0 } },
    platformConvention: true,
    note: 'Benchmark > 0; zero growth (stagnation) as a warning is the platform convention.',
  }),
  row({
    id: 'renewal',
    formula: 'membersRenewed / membersPrevious',
    inputs: ['membersRenewed', 'membersPrevious'],
    unit: 'fraction',
    thresholds: { good: { min: 0.8 } },
  }),
  row({
    id: 'external-growth',
    formula: 'membersNew / membersPrevious',
    inputs: ['membersNew', 'membersPrevious'],
    unit: 'fraction',
    thresholds: null,
  }),
  row({
    id: 'penetration',
    formula: 'beneficiaries / targetPopulation',
    inputs: ['beneficiaries', 'targetPopulation'],
    unit: 'fraction',
    thresholds: null,
    note: 'Benchmark is "rising" from year to year: compare two years, no threshold on one value.',
  }),
  row({
    id: 'collection',
    formula: 'contributionsCollected / contributionsDue',
    inputs: ['contributionsCollected', 'contributionsDue'],
    unit: 'fraction',
    thresholds: { good: { min: 0.95 }, warning: { min: 0.8 } },
    platformConvention: true,
    note: 'Published benchmark is "close to 100 %"; ≥ 95 % good, ≥ 80 % warning is the platform convention.',
  }),
  row({
    id: 'claims-ratio',
    formula: 'claims / contributionsEarned',
    inputs: ['claims', 'contributionsEarned'],
    unit: 'fraction',
    thresholds: { good: { min: 0.75, max: 1 }, warning: { max: 0.75, maxExclusive: true } },
    note: 'Above 75 % gives value to members; above 100 % the scheme pays more than it earns.',
  }),
  row({
    id: 'expense-ratio',
    formula: 'operatingCosts / contributionsEarned',
    inputs: ['operatingCosts', 'contributionsEarned'],
    unit: 'fraction',
    thresholds: { good: { max: 0.2, maxExclusive: true } },
  }),
  row({
    id: 'liquidity',
    formula: 'cash / shortTermDebts',
    inputs: ['cash', 'shortTermDebts'],
    unit: 'fraction',
    thresholds: { good: { min: 1, minExclusive: true } },
  }),
  row({
    id: 'reserve-months',
    formula: 'reserves / monthlyCharges',
    inputs: ['reserves', 'monthlyCharges'],
    unit: 'months',
    thresholds: null,
    note: 'Higher is safer; no official threshold found.',
  }),
  row({
    id: 'utilisation',
    formula: 'cases / beneficiaries',
    inputs: ['cases', 'beneficiaries'],
    unit: 'cases-per-beneficiary',
    thresholds: null,
  }),
  row({
    id: 'average-cost',
    formula: 'claims / cases',
    inputs: ['claims', 'cases'],
    unit: 'currency',
    thresholds: null,
  }),
]);

/** Whether `value` lies in `range`. */
export function inRange(value: number, range: ValueRange): boolean {
  if (range.min !== undefined && (value < range.min || (range.minExclusive && value === range.min))) return false;
  if (range.max !== undefined && (value > range.max || (range.maxExclusive && value === range.max))) return false;
  return true;
}

/** The benchmark row of an indicator. */
export function getIndicatorBenchmark(id: IndicatorId): IndicatorBenchmark {
  const found = INDICATOR_BENCHMARKS.find((benchmark) => benchmark.id === id);
  if (!found) throw new Error(`Unknown indicator id: ${id}`);
  return found;
}

/**
 * The status of a value against an indicator's benchmark. Exported so that a UI can colour a
 * value the learner typed in, with the same rules as computed values.
 */
export function indicatorStatus(id: IndicatorId, value: number | null): IndicatorStatus {
  if (value === null || !Number.isFinite(value)) return 'unknown';
  const { thresholds } = getIndicatorBenchmark(id);
  if (thresholds === null) return 'info';
  if (inRange(value, thresholds.good)) return 'good';
  if (thresholds.warning && inRange(value, thresholds.warning)) return 'warning';
  return 'bad';
}
