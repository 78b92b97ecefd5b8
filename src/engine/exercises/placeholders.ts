/**
 * The placeholder syntax of exercise texts: `{name}` or `{name:digits}`, where `name` is a
 * parameter or a quantity and `digits` (0–6) the largest number of decimals shown.
 *
 * Why in one place: the schema rejects unknown placeholders when content is loaded, and
 * `renderText` fills them; both must read the same syntax.
 */

/** One valid placeholder; group 1 is the name, group 2 the optional number of decimals. */
export const PLACEHOLDER_PATTERN = /\{([a-z][A-Za-z0-9]*)(?::([0-6]))?\}/g;

/** Anything between braces, valid or not, to report malformed placeholders to authors. */
const BRACED = /\{([^{}]*)\}/g;

/** A placeholder found in a text: its name, or why it is malformed. */
export type FoundPlaceholder = { ok: true; name: string } | { ok: false; raw: string };

/** Every `{…}` of a text, valid (`ok: true`, with its name) or malformed (`ok: false`). */
export function findPlaceholders(text: string): FoundPlaceholder[] {
  return [...text.matchAll(BRACED)].map((match) => {
    const raw = match[0];
    const valid = new RegExp(`^${PLACEHOLDER_PATTERN.source}$`).exec(raw);
    return valid?.[1] ? { ok: true, name: valid[1] } : { ok: false, raw };
  });
}
