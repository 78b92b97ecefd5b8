import { createShardedSearcher, type SearchResult, type ShardedSearcher } from '../../engine/search';
import { directoryHref } from '../../lib/directory-href';
import { format, type Strings } from './strings';
import searchStrings from 'virtual:fm-strings/search.';

/** Every `search.` string, for islands whose page holds only the first few. */
export { searchStrings };

/**
 * Loaded on demand (dynamic import) when a learner starts searching: lunr, the French pipeline
 * and the index stay off every page until then. The index comes in pieces: the manifest (term
 * list) first, then only the shards each query needs (see engine/search/split-index.ts).
 */
let searcher: Promise<ShardedSearcher> | undefined;

export { directoryHref };

export function siteBase(): string {
  return document.documentElement.dataset.base ?? '/';
}

async function fetchJson(path: string): Promise<unknown> {
  const response = await fetch(`${siteBase()}recherche/${path}`);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

export function loadSearcher(): Promise<ShardedSearcher> {
  searcher ??= fetchJson('index.json')
    .then((manifest) => createShardedSearcher(manifest as never, (kind, n) => fetchJson(`${kind === 'terms' ? 't' : 'd'}${n}.json`)))
    .catch((error: unknown) => {
      searcher = undefined; // let a later attempt retry
      throw error;
    });
  return searcher;
}

/** Renders results as plain links (title, where it sits, snippet with <mark>ed words); `append` adds a page. */
export function renderResults(list: HTMLElement, results: SearchResult[], strings: Strings, append = false): void {
  list[append ? 'append' : 'replaceChildren'](
    ...results.map(({ document: doc, snippet }) => {
      const item = window.document.createElement('li');
      item.className = 'search-result';
      const link = window.document.createElement('a');
      link.href = directoryHref(siteBase() + doc.href);
      const kind = window.document.createElement('span');
      kind.className = `search-result__kind search-result__kind--${doc.kind}`;
      kind.textContent = strings[`search.kind.${doc.kind}`] ?? doc.kind;
      const title = window.document.createElement('span');
      title.className = 'search-result__title';
      title.textContent = doc.title;
      link.append(kind, ' ', title);
      item.append(link);
      if (doc.parent) {
        const parent = window.document.createElement('span');
        parent.className = 'search-result__parent';
        parent.textContent = doc.parent;
        item.append(parent);
      }
      const text = window.document.createElement('p');
      text.className = 'search-result__snippet';
      for (const part of snippet) {
        if (part.match) {
          const mark = window.document.createElement('mark');
          mark.textContent = part.text;
          text.append(mark);
        } else text.append(part.text);
      }
      item.append(text);
      return item;
    }),
  );
}

/** Results the search page shows at a time (the box shows 6); each page fetches its documents. */
export const PAGE_SIZE = 20;

/** Longest query quoted back in the results message. */
const QUOTED_QUERY_MAX = 60;

export function countMessage(strings: Strings, count: number, fullQuery: string): string {
  // A pasted page of text is not echoed whole: the message must stay readable.
  const query = fullQuery.length > QUOTED_QUERY_MAX ? `${fullQuery.slice(0, QUOTED_QUERY_MAX)}…` : fullQuery;
  if (count === 0) return format(strings['search.noResult'], { query });
  return format(count === 1 ? strings['search.countOne'] : strings['search.count'], { count, query });
}
