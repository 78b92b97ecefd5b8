/**
 * French display of numbers — `3 500 FCFA`, `12,5 %`, `-1 234,5` — built by hand rather than
 * with `Intl.NumberFormat('fr-FR')`, whose group separator has changed between engines and
 * versions (U+00A0 in some, U+202F in others): pages rendered at build time in node and the same
 * numbers re-rendered in a phone's browser must be byte-identical.
 *
 * - digit groups of 3, separated by a narrow no-break space (U+202F, as current Intl fr-FR);
 * - decimal comma, trailing zeros dropped, rounded half away from zero on the decimal value
 *   as written (1,005 → 1,01 at 2 digits, not 1 as naive binary rounding gives);
 * - a no-break space (U+00A0) between the number and its unit, so they never wrap apart;
 * - an ASCII hyphen-minus for negative numbers; a value that rounds to 0 shows no sign.
 */

/** Separator of digit groups: narrow no-break space. */
export const GROUP_SEPARATOR = '\u202F';
/** Separator between the number and its unit: no-break space. */
export const UNIT_SEPARATOR = '\u00A0';

/** How to display a number. */
export interface FormatNumberOptions {
  /** Digits kept after the comma (default 2, at most 20); trailing zeros are dropped. */
  maximumFractionDigits?: number;
  /** Unit written after the number ("FCFA", "%", "mois"). */
  unit?: string;
}

/** Formats a number the French way, identically in node and every browser (see above). */
export function formatFrenchNumber(value: number, options: FormatNumberOptions = {}): string {
  if (!Number.isFinite(value)) return String(value);
  const digits = Math.min(20, Math.max(0, Math.floor(options.maximumFractionDigits ?? 2)));
  const [integer, fraction] = roundedDigits(Math.abs(value), digits);
  const isZero = /^0*$/.test(integer + fraction);
  const sign = value < 0 && !isZero ? '-' : '';
  const text = `${sign}${groupThousands(integer)}${fraction ? `,${fraction}` : ''}`;
  return options.unit ? `${text}${UNIT_SEPARATOR}${options.unit}` : text;
}

/** Inserts the group separator every 3 digits from the right ("1500000" → "1 500 000"). */
function groupThousands(integer: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP_SEPARATOR);
}

/**
 * The integer digits and the fraction digits (trailing zeros removed) of a non-negative number
 * rounded to `digits` decimals. Rounding shifts the decimal point in the number's shortest
 * text form ("1.005e2"), so it works on the value as written, not on its binary approximation.
 */
function roundedDigits(magnitude: number, digits: number): [string, string] {
  // From 2^53 on, doubles are whole numbers and have no decimals to show.
  if (magnitude >= 2 ** 53) return [BigInt(magnitude).toString(), ''];
  const shifted = Number(`${magnitude}e${digits}`);
  const rounded = Number.isFinite(shifted) && !String(magnitude).includes('e') ? Math.round(shifted) : Math.round(magnitude * 10 ** digits);
  const all = rounded >= 1e21 ? BigInt(rounded).toString() : rounded.toFixed(0);
  const padded = all.padStart(digits + 1, '0');
  const integer = padded.slice(0, padded.length - digits) || '0';
  const fraction = padded.slice(padded.length - digits).replace(/0+$/, '');
  return [integer, fraction];
}
