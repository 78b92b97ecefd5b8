import type lunrType from 'lunr';
import type { SearchDocument, SerializedSearch } from './documents';
import { foldAccents, frenchLunr, SEPARATOR } from './lunr-fr';

/** A piece of a result snippet; `match` pieces are the words the query found. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

export interface SearchResult {
  document: SearchDocument;
  score: number;
  snippet: SnippetPart[];
}

export interface Searcher {
  /** Never throws: noise, stop words only or lunr syntax typed by accident give `[]` or results. */
  search(query: string, limit?: number): SearchResult[];
}

const MAX_QUERY_LENGTH = 200;
const MAX_TOKENS = 10;
const MAX_TOKEN_LENGTH = 30;
const SNIPPET_WORDS = 28;

type LunrWithFr = typeof lunrType & { fr: { stopWordFilter: (token: lunrType.Token) => lunrType.Token | undefined } };

/** Words of a query as typed: lunr syntax (`title:`, `~2`, `^`, `+`, `*`) is just punctuation here. */
export function queryTokens(query: string): string[] {
  return query
    .slice(0, MAX_QUERY_LENGTH)
    .split(SEPARATOR)
    .map((word) => word.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase())
    .filter((word) => word.length > 0 && word.length <= MAX_TOKEN_LENGTH)
    .slice(0, MAX_TOKENS);
}

export function createSearcher(data: SerializedSearch): Searcher {
  if (data?.format !== 'formation-mutuelles/search' || data.version !== 1) throw new Error('Unknown search index format');
  const lunr = frenchLunr() as LunrWithFr;
  const index = lunr.Index.load(data.index);
  const documents = new Map(data.documents.map((doc) => [doc.id, doc]));
  // Terms of the index. A word found there is spelt right: looking for its near neighbours
  // too would only add noise ("mutualité" is two edits from "mutuelle", on every page).
  const vocabulary = (index as unknown as { invertedIndex: Record<string, unknown> }).invertedIndex;
  const core = searchCore(
    lunrEngine(index, (term) => Object.prototype.hasOwnProperty.call(vocabulary, term)),
    data.synonyms,
  );

  function search(query: string, limit = 30): SearchResult[] {
    return core
      .hits(query)
      .slice(0, limit)
      .flatMap((hit) => {
        const document = documents.get(hit.ref);
        return document ? [{ document, score: hit.score, snippet: makeSnippet(document.text, hit.terms, core.stem) }] : [];
      });
  }

  return { search };
}

/** A hit whose matched terms are gathered from its query matches when first read. */
class LazyHit implements Hit {
  private gathered: Set<string> | undefined;
  constructor(
    readonly ref: string,
    public score: number,
    readonly sources: Iterable<string>[],
  ) {}
  get terms(): Set<string> {
    this.gathered ??= new Set(this.sources.flatMap((source) => [...source]));
    return this.gathered;
  }
}

/** A document found by a query: its lunr ref, summed score and the index terms it matched. */
export interface Hit {
  ref: string;
  score: number;
  readonly terms: Set<string>;
}

export interface SearchCore {
  /** Every matching document, best first. */
  hits(query: string): Hit[];
  /** The index's search pipeline on one word (cached). */
  stem(word: string): string;
}

/**
 * The query logic, on any lunr index (whole, or assembled from shards): typed words (stems,
 * prefixes, typos of unknown words) and abbreviations expanded to their long form.
 */
/** One document a lunr query matched: its ref, score and the index terms it matched. */
export interface QueryMatch {
  ref: string;
  score: number;
  terms: Iterable<string>;
}

/** What the query logic needs from an index: lunr's own `Index.query`, or the sharded one. */
export interface QueryEngine {
  /** Runs a lunr query (built with lunr's Query API); matches best first. May throw. */
  query(build: (q: lunrType.Query) => void): QueryMatch[];
  /** The index's search pipeline (trimmer, accent folding, stemmer). */
  pipeline: lunrType.Pipeline;
  /** Whether a (stemmed) term is in the index. */
  isKnownTerm(term: string): boolean;
}

/** lunr's Index.query as a QueryEngine (the whole index in memory). */
export function lunrEngine(index: lunrType.Index, isKnownTerm: (term: string) => boolean): QueryEngine {
  return {
    query: (build) => index.query(build).map((result) => ({ ref: result.ref, score: result.score, terms: Object.keys(result.matchData.metadata) })),
    // The index's search pipeline, missing from lunr's types.
    pipeline: (index as unknown as { pipeline: lunrType.Pipeline }).pipeline,
    isKnownTerm,
  };
}

export function searchCore(engine: QueryEngine, synonyms: Record<string, string>): SearchCore {
  const lunr = frenchLunr() as LunrWithFr;
  const { pipeline, isKnownTerm } = engine;
  const stemCache = new Map<string, string>();
  const stem = (word: string): string => {
    let value = stemCache.get(word);
    if (value === undefined) {
      value = pipeline.runString(word)[0] ?? '';
      stemCache.set(word, value);
    }
    return value;
  };
  const isStopWord = (word: string) => lunr.fr.stopWordFilter(new lunr.Token(word, {})) === undefined;
  const isKnown = (word: string) => isKnownTerm(stem(word));

  /** lunr throws on some term shapes; a query that cannot run simply finds nothing. */
  function run(build: (q: lunrType.Query) => void): QueryMatch[] {
    try {
      return engine.query(build);
    } catch {
      return [];
    }
  }

  function hits(query: string): Hit[] {
    const typed = queryTokens(query).filter((word) => !isStopWord(word));
    if (typed.length === 0) return [];
    // Matched terms are gathered only for the hits a caller reads (a common word matches
    // thousands of documents; a screen shows 6 to 30).
    const runs: { results: QueryMatch[]; weight: number }[] = [{ results: run((q) => typed.forEach((word) => addWord(q, word, isKnown(word)))), weight: 1 }];
    // An abbreviation also finds text that spells it out, but only where *every* word of the
    // long form appears: "CMU" must not bring every page that says "maladie".
    for (const word of typed) {
      // Own keys only: « constructor » or « __proto__ » typed in the box must not reach Object's.
      const folded = foldAccents(word);
      const meaning = Object.prototype.hasOwnProperty.call(synonyms, folded) ? synonyms[folded] : undefined;
      const words = meaning ? queryTokens(meaning).filter((w) => !isStopWord(w)) : [];
      if (words.length > 0) runs.push({ results: run((q) => words.forEach((w) => q.term(w, { usePipeline: true, presence: 2 /* lunr.Query.presence.REQUIRED */ }))), weight: 0.8 });
    }
    // One run (the usual case): its matches are already best first.
    if (runs.length === 1) return runs[0]!.results.map((match) => new LazyHit(match.ref, match.score, [match.terms]));
    const found = new Map<string, LazyHit>();
    for (const { results, weight } of runs) {
      for (const result of results) {
        const hit = found.get(result.ref);
        if (hit) {
          hit.score += result.score * weight;
          hit.sources.push(result.terms);
        } else found.set(result.ref, new LazyHit(result.ref, result.score * weight, [result.terms]));
      }
    }
    return [...found.values()].sort((a, b) => b.score - a.score);
  }

  return { hits, stem };
}

/**
 * One typed word becomes: the stemmed word, a prefix (typing in progress) and, for a longer
 * word the index does not know, a fuzzy match (typos).
 */
function addWord(q: lunrType.Query, word: string, known: boolean) {
  q.term(word, { usePipeline: true, boost: 10 });
  const folded = foldAccents(word);
  if (folded.length >= 3) q.term(folded, { usePipeline: false, wildcard: 2 /* lunr.Query.wildcard.TRAILING */, boost: 3 });
  if (!known && folded.length >= 5) q.term(word, { usePipeline: true, editDistance: folded.length >= 9 ? 2 : 1, boost: 1 });
}

/** A window of the text around the first matched word, with every matched word flagged. */
export function makeSnippet(text: string, matched: Set<string>, stem: (word: string) => string): SnippetPart[] {
  const words = text.split(/(\s+)/);
  const isMatch = (word: string) => {
    const clean = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (!clean) return false;
    return clean.split(SEPARATOR).some((part) => part.length > 1 && matched.has(stem(part.toLowerCase())));
  };
  let first = -1;
  for (let i = 0; i < words.length && i < 4000; i += 2) {
    if (isMatch(words[i] ?? '')) {
      first = i;
      break;
    }
  }
  const start = Math.max(0, first < 0 ? 0 : first - 10);
  const end = Math.min(words.length, start + SNIPPET_WORDS * 2);
  const parts: SnippetPart[] = [];
  if (start > 0) parts.push({ text: '… ', match: false });
  const push = (text: string, match: boolean) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && !last.match && !match) last.text += text;
    else parts.push({ text, match });
  };
  for (let i = start; i < end; i++) {
    const word = words[i] ?? '';
    if (i % 2 !== 0 || !isMatch(word)) {
      push(word, false);
      continue;
    }
    // Only the word is highlighted, not the punctuation around it: « (modérateur). »
    const [, lead = '', core = '', trail = ''] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(word) ?? [];
    push(lead, false);
    push(core, true);
    push(trail, false);
  }
  if (end < words.length) parts.push({ text: ' …', match: false });
  return parts;
}
