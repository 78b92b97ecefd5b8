import type { SearchDocument, SerializedSearch } from './documents';

/**
 * The search index split so a query fetches only what it needs (a national catalogue may hold
 * thousands of lessons). lunr scores a document by the dot product of the query vector with the
 * document's field vectors, divided by the query vector's length: only the vector entries of the
 * query's terms count. So the index is cut by *term*:
 * - the manifest, loaded first: the sorted term list (lunr expands prefixes and typos against
 *   it), where each term's postings live, where each document lives, the synonyms;
 * - term shards: for a run of consecutive terms, per field, the documents holding the term and
 *   the term's weight in that document's field vector (the numbers lunr computed at build);
 * - document shards: runs of consecutive documents (what a result shows, snippet text included),
 *   fetched only for the results on screen.
 * Queries give the same results, in the same order with the same scores, as the whole index.
 */
export interface SearchManifest {
  format: 'formation-mutuelles/search';
  version: 2;
  /** lunr field names, in the order of each term's postings. */
  fields: string[];
  /** The lunr search pipeline (registered function names). */
  pipeline: string[];
  /** Every indexed term, sorted; a term's position is its vector index. */
  terms: string[];
  /** Position of the first term of each term shard (ascending, starts at 0). */
  termShards: number[];
  /** Number of the first document of each document shard (ascending, starts at 0). */
  docShards: number[];
  documentCount: number;
  /** Folded synonym → the words it stands for (as in version 1). */
  synonyms: Record<string, string>;
}

/**
 * Postings of the shard's terms, in term order: per field (manifest order) a flat list of
 * [document number gap, weight, gap, weight, …], numbers ascending, gaps from the previous one.
 */
export type TermShard = number[][][];
export type DocumentShard = SearchDocument[];

export interface SplitSearch {
  manifest: SearchManifest;
  termShards: TermShard[];
  documentShards: DocumentShard[];
}

export interface SplitOptions {
  /** A term shard closes once its JSON passes this size (a frequent term stands alone). */
  termShardBytes?: number;
  /** A document shard closes once its JSON passes this size. */
  documentShardBytes?: number;
}

interface LunrJson {
  fields: string[];
  pipeline: string[];
  fieldVectors: [string, number[]][];
  invertedIndex: [string, Record<string, unknown> & { _index: number }][];
}

/**
 * Cuts a list into consecutive shards of about `maxBytes` of JSON each, and gives the index
 * of each shard's first item (what the manifest stores to find the shard of an item).
 */
function inShards<T>(items: readonly T[], maxBytes: number): { shards: T[][]; starts: number[] } {
  const shards: T[][] = [];
  const starts: number[] = [];
  let current: T[] = [];
  let size = 0;
  items.forEach((item, i) => {
    if (current.length === 0) starts.push(i);
    current.push(item);
    size += JSON.stringify(item).length + 1;
    if (size >= maxBytes) {
      shards.push(current);
      current = [];
      size = 0;
    }
  });
  if (current.length > 0) shards.push(current);
  return { shards, starts };
}

export function splitSearchIndex(data: SerializedSearch, options: SplitOptions = {}): SplitSearch {
  const { termShardBytes = 12_000, documentShardBytes = 8_000 } = options;
  const index = data.index as LunrJson;
  const docNumber = new Map(data.documents.map((doc, i) => [doc.id, i]));
  const terms = index.invertedIndex.map(([term]) => term);
  const position = new Map(index.invertedIndex.map(([, posting], i) => [posting._index, i]));

  // weights[field][doc] : Map(term position → weight), from lunr's field vectors.
  const weights = index.fields.map(() => new Map<number, Map<number, number>>());
  for (const [fieldRef, elements] of index.fieldVectors) {
    const slash = fieldRef.indexOf('/');
    const field = index.fields.indexOf(fieldRef.slice(0, slash));
    const doc = docNumber.get(fieldRef.slice(slash + 1));
    if (field < 0 || doc === undefined) throw new Error(`Search index: unknown field vector ${fieldRef}`);
    const byTerm = new Map<number, number>();
    for (let i = 0; i < elements.length; i += 2) byTerm.set(position.get(elements[i]!)!, elements[i + 1]!);
    weights[field]!.set(doc, byTerm);
  }

  const postings = index.invertedIndex.map(([, posting], t) =>
    index.fields.map((field, f) => {
      const docs = Object.keys((posting[field] ?? {}) as object)
        .map((ref) => docNumber.get(ref)!)
        .sort((a, b) => a - b);
      const flat: number[] = [];
      let previous = 0;
      for (const doc of docs) {
        flat.push(doc - previous, weights[f]!.get(doc)?.get(t) ?? 0);
        previous = doc;
      }
      return flat;
    }),
  );
  const { shards: termShards, starts } = inShards(postings, termShardBytes);
  const { shards: documentShards, starts: docStarts } = inShards(data.documents, documentShardBytes);

  return {
    manifest: {
      format: 'formation-mutuelles/search',
      version: 2,
      fields: index.fields,
      pipeline: index.pipeline,
      terms,
      termShards: starts,
      docShards: docStarts,
      documentCount: data.documents.length,
      synonyms: data.synonyms,
    },
    termShards,
    documentShards,
  };
}

/** The shard holding item `n`, given the ascending first items of the shards. */
export function shardOf(starts: readonly number[], n: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= n) low = mid;
    else high = mid - 1;
  }
  return low;
}
