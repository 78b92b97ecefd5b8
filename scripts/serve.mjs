#!/usr/bin/env node
// Serves the built site on the local network: `npm start [-- --port 8080] [-- --no-build]`.
// Builds first when dist/ is missing, older than the sources, or built for another BASE_PATH.
// Serving itself (headers, base path, 404, logs, clean stop) is scripts/hosting/server.mjs,
// shared with the release's bundled server, which never builds.
import { spawnSync } from 'node:child_process';
import cluster from 'node:cluster';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { normaliseBase, portOrExit, startServer } from './hosting/server.mjs';

const root = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    port: { type: 'string', short: 'p' },
    host: { type: 'string' },
    dir: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    workers: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log(`Usage : npm start [-- --port 4321] [-- --host 0.0.0.0] [-- --no-build] [-- --workers 2] [-- --quiet]
  --workers N : N processus (0 = un par cœur) ; --quiet : pas de ligne de journal par requête.
  PORT, HOST et BASE_PATH sont aussi lus dans l'environnement.`);
  process.exit(0);
}

const port = portOrExit(args.port);
const host = args.host ?? process.env.HOST ?? '0.0.0.0';
const workers = Number(args.workers ?? 1);
if (!Number.isInteger(workers) || workers < 0 || workers > 64) {
  console.error(`Nombre de processus invalide : ${args.workers}`);
  process.exit(2);
}
const distDir = resolve(root, args.dir ?? process.env.FM_OUT_DIR ?? 'dist');
const wantedBase = process.env.BASE_PATH === undefined ? undefined : normaliseBase(process.env.BASE_PATH);

function readBuildInfo() {
  try {
    return JSON.parse(readFileSync(join(distDir, 'build-info.json'), 'utf8'));
  } catch {
    return null;
  }
}

function newestSource() {
  let newest = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stats = statSync(path);
    if (stats.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else newest = Math.max(newest, stats.mtimeMs);
  };
  for (const name of ['src', 'content', 'modules', 'quizzes', 'public', 'astro.config.mjs', 'package.json']) visit(join(root, name));
  return newest;
}

function buildReason() {
  const info = readBuildInfo();
  if (!info) return 'aucun site construit';
  if (wantedBase !== undefined && info.base !== wantedBase) return `chemin de base ${info.base} → ${wantedBase}`;
  if (!args.dir && newestSource() > Date.parse(info.builtAt)) return 'sources modifiées depuis la dernière construction';
  return null;
}

// Workers of a cluster run this file again: the primary has already built.
const reason = args['no-build'] || cluster.isWorker ? null : buildReason();
if (reason) {
  console.log(`Construction du site (${reason})…`);
  const result = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit', env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
const info = readBuildInfo();
if (!info) {
  console.error(`Aucun site construit dans ${distDir}. Lancez « npm run build » ou « npm start » sans --no-build.`);
  process.exit(1);
}
startServer({ distDir, base: info.base, port, host, workers, quiet: args.quiet });
