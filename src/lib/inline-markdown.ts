import { frenchTypography } from '../engine/text/french-typography';

/**
 * Renders the little Markdown allowed in YAML texts (quiz prompts, explanations, glossary
 * definitions): **bold**, *italic*, `code`. Everything else is escaped, so a YAML file can never
 * inject HTML into a page. French typography is applied to the text.
 */
export function inlineMarkdown(text: string): string {
  const escaped = frenchTypography(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
  return escaped
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>');
}
