import fr from './fr.json';
import type { UiKey } from './schema';
import { frenchTypography } from '../engine/text/french-typography';

export type { UiKey } from './schema';

/**
 * Returns the French UI string for `key`, with `{name}` placeholders filled and French
 * typography applied. Numbers passed as values are formatted the French way (3 500).
 */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  const text = (fr as Record<UiKey, string>)[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? value.toLocaleString('fr-FR') : value;
  });
  return frenchTypography(text);
}

/** Chooses between the singular and plural key by count (French: 0 and 1 are singular). */
export function tCount(singular: UiKey, plural: UiKey, count: number, values: Record<string, string | number> = {}): string {
  return t(Math.abs(count) < 2 ? singular : plural, { count, ...values });
}

/**
 * The strings an island needs, by key prefix ("simulator.", "number."), with typography applied,
 * to embed in the page as JSON (islands never bundle the whole dictionary).
 */
export function stringsFor(...prefixes: string[]): Record<string, string> {
  const keys = (Object.keys(fr) as UiKey[]).filter((key) => prefixes.some((prefix) => key.startsWith(prefix)));
  return Object.fromEntries(keys.map((key) => [key, t(key)]));
}
