/**
 * Reading a number the way French users type it. Rules, in order:
 *
 * | typed                     | value   | rule                                                        |
 * |---------------------------|---------|-------------------------------------------------------------|
 * | `1 500`, `1 500 000`      | 1500    | groups of 3 digits separated by a space, U+00A0 or U+202F   |
 * | `1 500,5`, `1500,5`       | 1500.5  | comma is the decimal mark                                   |
 * | `1500.5`, `1.5`           | 1500.5  | a dot followed by 1, 2 or 4+ digits is a decimal mark       |
 * | `1.500.000`, `1.500,25`   | 1500000 | dots between groups of 3 (or with a decimal comma) group    |
 * | `1.500`                   | —       | AMBIGUOUS: 1,5 or 1 500?                                    |
 * | `12 %`, `12%`             | 12      | percent sign, flagged `percent: true`                       |
 * | `3 500 FCFA`, `250 MRU`   | 3500    | the expected unit (case and accents ignored) may follow     |
 * | `-3,5`                    | -3.5    | leading minus (or U+2212)                                   |
 * | `1,5,3`, `1 50 0`, `abc`  | —       | NOT_A_NUMBER; other letters → WRONG_UNIT                    |
 */
export type ParseNumberResult =
  | { ok: true; value: number; percent: boolean }
  | { ok: false; code: 'EMPTY' | 'NOT_A_NUMBER' | 'AMBIGUOUS' | 'WRONG_UNIT' | 'TOO_LONG' };

export interface ParseNumberOptions {
  /** Unit that may follow the number ("FCFA", "%", "mois"). */
  unit?: string;
  /** Whether "12 %" is accepted when the unit is not "%" (default: only when unit is "%"). */
  allowPercent?: boolean;
}

const MAX_LENGTH = 50;
const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[\s.]+/g, '');

export function parseFrenchNumber(text: string, options: ParseNumberOptions = {}): ParseNumberResult {
  if (text.length > MAX_LENGTH) return { ok: false, code: 'TOO_LONG' };
  let rest = text.replace(/[\u00A0\u202F\u2009]/g, ' ').trim();
  if (rest === '') return { ok: false, code: 'EMPTY' };

  let percent = false;
  const unitMatch = /^([-−+]?[\d\s.,]*\d)\s*([^\d\s].*)?$/.exec(rest);
  if (!unitMatch) return { ok: false, code: /\p{L}/u.test(rest) ? 'WRONG_UNIT' : 'NOT_A_NUMBER' };
  const numberPart = unitMatch[1] ?? '';
  const suffix = (unitMatch[2] ?? '').trim();
  if (suffix) {
    if (suffix === '%') {
      if (options.unit !== '%' && !options.allowPercent) return { ok: false, code: 'WRONG_UNIT' };
      percent = true;
    } else if (!options.unit || fold(suffix) !== fold(options.unit)) {
      return { ok: false, code: /\p{L}/u.test(suffix) ? 'WRONG_UNIT' : 'NOT_A_NUMBER' };
    }
  }
  rest = numberPart.replace(/^−/, '-').replace(/^\+/, '');
  const negative = rest.startsWith('-');
  if (negative) rest = rest.slice(1).trim();
  if (!/^\d/.test(rest)) return { ok: false, code: 'NOT_A_NUMBER' };

  const value = readDigits(rest);
  if (typeof value === 'string') return { ok: false, code: value };
  return { ok: true, value: negative ? -value : value, percent: percent || options.unit === '%' };
}

function readDigits(text: string): number | 'NOT_A_NUMBER' | 'AMBIGUOUS' {
  const commas = (text.match(/,/g) ?? []).length;
  if (commas > 1) return 'NOT_A_NUMBER';
  let integer = text;
  let decimals = '';
  if (commas === 1) {
    [integer = '', decimals = ''] = text.split(',');
    if (!/^\d+$/.test(decimals)) return 'NOT_A_NUMBER';
  }
  // Dots: thousands groups when every group after the first has 3 digits; otherwise one decimal dot.
  if (integer.includes('.')) {
    const parts = integer.split('.');
    const grouped = parts.length > 1 && parts.slice(1).every((p) => /^\d{3}$/.test(p)) && /^\d{1,3}$/.test(parts[0] ?? '');
    if (commas === 0 && parts.length === 2 && !grouped) {
      [integer = '', decimals = ''] = parts;
      if (!/^\d+$/.test(integer.replace(/ /g, '')) || !/^\d+$/.test(decimals)) return 'NOT_A_NUMBER';
    } else if (grouped) {
      if (commas === 0 && parts.length === 2) return 'AMBIGUOUS';
      integer = parts.join('');
    } else return 'NOT_A_NUMBER';
  }
  // Spaces: groups of exactly 3 digits after the first group of 1 to 3.
  if (integer.includes(' ')) {
    const groups = integer.split(/ +/);
    if (!/^\d{1,3}$/.test(groups[0] ?? '') || !groups.slice(1).every((g) => /^\d{3}$/.test(g))) return 'NOT_A_NUMBER';
    integer = groups.join('');
  }
  if (!/^\d+$/.test(integer)) return 'NOT_A_NUMBER';
  const value = Number(`${integer}.${decimals || '0'}`);
  return Number.isFinite(value) ? value : 'NOT_A_NUMBER';
}
