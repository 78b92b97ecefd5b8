import { describe, expect, it } from 'vitest';
import { buildSearchIndex, createSearcher, createShardedSearcher, shardOf, splitSearchIndex, type SearchDocument, type SerializedSearch, type SplitSearch } from '../../../src/engine/search';

// A corpus written for these tests: enough documents and words for many small shards.
const words = 'mutuelle cotisation adhérent prestation ticket modérateur sélection adverse prime pure chargement marge sinistralité réassurance gouvernance assemblée ménage subvention solidarité hôpital capacité contributive'.split(' ');
const documents: SearchDocument[] = [
  { id: 'g:tm', kind: 'glossaire', title: 'Ticket modérateur', href: 'glossaire/#tm', text: 'Part du coût des soins qui reste à la charge du patient.', keywords: ['TM', 'copaiement'] },
  { id: 'g:cmu', kind: 'glossaire', title: 'Couverture maladie universelle', href: 'glossaire/#cmu', text: 'Programme lancé pour étendre la couverture du risque maladie.', keywords: ['CMU'] },
  ...Array.from({ length: 60 }, (_, i): SearchDocument => ({
    id: `l${i}`,
    kind: i % 7 === 0 ? 'quiz' : 'lecon',
    title: `${words[i % words.length]} et ${words[(i * 5) % words.length]}`,
    parent: `Leçon ${Math.floor(i / 6)}`,
    href: `modules/m/l${i}/`,
    // Each text a different mix, so scores differ and order matters.
    text: Array.from({ length: 40 + (i % 9) * 5 }, (_, k) => words[(i * 7 + k * k + k * i) % words.length]).join(' ') + (i % 11 === 0 ? ' la couverture maladie universelle.' : '.'),
  })),
];
const whole = buildSearchIndex(documents, { TM: 'ticket modérateur', CMU: 'couverture maladie universelle' });
const plain: SerializedSearch = JSON.parse(JSON.stringify(whole));
const reference = createSearcher(plain);

function sharded(split: SplitSearch) {
  const copy = JSON.parse(JSON.stringify(split)) as SplitSearch;
  return createShardedSearcher(copy.manifest, async (kind, n) => (kind === 'terms' ? copy.termShards[n] : copy.documentShards[n]));
}

const queries = ['ticket modérateur', 'mutualite', "l'adhésion", 'cotisations', 'sinistr', 'réassurance', 'TM', 'CMU', 'capacite contributive', 'hopital', 'gouvernance assemblée', 'sélektion', 'sinistralitée', 'de la', '~^ :', 'prime pure marge'];

describe('split search index', () => {
  const split = splitSearchIndex(plain, { termShardBytes: 400, documentShardBytes: 1500 });

  it('cuts into many term and document shards covering every term and document once', () => {
    expect(split.termShards.length).toBeGreaterThan(5);
    expect(split.documentShards.length).toBeGreaterThan(5);
    expect(split.termShards.reduce((n, shard) => n + shard.length, 0)).toBe(split.manifest.terms.length);
    expect(split.documentShards.flat().map((d) => d.id)).toEqual(documents.map((d) => d.id));
  });

  it.each(queries)('finds what the whole index finds, in the same order with the same scores and snippets (%j)', async (query) => {
    const expected = reference.search(query, 1000);
    const page = await sharded(split).search(query, { limit: 1000 });
    expect(page.total).toBe(expected.length);
    expect(page.results.map((r) => r.document.id)).toEqual(expected.map((r) => r.document.id));
    page.results.forEach((r, i) => expect(r.score).toBeCloseTo(expected[i]!.score, 9));
    expect(page.results.map((r) => r.snippet)).toEqual(expected.map((r) => r.snippet));
  });

  it('fetches only the shards a query needs, and each once', async () => {
    const searcher = sharded(split);
    const first = await searcher.search('réassurance', { limit: 3 });
    expect(first.results).toHaveLength(3);
    const { terms, documents: docs } = searcher.loaded();
    expect(terms.length).toBeLessThan(split.termShards.length / 2);
    expect(docs.length).toBeLessThanOrEqual(3);
    await searcher.search('réassurance', { limit: 3 });
    expect(searcher.loaded().terms).toEqual(terms);
  });

  it('pages through results with offset and limit', async () => {
    const searcher = sharded(split);
    const all = await searcher.search('cotisation', { limit: 1000 });
    const second = await searcher.search('cotisation', { offset: 5, limit: 5 });
    expect(second.total).toBe(all.total);
    expect(second.results.map((r) => r.document.id)).toEqual(all.results.slice(5, 10).map((r) => r.document.id));
  });

  it('lets a query retry after a shard could not be fetched', async () => {
    let fail = true;
    const searcher = createShardedSearcher(split.manifest, async (kind, n) => {
      if (fail) throw new Error('offline');
      return kind === 'terms' ? split.termShards[n] : split.documentShards[n];
    });
    await expect(searcher.search('cotisation')).rejects.toThrow('offline');
    fail = false;
    expect((await searcher.search('cotisation')).total).toBeGreaterThan(0);
  });

  it('refuses a manifest of another format', () => {
    expect(() => createShardedSearcher({ format: 'autre' } as never, async () => [])).toThrow();
  });

  it('finds the shard of an item by binary search', () => {
    expect([0, 1, 4, 5, 9, 10, 100].map((n) => shardOf([0, 5, 10], n))).toEqual([0, 0, 0, 1, 1, 2, 2]);
  });
});
