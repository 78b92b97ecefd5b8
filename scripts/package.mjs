#!/usr/bin/env node
// `npm run package [-- --zim] [-- --out release]`: the release a host serves with Node.js alone.
// Builds the site for '/' (folder racine/) and for '/formation/' (folder formation/): the base
// path is fixed at build time (Astro writes absolute asset URLs), so the common sub-path is
// shipped ready rather than chosen at serve time. Adds the bundled server (esbuild: sirv and
// the server code in one file), the nginx/Apache/IIS configurations, the French hosting guide
// and SHA256SUMS, then zips it all (fflate). With --zim, also writes the Kiwix ZIM file.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { zipSync } from 'fflate';
import { siteFolder } from './hosting/configs.mjs';
import { writeHostConfigs } from './hosting/write-configs.mjs';
import { listFiles } from './hosting/list-files.mjs';
import { writeZim } from './hosting/zim.mjs';

const root = resolve(import.meta.dirname, '..');
// `npm run package -- --scorm [--out dir] [--unzipped]`: the SCORM 1.2 packages (scripts/scorm/).
if (process.argv.includes('--scorm')) {
  const rest = process.argv.slice(2).filter((arg) => arg !== '--scorm');
  process.exit(spawnSync(process.execPath, [join(root, 'scripts/scorm/package.mjs'), ...rest], { cwd: root, stdio: 'inherit' }).status ?? 1);
}
const { values: args } = parseArgs({
  options: {
    out: { type: 'string', default: 'release' },
    zim: { type: 'boolean', default: false },
    'zim-base': { type: 'string' },
    /** Reuse builds made earlier in the work folder (quicker when only the packaging changed). */
    'no-build': { type: 'boolean', default: false },
  },
});
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const name = `formation-mutuelles-${version}`;
const outDir = resolve(root, args.out);
const work = join(outDir, 'work');
const stage = join(work, name);
const bases = ['/', '/formation/'];

function run(title, command, commandArgs, env = {}) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  if (result.status !== 0) {
    console.error(`✗ Échec : ${title}`);
    process.exit(result.status ?? 1);
  }
}

rmSync(stage, { recursive: true, force: true });
mkdirSync(join(stage, 'configs'), { recursive: true });

// 1. The sites, one per base path.
for (const base of bases) {
  const buildDir = join(work, `build-${siteFolder(base)}`);
  if (!args['no-build'] || !existsSync(join(buildDir, 'build-info.json'))) {
    run(`Construction du site pour ${base}`, process.execPath, ['scripts/build.mjs'], { BASE_PATH: base, FM_OUT_DIR: buildDir });
  }
  cpSync(buildDir, join(stage, siteFolder(base)), { recursive: true });
}

// 2. The server, bundled: the release must run where `npm install` never ran.
console.log('\n▶ Serveur en un seul fichier (esbuild)');
await build({
  entryPoints: [join(root, 'scripts/hosting/release.mjs')],
  outfile: join(stage, 'server.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'inline',
  banner: { js: `// Formation mutuelles de santé ${version} — serveur autonome : node server.mjs --help` },
  logLevel: 'warning',
});

// 3. Configurations of other servers, generated from the built-in server's headers and each
// site's own H5P pages (its h5p/csp.json), as the bundled server reads them.
for (const base of bases) {
  writeHostConfigs({ siteDir: join(stage, siteFolder(base)), base, configsDir: join(stage, 'configs') });
}

// 4. The hosting guide.
cpSync(join(root, 'docs/INSTALLER.md'), join(stage, 'INSTALLER.md'));
writeFileSync(
  join(stage, 'VERSION.txt'),
  `Formation mutuelles de santé ${version}\nConstruit le ${new Date().toISOString()}\nSites : ${bases.map((b) => `${siteFolder(b)}/ pour ${b}`).join(', ')}\n`,
);

// 5. Kiwix (optional: needs Debian's zim-tools).
if (args.zim) {
  const zimBase = args['zim-base'] ?? '/formation-mutuelles/';
  const buildDir = join(work, 'build-zim');
  if (!args['no-build'] || !existsSync(join(buildDir, 'build-info.json'))) {
    run(`Construction du site pour Kiwix (${zimBase})`, process.execPath, ['scripts/build.mjs'], { BASE_PATH: zimBase, FM_OUT_DIR: buildDir });
  }
  mkdirSync(join(stage, 'kiwix'), { recursive: true });
  const zimFile = join(stage, 'kiwix', 'formation-mutuelles.zim');
  writeZim({ siteDir: buildDir, zimFile, work: join(work, 'zim'), version, illustration: join(root, 'scripts/hosting/zim-illustration-48.png') });
}

// 6. Checksums of every file, in the format `sha256sum -c` reads.
const files = listFiles(stage).filter((file) => file !== 'SHA256SUMS');
const sums = files.map((file) => `${createHash('sha256').update(readFileSync(join(stage, file))).digest('hex')}  ${file}`);
writeFileSync(join(stage, 'SHA256SUMS'), `${sums.join('\n')}\n`);

// 7. The archive: one top folder named after the version. Already compressed files are stored.
console.log('\n▶ Archive zip (fflate)');
const entries = {};
for (const file of [...files, 'SHA256SUMS']) {
  const stored = /\.(br|gz|woff2?|png|zim)$/.test(file);
  entries[`${name}/${file}`] = [readFileSync(join(stage, file)), { level: stored ? 0 : 6 }];
}
const zip = zipSync(entries, { mtime: new Date() });
const zipPath = join(outDir, `${name}.zip`);
writeFileSync(zipPath, zip);
const zipSum = createHash('sha256').update(zip).digest('hex');
writeFileSync(`${zipPath}.sha256`, `${zipSum}  ${name}.zip\n`);
console.log(`\n✓ ${relative(root, zipPath)} (${(zip.length / 1024 / 1024).toFixed(1)} Mo, ${files.length + 1} fichiers)\n  SHA-256 ${zipSum}`);
