import { describe, expect, it } from 'vitest';
import { simulatePool } from '../../../src/engine/insurance';
import { splitHistogram } from '../../../src/islands/tools/histogram-split';

describe('splitHistogram: the bin around 100 % is split, not painted as a surplus', () => {
  it('hand-worked: bins 80–95, 95–110, 110–125 % with 5 deficit trials of which 3 are in the last bin', () => {
    const histogram = { from: 0.8, to: 1.25, binWidth: 0.15, counts: [4, 6, 3] };
    expect(splitHistogram(histogram, 5)).toEqual([
      { surplus: 4, deficit: 0 },
      { surplus: 4, deficit: 2 },
      { surplus: 0, deficit: 3 },
    ]);
  });

  it('a bin starting exactly at 100 % is deficit; a single-value histogram below 100 % is surplus', () => {
    expect(splitHistogram({ from: 0.9, to: 1.1, binWidth: 0.1, counts: [2, 3] }, 3)).toEqual([
      { surplus: 2, deficit: 0 },
      { surplus: 0, deficit: 3 },
    ]);
    expect(splitHistogram({ from: 0.7, to: 0.7, binWidth: 0, counts: [10] }, 0)).toEqual([{ surplus: 10, deficit: 0 }]);
  });

  it('on a real simulation the deficit parts add up to the deficit trials', () => {
    const result = simulatePool({
      beneficiaries: 200,
      benefits: [{ id: 'h', frequency: 0.1, averageCost: 20000, coverageRate: 0.8 }],
      contribution: 1600,
      trials: 2000,
    });
    const split = splitHistogram(result.histogram, result.deficitTrials);
    expect(split.reduce((sum, bin) => sum + bin.deficit, 0)).toBe(result.deficitTrials);
    expect(split.reduce((sum, bin) => sum + bin.surplus + bin.deficit, 0)).toBe(2000);
  });
});
