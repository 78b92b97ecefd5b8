import { importProgress, lessonCompletion, DEFAULT_MAX_BACKUP_BYTES } from '../../engine/progress';
import { format, formatCount, readStrings, type Strings } from '../search/strings';
import { downloadProgress, progressStore } from './client';
import { renderQuarantine } from './quarantine-list';

/**
 * <x-progress-page>: the learner's progress per module, quiz scores, exercises, storage state,
 * and the backup: export to a file, import (merged, validated; a bad file changes nothing).
 */
interface CourseOutline {
  modules: { id: string; label: string; title: string; test?: string; lessons: { id: string; title: string; href: string; quiz?: string; h5p?: string[] }[] }[];
  exercises: { id: string; title: string; href: string }[];
  activities?: { id: string; title: string; href: string }[];
}

const pct = (x: number) => `${Math.round(x * 100)}\u00A0%`;

class ProgressPage extends HTMLElement {
  private strings: Strings = {};
  private outline!: CourseOutline;

  connectedCallback() {
    this.strings = readStrings(this);
    this.outline = JSON.parse(this.querySelector('script[type="application/json"]')?.textContent ?? '{"modules":[],"exercises":[]}') as CourseOutline;
    this.querySelector('[data-action="export"]')?.addEventListener('click', downloadProgress);
    this.querySelector<HTMLInputElement>('input[type="file"]')?.addEventListener('change', (event) => void this.import(event.target as HTMLInputElement));
    window.addEventListener('storage', () => this.render());
    this.render();
  }

  private render() {
    const t = this.strings;
    const store = progressStore();
    const { doc } = store.read();
    const best = (id: string) => {
      const attempts = doc.quizzes[id]?.attempts ?? [];
      return attempts.length ? Math.max(...attempts.map((a) => a.score)) : undefined;
    };
    const modules = this.querySelector('[data-out="modules"]')!;
    modules.replaceChildren(
      ...this.outline.modules.map((module) => {
        const section = document.createElement('section');
        const done = module.lessons.filter((l) => doc.lessons[l.id]?.completedAt).length;
        const h3 = document.createElement('h3');
        h3.textContent = `${module.label} – ${module.title}`;
        const bar = document.createElement('progress');
        bar.max = module.lessons.length;
        bar.value = done;
        const label = format(t[done < 2 ? 'progress.moduleProgressOne' : 'progress.moduleProgress'], { done, total: module.lessons.length });
        bar.setAttribute('aria-label', label);
        const p = document.createElement('p');
        p.className = 'progress-module';
        p.append(bar, label);
        const table = document.createElement('table');
        const head = table.createTHead().insertRow();
        for (const text of [t['progress.lesson'], t['progress.state'], t['progress.quizBest']]) {
          const th = document.createElement('th');
          th.scope = 'col';
          th.textContent = text ?? '';
          head.append(th);
        }
        const body = table.createTBody();
        for (const lesson of module.lessons) {
          const row = body.insertRow();
          row.dataset.lesson = lesson.id;
          const th = document.createElement('th');
          th.scope = 'row';
          const a = Object.assign(document.createElement('a'), { href: lesson.href, textContent: lesson.title });
          th.append(a);
          const entry = doc.lessons[lesson.id];
          const score = best(lesson.id);
          // Quiz passed, an H5P activity still to do: the lesson is not completed, and the row says why.
          const pending = !entry?.completedAt && lesson.h5p?.length ? lessonCompletion(doc, { ...(lesson.quiz ? { quiz: lesson.quiz } : {}), h5p: lesson.h5p }) : undefined;
          const state = entry?.completedAt ? t['progress.lessonDone'] : pending?.quizPassed && pending.h5pPending.length ? t['progress.lessonH5pPendingShort'] : entry?.openedAt ? t['progress.lessonOpened'] : t['progress.notStarted'];
          row.append(th, cell(state), cell(score === undefined ? '–' : pct(score), 'num'));
        }
        if (module.test) {
          const row = body.insertRow();
          const th = document.createElement('th');
          th.scope = 'row';
          const link = document.createElement('a');
          link.href = module.test;
          link.textContent = t['progress.tests'] ?? '';
          th.append(link);
          const attempts = doc.quizzes[module.id]?.attempts ?? [];
          const score = best(module.id);
          const state = attempts.some((a) => a.passed) ? t['progress.testPassed'] : attempts.length ? t['progress.testTried'] : t['progress.notStarted'];
          row.append(th, cell(state), cell(score === undefined ? '–' : pct(score), 'num'));
        }
        const wrap = document.createElement('div');
        wrap.className = 'table-wrap';
        // Focusable and named like the build-time ScrollRegion, so it can be scrolled by keyboard.
        wrap.tabIndex = 0;
        wrap.setAttribute('role', 'region');
        wrap.setAttribute('aria-label', h3.textContent ?? '');
        wrap.append(table);
        section.append(h3, p, wrap);
        return section;
      }),
    );
    const exercises = this.querySelector('[data-out="exercises"]')!;
    const tried = this.outline.exercises.filter((e) => doc.exercises[e.id]?.attempts.length);
    exercises.replaceChildren(
      ...(tried.length === 0
        ? [Object.assign(document.createElement('li'), { textContent: t['progress.none'] ?? '' })]
        : tried.map((e) => {
            const attempts = doc.exercises[e.id]!.attempts;
            const li = document.createElement('li');
            li.append(Object.assign(document.createElement('a'), { href: e.href, textContent: e.title }), ` : ${formatCount(t, 'progress.exerciseAttemptsOne', 'progress.exerciseAttempts', attempts.length, { best: pct(Math.max(...attempts.map((a) => a.score))) })}`);
            return li;
          })),
    );
    // H5P activities: the score each one declared (its xAPI result), best of the results kept.
    const activities = this.querySelector('[data-out="activities"]');
    const played = (this.outline.activities ?? []).filter((a) => doc.h5p?.[a.id]?.results.length);
    activities?.replaceChildren(
      ...(played.length === 0
        ? [Object.assign(document.createElement('li'), { textContent: t['progress.none'] ?? '' })]
        : played.map((a) => {
            const results = doc.h5p![a.id]!.results;
            const li = document.createElement('li');
            li.append(Object.assign(document.createElement('a'), { href: a.href, textContent: a.title }), ` : ${formatCount(t, 'progress.h5pResultsOne', 'progress.h5pResults', results.length, { best: pct(Math.max(...results.map((r) => r.scaled))) })}`);
            return li;
          })),
    );
    const status = store.status();
    const storage = this.querySelector('[data-out="storage"]')!;
    const saved = status.lastSavedAt ? format(t['progress.lastSaved'], { date: new Date(status.lastSavedAt).toLocaleString('fr-FR', { dateStyle: 'long', timeStyle: 'short' }) }) : t['progress.never'];
    storage.textContent = `${t[`progress.mode.${status.mode}`] ?? ''} ${saved ?? ''}`;
    const quarantine = this.querySelector<HTMLElement>('[data-out="quarantine"]');
    if (quarantine) renderQuarantine(quarantine, t);
  }

  private async import(input: HTMLInputElement) {
    const file = input.files?.[0];
    const message = this.querySelector<HTMLElement>('[data-out="import"]')!;
    if (!file) return;
    const t = this.strings;
    input.value = '';
    if (file.size > DEFAULT_MAX_BACKUP_BYTES) {
      message.dataset.state = 'error';
      message.textContent = t['progress.import.TOO_LARGE'] ?? '';
      return;
    }
    const store = progressStore();
    const result = importProgress(store.read().doc, await file.text());
    if (!result.ok) {
      message.dataset.state = 'error';
      message.textContent = format(t[`progress.import.${result.code}`], { detail: result.detail ?? '' });
      return;
    }
    store.mergeIn(result.doc);
    message.dataset.state = 'ok';
    const { lessons, quizAttempts, exerciseAttempts, h5pResults } = result.added;
    message.textContent = lessons + quizAttempts + exerciseAttempts + h5pResults === 0
      ? t['progress.importedNothingNew'] ?? ''
      : format(t['progress.imported'], {
          lessons: formatCount(t, 'progress.count.lessonOne', 'progress.count.lesson', lessons),
          quizzes: formatCount(t, 'progress.count.quizAttemptOne', 'progress.count.quizAttempt', quizAttempts),
          exercises: formatCount(t, 'progress.count.exerciseAttemptOne', 'progress.count.exerciseAttempt', exerciseAttempts),
        });
    this.render();
  }
}

function cell(text: string | undefined, className = ''): HTMLTableCellElement {
  const td = document.createElement('td');
  td.textContent = text ?? '';
  if (className) td.className = className;
  return td;
}

customElements.define('x-progress-page', ProgressPage);
