#!/usr/bin/env node
// Proves the release as a host receives it: `node scripts/hosting/smoke.mjs [release.zip]`.
// Unpacks the archive into an empty temporary folder (no node_modules anywhere above it),
// checks SHA256SUMS, then serves it in turn with its bundled server (Node.js only), with nginx
// and the shipped configuration at / and at /formation/, and, when the archive holds the ZIM,
// with kiwix-serve; each time the Playwright smoke tests (tests/e2e/smoke.spec.ts) run
// against it. Servers listen on loopback only. `--only builtin,nginx` picks some of them.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { unzipSync } from 'fflate';
import { RELEASE_ROOT } from './configs.mjs';

const root = resolve(import.meta.dirname, '../..');
const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { only: { type: 'string' }, 'port-base': { type: 'string', default: '8411' }, keep: { type: 'boolean', default: false } },
});
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const zipPath = resolve(positionals[0] ?? join(root, 'release', `formation-mutuelles-${version}.zip`));
const only = args.only ? new Set(args.only.split(',')) : null;
const wanted = (name) => !only || only.has(name);
const portBase = Number(args['port-base']);

function fail(message) {
  console.error(`✗ ${message}`);
  process.exit(1);
}

// 1. A fresh folder, as on a machine with only Node.js.
const temp = mkdtempSync(join(tmpdir(), 'fm-release-'));
// mkdtemp makes a private folder; nginx's workers (another user) must read the site, as on a server.
chmodSync(temp, 0o755);
for (let dir = temp; ; dir = dirname(dir)) {
  if (existsSync(join(dir, 'node_modules'))) fail(`${join(dir, 'node_modules')} existe : le test doit se faire hors de tout node_modules.`);
  if (dirname(dir) === dir) break;
}
const files = unzipSync(readFileSync(zipPath));
for (const [name, data] of Object.entries(files)) {
  if (name.endsWith('/')) continue;
  const target = resolve(temp, name);
  if (!target.startsWith(`${temp}/`)) fail(`chemin hors de l'archive : ${name}`);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, data);
}
const [top] = readdirSync(temp);
const release = join(temp, top);
console.log(`Archive décompressée dans ${release}`);

// 2. Checksums, the way INSTALLER.md tells hosts to check them (sha256sum -c), recomputed here.
let checked = 0;
for (const line of readFileSync(join(release, 'SHA256SUMS'), 'utf8').trim().split('\n')) {
  const [sum, file] = line.split(/ {2}/);
  const actual = createHash('sha256').update(readFileSync(join(release, file))).digest('hex');
  if (actual !== sum) fail(`somme de contrôle fausse : ${file}`);
  checked++;
}
console.log(`SHA256SUMS : ${checked} fichiers vérifiés`);

const children = new Set();
const passed = [];
function start(command, commandArgs, options = {}) {
  const child = spawn(command, commandArgs, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  children.add(child);
  child.on('exit', () => children.delete(child));
  return { child, output: () => output };
}
function stopAll() {
  for (const child of children) child.kill('SIGTERM');
}
process.on('exit', () => {
  stopAll();
  if (!args.keep) rmSync(temp, { recursive: true, force: true });
});

async function waitFor(url, server) {
  for (let i = 0; i < 100; i++) {
    try {
      const response = await fetch(url, { redirect: 'manual' });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    if (server.child.exitCode !== null) fail(`le serveur s'est arrêté :\n${server.output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  fail(`${url} ne répond pas :\n${server.output()}`);
}

function playwright(title, url, serverName) {
  console.log(`\n▶ Tests de fumée : ${title} (${url})`);
  const result = spawnSync(join(root, 'node_modules/.bin/playwright'), ['test', 'tests/e2e/smoke.spec.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, E2E_URL: url, E2E_SERVER: serverName },
  });
  if (result.status !== 0) fail(`tests de fumée : ${title}`);
  passed.push(title);
}

async function stop(server) {
  if (server.child.exitCode !== null) return server.child.exitCode;
  const exited = new Promise((r) => server.child.once('exit', (code, signal) => r(code ?? signal)));
  server.child.kill('SIGTERM');
  return exited;
}

// 3. The bundled server: Node.js alone, from the unpacked folder.
if (wanted('builtin')) {
  const port = portBase;
  const server = start(process.execPath, ['server.mjs', '--port', String(port), '--host', '127.0.0.1', '--base', '/formation/'], { cwd: release });
  await waitFor(`http://127.0.0.1:${port}/formation/`, server);
  playwright('serveur intégré sous /formation/', `http://127.0.0.1:${port}/formation/`, 'builtin');
  const code = await stop(server);
  if (code !== 0) fail(`le serveur intégré ne s'est pas arrêté proprement sur SIGTERM (${code})`);
  if (!/GET \/formation\/ 200/.test(server.output())) fail('le journal ne montre pas les requêtes');
  if (/\?q=/.test(server.output())) fail('le journal contient une chaîne de requête');
  console.log('Arrêt propre sur SIGTERM ; journal sans chaîne de requête.');
}

// 4. nginx with the shipped configuration, at / and at /formation/.
if (wanted('nginx')) {
  const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));
  if (!nginx) fail('nginx est introuvable (apt-get install nginx-light)');
  for (const [index, base] of ['/', '/formation/'].entries()) {
    const port = portBase + 1 + index;
    const folder = base === '/' ? 'racine' : 'formation';
    const prefix = join(temp, `nginx-${folder}`);
    mkdirSync(join(prefix, 'logs'), { recursive: true });
    // The shipped file, with only the unpacked folder's path put in.
    const shipped = readFileSync(join(release, 'configs', `nginx-${folder}.conf`), 'utf8').split(RELEASE_ROOT).join(release);
    writeFileSync(join(prefix, 'site.conf'), shipped);
    writeFileSync(
      join(prefix, 'nginx.conf'),
      `daemon off;\nworker_processes 1;\npid ${prefix}/nginx.pid;\nerror_log ${prefix}/logs/error.log;\nevents { worker_connections 256; }\n` +
        `http {\n  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n  access_log ${prefix}/logs/access.log;\n` +
        `  client_body_temp_path ${prefix}/body; proxy_temp_path ${prefix}/proxy; fastcgi_temp_path ${prefix}/fastcgi; uwsgi_temp_path ${prefix}/uwsgi; scgi_temp_path ${prefix}/scgi;\n` +
        `  server {\n    listen 127.0.0.1:${port};\n    include ${prefix}/site.conf;\n  }\n}\n`,
    );
    const server = start(nginx, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'logs/error.log')]);
    await waitFor(`http://127.0.0.1:${port}${base}`, server);
    playwright(`nginx sous ${base}`, `http://127.0.0.1:${port}${base}`, 'nginx');
    await stop(server);
  }
}

// 5. kiwix-serve with the ZIM, when the release holds one.
const zim = join(release, 'kiwix', 'formation-mutuelles.zim');
if (wanted('kiwix') && existsSync(zim)) {
  const port = portBase + 3;
  const server = start('kiwix-serve', ['--port', String(port), '--address', '127.0.0.1', '--nosearchbar', zim]);
  const url = `http://127.0.0.1:${port}/formation-mutuelles/`;
  await waitFor(url, server);
  playwright('kiwix-serve', url, 'kiwix');
  await stop(server);
} else if (wanted('kiwix') && only?.has('kiwix')) fail('l’archive ne contient pas de fichier ZIM (npm run package -- --zim)');

console.log(`\n✓ La version publiée passe les tests de fumée : ${passed.join(' ; ')}.`);
process.exit(0);
