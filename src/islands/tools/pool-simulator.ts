import { simulatePool, type PoolSimulationResult } from '../../engine/insurance';
import { splitHistogram } from './histogram-split';
import { format, readStrings, type Strings } from '../search/strings';
import { downloadCsv, type Cell } from './csv';
import { fr, readInput } from './fields';
import { compactNumber, readableNumber, replaceQuery, setToolStatus, wireShareAndPrint } from './tool-actions';

/**
 * <x-pool-simulator>: simulated years of a pool → distribution of the claims ratio and the
 * probability of a deficit year, and how that probability falls as the pool grows.
 * The engine draws aggregate claims per benefit, so 1 000 000 beneficiaries is as fast as 100.
 */
const NAMES = ['n', 'c', 'f1', 'c1', 't1', 'f2', 'c2', 't2', 'cv', 'trials', 'seed'] as const;
const SIZES = [50, 100, 250, 500, 1000, 2500, 5000, 10000, 50000];

interface Run {
  result: PoolSimulationResult;
  bySize: { size: number; deficit: number }[];
  /** What the run was made from, so the CSV alone can rebuild the scenario. */
  benefits: { id: 'consultations' | 'hospitalisation'; frequency: number; averageCost: number; coverageRate: number; costVariation: number }[];
  seed: number;
}

class PoolSimulator extends HTMLElement {
  private strings: Strings = {};
  private last: Run | undefined;

  connectedCallback() {
    this.strings = readStrings(this);
    const form = this.querySelector('form');
    if (!form) return;
    const params = new URLSearchParams(window.location.search);
    for (const name of NAMES) {
      const value = params.get(name);
      const input = this.querySelector<HTMLInputElement>(`[name="${name}"]`);
      if (value !== null && input) input.value = readableNumber(value.slice(0, 40));
    }
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.update();
    });
    this.querySelector('[data-action="csv"]')?.addEventListener('click', () => this.exportCsv());
    wireShareAndPrint(this, this.strings);
    this.update();
  }

  private update() {
    const errors: string[] = [];
    const s = this.strings;
    const n = readInput(this, 'n', { kind: 'count', min: 1, max: 10_000_000 }, s, errors);
    const contribution = readInput(this, 'c', { kind: 'amount', min: 1 }, s, errors);
    const f1 = readInput(this, 'f1', { kind: 'decimal' }, s, errors);
    const c1 = readInput(this, 'c1', { kind: 'amount' }, s, errors);
    const t1 = readInput(this, 't1', { kind: 'rate', max: 1 }, s, errors);
    const f2 = readInput(this, 'f2', { kind: 'decimal' }, s, errors);
    const c2 = readInput(this, 'c2', { kind: 'amount' }, s, errors);
    const t2 = readInput(this, 't2', { kind: 'rate', max: 1 }, s, errors);
    const cv = readInput(this, 'cv', { kind: 'decimal', max: 10 }, s, errors);
    const trials = readInput(this, 'trials', { kind: 'count', min: 100, max: 50_000 }, s, errors);
    const seed = readInput(this, 'seed', { kind: 'count', optional: true }, s, errors) ?? 1;
    const params = new URLSearchParams();
    for (const name of NAMES) {
      const value = this.querySelector<HTMLInputElement>(`[name="${name}"]`)?.value ?? '';
      if (value) params.set(name, compactNumber(value));
    }
    replaceQuery(params);
    const status = this.querySelector<HTMLElement>('[data-tool-status]');
    if (errors.length || n === undefined || contribution === undefined || f1 === undefined || c1 === undefined || t1 === undefined || f2 === undefined || c2 === undefined || t2 === undefined || trials === undefined) {
      setToolStatus(status, s['tools.fixErrors'] ?? '');
      return;
    }
    setToolStatus(status, '');
    const benefits: Run['benefits'] = [
      { id: 'consultations', frequency: f1, averageCost: c1, coverageRate: t1, costVariation: cv ?? 1 },
      { id: 'hospitalisation', frequency: f2, averageCost: c2, coverageRate: t2, costVariation: cv ?? 1 },
    ];
    try {
      const result = simulatePool({ beneficiaries: n, benefits, contribution, trials, seed });
      // Other sizes use at most 4 000 trials to stay quick on old laptops; the chosen size's row
      // repeats the headline figure rather than a second, slightly different estimate.
      const bySize = SIZES.map((size) => ({ size, deficit: size === n ? result.deficitProbability : simulatePool({ beneficiaries: size, benefits, contribution, trials: Math.min(trials, 4000), seed }).deficitProbability }));
      this.last = { result, bySize, benefits, seed };
      this.render(this.last);
    } catch {
      setToolStatus(status, s['tools.fixErrors'] ?? '');
    }
  }

  private render({ result, bySize }: Run) {
    const s = this.strings;
    const pct = (x: number) => `${fr(x * 100, 1)}\u00A0%`;
    const set = (name: string, text: string) => {
      const el = this.querySelector(`[data-out="${name}"]`);
      if (el) el.textContent = text;
    };
    set('deficit', pct(result.deficitProbability));
    set('expected', pct(result.claimsRatio.mean));
    set('p5', pct(result.claimsRatio.p5));
    set('p50', pct(result.claimsRatio.p50));
    set('p95', pct(result.claimsRatio.p95));
    set('reading', format(s['pool.reading'], { n: fr(result.beneficiaries), p: pct(result.deficitProbability) }));
    this.renderHistogram(result);
    this.renderSizes(bySize);
  }

  private renderHistogram(result: PoolSimulationResult) {
    const { histogram } = result;
    const max = Math.max(1, ...histogram.counts);
    const bars = this.querySelector<HTMLElement>('[data-out="histogram"]');
    const table = this.querySelector<HTMLElement>('[data-out="histogramTable"]');
    const width = 100 / histogram.counts.length;
    if (bars) {
      const svg = ['<svg viewBox="0 0 100 40" preserveAspectRatio="none" aria-hidden="true" class="histogram__svg">'];
      splitHistogram(histogram, result.deficitTrials).forEach(({ surplus, deficit }, i) => {
        // Surplus trials at the bottom, deficit trials stacked above: only the bin around 100 % has both.
        const low = (surplus / max) * 38;
        const high = (deficit / max) * 38;
        if (low > 0) svg.push(`<rect x="${i * width + 0.3}" y="${40 - low}" width="${width - 0.6}" height="${low}" fill="#0b6157"/>`);
        if (high > 0) svg.push(`<rect x="${i * width + 0.3}" y="${40 - low - high}" width="${width - 0.6}" height="${high}" fill="#a4262c"/>`);
      });
      svg.push('</svg>');
      bars.innerHTML = svg.join('');
      bars.append(this.histogramAxis(histogram.from, histogram.from + histogram.counts.length * histogram.binWidth), this.histogramLegend());
    }
    table?.replaceChildren(
      ...histogram.counts.map((count, i) => {
        const tr = document.createElement('tr');
        const th = document.createElement('th');
        th.scope = 'row';
        th.textContent = `${fr((histogram.from + i * histogram.binWidth) * 100, 0)} – ${fr((histogram.from + (i + 1) * histogram.binWidth) * 100, 0)}\u00A0%`;
        const td = document.createElement('td');
        td.className = 'num';
        td.textContent = fr(count);
        tr.append(th, td);
        return tr;
      }),
    );
  }

  /** Claims ratios under the bars (the SVG stretches, so its labels are HTML): ends and 100 %. */
  private histogramAxis(from: number, to: number): HTMLElement {
    const axis = document.createElement('div');
    axis.className = 'histogram__axis';
    axis.setAttribute('aria-hidden', 'true'); // the table of values says the same
    const label = (ratio: number, className: string) => {
      const span = document.createElement('span');
      span.className = className;
      span.textContent = `${fr(ratio * 100, 0)}\u00A0%`;
      if (className === 'histogram__mark') span.style.left = `${((ratio - from) / (to - from)) * 100}%`;
      return span;
    };
    axis.append(label(from, 'histogram__from'), label(to, 'histogram__to'));
    if (from < 1 && to > 1) axis.append(label(1, 'histogram__mark'));
    return axis;
  }

  private histogramLegend(): HTMLElement {
    const list = document.createElement('ul');
    list.className = 'histogram__legend';
    for (const kind of ['surplus', 'deficit'] as const) {
      const li = document.createElement('li');
      const swatch = document.createElement('span');
      swatch.className = `histogram__swatch histogram__swatch--${kind}`;
      li.append(swatch, this.strings[`pool.legend.${kind}`] ?? '');
      list.append(li);
    }
    return list;
  }

  private renderSizes(bySize: Run['bySize']) {
    const body = this.querySelector<HTMLElement>('[data-out="sizes"]');
    const max = Math.max(0.0001, ...bySize.map((r) => r.deficit));
    body?.replaceChildren(
      ...bySize.map(({ size, deficit }) => {
        const tr = document.createElement('tr');
        const th = document.createElement('th');
        th.scope = 'row';
        th.textContent = fr(size);
        const value = document.createElement('td');
        value.className = 'num';
        value.textContent = `${fr(deficit * 100, 1)}\u00A0%`;
        const barCell = document.createElement('td');
        barCell.className = 'bar-cell';
        barCell.setAttribute('aria-hidden', 'true');
        const bar = document.createElement('span');
        bar.className = 'bar';
        bar.style.width = `${(deficit / max) * 100}%`;
        barCell.append(bar);
        tr.append(th, value, barCell);
        return tr;
      }),
    );
  }

  private exportCsv() {
    if (!this.last) return;
    const s = this.strings;
    const { result, bySize, benefits, seed } = this.last;
    // Shares in % with one decimal, as on screen, with the unit in the label.
    const pct = (x: number) => Math.round(x * 1000) / 10;
    const inPct = (label: string | undefined) => `${label ?? ''} (${s['pool.percentUnit'] ?? '%'})`;
    const rows: Cell[][] = [
      [s['pool.title']],
      [],
      [s['pool.beneficiaries'], result.beneficiaries],
      [s['pool.contribution'], result.contribution],
      [s['pool.variation'], benefits[0]?.costVariation],
      [s['pool.trials'], result.trials],
      [s['pool.seed'], seed],
      [],
      ['', s['simulator.frequency'], s['simulator.averageCost'], s['simulator.coverage']],
      ...benefits.map((b) => [s[`pool.benefit.${b.id}`], b.frequency, b.averageCost, pct(b.coverageRate)]),
      [],
      [inPct(s['pool.deficit']), pct(result.deficitProbability)],
      [inPct(s['pool.expectedRatio']), pct(result.claimsRatio.mean)],
      [inPct(s['pool.p5']), pct(result.claimsRatio.p5)],
      [inPct(s['pool.p50']), pct(result.claimsRatio.p50)],
      [inPct(s['pool.p95']), pct(result.claimsRatio.p95)],
      [],
      [s['pool.size'], inPct(s['pool.deficitShort'])],
      ...bySize.map((r) => [r.size, pct(r.deficit)]),
    ];
    downloadCsv('simulation-mutualisation.csv', rows);
  }
}

customElements.define('x-pool-simulator', PoolSimulator);
