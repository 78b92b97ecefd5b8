#!/usr/bin/env node
// `npm run bench:load [-- --duration 10]`: a full training room against the release, on
// loopback only. Serves the packaged site (run `npm run package` first) under /formation/ with
// the bundled server (one worker per core) and with nginx and the shipped configuration, side
// by side; for each, autocannon sends a burst (85 clients each loading a lesson page and its
// CSS and JS once) then sustained load (85 clients for --duration seconds), and prints
// requests/s, p50/p99 latency and errors. Bounded: fixed client count and duration.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { RELEASE_ROOT } from './hosting/configs.mjs';

const root = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({ options: { duration: { type: 'string', default: '10' }, clients: { type: 'string', default: '85' }, workers: { type: 'string', default: '0' } } });
const duration = Math.min(60, Number(args.duration));
const clients = Math.min(500, Number(args.clients));
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const release = join(root, 'release', 'work', `formation-mutuelles-${version}`);
if (!existsSync(join(release, 'server.mjs'))) {
  console.error('Version publiée introuvable : lancez d’abord « npm run package ».');
  process.exit(1);
}
const temp = mkdtempSync(join(tmpdir(), 'fm-bench-'));
const children = [];
process.on('exit', () => {
  for (const child of children) child.kill('SIGTERM');
  rmSync(temp, { recursive: true, force: true });
});

async function waitFor(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} ne répond pas`);
}

function startBuiltin(port) {
  const child = spawn(process.execPath, ['server.mjs', '--port', String(port), '--host', '127.0.0.1', '--base', '/formation/', '--quiet', '--workers', args.workers], { cwd: release, stdio: 'ignore' });
  children.push(child);
  return child;
}

function startNginx(port) {
  const prefix = join(temp, 'nginx');
  mkdirSync(join(prefix, 'logs'), { recursive: true });
  writeFileSync(join(prefix, 'site.conf'), readFileSync(join(release, 'configs', 'nginx-formation.conf'), 'utf8').split(RELEASE_ROOT).join(release));
  // One worker per core, no access log: the same footing as the built-in server with --quiet.
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `daemon off;\nuser root;\nworker_processes auto;\npid ${prefix}/nginx.pid;\nerror_log ${prefix}/logs/error.log;\nevents { worker_connections 1024; }\n` +
      `http {\n  include /etc/nginx/mime.types;\n  access_log off;\n  sendfile on;\n  keepalive_timeout 5;\n` +
      `  client_body_temp_path ${prefix}/body; proxy_temp_path ${prefix}/proxy; fastcgi_temp_path ${prefix}/fastcgi; uwsgi_temp_path ${prefix}/uwsgi; scgi_temp_path ${prefix}/scgi;\n` +
      `  server { listen 127.0.0.1:${port}; include ${prefix}/site.conf; }\n}\n`,
  );
  const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
  if (!nginx) throw new Error('nginx est introuvable (apt-get install nginx-light)');
  const child = spawn(nginx, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'logs/error.log')], { stdio: 'ignore' });
  children.push(child);
  return child;
}

/** The lesson page and the CSS/JS it loads (what a learner's browser fetches on a cold visit). */
async function lessonRequests(origin) {
  const home = await (await fetch(`${origin}/formation/`)).text();
  const module = /href="(\/formation\/modules\/[^"]+\/)"/.exec(home)[1];
  const moduleHtml = await (await fetch(origin + module)).text();
  const lesson = [...moduleHtml.matchAll(/href="(\/formation\/modules\/[^"/]+\/[^"/]+\/)"/g)].map((m) => m[1]).find((href) => !href.endsWith('/test/'));
  const html = await (await fetch(origin + lesson)).text();
  const assets = [...new Set([...html.matchAll(/(?:href|src)="(\/formation\/_astro\/[^"]+\.(?:css|js))"/g)].map((m) => m[1]))];
  return [lesson, ...assets];
}

function run(url, paths, options) {
  const headers = { 'accept-encoding': 'br, gzip' };
  return autocannon({ url, connections: clients, requests: paths.map((path) => ({ method: 'GET', path, headers })), ...options });
}

const summary = (r) => ({
  'req/s': Math.round(r.requests.total / ((new Date(r.finish) - new Date(r.start)) / 1000)),
  'p50 ms': r.latency.p50,
  'p99 ms': r.latency.p99,
  erreurs: r.errors + r.timeouts + r.non2xx,
  requêtes: r.requests.total,
});

const servers = [
  ['serveur intégré', 8417, startBuiltin],
  ['nginx', 8418, startNginx],
];
const results = {};
for (const [name, port, start] of servers) {
  start(port);
  const origin = `http://127.0.0.1:${port}`;
  await waitFor(`${origin}/formation/`);
  const paths = await lessonRequests(origin);
  await run(origin, paths, { amount: clients * paths.length * 2 }); // warm-up, not counted
  const burst = await run(origin, paths, { amount: clients * paths.length });
  const sustained = await run(origin, paths, { duration });
  results[name] = { burst: summary(burst), sustained: summary(sustained), files: paths.length };
  children.pop().kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
}

console.log(`\nCharge : ${clients} clients, une leçon et ses ${results.nginx.files - 1} fichiers CSS/JS, brotli/gzip ; soutenu ${duration} s ; boucle locale.`);
const rows = [];
for (const [name, r] of Object.entries(results)) {
  rows.push({ serveur: name, phase: 'rafale', ...r.burst });
  rows.push({ serveur: name, phase: 'soutenu', ...r.sustained });
}
console.table(rows);
const ratio = results['serveur intégré'].sustained['req/s'] / results.nginx.sustained['req/s'];
console.log(`Serveur intégré / nginx (soutenu) : ${ratio.toFixed(2)}×`);
process.exit(0);
