import { computeIndicators, type IndicatorId, type IndicatorInput, type IndicatorResults } from '../../engine/insurance';
import { format, readStrings, type Strings } from '../search/strings';
import { downloadCsv, type Cell } from './csv';
import { parseFrenchNumber } from '../../engine/number/parse-number';
import { readInput } from './fields';
import { compactNumber, replaceQuery, wireShareAndPrint } from './tool-actions';
import { FIELDS, INDICATORS, formatIndicator } from './viability-data';

/**
 * <x-viability-dashboard>: a year's figures (and optionally the previous year's) → every
 * indicator with its benchmark, a status and a plain-French reading. Inputs live in the address.
 */
class ViabilityDashboard extends HTMLElement {
  private strings: Strings = {};
  private last: { a: IndicatorResults | undefined; b: IndicatorResults } | undefined;

  connectedCallback() {
    this.strings = readStrings(this);
    const form = this.querySelector('form');
    const compare = this.querySelector<HTMLInputElement>('[name="compare"]');
    if (!form || !compare) return;
    const params = new URLSearchParams(window.location.search);
    for (const [name, value] of params) {
      const input = this.querySelector<HTMLInputElement>(`[name="${CSS.escape(name)}"]`);
      if (input && input.type !== 'checkbox') input.value = value.slice(0, 40);
    }
    compare.checked = params.get('compare') === '1' || compare.checked;
    let timer: number | undefined;
    form.addEventListener('input', () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => this.update(), 200);
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.update();
    });
    this.querySelector('[data-action="csv"]')?.addEventListener('click', () => this.exportCsv());
    wireShareAndPrint(this, this.strings);
    this.update();
  }

  private readYear(prefix: 'a' | 'b', errors: string[]): IndicatorInput {
    const year: IndicatorInput = {};
    for (const field of FIELDS) {
      const value = readInput(this, `${prefix}.${field}`, { kind: 'amount', optional: true }, this.strings, errors);
      if (value !== undefined) year[field] = value;
    }
    return year;
  }

  private update() {
    const compare = this.querySelector<HTMLInputElement>('[name="compare"]')!.checked;
    this.toggleAttribute('data-compare', compare);
    const errors: string[] = [];
    const b = this.readYear('b', errors);
    const a = compare ? this.readYear('a', errors) : undefined;
    const params = new URLSearchParams();
    if (compare) params.set('compare', '1');
    for (const input of this.querySelectorAll<HTMLInputElement>('input[name^="a."], input[name^="b."]')) {
      if (input.value.trim() && (compare || input.name.startsWith('b.'))) params.set(input.name, compactNumber(input.value));
    }
    replaceQuery(params);
    const status = this.querySelector<HTMLElement>('[data-tool-status]');
    if (status) status.textContent = errors.length ? this.strings['tools.fixErrors'] ?? '' : '';
    const results = { a: a ? computeIndicators(a) : undefined, b: computeIndicators(b) };
    this.last = results;
    this.render(results);
  }

  private render({ a, b }: { a: IndicatorResults | undefined; b: IndicatorResults }) {
    const t = this.strings;
    const body = this.querySelector('[data-out="indicators"]');
    body?.replaceChildren(
      ...INDICATORS.map(({ id, inputs }) => {
        const tr = document.createElement('tr');
        tr.dataset.indicator = id;
        const th = document.createElement('th');
        th.scope = 'row';
        th.textContent = t[`dashboard.indicator.${id}`] ?? id;
        const cell = (text: string, className = 'num') => {
          const td = document.createElement('td');
          td.className = className;
          td.textContent = text;
          return td;
        };
        const current = b[id];
        const statusCell = document.createElement('td');
        const badge = document.createElement('span');
        badge.className = `status status--${current.status}`;
        badge.textContent = t[`dashboard.status.${current.status}`] ?? current.status;
        statusCell.append(badge);
        const reading = current.status === 'unknown'
          ? format(t['dashboard.missing'], { fields: inputs.map((f) => (t[`dashboard.field.${f}`] ?? f).toLowerCase()).join(', ') })
          : t[`dashboard.read.${id}.${current.status}`] ?? '';
        tr.append(th, cell(a ? formatIndicator(id, a[id].value) : '', 'num col-a'), cell(formatIndicator(id, current.value)), statusCell, cell(t[`dashboard.benchmark.${id}`] ?? '', ''), cell(reading, 'reading'));
        return tr;
      }),
    );
  }

  private exportCsv() {
    if (!this.last) return;
    const t = this.strings;
    const { a, b } = this.last;
    const rows: Cell[][] = [[t['dashboard.title']], [], ['', ...(a ? [t['dashboard.yearA']] : []), t['dashboard.yearB']]];
    for (const field of FIELDS) {
      const value = (prefix: string) => {
        const parsed = parseFrenchNumber(this.querySelector<HTMLInputElement>(`[name="${prefix}.${field}"]`)?.value ?? '');
        return parsed.ok ? parsed.value : null;
      };
      rows.push([t[`dashboard.field.${field}`], ...(a ? [value('a')] : []), value('b')]);
    }
    rows.push([], [t['dashboard.indicator'], ...(a ? [t['dashboard.yearA']] : []), t['dashboard.yearB'], t['dashboard.benchmark'], t['dashboard.reading']]);
    for (const { id } of INDICATORS) {
      rows.push([t[`dashboard.indicator.${id}`], ...(a ? [a[id].value] : []), b[id].value, t[`dashboard.benchmark.${id}`], t[`dashboard.status.${b[id].status}`]]);
    }
    downloadCsv('tableau-de-bord-viabilite.csv', rows);
  }
}

export type { IndicatorId };
customElements.define('x-viability-dashboard', ViabilityDashboard);
