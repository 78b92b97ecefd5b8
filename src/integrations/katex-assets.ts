import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { PurgeCSS } from 'purgecss';
import subsetFont from 'subset-font';

/**
 * After the build, cuts KaTeX's assets down to what the course's formulas use. Formulas are
 * rendered at build time (rehype-katex), so the built pages say exactly which KaTeX classes and
 * which characters exist:
 * - the KaTeX stylesheet keeps only rules whose selectors appear in a page (PurgeCSS), and only
 *   the @font-face rules of families those rules still name;
 * - each remaining font is subset to the characters written in formulas (subset-font, i.e.
 *   HarfBuzz's hb-subset) and kept as WOFF2 only (every browser that runs the site reads it);
 * - `font-display: swap`: a formula shows at once in a fallback face rather than staying
 *   invisible on a slow network.
 * Files get new content-hashed names (they are cached as immutable) and the pages are updated.
 */
export function katexAssets(): AstroIntegration {
  return {
    name: 'formation-mutuelles:katex-assets',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const result = await trimKatex(fileURLToPath(dir));
        if (result) logger.info(`KaTeX : feuille de style ${kb(result.cssBefore)} → ${kb(result.cssAfter)}, polices woff2 ${kb(result.fontsBefore)} → ${kb(result.fontsAfter)} (${result.faces} faces, ${result.glyphs} caractères)`);
      },
    },
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} Ko`;
const hash = (data: string | Buffer) => createHash('sha256').update(data).digest('base64url').slice(0, 8);

function filesUnder(dir: string, test: (name: string) => boolean, found: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) filesUnder(path, test, found);
    else if (test(name)) found.push(path);
  }
  return found;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });

/** The characters drawn by KaTeX's HTML rendering (the MathML copy uses system fonts). */
export function katexCharacters(html: string): Set<string> {
  const chars = new Set<string>();
  for (const start of html.matchAll(/<span class="katex-html"[^>]*>/g)) {
    let depth = 1;
    const tags = /<(\/?)span\b[^>]*>|<[^>]+>|([^<]+)/g;
    tags.lastIndex = (start.index ?? 0) + start[0].length;
    for (let m = tags.exec(html); m && depth > 0; m = tags.exec(html)) {
      if (m[2] !== undefined) for (const ch of decode(m[2])) chars.add(ch);
      else if (m[0].startsWith('<span') || m[0].startsWith('</span')) depth += m[1] ? -1 : 1;
    }
  }
  return chars;
}

/**
 * Drops @font-face rules of families no remaining rule names. (PurgeCSS's own option looks at
 * `font-family` only, and KaTeX names its main face in the `font` shorthand of `.katex`.)
 */
export function unusedFacesRemoved(css: string): string {
  const faces = /@font-face\s*{[^}]*}/g;
  const rest = css.replace(faces, '');
  return css.replace(faces, (rule) => {
    const family = /font-family:\s*["']?([\w -]+?)["']?\s*[;}]/.exec(rule)?.[1];
    return family && new RegExp(`font(?:-family)?:[^;}]*\\b${family}\\b`).test(rest) ? rule : '';
  });
}

export async function trimKatex(outDir: string) {
  const assets = join(outDir, '_astro');
  const cssFile = filesUnder(assets, (n) => n.endsWith('.css')).find((f) => readFileSync(f, 'utf8').includes('font-family:KaTeX_Main'));
  if (!cssFile) return null;
  const htmlFiles = filesUnder(outDir, (n) => n.endsWith('.html'));
  const pages = htmlFiles.map((f) => readFileSync(f, 'utf8'));
  const css = readFileSync(cssFile, 'utf8');
  const chars = new Set<string>();
  for (const page of pages) for (const ch of katexCharacters(page)) chars.add(ch);

  const [purged] = await new PurgeCSS().purge({ content: pages.map((raw) => ({ raw, extension: 'html' })), css: [{ raw: css }], keyframes: true });
  let trimmed = unusedFacesRemoved(purged?.css ?? css).replace(/font-display:\s*block/g, 'font-display:swap');

  const fontUrl = /url\(([^)]+)\)\s*format\(["']?([\w-]+)["']?\)/g;
  const urlPath = (u: string) => u.replace(/^["']|["']$/g, '');
  const fileOfUrl = (u: string) => join(assets, basename(urlPath(u)));
  const allFonts = filesUnder(assets, (n) => /^KaTeX_.*\.(woff2?|ttf)$/.test(n));
  const fontsBefore = allFonts.filter((f) => f.endsWith('.woff2')).reduce((n, f) => n + statSync(f).size, 0);
  let fontsAfter = 0;
  let faces = 0;
  const text = [...chars].join('');
  const rules = [...trimmed.matchAll(/@font-face\s*{[^}]*}/g)].map((m) => m[0]);
  for (const rule of rules) {
    const woff2 = [...rule.matchAll(fontUrl)].find((m) => m[2] === 'woff2');
    if (!woff2) continue;
    const source = fileOfUrl(woff2[1]!);
    const subset = await subsetFont(readFileSync(source), text, { targetFormat: 'woff2' });
    const name = `${basename(source).replace(/\.[^.]+\.woff2$/, '')}.${hash(subset)}.woff2`;
    writeFileSync(join(assets, name), subset);
    fontsAfter += subset.length;
    faces++;
    const href = urlPath(woff2[1]!).replace(/[^/]+$/, name);
    trimmed = trimmed.replace(rule, rule.replace(/src:[^;}]+/, `src:url(${href}) format("woff2")`));
  }
  // The original fonts are no longer named by any stylesheet.
  for (const font of allFonts) rmSync(font, { force: true });

  const newCss = join(assets, basename(cssFile).replace(/\.[^.]+\.css$/, `.${hash(trimmed)}.css`));
  writeFileSync(newCss, trimmed);
  if (newCss !== cssFile) rmSync(cssFile);
  const oldName = basename(cssFile);
  htmlFiles.forEach((file, i) => {
    if (pages[i]!.includes(oldName)) writeFileSync(file, pages[i]!.split(oldName).join(basename(newCss)));
  });
  return { cssBefore: Buffer.byteLength(css), cssAfter: Buffer.byteLength(trimmed), fontsBefore, fontsAfter, faces, glyphs: chars.size };
}
