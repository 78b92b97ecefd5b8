import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import lunrFr from 'lunr-languages/lunr.fr.js';

/**
 * lunr configured for French, once, identically in the build (index) and the browser (query):
 * the lunr-languages French pipeline (trimmer, stop words, accent folding, Snowball stemmer),
 * and a tokenizer that also splits on apostrophes and hyphens, so « l’adhésion » indexes
 * « adhésion » and « tiers-payant » indexes « tiers » and « payant ».
 */
let configured = false;

/** Word separators: whitespace, hyphens, apostrophes (straight and curly), slashes. */
export const SEPARATOR = /[\s\u00A0\u202F\-–—'’‘/]+/;

export function frenchLunr(): typeof lunr {
  if (!configured) {
    stemmerSupport(lunr);
    lunrFr(lunr);
    lunr.tokenizer.separator = SEPARATOR;
    (lunr as unknown as { QueryLexer: { termSeparator: RegExp } }).QueryLexer.termSeparator = SEPARATOR;
    configured = true;
  }
  return lunr;
}

/** Lowercase and remove accents, as the French pipeline does before stemming. */
export function foldAccents(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/œ/g, 'oe').replace(/æ/g, 'ae');
}
