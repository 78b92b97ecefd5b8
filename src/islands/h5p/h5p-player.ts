import { H5P as H5PStandalone } from 'h5p-standalone';
import { activityIri, recordStatement, resultFromStatement, restoreState, serializeState, stateKey, bestScaled, resultCounts, type XapiStatementLike } from '../../engine/h5p';
import { DEFAULT_KEY } from '../../engine/progress';
import { browserStorage, progressStore } from '../progress/client';
import { completeLessonIfDone } from '../progress/lesson-completion';
import { format, type Strings } from '../search/strings';
import h5pStrings from 'virtual:fm-strings/h5p.';

/**
 * <x-h5p>: plays one H5P activity with h5p-standalone, from this site's h5p/ folder.
 * - The player keeps one page-wide H5PIntegration object, which each new player extends: the
 *   players of a page therefore start one after another, never at once.
 * - State (where the learner was) is given back as `contentUserData` and saved in its own
 *   storage key; a state saved for another version of the package is dropped, with a notice.
 * - Scored xAPI statements about this activity become results in the progress document.
 */
const SAVE_FREQ_SECONDS = 10;
const CORE_PREFIX = 'h5p.core.';
const strings: Strings = h5pStrings;

let queue: Promise<unknown> = Promise.resolve();
const players = new Map<string, H5pPlayerElement>();
let listening = false;

interface FrameWindow extends Window {
  H5P?: { instances?: { getCurrentState?: () => unknown }[] };
}
interface DispatcherHost {
  H5P?: { externalDispatcher?: { on(type: string, listener: (event: { data?: { statement?: XapiStatementLike } }) => void): void } };
}

/** H5P core strings (`H5P.l10n.H5P`) from the dictionary's `h5p.core.*` keys. */
function coreTranslations() {
  const entries = Object.entries(strings).filter(([key]) => key.startsWith(CORE_PREFIX));
  return { H5P: Object.fromEntries(entries.map(([key, value]) => [key.slice(CORE_PREFIX.length), value])) };
}

/** One listener for the page: the dispatcher is shared by every player. */
function listen() {
  if (listening) return;
  const dispatcher = (window as unknown as DispatcherHost).H5P?.externalDispatcher;
  if (!dispatcher) return;
  listening = true;
  dispatcher.on('xAPI', (event) => {
    const statement = event.data?.statement;
    const objectId = typeof statement?.object?.id === 'string' ? statement.object.id : '';
    for (const player of players.values()) if (objectId.startsWith(player.iri)) player.onStatement(statement!);
  });
}

class H5pPlayerElement extends HTMLElement {
  activityId = '';
  iri = '';
  private contentVersion = '';
  private timer: number | undefined;

  connectedCallback() {
    this.activityId = this.dataset.h5pId ?? '';
    this.contentVersion = this.dataset.contentVersion ?? '';
    this.iri = activityIri(this.activityId);
    queue = queue.then(() => this.start());
  }

  disconnectedCallback() {
    this.saveState();
    window.clearInterval(this.timer);
    players.delete(this.activityId);
  }

  private get storageKey() {
    return stateKey(DEFAULT_KEY, this.activityId);
  }

  private async start() {
    const storage = browserStorage();
    const restored = restoreState(storage?.getItem(this.storageKey) ?? null, this.contentVersion);
    if (restored.dropped) {
      storage?.removeItem(this.storageKey);
      this.notice(strings['h5p.stateDropped'] ?? '', 'status');
    }
    const title = this.closest('section')?.querySelector('h3')?.textContent ?? this.activityId;
    try {
      const holder = document.createElement('div');
      this.querySelector('.h5p-activity__note')?.remove();
      this.append(holder);
      players.set(this.activityId, this);
      await new H5PStandalone(holder, {
        id: this.activityId,
        h5pJsonPath: this.dataset.contentPath,
        librariesPath: this.dataset.librariesPath,
        frameJs: this.dataset.frameJs,
        frameCss: this.dataset.frameCss,
        xAPIObjectIRI: this.iri,
        translations: coreTranslations(),
        metadata: { title, license: 'U', defaultLanguage: 'fr' },
        contentUserData: restored.contentUserData,
        saveFreq: SAVE_FREQ_SECONDS,
        frame: false,
        copyright: false,
        icon: false,
      });
      listen();
      this.frame()?.setAttribute('title', format(strings['h5p.frameTitle'], { title }));
      this.timer = window.setInterval(() => this.saveState(), SAVE_FREQ_SECONDS * 1000);
      addEventListener('pagehide', () => this.saveState());
      document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && this.saveState());
      this.showBest();
    } catch {
      players.delete(this.activityId);
      this.replaceChildren();
      this.notice(strings['h5p.loadError'] ?? '', 'alert');
    }
  }

  private frame(): HTMLIFrameElement | null {
    return this.querySelector('iframe.h5p-iframe');
  }

  /** Where the learner is now, kept under its own key (too large or unavailable: not kept). */
  saveState() {
    const instance = (this.frame()?.contentWindow as FrameWindow | null)?.H5P?.instances?.[0];
    if (typeof instance?.getCurrentState !== 'function') return;
    const text = serializeState(instance.getCurrentState(), this.contentVersion, new Date().toISOString());
    if (text === null) return;
    try {
      browserStorage()?.setItem(this.storageKey, text);
    } catch {
      // Quota: the learner only loses the resume point; results are in the progress document.
    }
  }

  onStatement(statement: XapiStatementLike) {
    const at = new Date().toISOString();
    const result = resultFromStatement(statement, this.activityId, this.contentVersion, at, `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`);
    if (result) {
      progressStore().update((doc) => {
        const { record, added } = recordStatement(doc.h5p?.[this.activityId], result);
        if (added && record) doc.h5p = { ...doc.h5p, [this.activityId]: record };
      });
      // A result that counts may complete the lesson (its quiz passed before): module bars follow.
      const lessonId = this.closest<HTMLElement>('article[data-lesson-id]')?.dataset.lessonId;
      if (lessonId && resultCounts(result)) completeLessonIfDone(progressStore(), lessonId);
      this.dispatchEvent(new CustomEvent('progress-changed', { bubbles: true }));
      this.showBest(format(strings['h5p.saved'], { score: result.score, max: result.max }));
    }
    this.saveState();
  }

  /** The saved and best results under the activity, announced politely. */
  private showBest(latest?: string) {
    const record = progressStore().read().doc.h5p?.[this.activityId];
    const best = record?.results.reduce((a, b) => (b.scaled > a.scaled ? b : a));
    if (!best) return;
    let line = this.querySelector<HTMLElement>('.h5p-score');
    if (!line) {
      line = document.createElement('p');
      line.className = 'h5p-score';
      line.setAttribute('role', 'status');
      this.append(line);
    }
    const bestText = bestScaled(record) !== undefined ? format(strings['h5p.best'], { score: best.score, max: best.max }) : '';
    line.textContent = latest ? `${latest} ${bestText}` : bestText;
  }

  private notice(text: string, role: 'status' | 'alert') {
    const note = document.createElement('p');
    note.className = 'h5p-notice';
    note.setAttribute('role', role);
    note.textContent = text;
    this.prepend(note);
  }
}

if (!customElements.get('x-h5p')) customElements.define('x-h5p', H5pPlayerElement);
