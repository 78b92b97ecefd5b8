import { readStrings } from './strings';

/**
 * <x-search-page>: the /recherche/ page. Reads ?q= so a result list can be linked or
 * bookmarked, and keeps the address in step while the learner refines the query. lunr and the
 * index load with the first query, as from the header box.
 */
class SearchPage extends HTMLElement {
  async connectedCallback() {
    const form = this.querySelector('form');
    const input = this.querySelector('input');
    const list = this.querySelector<HTMLElement>('.search-page__results');
    const status = this.querySelector<HTMLElement>('.search-page__status');
    if (!form || !input || !list || !status) return;
    const strings = readStrings(this);
    const query = new URLSearchParams(window.location.search).get('q') ?? '';
    input.value = query;

    const run = async (text: string) => {
      const trimmed = text.trim();
      if (!trimmed) {
        list.replaceChildren();
        status.textContent = '';
        return;
      }
      status.textContent = strings['search.loading'] ?? '';
      try {
        const { countMessage, loadSearcher, renderResults, MAX_RESULTS } = await import('./runtime');
        const results = (await loadSearcher()).search(trimmed, MAX_RESULTS);
        renderResults(list, results, strings);
        status.textContent = countMessage(strings, results.length, trimmed);
      } catch {
        list.replaceChildren();
        status.textContent = strings['search.loadError'] ?? '';
      }
    };

    let timer: number | undefined;
    input.addEventListener('input', () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        const url = new URL(window.location.href);
        url.searchParams.set('q', input.value);
        history.replaceState(null, '', url);
        void run(input.value);
      }, 150);
    });
    await run(query);
  }
}

customElements.define('x-search-page', SearchPage);
