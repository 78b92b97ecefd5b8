import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * What a built page holds that a Content-Security-Policy without 'unsafe-inline' would block,
 * and which H5P activities it plays. Read from the HTML Astro wrote (plain patterns over the
 * pages this project emits, not a general HTML parser).
 */

/** `<script>` types a browser never runs: data blocks (import maps and speculation rules are governed by CSP). */
const DATA_TYPES = new Set(['application/json', 'application/ld+json']);

const attribute = (attrs: string, name: string) => new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs);

/** Inline code a strict policy blocks: inline scripts, `on…=` handlers, `javascript:` URLs. */
export function inlineCodeIn(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = match[1] ?? '';
    if (attribute(attrs, 'src')) continue;
    const type = attribute(attrs, 'type');
    const value = (type?.[1] ?? type?.[2] ?? type?.[3] ?? '').trim().toLowerCase();
    if (DATA_TYPES.has(value)) continue;
    found.push(`script en ligne : ${(match[2] ?? '').trim().slice(0, 60) || '(vide)'}`);
  }
  // Attributes inside tags only: text such as « onclick= » in a code sample is not a handler.
  // A tag is read up to its first '>' (a '>' inside an attribute value ends the scan of that tag early).
  for (const tag of html.matchAll(/<[a-z][\w-]*(\s[^>]*)?>/gi)) {
    const attrs = tag[1] ?? '';
    for (const handler of attrs.matchAll(/(?:^|\s)(on[a-z]+)\s*=/gi)) found.push(`gestionnaire d’événement en ligne : ${handler[1]}`);
    for (const name of ['href', 'src', 'action', 'formaction']) {
      const url = attribute(attrs, name);
      const value = (url?.[1] ?? url?.[2] ?? url?.[3] ?? '').replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
      if (value.startsWith('javascript:')) found.push(`URL javascript: dans ${name}`);
    }
  }
  return found;
}

/** The ids of the H5P activities a page plays (`<x-h5p data-h5p-id="…">`), in page order, once each. */
export function h5pActivitiesIn(html: string): string[] {
  const ids: string[] = [];
  for (const tag of html.matchAll(/<x-h5p\b([^>]*)>/gi)) {
    const id = attribute(tag[1] ?? '', 'data-h5p-id');
    const value = id?.[1] ?? id?.[2] ?? id?.[3];
    if (value && !ids.includes(value)) ids.push(value);
  }
  return ids;
}

/** The page path relative to the site's root of a built HTML file (`a/b/index.html` → `a/b/`). */
export function pagePathOf(relativeFile: string): string {
  const path = relativeFile.split('\\').join('/');
  return path === 'index.html' ? '' : path.replace(/(^|\/)index\.html$/, '$1');
}

/** Every built page of `dir`: its path relative to the site root and its HTML. */
export function builtPages(dir: string): { path: string; file: string; html: string }[] {
  const pages: { path: string; file: string; html: string }[] = [];
  const visit = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) visit(full);
      else if (name.endsWith('.html')) pages.push({ path: pagePathOf(relative(dir, full)), file: relative(dir, full), html: readFileSync(full, 'utf8') });
    }
  };
  visit(dir);
  return pages;
}
