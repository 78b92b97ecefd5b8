// Bundles a TypeScript entry of the engine with esbuild and imports it, so node scripts
// (benchmarks) run the exact engine code the site ships, without a TS loader.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export async function importTs(entry) {
  const dir = mkdtempSync(join(tmpdir(), 'fm-ts-'));
  const outfile = join(dir, 'bundle.mjs');
  try {
    await build({ entryPoints: [resolve(entry)], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'error' });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
