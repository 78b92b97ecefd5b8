import { readStrings } from './strings';

/**
 * <x-search-box>: the header search form. Without script it submits to /recherche/?q=…; with
 * script it shows the first results while typing (the engine loads on first use) and "/"
 * focuses it from anywhere.
 */
class SearchBox extends HTMLElement {
  private timer: number | undefined;

  connectedCallback() {
    const input = this.querySelector('input');
    const panel = this.querySelector<HTMLElement>('.search-box__panel');
    const list = this.querySelector<HTMLElement>('.search-box__results');
    const status = this.querySelector<HTMLElement>('.search-box__status');
    const all = this.querySelector<HTMLAnchorElement>('.search-box__all');
    if (!input || !panel || !list || !status || !all) return;
    // The page gives the loading and error messages; the rest arrive with the search code.
    let strings = readStrings(this);

    const close = () => {
      panel.hidden = true;
    };
    const update = async () => {
      const query = input.value.trim();
      if (query.length < 2) return close();
      status.textContent = strings['search.loading'] ?? '';
      panel.hidden = false;
      try {
        const { loadSearcher, renderResults, countMessage, siteBase, searchStrings, directoryHref } = await import('./runtime');
        strings = { ...searchStrings, ...strings };
        // Counted in full so the box and the search page announce the same number.
        const { total, results } = await (await loadSearcher()).search(query, { limit: 6 });
        if (input.value.trim() !== query) return; // a newer query is on its way
        renderResults(list, results, strings);
        status.textContent = countMessage(strings, total, query);
        all.href = directoryHref(`${siteBase()}recherche/?q=${encodeURIComponent(query)}`);
        all.hidden = total <= 6;
      } catch {
        list.replaceChildren();
        status.textContent = strings['search.loadError'] ?? '';
      }
    };

    input.addEventListener('input', () => {
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(update, 120);
    });
    input.addEventListener('focus', () => void import('./runtime').then((m) => m.loadSearcher()).catch(() => undefined), { once: true });
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') close();
      if (event.key === 'ArrowDown' && !panel.hidden) {
        event.preventDefault();
        list.querySelector('a')?.focus();
      }
    });
    this.addEventListener('focusout', (event) => {
      if (!this.contains(event.relatedTarget as Node | null)) close();
    });
    list.addEventListener('keydown', (event) => {
      const links = [...list.querySelectorAll('a')];
      const index = links.indexOf(document.activeElement as HTMLAnchorElement);
      if (event.key === 'ArrowDown') links[index + 1]?.focus();
      if (event.key === 'ArrowUp') (index > 0 ? links[index - 1] : input)?.focus();
      if (event.key === 'Escape') {
        close();
        input.focus();
      }
      if (['ArrowDown', 'ArrowUp'].includes(event.key)) event.preventDefault();
    });
    document.addEventListener('keydown', (event) => {
      const target = event.target as HTMLElement;
      const typing = target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
      if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        input.focus();
      }
    });
  }
}

customElements.define('x-search-box', SearchBox);
