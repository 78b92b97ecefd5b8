import { breakEvenMembership, computeContribution, type Benefit, type ContributionResult } from '../../engine/insurance';
import { format, readStrings, type Strings } from '../search/strings';
import { downloadCsv, type Cell } from './csv';
import { fr, parseField, readInput, showFieldError } from './fields';
import { renderStackedBar } from './stacked-bar';
import { compactNumber, escapeListText, readableNumber, replaceQuery, setToolStatus, unescapeListText, wireShareAndPrint } from './tool-actions';

/**
 * <x-contribution-simulator>: the benefits table and loadings → the full breakdown of the
 * contribution, where it goes, the household and subsidy split, and the break-even size.
 * Every input lives in the address (?p=…&s=…), so a trainer can share a scenario.
 */
const LINES = ['purePremium', 'safetyPart', 'withMargin', 'managementPart', 'reservePart', 'fixedPart', 'annual', 'monthly', 'perHousehold', 'memberShare', 'subsidyShare'] as const;
const SCALARS = ['s', 'g', 'r', 'G', 'N', 'v', 'h', 'sigma'] as const;
const BENEFIT_FIELDS = ['label', 'frequency', 'averageCost', 'coverage', 'ceiling'] as const;

interface Scenario {
  input: Parameters<typeof computeContribution>[0];
  variableCost: number;
  fixedCosts: number | undefined;
}

class ContributionSimulator extends HTMLElement {
  private strings: Strings = {};
  private last: { scenario: Scenario; result: ContributionResult } | undefined;

  connectedCallback() {
    this.strings = readStrings(this);
    const form = this.querySelector('form');
    const rows = this.querySelector<HTMLElement>('[data-benefit-rows]');
    const template = this.querySelector<HTMLTemplateElement>('template[data-benefit-template]');
    if (!form || !rows || !template) return;

    this.restore(rows, template);
    let timer: number | undefined;
    form.addEventListener('input', () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => this.update(), 200);
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.update();
    });
    this.addEventListener('click', (event) => {
      const target = (event.target as HTMLElement).closest<HTMLElement>('[data-action]');
      if (!target) return;
      if (target.dataset.action === 'add-benefit') {
        const row = this.addRow(rows, template, [this.strings['simulator.newBenefit'] ?? '', '', '', '100', '']);
        row.querySelector<HTMLInputElement>('[data-field="frequency"]')?.focus();
      }
      if (target.dataset.action === 'remove-benefit') {
        const row = target.closest('tr');
        if (rows.children.length > 1) row?.remove();
        rows.querySelector<HTMLInputElement>('[data-field="label"]')?.focus();
        this.update();
      }
      if (target.dataset.action === 'csv') this.exportCsv();
    });
    wireShareAndPrint(this, this.strings);
    this.update();
  }

  /** Rebuilds the benefit rows from the address, when it holds a scenario. */
  private restore(rows: HTMLElement, template: HTMLTemplateElement) {
    const params = new URLSearchParams(window.location.search);
    const benefits = params.getAll('p');
    if (benefits.length > 0) {
      rows.replaceChildren();
      for (const encoded of benefits.slice(0, 20)) this.addRow(rows, template, encoded.split('~'));
    }
    for (const name of SCALARS) {
      const value = params.get(name);
      const input = this.querySelector<HTMLInputElement>(`[name="${name}"]`);
      if (value !== null && input) input.value = readableNumber(value.slice(0, 40));
    }
  }

  private addRow(rows: HTMLElement, template: HTMLTemplateElement, values: string[]): HTMLTableRowElement {
    const fragment = template.content.cloneNode(true) as DocumentFragment;
    const row = fragment.querySelector('tr')!;
    const index = Date.now().toString(36) + Math.floor(Math.random() * 1e6).toString(36);
    BENEFIT_FIELDS.forEach((field, i) => {
      const input = row.querySelector<HTMLInputElement>(`[data-field="${field}"]`);
      if (!input) return;
      input.id = `${field}-${index}`;
      const raw = values[i] ?? '';
      input.value = field === 'label' ? unescapeListText(raw).slice(0, 60) : readableNumber(raw.slice(0, 60));
      row.querySelector(`label[data-for="${field}"]`)?.setAttribute('for', input.id);
    });
    rows.append(row);
    this.labelRemoveButtons(rows);
    return row;
  }

  private labelRemoveButtons(rows: HTMLElement) {
    for (const row of rows.querySelectorAll('tr')) {
      const label = row.querySelector<HTMLInputElement>('[data-field="label"]')?.value ?? '';
      const remove = row.querySelector<HTMLButtonElement>('[data-action="remove-benefit"]');
      remove?.setAttribute('aria-label', format(this.strings['simulator.removeBenefit'], { label }));
      // A contribution needs at least one benefit: the last row cannot be removed.
      if (remove) remove.disabled = rows.children.length < 2;
    }
  }

  private readScenario(): Scenario | undefined {
    const errors: string[] = [];
    const benefits: Benefit[] = [];
    const rows = [...this.querySelectorAll<HTMLTableRowElement>('[data-benefit-rows] tr')];
    rows.forEach((row, i) => {
      const get = (field: string) => row.querySelector<HTMLInputElement>(`[data-field="${field}"]`)!;
      const read = (field: string, spec: Parameters<typeof parseField>[1]) => {
        const input = get(field);
        const result = parseField(input.value, spec, this.strings);
        showFieldError(input, result.ok ? undefined : result.message);
        if (!result.ok) errors.push(field);
        return result.ok ? result.value : undefined;
      };
      const frequency = read('frequency', { kind: 'decimal' });
      const averageCost = read('averageCost', { kind: 'amount' });
      const coverage = read('coverage', { kind: 'rate', max: 1 });
      const ceiling = read('ceiling', { kind: 'amount', optional: true });
      if (frequency !== undefined && averageCost !== undefined && coverage !== undefined) {
        benefits.push({ id: `b${i}`, label: get('label').value.trim() || `#${i + 1}`, frequency, averageCost, coverageRate: coverage, ...(ceiling !== undefined ? { ceiling } : {}) });
      }
    });
    const s = readInput(this, 's', { kind: 'rate', max: 1 }, this.strings, errors) ?? 0;
    const g = readInput(this, 'g', { kind: 'rate', max: 0.99 }, this.strings, errors) ?? 0;
    const r = readInput(this, 'r', { kind: 'rate', max: 0.99 }, this.strings, errors) ?? 0;
    const fixedCosts = readInput(this, 'G', { kind: 'amount', optional: true }, this.strings, errors);
    const beneficiaries = readInput(this, 'N', { kind: 'count', min: 1, optional: true }, this.strings, errors);
    const variableCost = readInput(this, 'v', { kind: 'amount', optional: true }, this.strings, errors) ?? 0;
    const householdSize = readInput(this, 'h', { kind: 'decimal', min: 1, max: 50 }, this.strings, errors) ?? 1;
    const subsidyRate = readInput(this, 'sigma', { kind: 'rate', max: 1 }, this.strings, errors) ?? 0;
    const gInput = this.querySelector<HTMLInputElement>('[name="g"]');
    if (g + r >= 1 && gInput) {
      showFieldError(gInput, this.strings['number.LOADINGS']);
      errors.push('g');
    }
    if (errors.length > 0 || benefits.length === 0) return undefined;
    const useFixed = fixedCosts !== undefined && fixedCosts > 0 && beneficiaries !== undefined;
    return {
      input: { benefits, safetyMargin: s, managementLoading: g, reserveLoading: r, householdSize, subsidyRate, ...(useFixed ? { fixedCosts, beneficiaries } : {}) },
      variableCost,
      fixedCosts,
    };
  }

  private update() {
    this.labelRemoveButtons(this.querySelector<HTMLElement>('[data-benefit-rows]')!);
    const status = this.querySelector<HTMLElement>('[data-tool-status]');
    const scenario = this.readScenario();
    this.saveToAddress();
    if (!scenario) {
      setToolStatus(status, this.strings['tools.fixErrors'] ?? '');
      return;
    }
    let result: ContributionResult;
    try {
      result = computeContribution(scenario.input);
    } catch {
      setToolStatus(status, this.strings['tools.fixErrors'] ?? '');
      return;
    }
    setToolStatus(status, '');
    this.last = { scenario, result };
    this.render(scenario, result);
  }

  private saveToAddress() {
    const params = new URLSearchParams();
    for (const row of this.querySelectorAll('[data-benefit-rows] tr')) {
      params.append('p', BENEFIT_FIELDS.map((f) => {
        const value = row.querySelector<HTMLInputElement>(`[data-field="${f}"]`)?.value ?? '';
        return f === 'label' ? escapeListText(value) : compactNumber(value);
      }).join('~'));
    }
    for (const name of SCALARS) {
      const value = this.querySelector<HTMLInputElement>(`[name="${name}"]`)?.value ?? '';
      if (value !== '') params.set(name, compactNumber(value));
    }
    replaceQuery(params);
  }

  private render(scenario: Scenario, result: ContributionResult) {
    const t = this.strings;
    const benefitBody = this.querySelector('[data-out="benefits"]');
    benefitBody?.replaceChildren(
      ...result.byBenefit.map((b) => row([b.label ?? b.id, fr(b.paidPerCase, 1), fr(b.purePremium, 1)])),
      row([t['simulator.purePremium'] ?? '', '', fr(result.purePremium, 1)], true),
    );
    this.querySelector('[data-out="lines"]')?.replaceChildren(
      ...LINES.filter((line) => line !== 'fixedPart' || result.fixedPart > 0).map((line) => row([t[`simulator.line.${line}`] ?? line, fr(result[line], 1)], line === 'annual')),
    );
    const chart = this.querySelector<HTMLElement>('[data-out="chart"]');
    if (chart) {
      renderStackedBar(
        chart,
        result.parts.map((part) => ({ id: part.id, label: t[`simulator.part.${part.id}`] ?? part.id, value: part.value })),
        (part) => `${part.label} : ${fr(part.value, 1)} FCFA`,
      );
    }
    const household = this.querySelector('[data-out="household"]');
    if (household) {
      household.textContent = format(t['simulator.perHouseholdNote'], { size: fr(scenario.input.householdSize ?? 1, 1), amount: fr(result.perHousehold), monthly: fr(result.perHousehold / 12) });
    }
    const breakEven = this.querySelector('[data-out="breakEven"]');
    if (breakEven) {
      if (!scenario.fixedCosts) breakEven.textContent = t['simulator.breakEven.noFixed'] ?? '';
      else {
        const count = breakEvenMembership({ fixedCosts: scenario.fixedCosts, contribution: result.annual - result.fixedPart, expectedClaims: result.withMargin, variableCost: scenario.variableCost });
        breakEven.textContent = count === null ? t['simulator.breakEven.none'] ?? '' : format(t['simulator.breakEven.value'], { count: fr(count), fixed: fr(scenario.fixedCosts) });
      }
    }
  }

  private exportCsv() {
    if (!this.last) return;
    const { scenario, result } = this.last;
    const t = this.strings;
    const rows: Cell[][] = [
      [t['simulator.title']],
      [],
      [t['simulator.benefit'], t['simulator.frequency'], t['simulator.averageCost'], t['simulator.coverage'], t['simulator.ceiling'], t['simulator.paidPerCase'], t['simulator.purePremium']],
      ...scenario.input.benefits.map((b, i) => [b.label, b.frequency, b.averageCost, b.coverageRate * 100, b.ceiling, money(result.byBenefit[i]?.paidPerCase), money(result.byBenefit[i]?.purePremium)]),
      [],
      [t['simulator.safetyMargin'], (scenario.input.safetyMargin ?? 0) * 100],
      [t['simulator.management'], (scenario.input.managementLoading ?? 0) * 100],
      [t['simulator.reserve'], (scenario.input.reserveLoading ?? 0) * 100],
      [t['simulator.fixedCosts'], scenario.input.fixedCosts],
      [t['simulator.beneficiaries'], scenario.input.beneficiaries],
      [t['simulator.household'], scenario.input.householdSize],
      [t['simulator.subsidy'], (scenario.input.subsidyRate ?? 0) * 100],
      [],
      [t['simulator.result'], t['simulator.amount']],
      // Amounts to the centime, as a spreadsheet user expects; the break-even size as on screen.
      ...LINES.map((line) => [t[`simulator.line.${line}`], money(result[line])]),
      [t['simulator.breakEven'], this.querySelector('[data-out="breakEven"]')?.textContent ?? ''],
    ];
    downloadCsv('simulation-cotisation.csv', rows);
  }
}

/** An amount rounded to the centime for the CSV (the engine's results are unrounded). */
function money(value: number | undefined): number | undefined {
  return value === undefined ? undefined : Math.round(value * 100) / 100;
}

function row(cells: string[], strong = false): HTMLTableRowElement {
  const tr = document.createElement('tr');
  if (strong) tr.className = 'row-total';
  cells.forEach((text, i) => {
    const cell = document.createElement(i === 0 ? 'th' : 'td');
    if (i === 0) cell.setAttribute('scope', 'row');
    else cell.className = 'num';
    cell.textContent = text;
    tr.append(cell);
  });
  return tr;
}

customElements.define('x-contribution-simulator', ContributionSimulator);
