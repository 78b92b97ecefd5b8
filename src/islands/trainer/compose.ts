import { ASSIGNMENT_LIMITS, decodeAssignmentFragment, encodeAssignmentFragment, type Assignment, type AssignmentItem } from '../../engine/assignments/assignment';
import { savedAssignments } from '../../engine/assignments/trainer-store';
import { parseFrenchNumber } from '../../engine/number/parse-number';
import { randomBytes } from '../../engine/random-bytes';
import { copyField, drawQr, el, frenchDay, percent, plural } from '../assignment/dom';
import { format, readStrings, type Strings } from '../search/strings';
import { readTrainer, updateTrainer } from './trainer-client';

/** A random assignment id: 10 base-36 characters. */
function newId(): string {
  return Array.from(randomBytes(10), (b) => (b % 36).toString(36)).join('');
}

/**
 * <x-trainer-compose>: composes an assignment from the course, saves it in the trainer's
 * browser and hands it out as links, a QR code (with a full-screen projector view) and a
 * printable sheet.
 */
class TrainerCompose extends HTMLElement {
  private strings: Strings = {};
  private current: Assignment | undefined;

  connectedCallback() {
    this.strings = readStrings(this);
    const form = this.querySelector('form')!;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.create(form);
    });
    this.addEventListener('click', (event) => {
      const target = (event.target as HTMLElement).closest<HTMLElement>('[data-action], [data-copy], [data-show]');
      if (!target) return;
      if (target.dataset.copy) void this.copy(target.dataset.copy);
      if (target.dataset.action === 'projector') void this.projector(true);
      if (target.dataset.action === 'close-projector') void this.projector(false);
      if (target.dataset.action === 'print') window.print();
      if (target.dataset.show) this.showSaved(target.dataset.show);
    });
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !this.out('projector').hidden) void this.projector(false);
    });
    this.renderSaved();
  }

  private out<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-out="${name}"]`)!;
  }

  private create(form: HTMLFormElement) {
    const t = this.strings;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const error = this.out('compose-error');
    const title = text('title');
    const items: AssignmentItem[] = [...form.querySelectorAll<HTMLInputElement>('input[data-item]:checked')].map((input) => {
      const kind = input.dataset.item as AssignmentItem['kind'];
      if (kind !== 'exercise') return { kind, id: input.value };
      const values = form.querySelector<HTMLSelectElement>(`select[data-values="${input.value}"]`)?.value === 'same' ? 'same' : 'each';
      return { kind, id: input.value, values };
    });
    const pass = parseFrenchNumber(text('passMark') || '70', { unit: '%' });
    const fail = (message: string, field?: string) => {
      error.textContent = message;
      if (field) form.querySelector<HTMLElement>(`[name="${field}"]`)?.focus();
    };
    if (title === '') return fail(t['trainer.error.noTitle'] ?? '', 'title');
    if (!pass.ok || pass.value < 0 || pass.value > 100) return fail(t['trainer.error.passMark'] ?? '', 'passMark');
    if (items.length === 0) return fail(t['trainer.error.noItem'] ?? '');
    for (const [field, max, label] of [['title', ASSIGNMENT_LIMITS.title, 'trainer.field.title'], ['instructions', ASSIGNMENT_LIMITS.instructions, 'trainer.field.instructions'], ['group', ASSIGNMENT_LIMITS.group, 'trainer.field.group'], ['contact', ASSIGNMENT_LIMITS.contact, 'trainer.field.contact']] as const) {
      if (text(field).length > max) return fail(format(t['trainer.error.tooLong'], { field: t[label] ?? field, max }), field);
    }
    if (items.length > ASSIGNMENT_LIMITS.items) return fail(format(t['trainer.error.tooLong'], { field: t['trainer.items'] ?? '', max: ASSIGNMENT_LIMITS.items }));
    error.textContent = '';
    const optional = (name: string) => (text(name) ? { [name]: text(name) } : {});
    const assignment: Assignment = {
      id: newId(),
      title,
      ...optional('instructions'),
      ...optional('group'),
      ...(/^\d{4}-\d{2}-\d{2}$/.test(text('due')) ? { due: text('due') } : {}),
      passMark: Math.round(pass.value * 10) / 1000,
      askRef: data.get('askRef') !== null,
      createdAt: new Date().toISOString(),
      items,
      ...optional('contact'),
    };
    const { saved } = updateTrainer((doc) => {
      doc.assignments[assignment.id] = { fragment: encodeAssignmentFragment(assignment), savedAt: new Date().toISOString() };
    });
    const storage = this.out('storage');
    storage.hidden = saved;
    storage.textContent = saved ? '' : t['trainer.error.storage'] ?? '';
    this.show(assignment);
    this.renderSaved();
  }

  private link(assignment: Assignment, short: boolean): string {
    return new URL(`${this.dataset.devoirUrl ?? '/devoir/'}#${encodeAssignmentFragment(assignment, { short })}`, location.href).href;
  }

  private show(assignment: Assignment) {
    this.current = assignment;
    const t = this.strings;
    const full = this.link(assignment, false);
    const short = this.link(assignment, true);
    this.querySelector<HTMLInputElement>('#link-full')!.value = full;
    this.querySelector<HTMLInputElement>('#link-short')!.value = short;
    this.out('sheet-title').textContent = assignment.title;
    const meta = [assignment.group, assignment.due ? format(t['trainer.sheet.due'], { date: frenchDay(assignment.due) }) : undefined, format(t['trainer.sheet.passMark'], { percent: percent(assignment.passMark) }), assignment.contact];
    this.out('sheet-meta').textContent = meta.filter(Boolean).join(' · ');
    this.out('sheet-instructions').textContent = assignment.instructions ?? '';
    this.out('sheet-link').textContent = short;
    const canvas = this.out<HTMLCanvasElement>('qr');
    canvas.setAttribute('aria-label', format(t['trainer.handout.qrAlt'], { title: assignment.title }));
    // The sheet's QR code carries the short link: fewer modules, easier to scan from paper.
    void drawQr(canvas, short).then((ok) => {
      this.out('qr-error').textContent = ok ? '' : t['trainer.handout.qrTooLong'] ?? '';
    });
    this.out<HTMLAnchorElement>('results-link').href = `${this.dataset.resultsUrl ?? ''}#devoir=${assignment.id}`;
    const handout = this.out('handout');
    handout.hidden = false;
    handout.focus();
  }

  private async copy(id: string) {
    const field = this.querySelector<HTMLInputElement>(`#${id}`)!;
    const result = await copyField(field);
    this.out('copy-status').textContent = this.strings[result === 'copied' ? 'trainer.handout.copied' : 'trainer.handout.selected'] ?? '';
  }

  /** The QR code as large as the screen allows, for a projector; Escape or the button closes it. */
  private async projector(open: boolean) {
    const view = this.out('projector');
    if (!open || !this.current) {
      view.hidden = true;
      if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined);
      this.querySelector<HTMLElement>('[data-action="projector"]')?.focus();
      return;
    }
    const short = this.link(this.current, true);
    this.out('projector-title').textContent = this.current.title;
    this.out('projector-link').textContent = short;
    const canvas = this.out<HTMLCanvasElement>('projector-qr');
    canvas.setAttribute('aria-label', format(this.strings['trainer.handout.qrAlt'], { title: this.current.title }));
    await drawQr(canvas, short);
    view.hidden = false;
    await view.requestFullscreen?.().catch(() => undefined);
    view.querySelector<HTMLElement>('[data-action="close-projector"]')?.focus();
  }

  private showSaved(id: string) {
    const entry = readTrainer().doc.assignments[id];
    const decoded = entry ? decodeAssignmentFragment(entry.fragment) : undefined;
    if (decoded?.ok) this.show(decoded.assignment);
  }

  private renderSaved() {
    const t = this.strings;
    const { doc, warning } = readTrainer();
    if (warning) {
      const storage = this.out('storage');
      storage.textContent = t[`trainer.storage.${warning}`] ?? '';
      storage.hidden = false;
    }
    const list = savedAssignments(doc);
    const groups = new Set([...list.map((a) => a.group).filter((g): g is string => Boolean(g)), ...Object.keys(doc.rosters)]);
    this.querySelector('#a-groups')!.replaceChildren(...[...groups].map((group) => el('option', { value: group })));
    const out = this.out('saved');
    if (list.length === 0) return out.replaceChildren(el('li', { class: 'muted' }, t['trainer.saved.none'] ?? ''));
    out.replaceChildren(
      ...list.map((a) =>
        el(
          'li',
          {},
          el('strong', {}, a.title),
          ` (${[a.group, plural(t, 'trainer.saved.items', a.items.length)].filter(Boolean).join(', ')}) `,
          el('button', { type: 'button', class: 'button button--small', 'data-show': a.id }, t['trainer.saved.show'] ?? ''),
          ' ',
          el('a', { href: `${this.dataset.resultsUrl ?? ''}#devoir=${a.id}` }, t['trainer.results.title'] ?? ''),
        ),
      ),
    );
  }
}

customElements.define('x-trainer-compose', TrainerCompose);
