import { lessonCompletion } from '../../engine/progress/completion';
import { downloadProgress, progressStore } from './client';
import { pageLessonRequirements } from './lesson-completion';
import { format, type Strings } from '../search/strings';

/**
 * Runs on every page: records the visit of a lesson, fills the progress slots the page left
 * empty (module bars, lesson states, "reprendre"), shows a French warning when progress cannot
 * be saved, asks the browser to keep this site's storage, and unfolds details for printing. Refreshes when another tab or a
 * quiz changes the progress.
 */
const root = document.documentElement;
let strings: Strings = {};
try {
  strings = JSON.parse(document.getElementById('progress-strings')?.textContent ?? '{}') as Strings;
} catch {
  strings = {};
}

function render() {
  const { doc, warnings } = progressStore().read();
  const done = (id: string) => Boolean(doc.lessons[id]?.completedAt);
  const opened = (id: string) => Boolean(doc.lessons[id]?.openedAt);

  for (const slot of document.querySelectorAll<HTMLElement>('[data-progress-module]')) {
    const lessons = (slot.dataset.lessons ?? '').split(',').filter(Boolean);
    if (lessons.length === 0) continue;
    const count = lessons.filter(done).length;
    const label = format(strings[count < 2 ? 'progress.moduleProgressOne' : 'progress.moduleProgress'], { done: count, total: lessons.length });
    const bar = document.createElement('progress');
    bar.max = lessons.length;
    bar.value = count;
    bar.setAttribute('aria-label', label);
    const text = document.createElement('span');
    text.textContent = label;
    slot.replaceChildren(bar, text);
    slot.classList.add('progress-module');
  }
  for (const item of document.querySelectorAll<HTMLElement>('[data-lesson]')) {
    const id = item.dataset.lesson ?? '';
    const state = done(id) ? 'done' : opened(id) ? 'opened' : '';
    item.dataset.state = state;
    let badge = item.querySelector<HTMLElement>('.lesson-state');
    if (!state) {
      badge?.remove();
      continue;
    }
    if (!badge) {
      badge = document.createElement('span');
      badge.className = 'lesson-state';
      item.querySelector('h3')?.append(' ', badge);
    }
    badge.textContent = strings[state === 'done' ? 'progress.lessonDone' : 'progress.lessonOpened'] ?? '';
  }
  for (const slot of document.querySelectorAll<HTMLElement>('[data-progress-lesson]')) {
    const id = slot.dataset.progressLesson ?? '';
    // Quiz passed but an activity still to do: say why the lesson is not completed yet.
    const requirements = done(id) ? undefined : pageLessonRequirements(id);
    const pending = requirements ? lessonCompletion(doc, requirements) : undefined;
    slot.textContent = done(id) ? `✓ ${strings['progress.lessonDone'] ?? ''}` : pending?.quizPassed && pending.h5pPending.length > 0 ? strings['progress.lessonH5pPending'] ?? '' : '';
  }
  const resume = document.querySelector<HTMLElement>('[data-continue]');
  if (resume && doc.lastPosition) {
    const link = document.createElement('a');
    link.className = 'button';
    link.href = doc.lastPosition.href;
    link.textContent = format(strings['progress.continue'], { title: doc.lastPosition.title });
    resume.replaceChildren(link);
    // A returning learner has one main action, « Reprendre »; starting over stays possible.
    document.querySelector('[data-start]')?.classList.add('button--secondary');
  }
  renderWarnings(warnings);
}

/** Warnings after which this visit's answers exist only in the page's memory. */
const UNSAVED = ['STORAGE_UNAVAILABLE', 'QUOTA_EXCEEDED', 'BACKUP_FAILED'];

/** The warnings' texts: rarely needed, so they come in their own small chunk, when one shows. */
let warningTexts: Strings | undefined;

function renderWarnings(warnings: string[]) {
  const pending = warnings.filter((w) => sessionStorageSafeGet(`dismissed:${w}`) !== '1');
  if (pending.length > 0 && !warningTexts) {
    void import('virtual:fm-strings/progress.warning.').then((m) => {
      warningTexts = m.default;
      renderWarnings(warnings);
    });
    return;
  }
  const texts = warningTexts ?? {};
  const shown = pending.filter((w) => texts[`progress.warning.${w}`]);
  let banner = document.getElementById('progress-warning');
  if (shown.length === 0) return banner?.remove();
  if (!banner) {
    banner = document.createElement('div');
    banner.id = 'progress-warning';
    banner.className = 'progress-warning';
    banner.setAttribute('role', 'alert');
    document.querySelector('main')?.prepend(banner);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = strings['progress.dismiss'] ?? '×';
  close.addEventListener('click', () => {
    for (const w of shown) sessionStorageSafeSet(`dismissed:${w}`, '1');
    banner?.remove();
  });
  const actions: HTMLElement[] = [];
  // Progress kept only in this page's memory can still be saved: offer it right here, since
  // another page (« Ma progression ») would start from storage again and not see it.
  if (shown.some((w) => UNSAVED.includes(w))) {
    const save = document.createElement('button');
    save.type = 'button';
    save.className = 'button';
    save.textContent = strings['progress.exportNow'] ?? '';
    save.addEventListener('click', downloadProgress);
    actions.push(save);
  }
  close.className = 'button button--secondary';
  banner.replaceChildren(...shown.map((w) => Object.assign(document.createElement('p'), { textContent: texts[`progress.warning.${w}`] ?? '' })), ...actions, close);
}

function sessionStorageSafeGet(key: string): string | null {
  try {
    return window.sessionStorage.getItem(key);
  } catch {
    return null;
  }
}
function sessionStorageSafeSet(key: string, value: string) {
  try {
    window.sessionStorage.setItem(key, value);
  } catch {
    // Nothing to do: the warning will simply show again.
  }
}

const lessonId = root.dataset.lessonId;
if (lessonId) {
  const store = progressStore();
  store.markLessonOpened(lessonId);
  store.setLastPosition({ href: window.location.pathname, title: document.querySelector('h1')?.textContent?.trim() ?? document.title });
}
render();
window.addEventListener('storage', (event) => {
  if (event.key === null || event.key.startsWith('formation-mutuelles:')) render();
});
document.addEventListener('progress-changed', render);
void navigator.storage?.persist?.().catch(() => undefined);
// Paper cannot unfold: a printed page shows what is folded on screen (exercise data, value tables).
window.addEventListener('beforeprint', () => {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('main details')) details.open = true;
});
