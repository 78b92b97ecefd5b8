// The site's HTTP server, shared by `npm start` (scripts/serve.mjs) and the release's bundled
// server.mjs (scripts/hosting/release.mjs): no build logic here, only serving a built folder.
// Static files are served by sirv (precompressed .br/.gz, ETags, ranges); this module adds the
// base path, the headers of scripts/hosting/headers.mjs, path checks, the 404 page, one log
// line per request, a clean stop on SIGTERM and, when asked, one worker process per core.
import cluster from 'node:cluster';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { availableParallelism, networkInterfaces } from 'node:os';
import { join } from 'node:path';
import sirv from 'sirv';
import { cacheControlFor, headerRulesOf, liveHeaderRules, securityHeadersFor } from './headers.mjs';

/** Normalises a base path to '/x/y/' form ('/' for the root). */
export function normaliseBase(value) {
  return `/${String(value).replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/**
 * Whether a request path (query already removed) may be served: it must decode, and no
 * segment may be '..' or hold a backslash or NUL once decoded (any encoding of a climb out).
 */
export function isSafePath(rawPath) {
  let decoded = rawPath;
  // Decoding twice catches %252e%252e, which some servers behind a proxy decode again.
  for (let round = 0; round < 2; round++) {
    try {
      decoded = decodeURIComponent(decoded);
    } catch {
      return false;
    }
    if (/[\\\0]/.test(decoded)) return false;
    if (decoded.split('/').some((segment) => segment === '..' || segment === '.')) return false;
  }
  return true;
}

/**
 * Creates the request handler of a built site.
 * @param {{ distDir: string, base: string, log?: (line: string) => void, fixedFiles?: boolean }} options
 */
export function createSiteHandler({ distDir, base, log, fixedFiles = false }) {
  const serveStatic = sirv(distDir, {
    // sirv's default lists the folder once at start-up and keeps each file's size: after a
    // rebuild made while `npm start` runs, it would send new files with stale lengths and miss
    // new hashed assets, so `npm start` looks files up per request. The release's folder only
    // changes when the host stops the server to update (INSTALLER.md), so it keeps the listing
    // (`fixedFiles`) and saves a file lookup per request.
    dev: !fixedFiles,
    etag: true,
    gzip: true,
    brotli: true,
    extensions: ['html'],
    setHeaders(res, pathname) {
      res.setHeader('Cache-Control', cacheControlFor(pathname));
    },
  });

  // The pages' policies come from the build (h5p/csp.json): read once for a fixed release,
  // followed across rebuilds for `npm start`.
  const fixedRules = fixedFiles ? headerRulesOf(distDir) : undefined;
  const rulesNow = fixedRules ? () => fixedRules : liveHeaderRules(distDir);

  function sendNotFound(res) {
    let page;
    try {
      page = readFileSync(join(distDir, '404.html'));
    } catch {
      page = Buffer.from('Page introuvable');
    }
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.end(page);
  }

  return (req, res) => {
    const started = process.hrtime.bigint();
    // Only the path is logged: query strings may hold a learner's scenario or name.
    const rawPath = (req.url ?? '/').split('?')[0] ?? '/';
    if (log) {
      res.on('finish', () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        log(`${new Date().toISOString()} ${req.method} ${rawPath} ${res.statusCode} ${ms.toFixed(1)}ms`);
      });
    }
    const sitePath = rawPath.startsWith(base) ? rawPath.slice(base.length) : '';
    for (const [name, value] of Object.entries(securityHeadersFor(sitePath, rulesNow()))) res.setHeader(name, value);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.statusCode = 405;
      res.setHeader('Allow', 'GET, HEAD');
      res.end();
      return;
    }
    if (!isSafePath(rawPath)) {
      res.statusCode = 400;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Chemin refusé');
      return;
    }
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
  };
}

/** The addresses to open, for the start-up message. */
function addressesFor(host, port, base) {
  const addresses = [`http://localhost:${port}${base}`];
  if (host === '0.0.0.0' || host === '::') {
    for (const list of Object.values(networkInterfaces())) {
      for (const net of list ?? []) if (net.family === 'IPv4' && !net.internal) addresses.push(`http://${net.address}:${port}${base}`);
    }
  }
  return addresses;
}

/**
 * Serves `distDir` under `base` on `host:port` until SIGINT/SIGTERM. With `workers` > 1 the
 * primary process forks that many workers sharing the port (node:cluster) and only prints.
 * @param {{ distDir: string, base: string, port: number, host: string, workers?: number, quiet?: boolean, fixedFiles?: boolean }} options
 */
export function startServer({ distDir, base, port, host, workers = 1, quiet = false, fixedFiles = false }) {
  const count = workers === 0 ? availableParallelism() : workers;
  if (count > 1 && cluster.isPrimary) return startPrimary({ base, port, host, count });

  const log = quiet ? undefined : (line) => process.stdout.write(`${line}\n`);
  let handler;
  try {
    handler = createSiteHandler({ distDir, base, log, fixedFiles });
  } catch (error) {
    // An unreadable h5p/csp.json: serving H5P pages without their policy would break them.
    console.error(`Politique de sécurité du site illisible : ${error.message}. Reconstruisez le site (npm run build).`);
    process.exit(1);
  }
  const server = createServer(handler);
  server.keepAliveTimeout = 5000;
  server.on('error', (error) => {
    if (error.code === 'EADDRINUSE') console.error(`Le port ${port} est déjà utilisé : essayez « --port ${port + 1} ».`);
    else console.error(error);
    process.exit(1);
  });
  server.listen(port, host, () => {
    if (cluster.isWorker) return;
    printWelcome(host, port, base);
  });

  // A clean stop: no new connections, idle keep-alive sockets closed, running responses
  // finished; after 5 s whatever is left is cut so a service manager never waits forever.
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => {
      server.closeAllConnections();
      process.exit(0);
    }, 5000).unref();
  };
  // In a cluster the primary coordinates: it stops workers by disconnecting them, and a
  // Ctrl+C that reaches the whole process group must not make workers exit behind its back.
  if (cluster.isWorker) {
    process.on('disconnect', stop);
    for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => {});
  } else {
    for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, stop);
  }
  return server;
}

function printWelcome(host, port, base, workers = 1) {
  console.log(`\nFormation mutuelles de santé est en ligne${workers > 1 ? ` (${workers} processus)` : ''}. Ouvrez dans un navigateur :`);
  for (const address of addressesFor(host, port, base)) console.log(`  ${address}`);
  console.log(`\nLes autres appareils du réseau local utilisent l'adresse IP de cette machine. Ctrl+C pour arrêter.`);
}

function startPrimary({ base, port, host, count }) {
  let stopping = false;
  let listening = 0;
  for (let i = 0; i < count; i++) cluster.fork();
  cluster.on('listening', () => {
    if (++listening === count) printWelcome(host, port, base, count);
  });
  cluster.on('exit', (worker, code) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    // A worker that failed at start-up (port taken…) would fail again: stop everything.
    if (code !== 0 && listening < count) {
      stopping = true;
      for (const other of Object.values(cluster.workers ?? {})) other?.kill();
      process.exit(code ?? 1);
    }
    cluster.fork();
  });
  const stop = () => {
    if (stopping) return;
    stopping = true;
    const alive = Object.values(cluster.workers ?? {});
    if (alive.length === 0) process.exit(0);
    for (const worker of alive) worker?.disconnect();
    setTimeout(() => process.exit(0), 6000).unref();
  };
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, stop);
}

/** The port asked for (flag, then PORT, then 4321); exits with a French message when it is not one. Both entry points use it. */
export function portOrExit(flag) {
  const port = Number(flag ?? process.env.PORT ?? 4321);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`Port invalide : ${flag ?? process.env.PORT}`);
    process.exit(2);
  }
  return port;
}
