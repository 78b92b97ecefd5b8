/**
 * Plain-text views of a lesson body (MDX), used by the content checks and later by search.
 * They work on the source text, so they need no MDX compiler.
 */

/** Splits `---\nyaml\n---\nbody` into its front matter text and body, with the body's first line number. */
export function splitFrontMatter(source: string): { frontMatter: string | null; body: string; bodyLine: number } {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(text);
  if (!match) return { frontMatter: null, body: text, bodyLine: 1 };
  const frontMatter = match[1] ?? '';
  return { frontMatter, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/** A link written as `[texte](glossaire:terme)` or `[texte](lecon:lecon-id)`, with its line in the body. */
export interface ContentLink {
  kind: 'glossaire' | 'lecon';
  target: string;
  line: number;
}

const linkPattern = /\]\((glossaire|lecon):([^)\s#]*)(#[^)\s]*)?\)/g;

export function findContentLinks(body: string): ContentLink[] {
  const links: ContentLink[] = [];
  body.split('\n').forEach((lineText, index) => {
    for (const m of lineText.matchAll(linkPattern)) {
      links.push({ kind: m[1] as ContentLink['kind'], target: m[2] ?? '', line: index + 1 });
    }
  });
  return links;
}

/** The body as prose: no formulas, tags, link targets or Markdown marks. */
export function bodyToPlainText(body: string): string {
  return body
    .replace(/^import .*$/gm, ' ')
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\$[^$\n]+\$/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#*_>`|[\]-]/g, ' ');
}

/** Number of words of prose in a lesson body (formulas and markup excluded). */
export function countWords(body: string): number {
  return bodyToPlainText(body).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Level-2 headings (`## …`) of the body, in order. */
export function sectionTitles(body: string): string[] {
  return [...body.matchAll(/^##\s+(.+?)\s*$/gm)].map((m) => (m[1] ?? '').trim());
}
