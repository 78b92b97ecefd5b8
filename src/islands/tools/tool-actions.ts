import type { Strings } from '../search/strings';

/**
 * The actions every tool offers: share the scenario (its address holds every input), print.
 * CSV export is tool-specific and wired by each tool.
 */
export function wireShareAndPrint(root: HTMLElement, strings: Strings): void {
  const status = root.querySelector<HTMLElement>('[data-tool-status]');
  root.querySelector('[data-action="share"]')?.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setToolStatus(status, strings['tools.shared'] ?? '', 'info');
    } catch {
      setToolStatus(status, strings['tools.shareFallback'] ?? '', 'info');
    }
  });
  root.querySelector('[data-action="print"]')?.addEventListener('click', () => window.print());
}

/**
 * Writes (or, with '', clears) a tool's status line: the errors notice, or the share
 * confirmation (`info`, not shown in the error colour).
 */
export function setToolStatus(status: HTMLElement | null, message: string, kind: 'error' | 'info' = 'error'): void {
  if (!status) return;
  status.textContent = message;
  status.dataset.kind = kind;
}

/** Keeps the page address in step with the inputs, without adding history entries. */
export function replaceQuery(params: URLSearchParams): void {
  const url = new URL(window.location.href);
  url.search = params.toString();
  history.replaceState(null, '', url);
}

/** A typed number as it goes in an address: "1 500" → "1500", so links stay short and readable. */
export function compactNumber(value: string): string {
  return value.replace(/[\s\u00A0\u202F]/g, '');
}

/** The reverse, for a field filled from an address: "25000" → "25 000", as the learner would type it. */
export function readableNumber(value: string): string {
  const match = /^(-?)(\d{4,})((?:[.,]\d+)?)$/.exec(value);
  if (!match) return value;
  const [, sign = '', whole = '', decimals = ''] = match;
  return `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ')}${decimals.replace('.', ',')}`;
}

/**
 * A text that goes inside a `~`-separated address value (a benefit row): `~` and `%` are written
 * `%7E` and `%25`, so a name such as « Consultation ~ soins » comes back unchanged.
 * (`encodeURIComponent` keeps `~` as is, so it cannot be used here.)
 */
export function escapeListText(value: string): string {
  return value.replace(/%/g, '%25').replace(/~/g, '%7E');
}

/** The reverse of `escapeListText`; any other `%` sequence is left as typed. */
export function unescapeListText(value: string): string {
  return value.replace(/%(25|7E)/gi, (_whole, code: string) => (code === '25' ? '%' : '~'));
}
