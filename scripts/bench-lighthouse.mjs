#!/usr/bin/env node
// Lighthouse benchmark: `npm run bench:lighthouse` (after `npm run build`; FM_OUT_DIR picks
// another build). Serves the built site with `npm start`'s server, runs the pinned Lighthouse
// CLI (12.2.3, the last line that runs on Node 20) with the system Chromium, in its default
// mode (mobile, simulated slow 4G and 4x CPU slowdown), on one page per type, and prints
// performance, accessibility, LCP, TBT and CLS. A benchmark, not a gate: on a machine busy
// with other work the CPU-bound figures (TBT, performance score) come out pessimistic.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findChromium, howToGetChromium } from './find-chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.env.FM_OUT_DIR ?? 'dist');
if (!existsSync(join(dist, 'build-info.json'))) {
  console.error(`Aucun site construit dans ${dist} : lancez d'abord « npm run build ».`);
  process.exit(2);
}
const chromium = await findChromium();
if (!chromium) {
  console.error(howToGetChromium);
  process.exit(2);
}
const { base } = JSON.parse(readFileSync(join(dist, 'build-info.json'), 'utf8'));
const port = Number(process.env.LIGHTHOUSE_PORT ?? 4480);

// One page per type; trainer pages only where this build has them.
const candidates = [
  ['accueil', ''],
  ['leçon', 'modules/viabilite/calcul-cotisation/'],
  ['exercice', 'exercices/marge-et-chargements/'],
  ['outil', 'outils/simulateur-cotisation/'],
  ['formateur', 'formateur/'],
  ['devoir', 'devoir/'],
];
const pages = candidates.filter(([, path]) => existsSync(join(dist, path, 'index.html')));

const server = spawn(process.execPath, [join(root, 'scripts/serve.mjs'), '--no-build', '--port', String(port), '--host', '127.0.0.1'], {
  env: { ...process.env, FM_OUT_DIR: dist },
  stdio: 'ignore',
});
const stop = () => server.kill();
process.on('exit', stop);
const origin = `http://127.0.0.1:${port}`;
for (let i = 0; i < 50; i++) {
  try {
    if ((await fetch(`${origin}${base}`)).ok) break;
  } catch {
    await new Promise((r) => setTimeout(r, 200));
  }
}

const rows = [];
for (const [name, path] of pages) {
  const run = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/lighthouse/cli/index.js'),
      `${origin}${base}${path}`,
      '--output=json',
      '--quiet',
      '--only-categories=performance,accessibility',
      `--chrome-path=${chromium.path}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.status !== 0) {
    console.error(`Lighthouse a échoué sur ${path || '/'} :\n${run.stderr}`);
    stop();
    process.exit(1);
  }
  const report = JSON.parse(run.stdout);
  const audit = (id) => report.audits[id]?.numericValue ?? NaN;
  rows.push({
    name,
    path: `${base}${path}`,
    performance: Math.round(report.categories.performance.score * 100),
    accessibility: Math.round(report.categories.accessibility.score * 100),
    lcp: audit('largest-contentful-paint') / 1000,
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
  });
}
stop();

console.log(`Lighthouse ${JSON.parse(readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8')).version}, mobile, ralentissement simulé par défaut, ${chromium.path}`);
console.log('page        perf.  access.   LCP (s)   TBT (ms)    CLS   adresse');
for (const r of rows) {
  console.log(`${r.name.padEnd(10)} ${String(r.performance).padStart(5)} ${String(r.accessibility).padStart(8)} ${r.lcp.toFixed(2).padStart(9)} ${r.tbt.toFixed(0).padStart(10)} ${r.cls.toFixed(3).padStart(6)}   ${r.path}`);
}
