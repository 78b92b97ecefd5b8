import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { builtPages, inlineCodeIn } from './page-scripts';

/**
 * After the build, refuses any page that holds code the site's strict policy blocks
 * (`script-src 'self'`, scripts/hosting/headers.mjs): an inline script (Astro could inline a
 * small hoisted script), an `on…=` attribute or a `javascript:` URL. Such code would simply not
 * run in the browser; failing here names the page instead. JSON data blocks are allowed.
 */
export function strictCspCheck(): AstroIntegration {
  return {
    name: 'formation-mutuelles:strict-csp-check',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const pages = builtPages(fileURLToPath(dir));
        const problems = pages.flatMap((page) => inlineCodeIn(page.html).map((what) => `  - ${page.file} : ${what}`));
        if (problems.length > 0) {
          throw new Error(`Code en ligne bloqué par la politique de sécurité (script-src 'self') :\n${problems.join('\n')}\nPlacez ce code dans un <script> traité par Astro (fichier à part) ou dans un îlot.`);
        }
        logger.info(`${pages.length} pages sans script en ligne (politique script-src 'self')`);
      },
    },
  };
}
