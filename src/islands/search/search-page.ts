import { readStrings } from './strings';

/**
 * <x-search-page>: the /recherche/ page. Reads ?q= so a result list can be linked or
 * bookmarked, and keeps the address in step while the learner refines the query. lunr and the
 * index load with the first query, as from the header box. Results come 20 at a time: each
 * page fetches only the documents it shows, however large the catalogue.
 */
class SearchPage extends HTMLElement {
  async connectedCallback() {
    const form = this.querySelector('form');
    const input = this.querySelector('input');
    const list = this.querySelector<HTMLElement>('.search-page__results');
    const status = this.querySelector<HTMLElement>('.search-page__status');
    const more = this.querySelector<HTMLButtonElement>('.search-page__more');
    if (!form || !input || !list || !status || !more) return;
    const strings = readStrings(this);
    const query = new URLSearchParams(window.location.search).get('q') ?? '';
    input.value = query;
    let shown = 0;
    let current = '';

    const run = async (text: string, append = false) => {
      const trimmed = text.trim();
      current = trimmed;
      more.hidden = true;
      if (!trimmed) {
        list.replaceChildren();
        status.textContent = '';
        return;
      }
      if (!append) {
        shown = 0;
        status.textContent = strings['search.loading'] ?? '';
      }
      try {
        const { countMessage, loadSearcher, renderResults, PAGE_SIZE } = await import('./runtime');
        const { total, results } = await (await loadSearcher()).search(trimmed, { offset: shown, limit: PAGE_SIZE });
        if (current !== trimmed) return; // a newer query is on its way
        renderResults(list, results, strings, append);
        if (append) list.querySelectorAll('a')[shown]?.focus();
        shown += results.length;
        status.textContent = countMessage(strings, total, trimmed);
        more.hidden = shown >= total;
      } catch {
        if (!append) list.replaceChildren();
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
    more.addEventListener('click', () => void run(current, true));
    await run(query);
  }
}

customElements.define('x-search-page', SearchPage);
