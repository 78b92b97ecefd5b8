import type { Element, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { frenchTypography } from '../engine/text/french-typography';

/**
 * Rehype plugin: applies French no-break spaces to the prose of rendered lessons, leaving
 * code and KaTeX output untouched.
 */
export function rehypeFrenchTypography() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === 'element') {
        const element = node as Element;
        const classes = element.properties?.className;
        const classList = Array.isArray(classes) ? classes.map(String) : [];
        if (['code', 'pre', 'script', 'style'].includes(element.tagName) || classList.some((c) => c.startsWith('katex') || c.startsWith('math'))) {
          return SKIP;
        }
      }
      if (node.type === 'text') (node as Text).value = frenchTypography((node as Text).value);
      return undefined;
    });
  };
}
