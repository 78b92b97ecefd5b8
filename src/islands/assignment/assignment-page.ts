import { decodeAssignmentFragment, isLate, type Assignment, type AssignmentItem } from '../../engine/assignments/assignment';
import { buildReceipt, encodeReceiptCode, encodeReceiptFile } from '../../engine/assignments/receipt';
import { exerciseSeed, TRAINEE_LIMITS } from '../../engine/assignments/seeds';
import type { AssignmentWork, ProgressDoc } from '../../engine/progress/schema';
import { readStrings, format, type Strings } from '../search/strings';
import { progressStore } from '../progress/client';
import { copyField, drawQr, el, fileSlug, frenchDate, frenchDay, percent, plural } from './dom';
import { downloadText } from '../download';

/** What the page knows of each item id, by kind (rendered by the server from the course). */
type ItemIndex = Record<AssignmentItem['kind'], Record<string, { title: string; href: string }>>;

/** Receipt codes up to this length are also shown as a QR code (cheap cameras read a few hundred bytes). */
const QR_MAX_CODE = 400;

/**
 * <x-assignment>: the trainee's side of an assignment. Reads the assignment from the link's
 * fragment, asks the trainee's name once, lists the items with their status from the progress
 * store, and makes the receipt to hand back (file, text code, QR code when small).
 */
class AssignmentPage extends HTMLElement {
  private strings: Strings = {};
  private index!: ItemIndex;
  private assignment: Assignment | undefined;
  private fragment = '';

  connectedCallback() {
    this.strings = readStrings(this);
    this.index = JSON.parse(this.querySelector('script[type="application/json"]')?.textContent ?? '{}') as ItemIndex;
    this.querySelector('form[data-out="who"]')!.addEventListener('submit', (event) => {
      event.preventDefault();
      this.start();
    });
    this.querySelector('[data-action="handback"]')!.addEventListener('click', () => this.handBack());
    window.addEventListener('hashchange', () => this.load());
    // Work done in another tab (a quiz, an exercise) shows when the learner comes back here.
    window.addEventListener('pageshow', () => this.assignment && this.render());
    document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && this.assignment && this.render());
    this.load();
  }

  private out<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-out="${name}"]`)!;
  }

  private load() {
    const decoded = decodeAssignmentFragment(location.hash);
    const error = this.out('error');
    if (!decoded.ok) {
      this.assignment = undefined;
      const lines: HTMLElement[] = [el('h2', {}, this.strings['assignment.error.title'] ?? ''), el('p', {}, this.strings[`assignment.error.${decoded.code}`] ?? decoded.code)];
      if (decoded.contact) lines.push(el('p', {}, format(this.strings['assignment.error.contact'], { contact: decoded.contact })));
      // A trainee who lost the link finds the assignments already opened on this device.
      const mine = Object.values(progressStore().read().doc.assignments ?? {}).sort((x, y) => (x.openedAt < y.openedAt ? 1 : -1));
      if (decoded.code === 'EMPTY' && mine.length > 0) {
        lines.push(el('p', {}, this.strings['assignment.mine'] ?? ''), el('ul', {}, ...mine.map((work) => el('li', {}, el('a', { href: `#${work.fragment}` }, work.title ?? '?')))));
      }
      error.replaceChildren(...lines);
      error.hidden = false;
      for (const name of ['who', 'work']) this.out(name).hidden = true;
      this.out('header').replaceChildren();
      return;
    }
    error.hidden = true;
    this.assignment = decoded.assignment;
    this.fragment = location.hash.replace(/^#/, '');
    this.render();
  }

  private work(doc: ProgressDoc = progressStore().read().doc): AssignmentWork | undefined {
    return this.assignment ? doc.assignments?.[this.assignment.id] : undefined;
  }

  private render() {
    const a = this.assignment!;
    const t = this.strings;
    const heading = document.querySelector<HTMLElement>('h1[data-out="title"]');
    if (heading) heading.textContent = a.title;
    document.title = `${a.title} – ${document.title.split(' – ').pop() ?? ''}`;
    const header: HTMLElement[] = [];
    if (a.group) header.push(el('p', {}, format(t['assignment.group'], { group: a.group })));
    if (a.due) {
      const late = isLate(new Date().toISOString(), a.due);
      header.push(el('p', late ? { class: 'notice notice--warn' } : {}, format(t[late ? 'assignment.overdue' : 'assignment.due'], { date: frenchDay(a.due) })));
    }
    header.push(el('p', {}, format(t['assignment.passMark'], { percent: percent(a.passMark) })));
    if (a.instructions) header.push(el('h2', {}, t['assignment.instructions'] ?? ''), el('p', { class: 'instructions' }, a.instructions));
    if (a.contact) header.push(el('p', { class: 'muted' }, format(t['assignment.contact'], { contact: a.contact })));
    const unknown = a.items.filter((item) => !this.index[item.kind]?.[item.id]).length;
    if (unknown > 0) header.push(el('p', { class: 'notice notice--warn' }, format(t['assignment.error.unknownItems'], { count: unknown })));
    if (progressStore().status().mode === 'memory') header.push(el('p', { class: 'notice notice--warn' }, t['assignment.storage'] ?? ''));
    this.out('header').replaceChildren(...header);

    const work = this.work();
    const who = this.out<HTMLFormElement>('who');
    who.hidden = work !== undefined;
    this.out('work').hidden = work === undefined;
    if (!work) {
      this.out('ref-field').hidden = !a.askRef;
      // The name given for an earlier assignment is offered again (one device, one trainee).
      const earlier = Object.values(progressStore().read().doc.assignments ?? {}).sort((x, y) => (x.openedAt < y.openedAt ? 1 : -1))[0];
      const nameInput = who.querySelector<HTMLInputElement>('#trainee-name')!;
      if (earlier && nameInput.value === '') {
        nameInput.value = earlier.trainee.name;
        who.querySelector<HTMLInputElement>('#trainee-ref')!.value = earlier.trainee.ref ?? '';
      }
      return;
    }
    this.out('you').textContent = format(t['assignment.who.you'], { name: work.trainee.ref ? `${work.trainee.name} (${work.trainee.ref})` : work.trainee.name });
    this.out('items').replaceChildren(...a.items.map((item) => this.itemRow(item, work)));
    this.out('last').textContent = work.handedAt ? format(t['assignment.handback.last'], { date: frenchDate(work.handedAt) }) : '';
    this.querySelector('[data-action="handback"]')!.textContent = t[work.handedAt ? 'assignment.handback.again' : 'assignment.handback.button'] ?? '';
  }

  private start() {
    const a = this.assignment!;
    const form = this.out<HTMLFormElement>('who');
    const name = form.querySelector<HTMLInputElement>('#trainee-name')!.value.trim().replace(/\s+/g, ' ');
    const ref = form.querySelector<HTMLInputElement>('#trainee-ref')!.value.trim();
    const error = this.out('who-error');
    const t = this.strings;
    if (name === '') return void (error.textContent = t['assignment.who.missing'] ?? '');
    if (a.askRef && ref === '') return void (error.textContent = t['assignment.who.missingRef'] ?? '');
    if (name.length > TRAINEE_LIMITS.name || ref.length > TRAINEE_LIMITS.ref) return void (error.textContent = format(t['assignment.who.tooLong'], { max: name.length > TRAINEE_LIMITS.name ? TRAINEE_LIMITS.name : TRAINEE_LIMITS.ref }));
    error.textContent = '';
    const trainee = { name, ...(a.askRef && ref ? { ref } : {}) };
    const seeds = Object.fromEntries(a.items.filter((item) => item.kind === 'exercise').map((item) => [item.id, exerciseSeed(a, item, name)]));
    progressStore().update((doc) => {
      doc.assignments ??= {};
      if (doc.assignments[a.id]) return; // another tab started it first: keep that name
      doc.assignments[a.id] = { fragment: this.fragment.slice(0, 20_000), trainee, openedAt: new Date().toISOString(), title: a.title.slice(0, 200), seeds };
    });
    this.render();
    this.out('items').querySelector('a')?.focus();
  }

  /** One item: kind, title link and status as the progress store has it. */
  private itemRow(item: AssignmentItem, work: AssignmentWork): HTMLLIElement {
    const t = this.strings;
    const known = this.index[item.kind]?.[item.id];
    const doc = progressStore().read().doc;
    let status = t['assignment.status.todo'] ?? '';
    let done = false;
    if (item.kind === 'lesson') {
      const lesson = doc.lessons[item.id];
      if (lesson?.completedAt) [status, done] = [t['assignment.status.completed'] ?? '', true];
      else if (lesson?.openedAt) [status, done] = [t['assignment.status.opened'] ?? '', true];
    } else if (item.kind === 'h5p') {
      // The result the receipt will carry: the activity's latest, since the assignment was opened.
      const latest = doc.h5p?.[item.id]?.results.at(-1);
      if (latest && latest.at >= work.openedAt) {
        done = true;
        status = format(t['assignment.status.h5p'], { score: latest.score.toLocaleString('fr-FR'), max: latest.max.toLocaleString('fr-FR'), percent: percent(latest.scaled) });
      }
    } else {
      const attempts = item.kind === 'exercise'
        ? (doc.exercises[item.id]?.attempts ?? []).filter((attempt) => attempt.seed === work.seeds?.[item.id])
        : (doc.quizzes[item.id]?.attempts ?? []).filter((attempt) => attempt.at >= work.openedAt);
      if (attempts.length > 0) {
        done = true;
        status = plural(t, 'assignment.status.attempts', attempts.length, { percent: percent(Math.max(...attempts.map((x) => x.score))) });
      }
    }
    const href = known ? (item.kind === 'exercise' ? `${known.href}#devoir=${this.assignment!.id}` : known.href) : undefined;
    const title = href ? el('a', { href }, known!.title) : el('span', {}, item.id);
    return el('li', { 'data-state': done ? 'done' : 'todo', 'data-item': `${item.kind}:${item.id}` }, el('span', { class: 'assignment__kind' }, t[`assignment.kind.${item.kind}`] ?? item.kind), title, el('span', { class: 'assignment__status' }, status));
  }

  private handBack() {
    const a = this.assignment!;
    const work = this.work();
    if (!work) return;
    const now = new Date();
    const receipt = buildReceipt(progressStore().read().doc, a, work.trainee, work.openedAt, now);
    progressStore().update((doc) => {
      const entry = doc.assignments?.[a.id];
      if (entry) entry.handedAt = now.toISOString();
    });
    const t = this.strings;
    const code = encodeReceiptCode(receipt);
    const file = encodeReceiptFile(receipt);
    const filename = `rendu-${fileSlug(a.title)}-${fileSlug(work.trainee.name)}.json`;
    const box = this.out('receipt');
    const nothing = receipt.items.every((item) => item.openedAt === undefined && (item.attempts?.length ?? 0) === 0);
    const parts: (HTMLElement | string)[] = [el('p', {}, format(t['assignment.handback.done'], { date: frenchDate(receipt.handedAt) }))];
    if (nothing) parts.push(el('p', { class: 'notice notice--warn' }, t['assignment.handback.nothing'] ?? ''));
    const save = el('button', { type: 'button', class: 'button' }, t['assignment.handback.file'] ?? '');
    save.addEventListener('click', () => downloadText(filename, file, 'application/json'));
    const actions = el('p', { class: 'receipt__actions' }, save);
    // Sharing a file needs a secure context (https): offered only where it exists.
    const shareFile = typeof File === 'function' ? new File([file], filename, { type: 'application/json' }) : undefined;
    if (window.isSecureContext && shareFile && navigator.canShare?.({ files: [shareFile] })) {
      const share = el('button', { type: 'button', class: 'button button--secondary' }, t['assignment.handback.share'] ?? '');
      share.addEventListener('click', () => void navigator.share({ files: [shareFile], title: a.title }).catch(() => undefined));
      actions.append(share);
    }
    parts.push(actions, el('p', { class: 'muted' }, t['assignment.handback.fileHelp'] ?? ''));
    const area = el('textarea', { class: 'code', rows: '4', readonly: '', id: 'receipt-code', spellcheck: 'false' });
    area.value = code;
    const copyStatus = el('span', { role: 'status' });
    const copy = el('button', { type: 'button', class: 'button button--secondary' }, t['assignment.handback.copy'] ?? '');
    copy.addEventListener('click', async () => {
      copyStatus.textContent = t[(await copyField(area)) === 'copied' ? 'assignment.handback.copied' : 'assignment.handback.selected'] ?? '';
    });
    parts.push(el('p', {}, el('label', { for: 'receipt-code' }, t['assignment.handback.code'] ?? '')), area, el('p', { class: 'receipt__actions' }, copy, copyStatus));
    if (code.length <= QR_MAX_CODE) {
      const canvas = el('canvas', { class: 'qr', role: 'img', 'aria-label': format(t['assignment.handback.qrAlt'], { name: work.trainee.name }) });
      parts.push(el('p', {}, t['assignment.handback.qr'] ?? ''), canvas);
      void drawQr(canvas, code);
    }
    const summary = el('ul', {}, ...receipt.items.filter((item) => item.claimed !== null).map((item) => el('li', {}, `${this.index[item.kind as AssignmentItem['kind']]?.[item.id]?.title ?? item.id}\u00A0: ${percent(item.claimed!)}`)));
    if (summary.childElementCount > 0) parts.push(el('p', { class: 'muted' }, t['assignment.handback.summary'] ?? ''), summary);
    box.replaceChildren(...parts);
    this.render();
    box.focus();
  }
}

customElements.define('x-assignment', AssignmentPage);
