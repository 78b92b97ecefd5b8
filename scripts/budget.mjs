#!/usr/bin/env node
// Weight budgets per page type, measured on the built site (gzip -9, what the server sends).
// For every HTML page: the page itself, the JS it loads (scripts, modulepreloads and their
// static imports) and the CSS it links. Fonts and images are reported apart, not budgeted.
// Exits 1 when the heaviest page of a type is over budget, so `npm test` fails.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = resolve(process.argv[2] ?? process.env.FM_OUT_DIR ?? 'dist');
if (!existsSync(join(dist, 'build-info.json'))) {
  console.error(`Aucun site construit dans ${dist} : lancez d'abord « npm run build ».`);
  process.exit(2);
}
const { base } = JSON.parse(readFileSync(join(dist, 'build-info.json'), 'utf8'));

/**
 * Page types, first match wins: which built pages (path under dist, "/" separators) and their
 * budgets in KB gzip. A new page type is one row. Reading pages carry only the progress,
 * search-box and lazy-island loaders; lesson pages load their quiz and exercises when the
 * learner gets there (not counted: loaded on use); tool and exercise pages carry the
 * calculation engine they exist for, hence their larger JS budget.
 */
const KB = 1024;
const reading = { js: 20, css: 15, total: 60 };
const pageTypes = [
  { type: 'home', match: /^index\.html$/, ...reading },
  { type: 'glossary', match: /^glossaire\//, ...reading },
  { type: 'search', match: /^recherche\//, ...reading },
  { type: 'tool', match: /^outils\/[^/]+\/index\.html$/, js: 40, css: 15, total: 50 },
  { type: 'tools', match: /^outils\/index\.html$/, ...reading },
  // An exercise page carries the whole kind registry; the survey kind adds its data generator.
  // Total 48: every page's boot script carries the lesson-completion rule (H5P, +0.4 KB) and the
  // largest page, comptes-et-ratios, has six steps of statements (47.2 KB measured).
  { type: 'exercise', match: /^exercices\/[^/]+\/index\.html$/, js: 40, css: 15, total: 48 },
  { type: 'exercises', match: /^exercices\/index\.html$/, ...reading },
  { type: 'progress', match: /^progression\//, ...reading },
  { type: 'module', match: /^modules\/[^/]+\/index\.html$/, ...reading },
  { type: 'module-test', match: /^modules\/[^/]+\/test\/index\.html$/, ...reading },
  // The trainee's assignment page decodes the link and builds receipts (codecs, checksum, the
  // H5P item's collector and result schema: JS 31).
  { type: 'assignment', match: /^devoir\//, js: 31, css: 15, total: 50 },
  // The trainer re-scores receipts with the whole quiz and exercise engine (seven kinds, the
  // survey kind with its data generator): one page, one user. The xAPI builder loads on use.
  { type: 'trainer-results', match: /^formateur\/resultats\//, js: 64, css: 15, total: 80 },
  // The trainer composes with the codecs and the QR drawer (loaded on use).
  { type: 'trainer', match: /^formateur\//, js: 35, css: 15, total: 50 },
  { type: 'lesson', match: /^modules\/[^/]+\/[^/]+\/index\.html$/, js: 15, css: 10, total: 40 },
  { type: 'other', match: /./, ...reading },
];
const budgets = Object.fromEntries(pageTypes.map(({ type, js, css, total }) => [type, { js, css, total }]));

function pageType(path) {
  const rel = relative(dist, path).split('\\').join('/');
  return pageTypes.find(({ match }) => match.test(rel)).type;
}

const gz = new Map();
function gzipSize(file) {
  if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
  return gz.get(file);
}
/** Maps a URL in a page (under the base path) to a file in dist. */
function fileOf(url) {
  const path = url.split(/[?#]/)[0];
  if (!path.startsWith(base)) return null;
  const file = join(dist, path.slice(base.length));
  return existsSync(file) ? file : null;
}

function jsClosure(entry, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  for (const m of code.matchAll(/(?:import|export)\s*(?:[^'"()]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    const target = resolve(entry, '..', m[1]);
    if (existsSync(target)) jsClosure(target, seen);
  }
  return seen;
}

function measure(htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  const js = new Set();
  const css = new Set();
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) {
    const f = fileOf(m[1]);
    if (f) jsClosure(f, js);
  }
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) {
    const f = fileOf(m[1]);
    if (f) jsClosure(f, js);
  }
  // Inline module scripts may import chunks too.
  for (const m of html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)) {
    for (const imp of m[1].matchAll(/["'](\/[^"']+\.js)["']/g)) {
      const f = fileOf(imp[1]);
      if (f) jsClosure(f, js);
    }
  }
  for (const m of html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) {
    const f = fileOf(m[1]);
    if (f) css.add(f);
  }
  const inlineJs = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + m[1].length, 0);
  const sum = (files) => [...files].reduce((n, f) => n + gzipSize(f), 0);
  const htmlSize = gzipSync(html, { level: 9 }).length;
  return { html: htmlSize, js: sum(js), css: sum(css), inlineJs, total: htmlSize + sum(js) + sum(css) };
}

const pages = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.html')) pages.push(path);
  }
})(dist);

const heaviest = {};
for (const page of pages) {
  const type = pageType(page);
  const m = { ...measure(page), page: relative(dist, page) };
  if (!heaviest[type] || m.total > heaviest[type].total) heaviest[type] = m;
}

let fonts = 0;
let images = 0;
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.woff2$/.test(name)) fonts += statSync(path).size;
    else if (/\.(png|jpe?g|webp|avif|gif)$/.test(name)) images += statSync(path).size;
  }
})(dist);

const kb = (n) => (n / KB).toFixed(1).padStart(6);
const failures = [];
console.log(`Budgets (gzip, Ko) — page la plus lourde de chaque type, ${pages.length} pages mesurées`);
console.log('type          HTML     JS    CSS  total   budget JS/CSS/total   page');
for (const { type } of pageTypes) {
  const m = heaviest[type];
  if (!m) continue;
  const b = budgets[type];
  const over = [];
  if (m.js > b.js * KB) over.push(`JS ${kb(m.js).trim()} > ${b.js}`);
  if (m.css > b.css * KB) over.push(`CSS ${kb(m.css).trim()} > ${b.css}`);
  if (m.total > b.total * KB) over.push(`total ${kb(m.total).trim()} > ${b.total}`);
  console.log(`${type.padEnd(12)} ${kb(m.html)} ${kb(m.js)} ${kb(m.css)} ${kb(m.total)}   ${`${b.js}/${b.css}/${b.total}`.padEnd(20)} ${m.page}${over.length ? `   ✗ ${over.join(', ')}` : ''}`);
  if (over.length) failures.push(`${type} (${m.page}) : ${over.join(', ')}`);
}
console.log(`Hors budget : polices woff2 ${kb(fonts).trim()} Ko (chargées seulement si une formule les utilise), images ${kb(images).trim()} Ko (non compressées).`);
if (failures.length) {
  console.error(`\nBudget dépassé :\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
