import type lunrType from 'lunr';
import type { SearchDocument } from './documents';
import { frenchLunr } from './lunr-fr';
import { makeSnippet, searchCore, type QueryEngine, type QueryMatch, type SearchResult } from './query';
import { shardOf, type DocumentShard, type SearchManifest, type TermShard } from './split-index';

/** Fetches one shard file: the browser reads `recherche/t<n>.json` / `d<n>.json`, tests read memory. */
export type ShardLoader = (kind: 'terms' | 'documents', n: number) => Promise<unknown>;

export interface ShardedSearchPage {
  /** How many documents match in all. */
  total: number;
  /** The requested slice of them, best first, with snippets. */
  results: SearchResult[];
}

export interface ShardedSearcher {
  /** Never throws on a query; rejects only when a shard cannot be fetched. */
  search(query: string, options?: { limit?: number; offset?: number }): Promise<ShardedSearchPage>;
  /** Shards fetched so far (for the benchmark). */
  loaded(): { terms: number[]; documents: number[] };
}

/** The parts of lunr used here that @types/lunr leaves out. */
interface TokenSetLike {
  intersect(other: TokenSetLike): TokenSetLike;
  toArray(): string[];
}
type LunrClause = lunrType.Query.Clause & { presence?: number };
interface LunrInternals {
  TokenSet: { fromArray(terms: string[]): TokenSetLike; fromClause(clause: LunrClause): TokenSetLike };
}
type FullPipeline = lunrType.Pipeline & { runString(text: string, metadata?: object): string[] };

const REQUIRED = 2; // lunr.Query.presence.REQUIRED
const PROHIBITED = 3; // lunr.Query.presence.PROHIBITED

/**
 * Searches a split index (see split-index.ts) with the same query logic as the whole one.
 *
 * Queries are built with lunr's Query API and their words expanded by lunr itself (search
 * pipeline, then the token set of all terms for prefixes and typos), then scored here the way
 * `lunr.Index.query` scores them — per field, dot product of the query vector with the
 * document's weights for the query terms, divided by the query vector's length; required
 * clauses intersected — but on numbered documents and plain maps instead of lunr's per-match
 * objects: in a 1 000-lesson catalogue a common word matches 8 000 documents, and lunr's own
 * loop spent 50 ms a query there. The unit tests check both give the same results and scores.
 *
 * A query first runs on the term list alone: the terms it expands to name the term shards it
 * needs, which are fetched, and the query runs again. Document shards are fetched for the
 * results asked for only.
 */
export function createShardedSearcher(manifest: SearchManifest, load: ShardLoader): ShardedSearcher {
  if (manifest?.format !== 'formation-mutuelles/search' || manifest.version !== 2) throw new Error('Unknown search index format');
  const lunr = frenchLunr();
  const { fields, terms } = manifest;
  const termPosition = new Map(terms.map((term, i) => [term, i]));
  const { TokenSet } = lunr as unknown as LunrInternals;
  const tokenSet = TokenSet.fromArray(terms);
  const pipeline = lunr.Pipeline.load(manifest.pipeline) as FullPipeline;
  /** Loaded postings: term position → per field, document number → weight. */
  const postings = new Map<number, Map<number, number>[]>();
  const noPosting = fields.map(() => new Map<number, number>());
  const missing = new Set<number>();

  function query(build: (q: lunrType.Query) => void): QueryMatch[] {
    const q = new lunr.Query(fields);
    build(q);
    const fieldCount = fields.length;
    const documentCount = manifest.documentCount;
    const queryVectors = fields.map(() => new Map<number, number>());
    // Per field: the expanded terms in the order met, and which documents matched (typed arrays
    // by document number: a common word matches thousands of documents, objects would be GC work).
    const expandedIn = fields.map((): number[] => []);
    const matchedIn = fields.map(() => new Uint8Array(documentCount));
    const order: number[] = []; // field + doc * fieldCount, in lunr's order of first match
    const seen = new Set<number>();
    const required: (Set<number> | null | undefined)[] = fields.map(() => undefined); // null: every document
    const prohibited: Set<number>[] = fields.map(() => new Set());

    for (const clause of q.clauses as LunrClause[]) {
      const clauseFields = (clause.fields ?? fields).map((name) => fields.indexOf(name));
      const words = clause.usePipeline ? pipeline.runString(clause.term, { fields: clause.fields }) : [clause.term];
      const clauseMatches = new Set<number>();
      for (const word of words) {
        clause.term = word;
        const expanded = tokenSet.intersect(TokenSet.fromClause(clause)).toArray();
        if (expanded.length === 0 && clause.presence === REQUIRED) {
          for (const f of clauseFields) required[f] = new Set();
          break;
        }
        for (const term of expanded) {
          const position = termPosition.get(term)!;
          let posting = postings.get(position);
          if (!posting) {
            missing.add(position);
            posting = noPosting;
          }
          for (const f of clauseFields) {
            const docs = posting[f]!;
            if (clause.presence === REQUIRED) {
              for (const doc of docs.keys()) clauseMatches.add(doc);
              if (required[f] === undefined) required[f] = null;
            }
            if (clause.presence === PROHIBITED) {
              for (const doc of docs.keys()) prohibited[f]!.add(doc);
              continue;
            }
            const vector = queryVectors[f]!;
            vector.set(position, (vector.get(position) ?? 0) + (clause.boost ?? 1));
            const cacheKey = position * fieldCount + f;
            if (seen.has(cacheKey)) continue;
            seen.add(cacheKey);
            expandedIn[f]!.push(position);
            const flags = matchedIn[f]!;
            for (const doc of docs.keys()) {
              if (flags[doc]) continue;
              flags[doc] = 1;
              order.push(f + doc * fieldCount);
            }
          }
        }
      }
      if (clause.presence === REQUIRED) {
        for (const f of clauseFields) {
          const current = required[f];
          // lunr fails on a required clause whose words the pipeline removed; so do we.
          if (current === undefined) throw new Error('Required clause without terms');
          required[f] = current === null ? clauseMatches : new Set([...current].filter((doc) => clauseMatches.has(doc)));
        }
      }
    }

    let allRequired: Set<number> | null = null;
    const allProhibited = new Set<number>();
    fields.forEach((_, f) => {
      const set = required[f];
      if (set) allRequired = allRequired === null ? set : new Set([...allRequired].filter((doc) => set.has(doc)));
      for (const doc of prohibited[f]!) allProhibited.add(doc);
    });

    // Per field, the query vector's terms in index order and its length, as lunr.Vector has them.
    const sortedVectors = queryVectors.map((vector) => [...vector.entries()].sort((a, b) => a[0] - b[0]));
    const magnitudes = sortedVectors.map((entries) => Math.sqrt(entries.reduce((sum, [, w]) => sum + w * w, 0)));
    // Term at a time, in index order (lunr's summing order): each field's dot products.
    const dots = sortedVectors.map((entries, f) => {
      const dot = new Float64Array(documentCount);
      for (const [position, weight] of entries) for (const [doc, docWeight] of (postings.get(position) ?? noPosting)[f]!) dot[doc] = dot[doc]! + weight * docWeight;
      return dot;
    });
    const scores = new Float64Array(documentCount);
    const found = new Uint8Array(documentCount);
    const docs: number[] = [];
    for (const key of order) {
      const f = key % fieldCount;
      const doc = (key - f) / fieldCount;
      if (allRequired !== null && !(allRequired as Set<number>).has(doc)) continue;
      if (allProhibited.has(doc)) continue;
      scores[doc] = scores[doc]! + (dots[f]![doc]! / magnitudes[f]! || 0);
      if (!found[doc]) {
        found[doc] = 1;
        docs.push(doc);
      }
    }
    // The matched terms are read only for the results shown: gathered then.
    const termsOf = function* (doc: number) {
      for (let f = 0; f < fieldCount; f++) {
        if (!matchedIn[f]![doc]) continue;
        for (const position of expandedIn[f]!) if (postings.get(position)?.[f]!.has(doc)) yield terms[position]!;
      }
    };
    return docs.sort((a, b) => scores[b]! - scores[a]!).map((doc) => ({ ref: String(doc), score: scores[doc]!, terms: { [Symbol.iterator]: () => termsOf(doc) } }));
  }

  const engine: QueryEngine = { query, pipeline, isKnownTerm: (term) => termPosition.has(term) };
  const core = searchCore(engine, manifest.synonyms);
  const termShards = new Map<number, Promise<void>>();
  const documentShards = new Map<number, Promise<DocumentShard>>();

  function ingest(shard: number, data: TermShard) {
    const first = manifest.termShards[shard]!;
    data.forEach((perField, offset) => {
      postings.set(
        first + offset,
        fields.map((_, f) => {
          const flat = perField[f] ?? [];
          const byDoc = new Map<number, number>();
          let doc = 0;
          for (let i = 0; i < flat.length; i += 2) {
            doc += flat[i]!;
            byDoc.set(doc, flat[i + 1]!);
          }
          return byDoc;
        }),
      );
    });
  }

  function cached<T>(cache: Map<number, Promise<T>>, n: number, fetch: () => Promise<T>): Promise<T> {
    let pending = cache.get(n);
    if (!pending) {
      pending = fetch();
      pending.catch(() => cache.delete(n)); // let a later query retry
      cache.set(n, pending);
    }
    return pending;
  }
  const termShard = (n: number) => cached(termShards, n, () => load('terms', n).then((data) => ingest(n, data as TermShard)));
  const documentShard = (n: number) => cached(documentShards, n, () => load('documents', n).then((data) => data as DocumentShard));

  async function document(n: number): Promise<SearchDocument | undefined> {
    const shard = shardOf(manifest.docShards, n);
    return (await documentShard(shard))[n - manifest.docShards[shard]!];
  }

  async function search(text: string, { limit = 30, offset = 0 } = {}): Promise<ShardedSearchPage> {
    missing.clear();
    let hits = core.hits(text);
    if (missing.size > 0) {
      const needed = new Set([...missing].map((position) => shardOf(manifest.termShards, position)));
      await Promise.all([...needed].map(termShard));
      hits = core.hits(text);
    }
    const page = hits.slice(offset, offset + limit);
    const docs = await Promise.all(page.map((hit) => document(Number(hit.ref))));
    const results = page.flatMap((hit, i) => {
      const doc = docs[i];
      return doc ? [{ document: doc, score: hit.score, snippet: makeSnippet(doc.text, hit.terms, core.stem) }] : [];
    });
    return { total: hits.length, results };
  }

  return { search, loaded: () => ({ terms: [...termShards.keys()], documents: [...documentShards.keys()] }) };
}
