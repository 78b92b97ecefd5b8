import type { ClaimsRatioHistogram } from '../../engine/insurance';

/** One histogram bar, split into the trials that were in surplus and those in deficit. */
export interface SplitBin {
  surplus: number;
  deficit: number;
}

/**
 * Splits each bin of the claims-ratio histogram into surplus and deficit trials, so the chart
 * colours what it counts. Bins wholly below 100 % are surplus, bins from 100 % up are deficit;
 * the bin that straddles 100 % gets the exact split, deduced from the simulation's total of
 * deficit trials minus those already counted in the bins above it (a bin's own contents are
 * not known to the chart, but that total is).
 */
export function splitHistogram(histogram: ClaimsRatioHistogram, deficitTrials: number): SplitBin[] {
  const start = (i: number) => histogram.from + i * histogram.binWidth;
  const above = histogram.counts.reduce((sum, count, i) => (start(i) >= 1 ? sum + count : sum), 0);
  return histogram.counts.map((count, i) => {
    const from = start(i);
    if (from >= 1) return { surplus: 0, deficit: count };
    const straddles = histogram.binWidth > 0 && from + histogram.binWidth > 1;
    if (!straddles) return { surplus: count, deficit: 0 };
    const deficit = Math.min(count, Math.max(0, deficitTrials - above));
    return { surplus: count - deficit, deficit };
  });
}
