#!/usr/bin/env node
// Serves the built site on the local network: `npm start [-- --port 8080] [-- --no-build]`.
// Builds first when dist/ is missing, older than the sources, or built for another BASE_PATH.
// Static files are served by sirv (precompressed .br/.gz, ETags, ranges); this file only adds
// the base path, cache and security headers, the 404 page and the LAN addresses.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';

const root = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    port: { type: 'string', short: 'p' },
    host: { type: 'string' },
    dir: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log(`Usage : npm start [-- --port 4321] [-- --host 0.0.0.0] [-- --no-build]
  PORT, HOST et BASE_PATH sont aussi lus dans l'environnement.`);
  process.exit(0);
}

const port = Number(args.port ?? process.env.PORT ?? 4321);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`Port invalide : ${args.port ?? process.env.PORT}`);
  process.exit(2);
}
const host = args.host ?? process.env.HOST ?? '0.0.0.0';
const distDir = resolve(root, args.dir ?? process.env.FM_OUT_DIR ?? 'dist');
const wantedBase = process.env.BASE_PATH === undefined ? undefined : `/${process.env.BASE_PATH.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

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

const reason = args['no-build'] ? null : buildReason();
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
const base = info.base;

const securityHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'SAMEORIGIN',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  // Everything comes from this server: no request may leave it (offline-first, and safe).
  'Content-Security-Policy': [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "media-src 'self' blob:",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; '),
};

const staticOptions = {
  // sirv's default lists dist/ once at start-up and keeps each file's size: after a rebuild
  // made while the server runs, it would send new files with stale lengths (hung or cut
  // responses) and miss new hashed assets. Looking files up on each request (its `dev` mode)
  // costs one stat per request, nothing on a LAN, and always serves what is on disk.
  dev: true,
  etag: true,
  gzip: true,
  brotli: true,
  extensions: ['html'],
  setHeaders(res, pathname) {
    if (pathname.startsWith('/_astro/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    else if (pathname.endsWith('.html') || pathname.endsWith('/')) res.setHeader('Cache-Control', 'no-cache');
    else res.setHeader('Cache-Control', 'public, max-age=3600');
  },
};
const serveStatic = sirv(distDir, staticOptions);

/** The site's own 404 page, read when needed so that a rebuild's version is the one sent. */
function readNotFoundPage() {
  try {
    return readFileSync(join(distDir, '404.html'));
  } catch {
    return Buffer.from('Page introuvable');
  }
}

function sendNotFound(res) {
  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-cache');
  res.end(readNotFoundPage());
}

const server = createServer((req, res) => {
  for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.statusCode = 405;
    res.setHeader('Allow', 'GET, HEAD');
    res.end();
    return;
  }
  const rawPath = (req.url ?? '/').split('?')[0] ?? '/';
  // The site lives under its base path; the bare root redirects there.
  if (base !== '/' && (rawPath === '/' || rawPath === base.slice(0, -1))) {
    res.statusCode = 302;
    res.setHeader('Location', base);
    res.end();
    return;
  }
  if (!rawPath.startsWith(base)) return sendNotFound(res);
  req.url = `/${(req.url ?? '/').slice(base.length)}`;
  serveStatic(req, res, () => sendNotFound(res));
});

server.on('error', (error) => {
  if (error.code === 'EADDRINUSE') console.error(`Le port ${port} est déjà utilisé : essayez « npm start -- --port ${port + 1} ».`);
  else console.error(error);
  process.exit(1);
});

server.listen(port, host, () => {
  const addresses = [`http://localhost:${port}${base}`];
  if (host === '0.0.0.0' || host === '::') {
    for (const list of Object.values(networkInterfaces())) {
      for (const net of list ?? []) {
        if (net.family === 'IPv4' && !net.internal) addresses.push(`http://${net.address}:${port}${base}`);
      }
    }
  }
  console.log(`\nFormation mutuelles de santé est en ligne. Ouvrez dans un navigateur :`);
  for (const address of addresses) console.log(`  ${address}`);
  console.log(`\nLes autres appareils du réseau local utilisent l'adresse IP de cette machine. Ctrl+C pour arrêter.`);
});

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
