import { describe, expect, it } from 'vitest';
import { toFrenchCsv } from '../../../src/islands/tools/csv';

describe('toFrenchCsv with hostile text (bad-input suite)', () => {
  it('neutralises text that a spreadsheet would run as a formula', () => {
    const csv = toFrenchCsv([['=HYPERLINK("http://x";"clic")', '+1', '-2+3', '@SUM(A1)', 'Consultation']]);
    expect(csv).toBe('\uFEFF"\'=HYPERLINK(""http://x"";""clic"")";\'+1;\'-2+3;\'@SUM(A1);Consultation\r\n');
  });

  it('leaves numbers, negative ones included, as numbers with a decimal comma', () => {
    expect(toFrenchCsv([[-2.5, 1500]])).toBe('\uFEFF-2,5;1500\r\n');
  });
});
