/**
 * French display of numbers, identical in node and every browser: digit groups separated by a
 * narrow no-break space (U+202F), decimal comma, a no-break space (U+00A0) before the unit.
 */
export interface FormatNumberOptions {
  maximumFractionDigits?: number;
  unit?: string;
}

export function formatFrenchNumber(value: number, options: FormatNumberOptions = {}): string {
  const digits = options.maximumFractionDigits ?? 2;
  const factor = 10 ** digits;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const [integer = '0', decimals] = rounded.toFixed(digits).split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202F');
  const trimmed = (decimals ?? '').replace(/0+$/, '');
  const sign = value < 0 && rounded !== 0 ? '-' : '';
  const text = `${sign}${grouped}${trimmed ? `,${trimmed}` : ''}`;
  return options.unit ? `${text}\u00A0${options.unit}` : text;
}
