import { readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * Remark plugin: rewrites the content links authors write into real site URLs under the base
 * path, so lessons never hard-code a path that breaks when the site is hosted under /formation/.
 *   [mot](glossaire:terme)     → <base>glossaire/#terme   (class "lien-glossaire")
 *   [texte](lecon:lecon-id#x)  → <base>modules/<module>/<lecon-id>/#x
 * Unknown targets are reported by the content check, before rendering.
 */
export function remarkContentLinks(options: { base: string; lessonsDir: string }) {
  const moduleOfLesson = new Map<string, string>();
  if (existsSync(options.lessonsDir)) {
    for (const moduleId of readdirSync(options.lessonsDir)) {
      const dir = join(options.lessonsDir, moduleId);
      if (!statSync(dir).isDirectory()) continue;
      for (const file of readdirSync(dir)) if (file.endsWith('.mdx')) moduleOfLesson.set(file.slice(0, -4), moduleId);
    }
  }
  return () => (tree: Root) => {
    visit(tree, 'link', (node: Link) => {
      const match = /^(glossaire|lecon):([^#]*)(#.*)?$/.exec(node.url);
      if (!match) return;
      const [, kind, target = '', hash = ''] = match;
      if (kind === 'glossaire') {
        node.url = `${options.base}glossaire/#${target}`;
        node.data = { ...node.data, hProperties: { className: ['lien-glossaire'] } };
      } else {
        node.url = `${options.base}modules/${moduleOfLesson.get(target) ?? 'inconnu'}/${target}/${hash}`;
      }
    });
  };
}
