#!/usr/bin/env node
// Builds the static site into dist/ (or FM_OUT_DIR), then precompresses text assets (.br, .gz)
// so that `npm start`, nginx (gzip_static) or any capable server sends them compressed, and
// records what was built (base path, time) for `npm start` to know when to rebuild.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, process.env.FM_OUT_DIR ?? 'dist');
const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
const started = Date.now();

const astro = spawnSync(process.execPath, [join(root, 'node_modules/astro/astro.js'), 'build'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (astro.status !== 0) {
  console.error('\nLa construction du site a échoué (voir le message ci-dessus).');
  process.exit(astro.status ?? 1);
}

// Astro leaves its content-layer bookkeeping next to the pages; the site does not need it.
for (const name of ['collections', 'content-assets.mjs', 'content-modules.mjs']) {
  rmSync(join(outDir, name), { recursive: true, force: true });
}

const compressible = /\.(html|css|js|mjs|json|svg|xml|txt|ttf|map|webmanifest)$/;
let files = 0;
let rawBytes = 0;
let brBytes = 0;
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (compressible.test(name) && statSync(path).size >= 512) {
      const data = readFileSync(path);
      const br = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
      writeFileSync(`${path}.br`, br);
      writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
      files++;
      rawBytes += data.length;
      brBytes += br.length;
    }
  }
}
walk(outDir);
writeFileSync(join(outDir, 'build-info.json'), `${JSON.stringify({ base, builtAt: new Date().toISOString() }, null, 2)}\n`);
console.log(
  `Précompression : ${files} fichiers, ${(rawBytes / 1024).toFixed(0)} Ko → ${(brBytes / 1024).toFixed(0)} Ko (brotli). ` +
    `Construit en ${((Date.now() - started) / 1000).toFixed(1)} s dans ${outDir}, chemin de base ${base}`,
);
