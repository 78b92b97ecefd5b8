/**
 * What search finds. One document per lesson section (so a result opens the right heading),
 * per glossary term, per quiz, per exercise, per tool and per H5P activity.
 */
export type SearchKind = 'lecon' | 'glossaire' | 'quiz' | 'exercice' | 'outil' | 'activite';

export interface SearchDocument {
  /** Unique id, e.g. "calcul-cotisation#la-prime-pure" or "glossaire:ticket-moderateur". */
  id: string;
  kind: SearchKind;
  /** Heading of the result: section or term title. */
  title: string;
  /** Where the result sits, e.g. the lesson title of a section. */
  parent?: string;
  /** Link to open, relative to the site base ("modules/viabilite/calcul-cotisation/#la-prime-pure"). */
  href: string;
  /** The searchable prose (also used for snippets). */
  text: string;
  /** Extra words that should find the document: glossary synonyms, abbreviations. */
  keywords?: string[];
}

/** The file the build writes and the browser loads: the lunr index plus what results display. */
export interface SerializedSearch {
  format: 'formation-mutuelles/search';
  version: 1;
  index: object;
  documents: SearchDocument[];
  /** Folded synonym (e.g. "tm") → the words it stands for ("ticket moderateur"). */
  synonyms: Record<string, string>;
}
