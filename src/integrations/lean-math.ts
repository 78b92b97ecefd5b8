import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Rehype plugin, after rehype-katex: drops the TeX source KaTeX keeps in each formula's MathML
 * (`<annotation encoding="application/x-tex">`). Screen readers read the MathML itself and
 * sighted readers the HTML rendering; nobody on a lesson page reads TeX, and every formula
 * carried it twice (about 5 KB per lesson with many formulas). Also drops the `xmlns` of
 * `<math>`, which HTML does not need.
 */
export function rehypeLeanMath() {
  return (tree: Root) => {
    visit(tree, 'element', (element: Element) => {
      // In HTML the parser puts <math> in the MathML namespace by itself.
      if (element.tagName === 'math' && element.properties) delete element.properties['xmlns'];
      if (element.tagName !== 'semantics') return;
      element.children = element.children.filter((child) => !(child.type === 'element' && child.tagName === 'annotation'));
    });
  };
}
