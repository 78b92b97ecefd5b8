import {
  buildReport, decodeAssignmentFragment, encodeAssignmentFragment, importReceipts, IMPORT_LIMITS, mergeTrainerDocs, moodleRows, parseRoster, parseTrainerBackup, RECEIPT_LIMITS, reportRows, savedAssignments, savedReceipts, splitPastedCodes, toMoodleCsv,
  type Assignment, type Catalogue, type ClassReport, type ImportInput, type ImportOutcome,
} from '../../engine/assignments';
import { downloadCsv } from '../tools/csv';
import { el, fileSlug, frenchDate, percent, plural } from '../assignment/dom';
import { downloadText } from '../download';
import { format, readStrings, type Strings } from '../search/strings';
import { readTrainer, updateTrainer } from './trainer-client';

const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('fr-FR')}\u00A0Ko`;

/** Every file under a dropped folder (Chromium, Firefox and Safari expose `webkitGetAsEntry`). */
async function filesOf(items: DataTransferItemList): Promise<File[]> {
  const files: File[] = [];
  const visit = async (entry: FileSystemEntry): Promise<void> => {
    if (files.length > IMPORT_LIMITS.inputs) return;
    if (entry.isFile) files.push(await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject)));
    else if (entry.isDirectory) {
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      for (;;) {
        const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
        if (batch.length === 0) break;
        for (const child of batch) await visit(child);
      }
    }
  };
  const entries = [...items].map((item) => item.webkitGetAsEntry?.()).filter((e): e is FileSystemEntry => e !== null && e !== undefined);
  for (const entry of entries) await visit(entry);
  return files;
}

/**
 * <x-trainer-results>: imports receipts (files, a dropped folder, pasted codes, a photo of a
 * QR code), keeps them in the trainer's browser and shows the class report, re-scored from
 * the raw answers with the course's own quizzes and exercises.
 */
class TrainerResults extends HTMLElement {
  private strings: Strings = {};
  private catalogue: Catalogue | undefined;
  private report: ClassReport | undefined;

  async connectedCallback() {
    this.strings = readStrings(this);
    this.wire();
    try {
      const response = await fetch(this.dataset.catalogue ?? 'catalogue.json');
      if (!response.ok) throw new Error(String(response.status));
      this.catalogue = (await response.json()) as Catalogue;
    } catch {
      this.out('report').replaceChildren(el('p', { class: 'notice notice--warn', role: 'alert' }, this.t('trainer.results.catalogueError')));
      return;
    }
    this.refresh();
  }

  private t(key: string, values: Record<string, string | number> = {}) {
    return format(this.strings[key], values);
  }

  private out<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-out="${name}"]`)!;
  }

  private select(): HTMLSelectElement {
    return this.querySelector<HTMLSelectElement>('#r-assignment')!;
  }

  private selected(): Assignment | undefined {
    return savedAssignments(readTrainer().doc).find((a) => a.id === this.select().value);
  }

  private wire() {
    this.select().addEventListener('change', () => {
      history.replaceState(null, '', `#devoir=${this.select().value}`);
      this.renderReport();
    });
    this.querySelector<HTMLInputElement>('#r-files')!.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      void this.importFiles([...(input.files ?? [])]).finally(() => (input.value = ''));
    });
    const drop = this.out('drop');
    drop.addEventListener('dragover', (event) => {
      event.preventDefault();
      drop.dataset.over = '';
    });
    drop.addEventListener('dragleave', () => delete drop.dataset.over);
    drop.addEventListener('drop', (event) => {
      event.preventDefault();
      delete drop.dataset.over;
      const items = event.dataTransfer?.items;
      const direct = [...(event.dataTransfer?.files ?? [])];
      void (items && items.length > 0 && typeof items[0]?.webkitGetAsEntry === 'function' ? filesOf(items) : Promise.resolve(direct)).then((files) => this.importFiles(files));
    });
    this.querySelector<HTMLInputElement>('#r-photo')!.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      const file = input.files?.[0];
      if (file) void this.importPhoto(file).finally(() => (input.value = ''));
    });
    this.querySelector<HTMLInputElement>('#r-backup')!.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      const file = input.files?.[0];
      if (file) void this.restore(file).finally(() => (input.value = ''));
    });
    this.querySelector<HTMLInputElement>('#r-roster-file')!.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      const file = input.files?.[0];
      if (file && file.size < 1024 * 1024) void file.text().then((text) => (this.querySelector<HTMLTextAreaElement>('#r-roster')!.value = parseRoster(text).join('\n'))).finally(() => (input.value = ''));
    });
    this.addEventListener('click', (event) => {
      const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
      if (action === 'paste') this.importPasted();
      if (action === 'add-link') this.addLink();
      if (action === 'roster') this.saveRoster();
      if (action === 'csv') this.exportCsv();
      if (action === 'moodle') this.exportMoodle();
      if (action === 'xapi') void this.exportXapi();
      if (action === 'print') window.print();
      if (action === 'backup') this.backup();
    });
  }

  /** Fills the assignment menu and shows the report of the chosen one. */
  private refresh() {
    const { doc, warning } = readTrainer();
    if (warning) {
      this.out('storage').textContent = this.t(`trainer.storage.${warning}`);
      this.out('storage').hidden = false;
    }
    const list = savedAssignments(doc);
    const wanted = /devoir=([a-z0-9]+)/.exec(location.hash)?.[1] ?? this.select().value;
    this.select().replaceChildren(...list.map((a) => el('option', { value: a.id }, a.group ? `${a.title} (${a.group})` : a.title)));
    if (list.some((a) => a.id === wanted)) this.select().value = wanted;
    this.out('none').hidden = list.length > 0;
    this.out('choose-field').hidden = list.length === 0;
    this.renderReport();
  }

  private async importFiles(files: File[]) {
    if (files.length > IMPORT_LIMITS.inputs) return this.showImport(undefined, [this.t('trainer.import.tooMany', { count: files.length, max: IMPORT_LIMITS.inputs })]);
    const notes: string[] = [];
    const inputs: ImportInput[] = [];
    let total = 0;
    // Files refused before reading count as refused in the summary line too.
    let unread = 0;
    for (const file of files) {
      // Sizes are checked before reading: a 50 MB file is refused without being loaded.
      if (file.size > RECEIPT_LIMITS.bytes) {
        notes.push(this.t('trainer.import.tooBig', { source: file.name, size: kb(file.size) }));
        unread++;
        continue;
      }
      total += file.size;
      if (total > IMPORT_LIMITS.totalBytes) return this.showImport(undefined, [this.t('trainer.import.totalTooBig', { max: kb(IMPORT_LIMITS.totalBytes) })]);
      try {
        inputs.push({ source: file.name, text: await file.text() });
      } catch {
        notes.push(this.t('trainer.import.unreadable', { source: file.name }));
        unread++;
      }
    }
    this.runImport(inputs, notes, unread);
  }

  private importPasted() {
    const area = this.querySelector<HTMLTextAreaElement>('#r-paste')!;
    if (area.value.length > IMPORT_LIMITS.totalBytes) return this.showImport(undefined, [this.t('trainer.import.totalTooBig', { max: kb(IMPORT_LIMITS.totalBytes) })]);
    const codes = splitPastedCodes(area.value);
    if (codes.length > IMPORT_LIMITS.inputs) return this.showImport(undefined, [this.t('trainer.import.tooMany', { count: codes.length, max: IMPORT_LIMITS.inputs })]);
    this.runImport(codes.map((text, i) => ({ source: `code ${i + 1}`, text })), []);
    area.value = '';
  }

  /** Reads a QR code on a photo (jsQR, loaded only here; the camera API is not needed). */
  private async importPhoto(file: File) {
    const { default: jsQR } = await import('jsqr');
    const bitmap = await createImageBitmap(file).catch(() => null);
    let text: string | undefined;
    if (bitmap) {
      // Phone photos are large: scaled down to 1 200 px, QR codes still read and the tab stays responsive.
      const scale = Math.min(1, 1200 / Math.max(bitmap.width, bitmap.height));
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(bitmap.width * scale);
      canvas.height = Math.round(bitmap.height * scale);
      const context = canvas.getContext('2d');
      context?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      const image = context?.getImageData(0, 0, canvas.width, canvas.height);
      text = image ? jsQR(image.data, image.width, image.height)?.data : undefined;
    }
    if (!text) return this.showImport(undefined, [this.t('trainer.import.photoNone')]);
    this.runImport([{ source: file.name, text }], []);
  }

  private runImport(inputs: ImportInput[], notes: string[], unread = 0) {
    let outcome: ImportOutcome | undefined;
    const { saved } = updateTrainer((doc) => {
      outcome = importReceipts(doc, inputs, new Date());
    });
    if (!saved && outcome && outcome.accepted.length > 0) notes.push(this.t('trainer.storage.saveFailed'));
    this.showImport(outcome, notes, unread);
    this.refresh();
  }

  private showImport(outcome: ImportOutcome | undefined, notes: string[], unread = 0) {
    const box = this.out('import');
    const current = this.select().value;
    const titles = new Map(savedAssignments(readTrainer().doc).map((a) => [a.id, a.title]));
    const lines: HTMLElement[] = [];
    if (outcome) {
      const rejected = outcome.rejected.length + unread;
      lines.push(el('p', {}, plural(this.strings, 'trainer.import.summary', outcome.accepted.length + rejected, { accepted: outcome.accepted.length, rejected })));
      const items = [
        ...outcome.accepted.map((a) =>
          el('li', { 'data-state': a.status }, a.assignmentId !== current ? this.t('trainer.import.otherAssignment', { source: a.source, name: a.name, title: titles.get(a.assignmentId) ?? '' }) : this.t(`trainer.import.${a.status}`, { source: a.source, name: a.name })),
        ),
        ...outcome.rejected.map((r) => el('li', { 'data-state': 'rejected' }, this.t(`trainer.reject.${r.code}`, { source: r.source }))),
      ];
      lines.push(el('ul', {}, ...items));
    }
    for (const note of notes) lines.push(el('p', { 'data-state': 'rejected' }, note));
    box.replaceChildren(...lines);
    box.focus();
  }

  private addLink() {
    const input = this.querySelector<HTMLInputElement>('#r-link')!;
    const hash = input.value.includes('#') ? input.value.slice(input.value.indexOf('#')) : input.value;
    const decoded = decodeAssignmentFragment(hash);
    const status = this.out('add-link');
    if (!decoded.ok) return void (status.textContent = this.t(`assignment.error.${decoded.code}`) || decoded.code);
    updateTrainer((doc) => {
      doc.assignments[decoded.assignment.id] ??= { fragment: encodeAssignmentFragment(decoded.assignment), savedAt: new Date().toISOString() };
    });
    status.textContent = this.t('trainer.results.added', { title: decoded.assignment.title });
    input.value = '';
    history.replaceState(null, '', `#devoir=${decoded.assignment.id}`);
    this.refresh();
  }

  private rosterGroup(assignment: Assignment) {
    return assignment.group || assignment.id;
  }

  private saveRoster() {
    const assignment = this.selected();
    if (!assignment) return;
    const names = parseRoster(this.querySelector<HTMLTextAreaElement>('#r-roster')!.value);
    const { saved } = updateTrainer((doc) => {
      doc.rosters[this.rosterGroup(assignment)] = names;
    });
    this.out('roster-status').textContent = saved ? plural(this.strings, 'trainer.roster.saved', names.length) : this.t('trainer.storage.saveFailed');
    this.renderReport();
  }

  private renderReport() {
    const out = this.out('report');
    const assignment = this.selected();
    if (!assignment || !this.catalogue) {
      this.report = undefined;
      return out.replaceChildren();
    }
    const { doc } = readTrainer();
    const roster = doc.rosters[this.rosterGroup(assignment)] ?? [];
    this.out('roster-label').textContent = this.t('trainer.roster.label', { group: assignment.group || assignment.title });
    const area = this.querySelector<HTMLTextAreaElement>('#r-roster')!;
    if (document.activeElement !== area) area.value = roster.join('\n');
    const receipts = savedReceipts(doc, assignment.id);
    const report = buildReport(assignment, this.catalogue, receipts, roster);
    this.report = report;
    if (report.rows.length === 0) {
      out.replaceChildren(el('p', {}, this.t('trainer.report.empty')), ...(report.missing.length ? [el('p', {}, this.t('trainer.report.missing', { names: report.missing.join(', ') }))] : []));
      return;
    }
    const parts: HTMLElement[] = [];
    parts.push(el('p', {}, roster.length ? plural(this.strings, 'trainer.report.count', report.rows.length, { expected: roster.length }) : this.t('trainer.report.countNoRoster', { count: report.rows.length })));
    if (report.missing.length) parts.push(el('p', { class: 'notice notice--warn' }, this.t('trainer.report.missing', { names: report.missing.join(', ') })));
    parts.push(this.table(report), ...this.difficult(report), ...this.mistakes(report, assignment));
    out.replaceChildren(...parts);
  }

  private table(report: ClassReport): HTMLElement {
    const head = el('tr', {}, el('th', { scope: 'col' }, this.t('trainer.report.trainee')), el('th', { scope: 'col' }, this.t('trainer.report.handedAt')), ...report.items.map((item) => el('th', { scope: 'col' }, el('span', { class: 'small' }, this.t(`assignment.kind.${item.item.kind}`)), item.title)), el('th', { scope: 'col' }, this.t('trainer.report.overall')));
    const rows = report.rows.map((row) => {
      const cells = row.cells.map((cell, i) => {
        const item = report.items[i]!;
        if (!item.graded) return el('td', {}, this.t(cell.status === 'done' ? 'trainer.report.read' : 'trainer.report.notRead'));
        if (item.item.kind === 'h5p') return this.h5pCell(cell);
        if (cell.score === null) return el('td', {}, this.t('trainer.report.notDone'), ...(cell.ignored ? [el('span', { class: 'small' }, plural(this.strings, 'trainer.report.ignored', cell.ignored))] : []));
        const details = [plural(this.strings, 'trainer.report.attempts', cell.attempts), ...(cell.timeMs !== null ? [this.t('trainer.report.minutes', { minutes: Math.max(1, Math.round(cell.timeMs / 60000)) })] : [])].join(', ');
        return el('td', { class: 'num' }, percent(cell.score), el('span', { class: 'small' }, details));
      });
      const handed = el('td', {}, frenchDate(row.handedAt), ...(row.late ? [el('span', { class: 'small late' }, this.t('trainer.report.late'))] : []));
      const overall = el('td', { class: 'num' }, row.overall === null ? '—' : percent(row.overall), ...(row.passed === null ? [] : [el('span', { class: 'small' }, this.t(row.passed ? 'trainer.report.passed' : 'trainer.report.failed'))]));
      return el('tr', { 'data-trainee': row.name }, el('th', { scope: 'row' }, row.name, ...(row.ref ? [el('span', { class: 'small' }, row.ref)] : [])), handed, ...cells, overall);
    });
    const foot = el('tr', {}, el('th', { scope: 'row' }, this.t('trainer.report.classRow')), el('td', {}), ...report.items.map((item) => el('td', { class: 'num' }, this.t('trainer.report.done', { done: item.done, total: report.rows.length }), ...(item.mean !== null ? [el('span', { class: 'small' }, this.t('trainer.report.mean', { percent: percent(item.mean) }))] : []))), el('td', {}));
    return el('div', { class: 'report-scroll', tabindex: '0', role: 'region', 'aria-label': this.t('trainer.report.title') }, el('table', { class: 'report-table' }, el('thead', {}, head), el('tbody', {}, ...rows), el('tfoot', {}, foot)));
  }

  /**
   * An H5P item: the package's own result, said to be the package's (the platform does not
   * re-score it), with a French word on a result of another version or a garbled one.
   */
  private h5pCell(cell: ClassReport['rows'][number]['cells'][number]): HTMLElement {
    const garbled = cell.ignored ? [el('span', { class: 'small late' }, this.t('trainer.report.h5pGarbled'))] : [];
    const declared = cell.declared;
    if (cell.score === null || !declared) return el('td', { 'data-kind': 'h5p' }, this.t('trainer.report.notDone'), ...garbled);
    const details = [this.t('trainer.report.h5pScore', { score: declared.score.toLocaleString('fr-FR'), max: declared.max.toLocaleString('fr-FR') }), ...(declared.success === undefined ? [] : [this.t(declared.success ? 'trainer.report.h5pSuccess' : 'trainer.report.h5pFailure')]), this.t('h5p.declared')].join(', ');
    return el('td', { class: 'num', 'data-kind': 'h5p' }, percent(cell.score), el('span', { class: 'small' }, details), ...(declared.otherVersion ? [el('span', { class: 'small' }, this.t('trainer.report.h5pOtherVersion'))] : []), ...garbled);
  }

  private difficult(report: ClassReport): HTMLElement[] {
    const parts: HTMLElement[] = [el('h3', {}, this.t('trainer.report.difficult')), el('p', { class: 'muted' }, this.t('trainer.report.difficultHelp'))];
    if (report.difficult.length === 0) return [...parts, el('p', {}, this.t('trainer.report.difficultNone'))];
    const list = el('ol', { class: 'difficult' });
    // The ten hardest first; the others stay one click away, so tomorrow's priorities stand out.
    const rest = el('ol', { class: 'difficult', start: '11' });
    for (const [rank, question] of report.difficult.entries()) {
      const label = (text: string) => (text === 'true' ? this.t('trainer.report.true') : text === 'false' ? this.t('trainer.report.false') : text === 'right' ? this.t('trainer.report.right') : text === 'wrong' ? this.t('trainer.report.wrong') : text);
      const options = el('ul', {}, ...question.options.map((o) => el('li', {}, this.t('trainer.report.option', { label: label(o.label), count: o.count }), o.correct ? ` ${this.t('trainer.report.correctOption')}` : '')));
      // Prompts are the course's own text: shown as text, with their Markdown marks removed.
      (rank < 10 ? list : rest).append(el('li', { 'data-question': question.questionId }, el('strong', {}, question.prompt.replace(/\*\*?|`/g, '')), el('span', { class: 'small' }, ` ${question.itemTitle} — ${this.t('trainer.report.success', { percent: percent(question.success), answered: question.answered })}`), options));
    }
    if (rest.childElementCount === 0) return [...parts, list];
    return [...parts, list, el('details', {}, el('summary', {}, plural(this.strings, 'trainer.report.moreQuestions', rest.childElementCount)), rest)];
  }

  private mistakes(report: ClassReport, assignment: Assignment): HTMLElement[] {
    const parts: HTMLElement[] = [el('h3', {}, this.t('trainer.report.mistakes')), el('p', { class: 'muted' }, this.t('trainer.report.mistakesHelp'))];
    if (report.mistakes.length === 0) return [...parts, el('p', {}, this.t('trainer.report.mistakesNone'))];
    for (const item of assignment.items.filter((i) => i.kind === 'exercise')) {
      const steps = report.mistakes.filter((m) => m.itemKey === `exercise:${item.id}`);
      if (steps.length === 0) continue;
      const list = el('ol', {});
      steps.forEach((step) => {
        const n = (this.catalogue?.exercises[item.id]?.steps.findIndex((s) => s.id === step.stepId) ?? 0) + 1;
        const lines = el('ul', {}, el('li', {}, this.t('trainer.report.stepCorrect', { correct: step.correct, answered: step.answered })));
        for (const m of step.misconceptions) lines.append(el('li', { 'data-misconception': m.id }, el('span', { class: 'mistake-count' }, this.t('trainer.report.mistake', { count: m.count, answered: step.answered, label: this.strings[`trainer.misconception.${m.id}`] ?? m.id }))));
        if (step.otherWrong > 0) lines.append(el('li', {}, this.t('trainer.report.otherWrong', { count: step.otherWrong, answered: step.answered })));
        list.append(el('li', { 'data-step': step.stepId }, this.t('trainer.report.step', { n, prompt: step.prompt }), lines));
      });
      parts.push(el('h4', {}, steps[0]!.itemTitle), list);
    }
    return parts;
  }

  private csvLabels() {
    const t = (key: string) => this.t(`trainer.csv.${key}`);
    return { name: t('name'), ref: t('ref'), handedAt: t('handedAt'), late: t('late'), overall: t('overall'), passed: t('passed'), yes: t('yes'), no: t('no'), read: this.t('trainer.report.read'), notRead: this.t('trainer.report.notRead'), score: t('score'), attempts: t('attempts'), minutes: t('minutes') };
  }

  private fileBase() {
    const stamp = new Date().toISOString().slice(0, 16).replace(/[-:T]/g, '');
    return `resultats-${fileSlug(this.selected()?.title ?? '')}-${stamp}`;
  }

  private exportCsv() {
    if (this.report) downloadCsv(`${this.fileBase()}.csv`, reportRows(this.report, this.csvLabels(), (iso) => new Date(iso).toLocaleString('fr-FR')));
  }

  private exportMoodle() {
    if (this.report) downloadText(`${this.fileBase()}-moodle.csv`, toMoodleCsv(moodleRows(this.report, this.csvLabels())), 'text/csv;charset=utf-8');
  }

  /** The re-scored results as xAPI statements (one JSON array), for a learning record store. */
  private async exportXapi() {
    const assignment = this.selected();
    if (!this.report || !assignment || !this.catalogue) return;
    // Loaded on use: few trainers export to an LRS, and the statement builder (UUIDs, SHA-1)
    // would otherwise weigh on every visit of this page.
    const { xapiFileText, xapiStatements } = await import('../../engine/assignments/xapi');
    const { statements } = xapiStatements(assignment, this.catalogue, savedReceipts(readTrainer().doc, assignment.id));
    const status = this.out('export');
    if (statements.length === 0) return void (status.textContent = this.t('trainer.export.xapiNone'));
    downloadText(`${this.fileBase()}-xapi.json`, xapiFileText(statements), 'application/json');
    status.textContent = plural(this.strings, 'trainer.export.xapiDone', statements.length);
  }

  private backup() {
    const { doc } = readTrainer();
    downloadText(`sauvegarde-formateur-${new Date().toISOString().slice(0, 10)}.json`, `${JSON.stringify(doc, null, 2)}\n`, 'application/json');
  }

  private async restore(file: File) {
    const status = this.out('backup');
    if (file.size > 30 * 1024 * 1024) return void (status.textContent = this.t('trainer.backup.error.TOO_LARGE'));
    const parsed = parseTrainerBackup(await file.text());
    if (!parsed.ok) return void (status.textContent = this.t(`trainer.backup.error.${parsed.code}`));
    const { saved } = updateTrainer((doc) => Object.assign(doc, mergeTrainerDocs(doc, parsed.doc)));
    status.textContent = saved ? plural(this.strings, 'trainer.backup.restored', Object.keys(parsed.doc.assignments).length) : this.t('trainer.storage.saveFailed');
    this.refresh();
  }
}

customElements.define('x-trainer-results', TrainerResults);
