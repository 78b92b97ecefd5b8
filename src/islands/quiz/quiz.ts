import { emptyResponse, presentationOrder, scoreQuestion, scoreQuiz, type ScoreResult } from '../../engine/scoring';
import type { Question, Quiz } from '../../schemas/quiz';
import { frenchTypography } from '../../engine/text/french-typography';
import { format, readStrings, type Strings } from '../search/strings';
import { learnerSeed, progressStore } from '../progress/client';
import { completeLessonIfDone } from '../progress/lesson-completion';
import { islandData } from '../lazy/island-data';
import quizStrings from 'virtual:fm-strings/quiz.';

/**
 * <x-quiz>: turns the server-rendered questions into a quiz. Immediate mode checks each
 * question on its own; deferred mode (module tests) shows answers only at the end. Options are
 * shuffled per learner; every finished attempt is saved, and passing a lesson quiz completes
 * the lesson.
 */
const pct = (x: number) => `${Math.round(x * 100)}\u00A0%`;

class QuizPlayer extends HTMLElement {
  private strings: Strings = {};
  private quiz!: Quiz;
  private quizId = '';
  private lessonId: string | undefined;
  private checked = new Map<string, ScoreResult>();
  private finished = false;
  /** When the learner first answered in this attempt: the attempt's time spent starts there. */
  private startedAt: string | undefined;

  connectedCallback() {
    void this.start();
  }

  private async start() {
    // Strings written in the page win (the original contract); a lazy quiz brings its own.
    this.strings = { ...quizStrings, ...readStrings(this) };
    try {
      this.quiz = await islandData<Quiz>(this);
    } catch {
      // The questions stay readable; the learner is told why they cannot be checked.
      if (this.dataset.src) this.loadFailed();
      return;
    }
    this.quizId = this.dataset.quizId ?? '';
    this.lessonId = this.dataset.lessonId || undefined;
    const seed = `${learnerSeed()}:${this.quizId}`;
    for (const question of this.quiz.questions) this.arrange(question, seed);
    this.addControls();
    this.renderHistory();
  }

  private loadFailed() {
    const note = document.createElement('p');
    note.className = 'quiz__summary';
    note.dataset.state = 'invalid';
    note.setAttribute('role', 'status');
    note.textContent = this.strings['quiz.loadError'] ?? '';
    this.querySelector('form')?.before(note);
  }

  private fieldset(question: Question): HTMLFieldSetElement {
    return this.querySelector<HTMLFieldSetElement>(`fieldset[data-question-id="${question.id}"]`)!;
  }

  /** Puts options (or items, or right-hand choices) in the learner's seeded order. */
  private arrange(question: Question, seed: string) {
    const order = presentationOrder(this.quiz, question, seed);
    if (order.length === 0) return;
    const fieldset = this.fieldset(question);
    if (question.type === 'matching') {
      for (const select of fieldset.querySelectorAll('select')) {
        const options = [...select.querySelectorAll('option')];
        const [placeholder, ...choices] = options;
        select.replaceChildren(placeholder!, ...order.map((k, i) => {
          const option = choices[k]!;
          option.textContent = `${'abcdefghij'[i]}. ${question.pairs[k]?.right ?? ''}`;
          return option;
        }));
        // Moving the options lets the browser select one of them: start again from « choisir ».
        select.selectedIndex = 0;
      }
      return;
    }
    const list = fieldset.querySelector('.quiz__options');
    const items = [...(list?.children ?? [])];
    // The island may start while the learner is already in the question: moving the options
    // must not take their focus away.
    const focused = document.activeElement;
    list?.replaceChildren(...order.map((i) => items[i]!));
    if (focused instanceof HTMLElement && focused !== document.activeElement && list?.contains(focused)) focused.focus();
  }

  private addControls() {
    const form = this.querySelector('form')!;
    form.addEventListener('submit', (event) => event.preventDefault());
    const start = () => (this.startedAt ??= new Date().toISOString());
    form.addEventListener('input', start);
    form.addEventListener('change', start);
    if (this.quiz.mode === 'immediate') {
      // Enter in a typed answer checks that question, as it does in exercises and tools.
      form.addEventListener('keydown', (event) => {
        const target = event.target as HTMLElement;
        if (event.key !== 'Enter' || !target.matches('input[type="text"], input:not([type])')) return;
        const id = target.closest<HTMLElement>('fieldset[data-question-id]')?.dataset.questionId;
        const question = this.quiz.questions.find((q) => q.id === id);
        if (question) this.checkOne(question);
      });
      for (const question of this.quiz.questions) {
        const button = this.button(this.strings['quiz.check'] ?? '', () => this.checkOne(question));
        button.classList.add('quiz__check');
        this.fieldset(question).querySelector('.quiz__feedback')!.before(button);
      }
    } else {
      const note = document.createElement('p');
      note.className = 'muted';
      note.textContent = this.strings['quiz.deferredNote'] ?? '';
      form.before(note);
      const finish = this.button(this.strings['quiz.finish'] ?? '', () => this.finishDeferred(finish));
      form.append(finish);
    }
    const summary = document.createElement('div');
    summary.className = 'quiz__summary';
    summary.setAttribute('role', 'status');
    summary.setAttribute('tabindex', '-1');
    form.after(summary);
  }

  private button(label: string, action: () => void): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button';
    button.textContent = label;
    button.addEventListener('click', action);
    return button;
  }

  /** Reads the learner's response to a question from its form controls (authored indices). */
  private response(question: Question): unknown {
    const fieldset = this.fieldset(question);
    const inputs = [...fieldset.querySelectorAll<HTMLInputElement>('input')];
    const selects = [...fieldset.querySelectorAll<HTMLSelectElement>('select')];
    const num = (value: string) => (value === '' ? null : Number(value));
    switch (question.type) {
      case 'single':
        return num(inputs.find((i) => i.checked)?.value ?? '');
      case 'multiple':
        return inputs.filter((i) => i.checked).map((i) => Number(i.value));
      case 'true-false': {
        const value = inputs.find((i) => i.checked)?.value;
        return value === undefined ? null : value === 'true';
      }
      case 'ordering':
        return question.items.map((_, i) => num(fieldset.querySelector<HTMLSelectElement>(`[data-item="${i}"] select`)?.value ?? ''));
      case 'matching':
        return selects.map((s) => num(s.value));
      default:
        return inputs[0]?.value ?? emptyResponse(question);
    }
  }

  private checkOne(question: Question) {
    if (this.finished) return;
    const result = scoreQuestion(question, this.response(question));
    this.showResult(question, result);
    if (result.kind === 'invalid') return;
    this.checked.set(question.id, result);
    const fieldset = this.fieldset(question);
    for (const control of fieldset.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>('input, select, button')) control.disabled = true;
    if (this.checked.size === this.quiz.questions.length) this.complete();
  }

  private finishDeferred(button?: HTMLButtonElement) {
    if (this.finished) return; // a second tap must not record the same attempt twice
    const responses = Object.fromEntries(this.quiz.questions.map((q) => [q.id, this.response(q)]));
    const score = scoreQuiz(this.quiz, responses);
    if (score.unanswered.length > 0) {
      for (const question of this.quiz.questions) {
        const result = score.results[question.id]!;
        const feedback = this.fieldset(question).querySelector('.quiz__feedback')!;
        if (result.kind === 'invalid') this.showResult(question, result);
        else feedback.replaceChildren();
      }
      this.summary(format(this.strings['quiz.unanswered'], { count: score.unanswered.length }), 'invalid');
      // In a 20-question test the learner must find the gap: take them to the first one.
      const first = this.quiz.questions.find((q) => score.unanswered.includes(q.id));
      if (first) this.fieldset(first).querySelector<HTMLElement>('input, select')?.focus();
      return;
    }
    for (const question of this.quiz.questions) {
      const result = score.results[question.id]!;
      this.checked.set(question.id, result);
      this.showResult(question, result);
      for (const control of this.fieldset(question).querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) control.disabled = true;
    }
    if (button) button.disabled = true;
    this.complete();
  }

  /** Score, pass/fail, save the attempt, offer to start again. */
  private complete() {
    this.finished = true;
    const responses = Object.fromEntries(this.quiz.questions.map((q) => [q.id, this.response(q)]));
    const score = scoreQuiz(this.quiz, responses);
    const store = progressStore();
    store.addQuizAttempt(this.quizId, { ...(this.startedAt ? { startedAt: this.startedAt } : {}), answers: responses, score: Math.min(1, score.ratio), points: score.points, maxPoints: score.maxPoints, passed: score.passed });
    // A passed quiz completes its lesson only when the lesson's H5P activities are done too.
    if (score.passed && this.lessonId) completeLessonIfDone(store, this.lessonId, { quiz: this.quizId, h5p: [] });
    const t = this.strings;
    const lines = [
      format(t['quiz.score'], { points: Math.round(score.points * 100) / 100, max: score.maxPoints, percent: pct(score.ratio) }),
      format(score.passed ? t['quiz.passed'] : t['quiz.failed'], { passMark: pct(this.quiz.passMark) }),
    ];
    const box = this.summary(lines.join(' '), score.passed ? 'passed' : 'failed');
    box.append(this.button(t['quiz.restart'] ?? '', () => this.restart()));
    box.focus();
    this.renderHistory();
    this.dispatchEvent(new CustomEvent('progress-changed', { bubbles: true }));
  }

  private summary(text: string, state: string): HTMLElement {
    const box = this.querySelector<HTMLElement>('.quiz__summary')!;
    box.dataset.state = state;
    const p = document.createElement('p');
    p.textContent = text;
    box.replaceChildren(p);
    return box;
  }

  private restart() {
    this.finished = false;
    this.startedAt = undefined;
    this.checked.clear();
    this.querySelector('form')!.reset();
    for (const control of this.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>('input, select, button')) control.disabled = false;
    for (const feedback of this.querySelectorAll('.quiz__feedback')) feedback.replaceChildren();
    for (const fieldset of this.querySelectorAll<HTMLElement>('fieldset')) delete fieldset.dataset.state;
    this.querySelector('.quiz__summary')!.replaceChildren();
    this.querySelector<HTMLElement>('fieldset input, fieldset select')?.focus();
  }

  private showResult(question: Question, result: ScoreResult) {
    const t = this.strings;
    const fieldset = this.fieldset(question);
    const feedback = fieldset.querySelector('.quiz__feedback')!;
    const p = (text: string, className: string) => {
      const el = document.createElement('p');
      el.className = className;
      // Authors' feedback and explanations come raw from the quiz data.
      el.textContent = frenchTypography(text);
      return el;
    };
    if (result.kind === 'invalid') {
      fieldset.dataset.state = 'invalid';
      feedback.replaceChildren(p(t[`quiz.invalid.${result.code}`] ?? result.code, 'quiz__verdict'));
      return;
    }
    fieldset.dataset.state = result.correct ? 'correct' : result.score > 0 ? 'partial' : 'incorrect';
    const verdict = result.correct ? t['quiz.correct'] : result.score > 0 ? format(t['quiz.partial'], { percent: pct(result.score) }) : t['quiz.incorrect'];
    const parts = [p(verdict ?? '', 'quiz__verdict'), ...result.feedback.map((text) => p(text, 'quiz__author-feedback'))];
    if (!result.correct) parts.push(p(`${t['quiz.expected'] ?? ''} ${this.expected(question)}`, 'quiz__expected'));
    parts.push(p(`${t['quiz.explanation'] ?? ''} ${question.explanation}`, 'quiz__explanation'));
    feedback.replaceChildren(...parts);
  }

  /** The right answer, in words. */
  private expected(question: Question): string {
    switch (question.type) {
      case 'single':
      case 'multiple':
        return question.options.filter((o) => o.correct).map((o) => o.text).join(' ; ');
      case 'true-false':
        return question.answer ? this.strings['quiz.trueLabel'] ?? 'Vrai' : this.strings['quiz.falseLabel'] ?? 'Faux';
      case 'numeric':
        return `${question.answer.toLocaleString('fr-FR')}${question.unit ? `\u00A0${question.unit}` : ''}`;
      case 'ordering':
        return question.items.map((item, i) => `${i + 1}. ${item}`).join(' ; ');
      case 'matching':
        return question.pairs.map((pair) => `${pair.left} → ${pair.right}`).join(' ; ');
      default:
        return question.answers[0] ?? '';
    }
  }

  private renderHistory() {
    const attempts = progressStore().read().doc.quizzes[this.quizId]?.attempts ?? [];
    let history = this.querySelector<HTMLElement>('.quiz__history');
    if (attempts.length === 0) return history?.remove();
    if (!history) {
      history = document.createElement('details');
      history.className = 'quiz__history';
      this.querySelector('form')!.before(history);
    }
    const summary = document.createElement('summary');
    summary.textContent = `${this.strings['quiz.history'] ?? ''} (${attempts.length})`;
    const list = document.createElement('ul');
    for (const attempt of attempts.slice(-10).reverse()) {
      const li = document.createElement('li');
      li.textContent = format(this.strings['quiz.attempt'], { date: new Date(attempt.at).toLocaleString('fr-FR', { dateStyle: 'short', timeStyle: 'short' }), percent: pct(attempt.score) });
      list.append(li);
    }
    history.replaceChildren(summary, list);
  }
}

customElements.define('x-quiz', QuizPlayer);
