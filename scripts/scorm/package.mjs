#!/usr/bin/env node
// SCORM 1.2 packages for Moodle and other LMSs: one zip per module and one for the course.
//
//   npm run package:scorm [-- --out scorm-packages] [--dist <existing sentinel build>] [--unzipped]
//
// An LMS serves a package under a path nobody knows in advance (Moodle:
// /pluginfile.php/<ctx>/mod_scorm/content/<rev>/…), while the site is built for one absolute
// base. So the site is built once with a sentinel base, and every URL is then made relative
// (relative-urls.mjs). LMSs serve files, not folders: links to « dir/ » become « dir/index.html ».
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { zipSync } from 'fflate';
import { relativize, SENTINEL_BASE } from './relative-urls.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] && !args[i + 1].startsWith('--') ? args[i + 1] : fallback;
};
const outDir = resolve(root, option('--out', 'scorm-packages'));
let dist = option('--dist', '');
if (!dist) {
  dist = join(root, '.scorm-build');
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit', env: { ...process.env, BASE_PATH: SENTINEL_BASE, FM_OUT_DIR: dist } });
}
dist = resolve(root, dist);

function listFiles(dir, prefix = '') {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(path).isDirectory()) out.push(...listFiles(path, rel));
    // Precompressed copies are for the site's own server; the LMS serves the plain files.
    else if (!/\.(br|gz)$/.test(name) && rel !== 'build-info.json') out.push(rel);
  }
  return out;
}

const files = new Map();
for (const rel of listFiles(dist)) files.set(rel, relativize(rel, readFileSync(join(dist, rel))));

const catalogue = JSON.parse(readFileSync(join(dist, 'formateur/catalogue.json'), 'utf8'));
const modules = Object.entries(catalogue.modules).map(([id, m]) => ({ id, title: `${m.label} – ${m.title}`, lessons: m.lessons, test: Object.hasOwn(catalogue.tests, id) }));

const launcherJs = (await esbuild({ entryPoints: [join(root, 'src/islands/scorm/launcher.ts')], bundle: true, format: 'esm', minify: true, write: false, target: 'es2020' })).outputFiles[0].contents;
files.set('scorm/launcher.js', launcherJs);
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
for (const m of modules) {
  const config = JSON.stringify({ module: { id: m.id, lessons: m.lessons, test: m.test }, launch: `../modules/${m.id}/index.html` }).replace(/</g, '\\u003c');
  files.set(`scorm/lancer-${m.id}.html`, Buffer.from(`<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(m.title)}</title>
<style>html,body{margin:0;height:100%;overflow:hidden}iframe{display:block;border:0;width:100%;height:100%}</style></head>
<body><iframe id="fm-frame" title="${escapeHtml(m.title)}"></iframe>
<script type="application/json" id="fm-sco">${config}</script>
<script type="module" src="launcher.js"></script></body></html>
`));
}

// The manifest generator is TypeScript (src/engine/scorm/manifest.ts): bundled on the fly.
const manifestModule = (await esbuild({ entryPoints: [join(root, 'src/engine/scorm/manifest.ts')], bundle: true, format: 'esm', write: false, platform: 'node' })).outputFiles[0].text;
const { scormManifest } = await import(`data:text/javascript;base64,${Buffer.from(manifestModule).toString('base64')}`);

function writePackage(name, identifier, title, scos) {
  const entries = {};
  for (const [rel, content] of files) entries[rel] = content;
  entries['imsmanifest.xml'] = Buffer.from(scormManifest({ identifier, title, scos, files: [...files.keys()] }));
  const zip = zipSync(entries, { level: 9 });
  writeFileSync(join(outDir, `${name}.zip`), zip);
  if (args.includes('--unzipped')) {
    const dir = join(outDir, name);
    rmSync(dir, { recursive: true, force: true });
    for (const [rel, content] of Object.entries(entries)) {
      mkdirSync(dirname(join(dir, rel)), { recursive: true });
      writeFileSync(join(dir, rel), content);
    }
  }
  return zip.length;
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const sco = (m) => ({ id: m.id, title: m.title, href: `scorm/lancer-${m.id}.html` });
const sizes = [];
for (const m of modules) sizes.push([`module-${m.id}`, writePackage(`module-${m.id}`, `module-${m.id}`, m.title, [sco(m)])]);
sizes.push(['cours-complet', writePackage('cours-complet', 'cours', 'Formation : micro-assurance santé et mutuelles de santé', modules.map(sco))]);
for (const [name, bytes] of sizes) console.log(`${relative(root, join(outDir, `${name}.zip`))} : ${Math.round(bytes / 1024)} Ko`);
