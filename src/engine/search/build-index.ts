import type { SearchDocument, SerializedSearch } from './documents';
import { foldAccents, frenchLunr } from './lunr-fr';

/** Boosts: a match in a title outranks one in the text; glossary terms outrank passing mentions. */
const FIELD_BOOST = { title: 10, keywords: 6, parent: 3, text: 1 } as const;
const KIND_BOOST: Record<SearchDocument['kind'], number> = { glossaire: 1.5, lecon: 1, outil: 1.2, exercice: 1, quiz: 0.6, activite: 1 };

/**
 * Builds the serialized search file from documents and glossary synonyms
 * (`{ "TM": "ticket modérateur" }`). Pure: used by the site build and by the tests/benchmark.
 */
export function buildSearchIndex(documents: SearchDocument[], synonyms: Record<string, string> = {}): SerializedSearch {
  const lunr = frenchLunr();
  const ids = new Set<string>();
  for (const doc of documents) {
    if (ids.has(doc.id)) throw new Error(`Duplicate search document id: ${doc.id}`);
    ids.add(doc.id);
  }
  const index = lunr(function () {
    (this as unknown as { use: (plugin: unknown) => void }).use((lunr as unknown as { fr: unknown }).fr);
    this.ref('id');
    for (const [field, boost] of Object.entries(FIELD_BOOST)) this.field(field, { boost });
    for (const doc of documents) {
      this.add(
        { id: doc.id, title: doc.title, parent: doc.parent ?? '', text: doc.text, keywords: (doc.keywords ?? []).join(' ') },
        { boost: KIND_BOOST[doc.kind] },
      );
    }
  });
  const folded: Record<string, string> = {};
  for (const [abbreviation, meaning] of Object.entries(synonyms)) folded[foldAccents(abbreviation).trim()] = meaning;
  return { format: 'formation-mutuelles/search', version: 1, index: index.toJSON(), documents, synonyms: folded };
}
