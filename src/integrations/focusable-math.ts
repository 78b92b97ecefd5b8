import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { t } from '../i18n';

/**
 * Rehype plugin, after rehype-katex: a displayed formula wider than a phone scrolls inside its
 * own box, so that box must be reachable by keyboard and named (axe rule
 * scrollable-region-focusable).
 */
export function rehypeFocusableMath() {
  return (tree: Root) => {
    visit(tree, 'element', (element: Element) => {
      const classes = element.properties?.className;
      if (Array.isArray(classes) && classes.includes('katex-display')) {
        element.properties = { ...element.properties, tabIndex: 0, role: 'region', ariaLabel: t('a11y.scrollFormula') };
      }
    });
  };
}
