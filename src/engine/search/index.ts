export type { SearchDocument, SearchKind, SerializedSearch } from './documents';
export { buildSearchIndex } from './build-index';
export { createSearcher, queryTokens, type SearchResult, type Searcher, type SnippetPart } from './query';
export { splitSearchIndex, shardOf, type DocumentShard, type SearchManifest, type SplitSearch, type SplitOptions, type TermShard } from './split-index';
export { createShardedSearcher, type ShardLoader, type ShardedSearcher, type ShardedSearchPage } from './sharded-query';
export { foldAccents } from './lunr-fr';
