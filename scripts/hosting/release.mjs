// Entry point of the release's server.mjs, bundled with its dependencies by esbuild
// (scripts/package.mjs) so a host needs only Node.js: `node server.mjs [--base /formation/]`.
// It never builds: it serves one of the sites shipped beside it, the one built for --base.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { normaliseBase, portOrExit, startServer } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: {
    port: { type: 'string', short: 'p' },
    host: { type: 'string' },
    base: { type: 'string' },
    dir: { type: 'string' },
    workers: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

/** The built sites beside this file: folders holding a build-info.json, by base path. */
function shippedSites() {
  const sites = new Map();
  for (const name of readdirSync(here)) {
    const info = join(here, name, 'build-info.json');
    if (!existsSync(info)) continue;
    try {
      sites.set(JSON.parse(readFileSync(info, 'utf8')).base, join(here, name));
    } catch {
      // A folder with an unreadable build-info.json is not a site we can serve.
    }
  }
  return sites;
}

if (args.help) {
  console.log(`Usage : node server.mjs [--port 4321] [--host 0.0.0.0] [--base /formation/] [--workers 0] [--quiet]
  --base     chemin sous lequel servir le site (un des sites fournis, « / » par défaut)
  --workers  nombre de processus (0 = un par cœur, le défaut ; 1 = un seul)
  --quiet    pas de ligne de journal par requête
  PORT, HOST et BASE_PATH sont aussi lus dans l'environnement.`);
  process.exit(0);
}

const port = portOrExit(args.port);
const workers = Number(args.workers ?? 0);
if (!Number.isInteger(workers) || workers < 0 || workers > 64) {
  console.error(`Nombre de processus invalide : ${args.workers}`);
  process.exit(2);
}
const host = args.host ?? process.env.HOST ?? '0.0.0.0';
const base = normaliseBase(args.base ?? process.env.BASE_PATH ?? '/');

let distDir = args.dir ? join(process.cwd(), args.dir) : undefined;
if (!distDir) {
  const sites = shippedSites();
  distDir = sites.get(base);
  if (!distDir) {
    const known = [...sites.keys()].map((b) => `« ${b} »`).join(', ') || 'aucun';
    console.error(`Aucun site construit pour le chemin ${base} à côté de ce fichier (sites fournis : ${known}).`);
    console.error(`Pour un autre chemin, construisez le site depuis les sources : BASE_PATH=${base} npm run build (voir INSTALLER.md).`);
    process.exit(1);
  }
}
startServer({ distDir, base, port, host, workers, quiet: args.quiet, fixedFiles: true });
