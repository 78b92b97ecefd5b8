import type { AstroIntegration } from 'astro';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError } from '../course/content-issue';
import { loadH5pActivities } from '../course/load-h5p';
import { frameBootstrapHashes } from './h5p-frame-bootstrap';
import { builtPages, h5pActivitiesIn } from './page-scripts';

/**
 * H5P at build time: validates every package of content/h5p/ (and the project's own sources in
 * content/h5p-src/) before any page is rendered, failing with the file and the problem; after
 * the build, unpacks them into `<out>/h5p/` (libraries shared by packages stored once in
 * `h5p/libraries/`, each activity in `h5p/content/<id>/`) and copies what the h5p-standalone
 * player's frame loads (frame.bundle.js, styles, fonts) from node_modules to `h5p/player/`, so
 * nothing comes from a CDN.
 *
 * It also writes `h5p/csp.json`, the facts the H5P pages' Content-Security-Policy is made of
 * (scripts/hosting/headers.mjs turns them into header rules for the server and the nginx,
 * Apache and IIS configurations): the SHA-256 of the player's inline frame bootstrap (read from
 * the installed frame.bundle.js, so an upgrade recomputes it), which library of each activity
 * needs 'unsafe-eval' and why, and the built pages that play activities (found in the HTML).
 */
export function h5pAssets(root: string): AstroIntegration {
  let loaded: ReturnType<typeof loadH5pActivities> | undefined;
  return {
    name: 'formation-mutuelles:h5p-assets',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        loaded = loadH5pActivities(root);
        if (loaded.issues.length > 0) throw new ContentError(loaded.issues);
        const evalNeeded = loaded.activities.filter((a) => a.needsUnsafeEval);
        logger.info(`${loaded.activities.length} activité(s) H5P${evalNeeded.length ? '' : ", aucune n'exige 'unsafe-eval'"}`);
        for (const activity of evalNeeded) logger.warn(`'unsafe-eval' requis sur les pages de ${activity.file} par ${activity.unsafeEvalBy.join(' ; ')}`);
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
        const scriptHashes = frameBootstrapHashes(readFileSync(join(playerDist, 'frame.bundle.js'), 'utf8'));
        const pages = builtPages(fileURLToPath(dir))
          .map((page) => ({ path: page.path, activities: h5pActivitiesIn(page.html) }))
          .filter((page) => page.activities.length > 0);
        const csp = {
          version: 1,
          scriptHashes,
          unsafeEval: loaded.activities.some((a) => a.needsUnsafeEval),
          activities: loaded.activities.map((a) => ({ id: a.id, contentVersion: a.contentVersion, unsafeEvalBy: a.unsafeEvalBy })),
          pages,
        };
        write(join(out, 'csp.json'), `${JSON.stringify(csp, null, 2)}\n`);
        logger.info(`H5P : ${loaded.activities.length} activité(s), ${loaded.libraries.size} bibliothèque(s) dans h5p/`);
        logger.info(`Politique de sécurité propre aux pages H5P (${csp.scriptHashes.join(' ')}${csp.unsafeEval ? " 'unsafe-eval'" : ''}) : ${pages.map((p) => p.path || '/').join(', ') || 'aucune page'}`);
      },
    },
  };
}
