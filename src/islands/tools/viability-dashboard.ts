import { computeIndicators, type IndicatorId, type IndicatorInput, type IndicatorResults } from '../../engine/insurance';
import { format, readStrings, type Strings } from '../search/strings';
import { downloadCsv, type Cell } from './csv';
import { parseFrenchNumber } from '../../engine/number/parse-number';
import { readInput, showFieldError } from './fields';
import { compactNumber, readableNumber, replaceQuery, setToolStatus, wireShareAndPrint } from './tool-actions';
import { CONSISTENCY, FIELDS, INDICATORS, formatIndicator, indicatorDisplay } from './viability-data';

/**
 * <x-viability-dashboard>: a year's figures (and optionally the previous year's) → every
 * indicator with its benchmark, a status and a plain-French reading. Inputs live in the address.
 */
type Results = { a: IndicatorResults | undefined; b: IndicatorResults; inputs: { a: IndicatorInput | undefined; b: IndicatorInput } };

class ViabilityDashboard extends HTMLElement {
  private strings: Strings = {};
  private last: Results | undefined;

  connectedCallback() {
    this.strings = readStrings(this);
    const form = this.querySelector('form');
    const compare = this.querySelector<HTMLInputElement>('[name="compare"]');
    if (!form || !compare) return;
    const params = new URLSearchParams(window.location.search);
    for (const [name, value] of params) {
      const input = this.querySelector<HTMLInputElement>(`[name="${CSS.escape(name)}"]`);
      if (input && input.type !== 'checkbox') input.value = readableNumber(value.slice(0, 40));
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
    // Figures that cannot be true together (a 125 % renewal rate) are refused, not rated « Bon ».
    for (const { field, notAbove } of CONSISTENCY) {
      const value = year[field];
      const limit = year[notAbove];
      if (value === undefined || value === null || limit === undefined || limit === null || value <= limit) continue;
      const input = this.querySelector<HTMLInputElement>(`[name="${prefix}.${field}"]`);
      if (input) showFieldError(input, format(this.strings['dashboard.notAbove'], { other: this.strings[`dashboard.field.${notAbove}`] ?? notAbove }));
      errors.push(`${prefix}.${field}`);
      delete year[field];
    }
    return year;
  }

  /** A field's label inside a sentence: « cotisations acquises (FCFA) », acronyms kept. */
  private fieldName(field: string): string {
    const label = this.strings[`dashboard.field.${field}`] ?? field;
    return label.charAt(0).toLowerCase() + label.slice(1);
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
    setToolStatus(status, errors.length ? this.strings['tools.fixErrors'] ?? '' : '');
    const results: Results = { a: a ? computeIndicators(a) : undefined, b: computeIndicators(b), inputs: { a, b } };
    this.last = results;
    this.render(results);
  }

  private statusText(result: { status: string }): string {
    return this.strings[`dashboard.status.${result.status}`] ?? result.status;
  }

  /** The plain-French reading of an indicator for one year: what it says, or what it lacks. */
  private reading(id: IndicatorId, inputs: readonly string[], result: { status: string }, year: IndicatorInput): string {
    const t = this.strings;
    if (result.status !== 'unknown') return t[`dashboard.read.${id}.${result.status}`] ?? '';
    const missing = inputs.filter((f) => year[f as keyof IndicatorInput] === undefined);
    const names = (list: readonly string[]) => list.map((f) => this.fieldName(f)).join(', ');
    // Every figure is there but the ratio has no value: a denominator is zero.
    return missing.length ? format(t['dashboard.missing'], { fields: names(missing) }) : format(t['dashboard.zero'], { fields: names(inputs) });
  }

  private render({ a, b, inputs: years }: Results) {
    const t = this.strings;
    const body = this.querySelector('[data-out="indicators"]');
    const badge = (result: { status: string }) => {
      const span = document.createElement('span');
      span.className = `status status--${result.status}`;
      span.textContent = this.statusText(result);
      return span;
    };
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
        statusCell.append(badge(current));
        // The earlier year gets its own status beside its value, so « 0,67 » is never read as « Bon ».
        const previousCell = cell(a ? formatIndicator(id, a[id].value) : '', 'num col-a');
        if (a && a[id].status !== 'unknown') previousCell.append(' ', badge(a[id]));
        tr.append(th, previousCell, cell(formatIndicator(id, current.value)), statusCell, cell(t[`dashboard.benchmark.${id}`] ?? '', ''), cell(this.reading(id, inputs, current, years.b), 'reading'));
        return tr;
      }),
    );
  }

  private exportCsv() {
    if (!this.last) return;
    const t = this.strings;
    const { a, b, inputs: years } = this.last;
    const rows: Cell[][] = [[t['dashboard.title']], [], ['', ...(a ? [t['dashboard.yearA']] : []), t['dashboard.yearB']]];
    for (const field of FIELDS) {
      const value = (prefix: string) => {
        const parsed = parseFrenchNumber(this.querySelector<HTMLInputElement>(`[name="${prefix}.${field}"]`)?.value ?? '', { unit: 'FCFA' });
        return parsed.ok ? parsed.value : null;
      };
      rows.push([t[`dashboard.field.${field}`], ...(a ? [value('a')] : []), value('b')]);
    }
    // Values rounded and in the unit the screen shows (9,1 for « 9,1 % »), each year with its status.
    const year = (label: string | undefined) => `${t['dashboard.status'] ?? ''} ${label ?? ''}`.trim();
    rows.push([], [t['dashboard.indicator'], t['dashboard.unit'], ...(a ? [t['dashboard.yearA'], year(t['dashboard.yearA'])] : []), t['dashboard.yearB'], year(t['dashboard.yearB']), t['dashboard.benchmark'], t['dashboard.reading']]);
    for (const { id, inputs } of INDICATORS) {
      rows.push([
        t[`dashboard.indicator.${id}`],
        indicatorDisplay(id, null).unit,
        ...(a ? [indicatorDisplay(id, a[id].value).value, this.statusText(a[id])] : []),
        indicatorDisplay(id, b[id].value).value,
        this.statusText(b[id]),
        t[`dashboard.benchmark.${id}`],
        this.reading(id, inputs, b[id], years.b),
      ]);
    }
    downloadCsv('tableau-de-bord-viabilite.csv', rows);
  }
}

export type { IndicatorId };
customElements.define('x-viability-dashboard', ViabilityDashboard);
