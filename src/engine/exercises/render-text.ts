/**
 * Filling the placeholders of exercise texts with French-formatted numbers.
 */
import { formatFrenchNumber } from '../number/format-number';
import { frenchTypography } from '../text/french-typography';
import { PLACEHOLDER_PATTERN } from './placeholders';

/**
 * Decimals shown when the placeholder does not say: 2 for ordinary numbers (38,96), 4 below 1
 * so that frequencies keep their meaning (0,425 rather than 0,43).
 */
export function defaultFractionDigits(value: number): number {
  return Math.abs(value) >= 1 || value === 0 ? 2 : 4;
}

/**
 * `template` with each `{name}` / `{name:digits}` replaced by the French writing of the
 * parameter or quantity `name` ("3 500", "12,5"); `values` (parameters) win over `quantities`
 * on a shared name. Both are in display units: a rate is already in percentage points, the text
 * writes the "%" after the placeholder. A placeholder with no finite value is left as it is, so
 * tests and authors see it instead of a wrong number. The result has French typography (no-break
 * spaces before « ; » and between a number and its unit), as the widget shows it as it is.
 */
export function renderText(
  template: string,
  values: Readonly<Record<string, number>>,
  quantities: Readonly<Record<string, number>>,
): string {
  const filled = template.replace(PLACEHOLDER_PATTERN, (placeholder: string, name: string, digits: string | undefined) => {
    const value = Object.hasOwn(values, name) ? values[name] : quantities[name];
    if (value === undefined || !Number.isFinite(value)) return placeholder;
    const maximumFractionDigits = digits === undefined ? defaultFractionDigits(value) : Number(digits);
    // Rounded first so that −0,001 shows as 0, not as −0.
    const rounded = Number(value.toFixed(maximumFractionDigits)) || 0;
    return formatFrenchNumber(rounded, { maximumFractionDigits });
  });
  return frenchTypography(filled);
}
