export type { SearchDocument, SearchKind, SerializedSearch } from './documents';
export { buildSearchIndex } from './build-index';
export { createSearcher, queryTokens, type SearchResult, type Searcher, type SnippetPart } from './query';
export { foldAccents } from './lunr-fr';
