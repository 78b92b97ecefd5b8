import katex from 'katex';

/** Renders a TeX formula to HTML + MathML at build time (no script in the browser). */
export function tex(formula: string, displayMode = false): string {
  return katex.renderToString(formula, { displayMode, throwOnError: true, strict: 'error' });
}
