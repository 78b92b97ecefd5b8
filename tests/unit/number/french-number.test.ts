import { describe, expect, it } from 'vitest';
import { formatFrenchNumber } from '../../../src/engine/number/format-number';
import { parseFrenchNumber } from '../../../src/engine/number/parse-number';

const value = (text: string, unit?: string) => {
  const result = parseFrenchNumber(text, { unit });
  return result.ok ? result.value : result.code;
};

describe('parseFrenchNumber', () => {
  it.each([
    ['1 500', 1500],
    ['1\u00A0500', 1500],
    ['1\u202F500 000', 1500000],
    ['1 500,5', 1500.5],
    ['1500,5', 1500.5],
    ['1500.5', 1500.5],
    ['1.5', 1.5],
    ['0,05', 0.05],
    ['1.500.000', 1500000],
    ['1.500,25', 1500.25],
    ['1 500 000,25', 1500000.25],
    ['-3,5', -3.5],
    ['−3,5', -3.5],
    ['  42  ', 42],
    ['1,500', 1.5],
  ])('reads %j as %d', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it('accepts the expected unit after the number, whatever its case or accents', () => {
    expect(value('3 500 FCFA', 'FCFA')).toBe(3500);
    expect(value('3 500 fcfa', 'FCFA')).toBe(3500);
    expect(value('3 500 F CFA', 'FCFA')).toBe(3500);
    expect(value('250 MRU', 'MRU')).toBe(250);
    expect(value('2,5 mois', 'mois')).toBe(2.5);
    expect(value('3 500', 'FCFA')).toBe(3500);
  });

  it('reads percentages and flags them', () => {
    expect(parseFrenchNumber('12 %', { unit: '%' })).toEqual({ ok: true, value: 12, percent: true });
    expect(parseFrenchNumber('12,5%', { unit: '%' })).toEqual({ ok: true, value: 12.5, percent: true });
    expect(parseFrenchNumber('12 %', { allowPercent: true })).toEqual({ ok: true, value: 12, percent: true });
    expect(parseFrenchNumber('12 %')).toEqual({ ok: false, code: 'WRONG_UNIT' });
  });

  it.each([
    ['', 'EMPTY'],
    ['   ', 'EMPTY'],
    ['abc', 'WRONG_UNIT'],
    ['12 kg', 'WRONG_UNIT'],
    ['3 500 MRU', 'WRONG_UNIT'],
    ['1,5,3', 'NOT_A_NUMBER'],
    ['1 50 0', 'NOT_A_NUMBER'],
    ['1.500', 'AMBIGUOUS'],
    ['1.2.3', 'NOT_A_NUMBER'],
    [',5', 'NOT_A_NUMBER'],
    ['5,', 'NOT_A_NUMBER'],
    ['--5', 'NOT_A_NUMBER'],
    ['1'.repeat(51), 'TOO_LONG'],
  ])('refuses %j with %s', (text, code) => {
    expect(value(text, text.includes('MRU') ? 'FCFA' : undefined)).toBe(code);
  });
});

describe('formatFrenchNumber', () => {
  it('groups digits, uses a decimal comma and binds the unit', () => {
    expect(formatFrenchNumber(3500, { unit: 'FCFA' })).toBe('3\u202F500\u00A0FCFA');
    expect(formatFrenchNumber(224.5833, { maximumFractionDigits: 2 })).toBe('224,58');
    expect(formatFrenchNumber(12.5, { unit: '%' })).toBe('12,5\u00A0%');
    expect(formatFrenchNumber(1500000)).toBe('1\u202F500\u202F000');
    expect(formatFrenchNumber(-0.001)).toBe('0');
    expect(formatFrenchNumber(-1234.5, { maximumFractionDigits: 1 })).toBe('-1\u202F234,5');
  });
});
