/**
 * Reading a number the way French-speaking learners type it on a phone. Quiz answers, exercise
 * steps and tool fields all go through this one parser, so a learner meets the same rules
 * everywhere. It never guesses: when a typing could mean two numbers it says so (`AMBIGUOUS`).
 *
 * | typed                                  | result            | rule                                                            |
 * |----------------------------------------|-------------------|-----------------------------------------------------------------|
 * | `1500`, `007`                          | 1500, 7           | plain digits                                                    |
 * | `1 500`, `1 500 000`                   | 1500, 1500000     | groups separated by a space, U+00A0, U+202F or U+2009: a first  |
 * |                                        |                   | group of 1-3 digits (not starting with 0), then groups of 3     |
 * | `1 500,5`, `1500,5`, `1,500`           | 1500.5, …, 1.5    | a comma is always the decimal mark (French)                     |
 * | `1500.5`, `1.5`, `0.500`, `1 500.25`   | 1500.5, 1.5, …    | one dot not followed by exactly 3 digits is a decimal mark      |
 * | `1.500.000`, `1.500,25`                | 1500000, 1500.25  | several dots, or dots before a comma, are thousands groups      |
 * | `1.500`, `12.500`                      | AMBIGUOUS         | one dot then 3 digits: 1,5 or 1 500? The learner must choose    |
 * | `-3,5`, `−3,5`, `+2`                   | -3.5, -3.5, 2     | leading sign (hyphen or U+2212 minus)                           |
 * | `12 %`, `12%`                          | 12, percent: true | only when the unit is `%` or `allowPercent` is set              |
 * | `3 500 FCFA`, `3 500 F CFA`, `2 Mois`  | 3500, 3500, 2     | the expected unit may follow; case, accents, spaces, dots and a  |
 * |                                        |                   | plural `s` are ignored; the unit is optional                    |
 * | `٣٥٠٠`, `３５００`                       | 3500              | Arabic-Indic and full-width digits are read as digits           |
 * | `1e308`                                | NOT_A_NUMBER      | an exponent is not French notation (and not a unit)             |
 * | nothing, or only spaces                | EMPTY             |                                                                 |
 * | more than 50 characters                | TOO_LONG          | checked first, on the raw text                                  |
 * | `12 kg`, `3 500 MRU` (unit FCFA)       | WRONG_UNIT        | a number followed by a unit that is not the expected one        |
 * | `1,5,3`, `1 50 0`, `1.2.3`, `5,`, `abc`| NOT_A_NUMBER      | two decimal marks, misplaced groups, nothing after the comma,   |
 * |                                        |                   | no digit at all                                                 |
 */

/** Why a typed text is not read as a number; the UI shows a French message per code. */
export type ParseNumberErrorCode = 'EMPTY' | 'NOT_A_NUMBER' | 'AMBIGUOUS' | 'WRONG_UNIT' | 'TOO_LONG';

/**
 * The outcome of parsing. `percent` says whether a `%` sign was typed (the value is then the
 * number of percentage points: `12 %` → 12), so callers can tell `12 %` from `12`.
 */
export type ParseNumberResult = { ok: true; value: number; percent: boolean } | { ok: false; code: ParseNumberErrorCode };

/** What the caller expects after the number. */
export interface ParseNumberOptions {
  /** Unit that may follow the number ("FCFA", "%", "mois"); when it is "%", `12 %` is accepted. */
  unit?: string;
  /** Accept a `%` sign even when `unit` is not "%" (e.g. a rate field shown without a unit). */
  allowPercent?: boolean;
}

/** Longest input read; longer texts are refused before any work (and never stored). */
export const MAX_NUMBER_INPUT_LENGTH = 50;

/** Space-like characters users (or their keyboards, or copy-paste) put between digit groups. */
const SPACES = /[\s\u00A0\u202F\u2007\u2009]+/g;
/** Arabic-Indic (U+0660…) and Extended Arabic-Indic (U+06F0…) digits, typed on Arabic keyboards. */
const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
/** Full-width digits and marks (typed with an East Asian keyboard layout): ０-９ ， ． ％. */
const FULLWIDTH = /[\uFF10-\uFF19\uFF0C\uFF0E\uFF05]/g;
/** A JavaScript exponent after the digits (`1e308`): not a unit, and not French notation. */
const EXPONENT = /^e[+-]?\d+$/i;
/** A sign, then digits possibly mixed with group and decimal marks, then anything (the unit). */
const SHAPE = /^([+-]?) ?(\d[\d ,.]*)(.*)$/s;
/** Characters that make a suffix look like a unit rather than a typo. */
const UNIT_LIKE = /[\p{L}\p{Sc}%]/u;

/** Parses a French-typed number; see the table at the top of this file for every rule. */
export function parseFrenchNumber(text: string, options: ParseNumberOptions = {}): ParseNumberResult {
  if (text.length > MAX_NUMBER_INPUT_LENGTH) return fail('TOO_LONG');
  const cleaned = text
    .replace(SPACES, ' ')
    .replace(ARABIC_DIGITS, (digit) => String(digit.charCodeAt(0) & 0xf))
    .replace(FULLWIDTH, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/\u2212/g, '-')
    .trim();
  if (cleaned === '') return fail('EMPTY');

  const shape = SHAPE.exec(cleaned);
  // Without a digit there is no number to speak of a unit for (« beaucoup », « abc »).
  if (!shape) return fail(/\d/.test(cleaned) && UNIT_LIKE.test(cleaned) ? 'WRONG_UNIT' : 'NOT_A_NUMBER');
  const [, sign = '', digits = '', rawSuffix = ''] = shape;

  const suffix = readSuffix(rawSuffix.trim(), options);
  if (!suffix.ok) return suffix;

  const magnitude = readMagnitude(digits.trim());
  if (typeof magnitude === 'string') return fail(magnitude);
  const value = sign === '-' && magnitude !== 0 ? -magnitude : magnitude;
  return { ok: true, value, percent: suffix.percent };
}

const fail = (code: ParseNumberErrorCode): { ok: false; code: ParseNumberErrorCode } => ({ ok: false, code });

/** Folds a unit for comparison: no case, accents, spaces, dots or hyphens ("F.CFA" = "fcfa"). */
function foldUnit(unit: string): string {
  return unit
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s.-]/g, '');
}

/** Whether the typed unit is the expected one, allowing a plural "s" on either side. */
function sameUnit(typed: string, expected: string): boolean {
  const a = foldUnit(typed);
  const b = foldUnit(expected);
  return a !== '' && (a === b || a === `${b}s` || `${a}s` === b);
}

/** Checks what follows the number: nothing, the expected unit, or an allowed `%`. */
function readSuffix(suffix: string, options: ParseNumberOptions): { ok: true; percent: boolean } | { ok: false; code: ParseNumberErrorCode } {
  if (suffix === '') return { ok: true, percent: false };
  if (suffix === '%') {
    return options.unit === '%' || options.allowPercent ? { ok: true, percent: true } : fail('WRONG_UNIT');
  }
  if (options.unit !== undefined && sameUnit(suffix, options.unit)) return { ok: true, percent: false };
  if (EXPONENT.test(suffix)) return fail('NOT_A_NUMBER');
  return fail(UNIT_LIKE.test(suffix) ? 'WRONG_UNIT' : 'NOT_A_NUMBER');
}

/**
 * Reads the unsigned digits with their marks ("1 500,25", "1.500.000", "1500.5") into a
 * number, or the code of the problem.
 */
function readMagnitude(text: string): number | 'NOT_A_NUMBER' | 'AMBIGUOUS' {
  const commaParts = text.split(',');
  if (commaParts.length > 2) return 'NOT_A_NUMBER';
  let integer: string;
  let fraction = '';
  if (commaParts.length === 2) {
    // The comma is the decimal mark; dots or spaces before it can only group thousands.
    [integer = '', fraction = ''] = commaParts;
    if (!/^\d+$/.test(fraction)) return 'NOT_A_NUMBER';
  } else {
    const dotParts = text.split('.');
    if (dotParts.length === 2) {
      const [left = '', right = ''] = dotParts;
      if (!/^\d+$/.test(right)) return 'NOT_A_NUMBER';
      // "1.500" could be 1,5 or 1 500; "1 500.250" (spaces group) and "0.500" cannot be groups.
      if (right.length === 3 && isGroupHead(left)) return 'AMBIGUOUS';
      integer = left;
      fraction = right;
    } else {
      integer = text;
    }
  }
  const whole = readGroupedInteger(integer);
  if (whole === undefined) return 'NOT_A_NUMBER';
  const value = Number(`${whole}.${fraction || '0'}`);
  return Number.isFinite(value) ? value : 'NOT_A_NUMBER';
}

/** A first thousands group: 1 to 3 digits, not starting with 0 ("0.500" is a decimal). */
const isGroupHead = (text: string) => /^[1-9]\d{0,2}$/.test(text);

/**
 * The digits of an integer part written with one kind of thousands separator (space or dot),
 * or undefined when the groups are misplaced ("1 50 0") or the separators mixed.
 */
function readGroupedInteger(text: string): string | undefined {
  if (/^\d+$/.test(text)) return text;
  const separator = text.includes(' ') ? ' ' : '.';
  const groups = text.split(separator);
  const [head = '', ...rest] = groups;
  if (!isGroupHead(head) || rest.length === 0 || !rest.every((group) => /^\d{3}$/.test(group))) return undefined;
  return groups.join('');
}
