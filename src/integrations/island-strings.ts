import type { AstroIntegration } from 'astro';
import { stringsFor } from '../i18n';

const PREFIX = 'virtual:fm-strings/';

/**
 * `import strings from 'virtual:fm-strings/quiz.'` gives an island the dictionary strings of
 * that prefix (through `stringsFor`, typography applied) inside its own code. For islands that
 * load lazily (the lesson quiz and exercises) the strings then arrive with the code, cached
 * with it, instead of sitting in every page as a JSON attribute before they are needed.
 */
export function islandStrings(): AstroIntegration {
  return {
    name: 'formation-mutuelles:island-strings',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'formation-mutuelles:island-strings',
                resolveId: (id: string) => (id.startsWith(PREFIX) ? `\0${id}` : undefined),
                load: (id: string) => (id.startsWith(`\0${PREFIX}`) ? `export default ${JSON.stringify(stringsFor(id.slice(PREFIX.length + 1)))};` : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
