import { describe, expect, it } from 'vitest';
import { formatFrenchNumber } from '../../../src/engine/number/format-number';
import { parseFrenchNumber } from '../../../src/engine/number/parse-number';

const NNBSP = '\u202F';
const NBSP = '\u00A0';

describe('formatFrenchNumber', () => {
  it('groups thousands with a narrow no-break space and uses a decimal comma', () => {
    expect(formatFrenchNumber(1500000)).toBe(`1${NNBSP}500${NNBSP}000`);
    expect(formatFrenchNumber(999)).toBe('999');
    expect(formatFrenchNumber(1000)).toBe(`1${NNBSP}000`);
    expect(formatFrenchNumber(224.5833)).toBe('224,58');
    expect(formatFrenchNumber(0.5)).toBe('0,5');
  });

  it('binds the unit with a no-break space', () => {
    expect(formatFrenchNumber(3500, { unit: 'FCFA' })).toBe(`3${NNBSP}500${NBSP}FCFA`);
    expect(formatFrenchNumber(12.5, { unit: '%' })).toBe(`12,5${NBSP}%`);
  });

  it('rounds to maximumFractionDigits on the decimal value and drops trailing zeros', () => {
    expect(formatFrenchNumber(1.005)).toBe('1,01'); // naive binary rounding gives 1
    expect(formatFrenchNumber(2.5, { maximumFractionDigits: 0 })).toBe('3');
    expect(formatFrenchNumber(1.2, { maximumFractionDigits: 4 })).toBe('1,2');
    expect(formatFrenchNumber(0.1 + 0.2, { maximumFractionDigits: 10 })).toBe('0,3');
    expect(formatFrenchNumber(1999.999)).toBe(`2${NNBSP}000`);
  });

  it('writes negative numbers with a minus, and no sign when the value rounds to 0', () => {
    expect(formatFrenchNumber(-1234.5, { maximumFractionDigits: 1 })).toBe(`-1${NNBSP}234,5`);
    expect(formatFrenchNumber(-0.001)).toBe('0');
    expect(formatFrenchNumber(-0)).toBe('0');
  });

  it('handles tiny, huge and non-finite values without exponent notation surprises', () => {
    expect(formatFrenchNumber(1e-7)).toBe('0');
    expect(formatFrenchNumber(1e21)).toBe(`1${`${NNBSP}000`.repeat(7)}`);
    expect(formatFrenchNumber(Number.NaN)).toBe('NaN');
  });

  it('gives text the parser reads back to the same value', () => {
    for (const value of [0, 7, 1500, 1500.5, 2587.2, -3.5, 1234567.89, 0.05]) {
      expect(parseFrenchNumber(formatFrenchNumber(value, { unit: 'FCFA' }), { unit: 'FCFA' })).toMatchObject({ ok: true, value });
    }
  });
});
