#!/usr/bin/env node
// `npm test`: unit and content tests (vitest), the type check of .ts and .astro files, a
// production build under a sub-path, the weight budgets, then the end-to-end tests in Chromium
// (Playwright) against that build.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { findChromium, howToGetChromium } from './find-chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const testDist = 'dist-test';

function step(title, command, args, extraEnv = {}) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...env, ...extraEnv } });
  if (result.status !== 0) {
    console.error(`\n✗ Échec : ${title}`);
    process.exit(result.status ?? 1);
  }
}

const bin = (name) => resolve(root, 'node_modules/.bin', name);
step('Tests unitaires et de contenu (vitest)', bin('vitest'), ['run']);
step('Vérification des types (astro check)', bin('astro'), ['check']);
step('Construction du site sous /formation/', process.execPath, ['scripts/build.mjs'], { BASE_PATH: '/formation/', FM_OUT_DIR: testDist });
step('Budgets de poids', process.execPath, ['scripts/budget.mjs', testDist]);

const chromium = await findChromium();
if (!chromium) {
  console.error(`\n✗ ${howToGetChromium}`);
  process.exit(1);
}
console.log(`\nNavigateur : ${chromium.path} (${chromium.source})`);
step('Tests de bout en bout (Playwright)', bin('playwright'), ['test', ...process.argv.slice(2)], { E2E_DIST: testDist, E2E_BASE: '/formation/' });
console.log('\n✓ Tous les tests sont passés.');
