/** UI strings an island receives from the server-rendered page (taken from the dictionary). */
export type Strings = Record<string, string>;

export function readStrings(element: HTMLElement): Strings {
  try {
    return JSON.parse(element.dataset.strings ?? '{}') as Strings;
  } catch {
    return {};
  }
}

/** Fills `{name}` placeholders; numbers get French digit grouping. */
export function format(template: string | undefined, values: Record<string, string | number> = {}): string {
  return (template ?? '').replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? value.toLocaleString('fr-FR') : value;
  });
}

/**
 * The island-side `tCount`: picks `singularKey` for 0 and 1 (French rule) and `pluralKey` from 2,
 * then fills `{count}` and `values`. Why: « 2 leçon(s) » forms read as unfinished text.
 */
export function formatCount(
  strings: Strings,
  singularKey: string,
  pluralKey: string,
  count: number,
  values: Record<string, string | number> = {},
): string {
  return format(strings[Math.abs(count) < 2 ? singularKey : pluralKey], { count, ...values });
}
