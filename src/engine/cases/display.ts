/**
 * How a case figure is written in a lesson: French number formatting (3 500, 66,7 %) in text,
 * and the same digits in TeX for formulas (3\,500, 66{,}7), so a figure reads the same in a
 * sentence and in a formula.
 */
import { formatFrenchNumber, GROUP_SEPARATOR, UNIT_SEPARATOR } from '../number/format-number';

/** How to show one figure. */
export interface FigureDisplay {
  /** Decimals kept (trailing zeros dropped); default 0. */
  digits?: number;
  /** The figure is a fraction shown as a percentage (0.667 → 66,7 %). */
  percent?: boolean;
  /** Unit after the number (« FCFA »); a percentage gets « % » unless a unit is given. */
  unit?: string;
}

/** The figure as French text: `formatCaseFigure(0.6667, { digits: 1, percent: true })` → "66,7 %". */
export function formatCaseFigure(value: number, display: FigureDisplay = {}): string {
  const options: { maximumFractionDigits: number; unit?: string } = { maximumFractionDigits: display.digits ?? 0 };
  const unit = display.unit ?? (display.percent ? '%' : undefined);
  if (unit !== undefined) options.unit = unit;
  return formatFrenchNumber(display.percent ? value * 100 : value, options);
}

/** A placeholder of a formula: `@{key}` or `@{key|spec}` where spec is `2` (decimals) or `%1` (percent, 1 decimal). */
export const FORMULA_PLACEHOLDER = /@\{([A-Za-z0-9.]+)(?:\|(%?)(\d*))?\}/g;

/** The keys a formula names, in order (for content checks). */
export function formulaKeys(tex: string): string[] {
  return [...tex.matchAll(FORMULA_PLACEHOLDER)].map((match) => match[1] ?? '');
}

/**
 * The formula with each placeholder replaced by its figure in TeX; `lookup` returns undefined
 * for an unknown key, which is reported in `missing` (and left as `?` in the TeX).
 */
export function fillFormula(tex: string, lookup: (key: string) => number | undefined): { tex: string; missing: string[] } {
  const missing: string[] = [];
  const filled = tex.replace(FORMULA_PLACEHOLDER, (_whole, key: string, percent: string, digits: string) => {
    const value = lookup(key);
    if (value === undefined) {
      missing.push(key);
      return '?';
    }
    const display: FigureDisplay = { percent: percent === '%', digits: digits ? Number(digits) : 0 };
    return toTex(formatCaseFigure(value, display));
  });
  return { tex: filled, missing };
}

/** French number text to TeX: thin space between groups, braced decimal comma, escaped %. */
function toTex(text: string): string {
  // The decimal comma first: the thin space `\,` put between groups has a comma of its own.
  return text.replace(',', '{,}').split(GROUP_SEPARATOR).join('\\,').split(UNIT_SEPARATOR).join('\\ ').replace('%', '\\%');
}
