#!/usr/bin/env node
// Writes the nginx, Apache and IIS configurations of one built site, with the header rules of
// that build (the strict policy everywhere, the H5P pages' own policy from its h5p/csp.json).
// `npm run package` calls it for each shipped site; a host who builds the site again (another
// sub-path, new content) runs it on the new build so the configurations follow the pages:
//   node scripts/hosting/write-configs.mjs --dir dist [--out configs]
// The IIS web.config goes into the site's folder (IIS reads it there).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { apacheConfig, iisConfig, nginxConfig, siteFolder } from './configs.mjs';
import { headerRulesOf } from './headers.mjs';
import { listFiles } from './list-files.mjs';

/**
 * Writes `nginx-<folder>.conf` and `apache-<folder>.conf` into `configsDir` and `web.config`
 * into `siteDir`, for the site built in `siteDir` under `base`.
 */
export function writeHostConfigs({ siteDir, base, configsDir }) {
  const folder = siteFolder(base);
  const rules = headerRulesOf(siteDir);
  const shortCacheFiles = listFiles(siteDir).filter((file) => !file.startsWith('_astro/') && !/\.(html|br|gz)$/.test(file) && file !== 'web.config');
  mkdirSync(configsDir, { recursive: true });
  writeFileSync(join(configsDir, `nginx-${folder}.conf`), nginxConfig({ base, rules }));
  writeFileSync(join(configsDir, `apache-${folder}.conf`), apacheConfig({ base, rules }));
  writeFileSync(join(siteDir, 'web.config'), iisConfig({ base, shortCacheFiles, rules }));
  return { folder, rules };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values: args } = parseArgs({ options: { dir: { type: 'string', default: 'dist' }, out: { type: 'string', default: 'configs' } } });
  const siteDir = resolve(args.dir);
  let base;
  try {
    base = JSON.parse(readFileSync(join(siteDir, 'build-info.json'), 'utf8')).base;
  } catch {
    console.error(`Aucun site construit dans ${siteDir} (build-info.json manquant) : lancez d’abord « npm run build ».`);
    process.exit(1);
  }
  const { folder, rules } = writeHostConfigs({ siteDir, base, configsDir: resolve(args.out) });
  console.log(`Configurations du site ${base} écrites : ${join(args.out, `nginx-${folder}.conf`)}, ${join(args.out, `apache-${folder}.conf`)}, ${join(args.dir, 'web.config')} (${rules.length - 1} page(s) H5P avec leur propre politique).`);
}
