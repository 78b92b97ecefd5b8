import { describe, expect, it } from 'vitest';
import { MAX_NUMBER_INPUT_LENGTH, parseFrenchNumber, type ParseNumberOptions } from '../../../src/engine/number/parse-number';

/** The value read, or the refusal code. */
const read = (text: string, options?: ParseNumberOptions) => {
  const result = parseFrenchNumber(text, options);
  return result.ok ? result.value : result.code;
};

describe('parseFrenchNumber: accepted forms', () => {
  it.each([
    ['1500', 1500],
    ['007', 7],
    ['1 500', 1500],
    ['1\u00A0500', 1500], // no-break space
    ['1\u202F500', 1500], // narrow no-break space (what Intl fr-FR writes)
    ['1\u2009500', 1500], // thin space
    ['1 500 000', 1500000],
    ['1\u202F500\u202F000', 1500000],
    ['1  500', 1500], // a doubled space is still one separator
    ['1 500,5', 1500.5],
    ['1500,5', 1500.5],
    ['1500.5', 1500.5],
    ['1.5', 1.5],
    ['0.500', 0.5], // a leading 0 cannot start a thousands group
    ['1500.500', 1500.5], // 4 digits before the dot: not a group
    ['1 500.25', 1500.25], // spaces group, so the dot is decimal
    ['1 500.250', 1500.25],
    ['1,500', 1.5], // the comma is decimal in French
    ['0,05', 0.05],
    ['1.500.000', 1500000],
    ['1.500,25', 1500.25],
    ['1 500 000,25', 1500000.25],
    ['-3,5', -3.5],
    ['−3,5', -3.5], // U+2212 minus
    ['- 3,5', -3.5],
    ['+2', 2],
    ['-0', 0],
    ['  42  ', 42],
    ['٣٥٠٠', 3500], // Arabic-Indic digits
    ['۱۲,۵', 12.5], // Extended Arabic-Indic digits
  ])('reads %j as %d', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it('reads full-width digits and marks like Arabic-Indic digits (bad-input suite)', () => {
    expect(read('１２３')).toBe(123);
    expect(read('１\u00A0５００，５')).toBe(1500.5);
    expect(read('١٢٣')).toBe(123);
  });

  it('never returns negative zero', () => {
    expect(Object.is(read('-0,0'), 0)).toBe(true);
  });

  it('accepts the expected unit after the number, ignoring case, accents, spaces and a plural s', () => {
    expect(read('3 500 FCFA', { unit: 'FCFA' })).toBe(3500);
    expect(read('3 500 fcfa', { unit: 'FCFA' })).toBe(3500);
    expect(read('3 500 F CFA', { unit: 'FCFA' })).toBe(3500);
    expect(read('3 500 F.CFA', { unit: 'FCFA' })).toBe(3500);
    expect(read('3500FCFA', { unit: 'FCFA' })).toBe(3500);
    expect(read('250 MRU', { unit: 'MRU' })).toBe(250);
    expect(read('2,5 mois', { unit: 'mois' })).toBe(2.5);
    expect(read('2,5 MOIS', { unit: 'mois' })).toBe(2.5);
    expect(read('3 annees', { unit: 'années' })).toBe(3);
    expect(read('1 an', { unit: 'ans' })).toBe(1);
    expect(read('5 ans', { unit: 'an' })).toBe(5);
  });

  it('makes the unit optional', () => {
    expect(read('3 500', { unit: 'FCFA' })).toBe(3500);
    expect(read('12', { unit: '%' })).toBe(12);
  });

  it('reads percentages and says whether the sign was typed', () => {
    expect(parseFrenchNumber('12 %', { unit: '%' })).toEqual({ ok: true, value: 12, percent: true });
    expect(parseFrenchNumber('12%', { unit: '%' })).toEqual({ ok: true, value: 12, percent: true });
    expect(parseFrenchNumber('12,5\u00A0%', { unit: '%' })).toEqual({ ok: true, value: 12.5, percent: true });
    expect(parseFrenchNumber('12', { unit: '%' })).toEqual({ ok: true, value: 12, percent: false });
    expect(parseFrenchNumber('12 %', { allowPercent: true })).toEqual({ ok: true, value: 12, percent: true });
    expect(parseFrenchNumber('3 500')).toEqual({ ok: true, value: 3500, percent: false });
  });
});

describe('parseFrenchNumber: refusals', () => {
  it.each([
    ['', 'EMPTY'],
    ['   ', 'EMPTY'],
    ['\u00A0\u202F', 'EMPTY'],
    ['1.500', 'AMBIGUOUS'], // 1,5 or 1 500?
    ['12.500', 'AMBIGUOUS'],
    ['-1.500', 'AMBIGUOUS'],
    ['1,5,3', 'NOT_A_NUMBER'], // two decimal marks
    ['1,500.5', 'NOT_A_NUMBER'], // English grouping: comma then dot
    ['1 50 0', 'NOT_A_NUMBER'], // misplaced group separators
    ['15 00', 'NOT_A_NUMBER'],
    ['1500 000', 'NOT_A_NUMBER'], // first group longer than 3
    ['0 500', 'NOT_A_NUMBER'],
    ['1.2.3', 'NOT_A_NUMBER'],
    ['1.500 000', 'NOT_A_NUMBER'], // mixed separators
    ['1,5 3', 'NOT_A_NUMBER'],
    [',5', 'NOT_A_NUMBER'],
    ['5,', 'NOT_A_NUMBER'],
    ['5.', 'NOT_A_NUMBER'],
    ['--5', 'NOT_A_NUMBER'],
    ['1-3', 'NOT_A_NUMBER'],
    ['12 ?', 'NOT_A_NUMBER'],
    ['abc', 'NOT_A_NUMBER'], // no digit at all: not a number, whatever the letters
    ['beaucoup', 'NOT_A_NUMBER'],
    ['deux mille', 'NOT_A_NUMBER'], // numbers in words are not read
    ['1e308', 'NOT_A_NUMBER'], // an exponent is not a unit (bad-input suite: was WRONG_UNIT)
    ['1E-5', 'NOT_A_NUMBER'],
    ['NaN', 'NOT_A_NUMBER'],
    ['Infinity', 'NOT_A_NUMBER'],
    ['12 kg', 'WRONG_UNIT'],
    ['12 €', 'WRONG_UNIT'],
    ['FCFA 3500', 'WRONG_UNIT'],
    ['3 500 FCFA', 'WRONG_UNIT'], // no unit expected
    ['12 %', 'WRONG_UNIT'], // a percentage where none is expected
  ])('refuses %j with %s', (text, code) => {
    expect(read(text)).toBe(code);
  });

  it('refuses another unit than the expected one', () => {
    expect(read('3 500 MRU', { unit: 'FCFA' })).toBe('WRONG_UNIT');
    expect(read('12 %', { unit: 'FCFA' })).toBe('WRONG_UNIT');
    expect(read('12 FCFA', { unit: '%' })).toBe('WRONG_UNIT');
  });

  it('refuses inputs over 50 characters, before reading them', () => {
    expect(MAX_NUMBER_INPUT_LENGTH).toBe(50);
    expect(read('1'.repeat(50))).toBe(Number('1'.repeat(50)));
    expect(read('1'.repeat(51))).toBe('TOO_LONG');
    expect(read(' '.repeat(51))).toBe('TOO_LONG');
  });
});
