import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError } from '../course/content-issue';
import { loadH5pActivities } from '../course/load-h5p';

/**
 * H5P at build time: validates every package of content/h5p/ (and the project's own sources in
 * content/h5p-src/) before any page is rendered, failing with the file and the problem; after
 * the build, unpacks them into `<out>/h5p/` (libraries shared by packages stored once in
 * `h5p/libraries/`, each activity in `h5p/content/<id>/`) and copies what the h5p-standalone
 * player's frame loads (frame.bundle.js, styles, fonts) from node_modules to `h5p/player/`, so
 * nothing comes from a CDN.
 *
 * It also writes `h5p/csp.json`: the SHA-256 of the player's inline frame bootstrap (read from
 * the installed frame.bundle.js, so an upgrade recomputes it) and whether any package needs
 * 'unsafe-eval'; the server's H5P pages policy is built from it.
 */
export function h5pAssets(root: string): AstroIntegration {
  let loaded: ReturnType<typeof loadH5pActivities> | undefined;
  return {
    name: 'formation-mutuelles:h5p-assets',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        loaded = loadH5pActivities(root);
        if (loaded.issues.length > 0) throw new ContentError(loaded.issues);
        const evalNeeded = loaded.activities.filter((a) => a.needsUnsafeEval).map((a) => a.file);
        logger.info(`${loaded.activities.length} activité(s) H5P${evalNeeded.length ? ` ; 'unsafe-eval' requis par ${evalNeeded.join(', ')}` : ", aucune n'exige 'unsafe-eval'"}`);
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!loaded) return;
        const out = join(fileURLToPath(dir), 'h5p');
        const write = (path: string, data: Uint8Array | string) => {
          mkdirSync(dirname(path), { recursive: true });
          writeFileSync(path, data);
        };
        for (const [folder, files] of loaded.libraries) for (const [path, data] of files) write(join(out, 'libraries', folder, path), data);
        for (const activity of loaded.activities) {
          write(join(out, 'content', activity.id, 'h5p.json'), JSON.stringify(activity.pkg.h5pJson));
          for (const [path, data] of activity.pkg.content) write(join(out, 'content', activity.id, 'content', path), data);
        }
        const playerDist = dirname(createRequire(import.meta.url).resolve('h5p-standalone'));
        // Only what the frame loads: frame.bundle.js, styles, fonts, images. main.bundle.js (the
        // page-side player) is bundled into the <x-h5p> island by Vite, so its copy would be dead weight.
        cpSync(playerDist, join(out, 'player'), { recursive: true, filter: (src) => !/(\.d\.ts|\.LICENSE\.txt|[\\/]main\.bundle\.js)$/.test(src) });
        const frame = readFileSync(join(playerDist, 'frame.bundle.js'), 'utf8');
        const bootstrap = /<script>(H5PIntegration = window\.parent\.H5PIntegration;[^<]*)<\\\/script>/.exec(frame)?.[1];
        if (!bootstrap) throw new Error('h5p-standalone: inline frame bootstrap not found in frame.bundle.js (player upgraded?); update src/integrations/h5p-assets.ts');
        const csp = {
          scriptHashes: [`'sha256-${createHash('sha256').update(bootstrap).digest('base64')}'`],
          unsafeEval: loaded.activities.some((a) => a.needsUnsafeEval),
          activities: loaded.activities.map((a) => ({ id: a.id, contentVersion: a.contentVersion })),
        };
        write(join(out, 'csp.json'), `${JSON.stringify(csp, null, 2)}\n`);
        logger.info(`H5P : ${loaded.activities.length} activité(s), ${loaded.libraries.size} bibliothèque(s) dans h5p/`);
      },
    },
  };
}
