/**
 * The SCO launcher of a SCORM 1.2 package (`scorm/lancer.html`, written by scripts/scorm/):
 * the only code that talks to the LMS. It finds the LMS's API by the standard 1.2 walk, shows
 * the module's pages in a full-window frame, and reports from the progress store, which the
 * pages keep in localStorage as everywhere else (the `storage` event tells it of each change).
 *
 * Why one launcher instead of an adapter on each page: a 1.2 session is one LMSInitialize and
 * one LMSFinish; a module is many pages, and calling LMSFinish on each page's unload ends the
 * session for most LMSs (Moodle included). The site's pages stay unchanged, and cost nothing
 * outside an LMS (the launcher is not part of the normal site).
 */
import { createProgressStore, DEFAULT_KEY, type ProgressDoc } from '../../engine/progress';
import { cmiScore, cmiTimespan, lessonStatus, type LessonStatus } from '../../engine/scorm/cmi';
import { decodeSuspend, encodeSuspend } from '../../engine/scorm/suspend';

interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(name: string): string;
  LMSSetValue(name: string, value: string): string;
  LMSCommit(arg: ''): string;
}

export interface ScoModule {
  id: string;
  lessons: string[];
  /** Whether the module has a test (its progress key is the module id). */
  test: boolean;
}

const isApi = (value: unknown): value is Scorm12Api => typeof value === 'object' && value !== null && typeof (value as Scorm12Api).LMSInitialize === 'function';

/** The standard SCORM 1.2 discovery: this window and up to 7 parents, then the opener's. */
export function findApi(start: Window): Scorm12Api | null {
  const walk = (from: Window | null): Scorm12Api | null => {
    let win = from;
    for (let depth = 0; win && depth <= 7; depth++) {
      try {
        const api = (win as unknown as { API?: unknown }).API;
        if (isApi(api)) return api;
      } catch {
        return null; // another origin: no API reachable there
      }
      if (win.parent === win) break;
      win = win.parent;
    }
    return null;
  };
  return walk(start) ?? (start.opener ? walk(start.opener as Window) : null);
}

function moduleState(doc: ProgressDoc, module: ScoModule) {
  const attempts = module.test ? (doc.quizzes[module.id]?.attempts ?? []) : [];
  const best = attempts.reduce<(typeof attempts)[number] | null>((a, b) => (a === null || b.score > a.score ? b : a), null);
  return {
    lessons: module.lessons.length,
    completedLessons: module.lessons.filter((id) => doc.lessons[id]?.completedAt).length,
    test: best ? { score: best.score, passed: best.passed } : null,
  };
}

export function startLauncher(win: Window, frame: HTMLIFrameElement, module: ScoModule, launch: string): void {
  const api = findApi(win);
  const store = createProgressStore({ storage: win.localStorage });
  if (!api) {
    frame.src = launch; // not in an LMS: just the pages
    return;
  }
  const started = Date.now();
  api.LMSInitialize('');
  // Resume: what the LMS kept is merged in (never replaces what this browser holds).
  const suspended = decodeSuspend(api.LMSGetValue('cmi.suspend_data'));
  if (suspended) {
    const { doc } = store.read();
    store.mergeIn({ ...doc, lessons: suspended.lessons, quizzes: suspended.quizzes, exercises: {}, ...(suspended.lastPosition ? { lastPosition: suspended.lastPosition } : {}) });
  }
  let reported = api.LMSGetValue('cmi.core.lesson_status') as LessonStatus | '';
  const scope = { lessons: module.lessons, quizzes: [...module.lessons, ...(module.test ? [module.id] : [])] };
  const set = (name: string, value: string) => api.LMSSetValue(name, value);

  const report = () => {
    const doc = createProgressStore({ storage: win.localStorage }).read().doc;
    const state = moduleState(doc, module);
    const status = lessonStatus(state, reported);
    if (status !== reported) set('cmi.core.lesson_status', status);
    reported = status;
    if (state.test) {
      set('cmi.core.score.min', '0');
      set('cmi.core.score.max', '100');
      set('cmi.core.score.raw', cmiScore(state.test.score));
    }
    set('cmi.suspend_data', encodeSuspend(doc, scope));
    api.LMSCommit('');
  };
  report();
  win.addEventListener('storage', (event) => {
    if (event.key === null || event.key === DEFAULT_KEY) report();
  });
  let finished = false;
  // Leaving: time and resume data only. The status was reported when the progress changed;
  // nothing here may turn into « passed ».
  const finish = () => {
    if (finished) return;
    finished = true;
    set('cmi.core.session_time', cmiTimespan(Date.now() - started));
    set('cmi.suspend_data', encodeSuspend(createProgressStore({ storage: win.localStorage }).read().doc, scope));
    set('cmi.core.exit', 'suspend');
    api.LMSCommit('');
    api.LMSFinish('');
  };
  win.addEventListener('pagehide', finish);
  win.addEventListener('beforeunload', finish);
  frame.src = launch;
}

// Boot from the launcher page: its <script> carries the module as JSON.
const config = document.getElementById('fm-sco');
const frame = document.getElementById('fm-frame');
if (config && frame instanceof HTMLIFrameElement) {
  const { module, launch } = JSON.parse(config.textContent ?? '{}') as { module: ScoModule; launch: string };
  startLauncher(window, frame, module, launch);
}
