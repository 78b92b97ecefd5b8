import { checkStep, evaluateExercise, instantiate, presentExercise, renderText, scoreAttempt, workedSolution, type ParameterValues, type StepCheck } from '../../engine/exercises';
import { formatFrenchNumber } from '../../engine/number/format-number';
import type { Exercise } from '../../schemas/exercise';
import { format, readStrings, type Strings } from '../search/strings';
import { learnerSeed, progressStore } from '../progress/client';
import { islandData } from '../lazy/island-data';
import exerciseStrings from 'virtual:fm-strings/exercise.';
import { assignedExercise } from '../assignment/assigned';

/**
 * <x-exercise>: a calculation exercise with the learner's own values (seeded by their learner
 * id and the number of times they asked for new values). Each step is checked by the engine,
 * which recognises typical mistakes; the worked solution follows; every attempt is saved.
 */
class ExerciseWidget extends HTMLElement {
  private strings: Strings = {};
  private exercise!: Exercise;
  private exerciseId = '';
  private seed = '';
  private values: ParameterValues = {};
  private checks: StepCheck[][] = [];
  private saved = false;
  /** What the learner typed at each step's first valid try (what the attempt records). */
  private firstAnswers: (string | undefined)[] = [];
  private startedAt: string | undefined;

  connectedCallback() {
    void this.init();
  }

  private async init() {
    // Strings written in the page win (the original contract); lesson exercises bring their own.
    this.strings = { ...exerciseStrings, ...readStrings(this) };
    this.exerciseId = this.dataset.exerciseId ?? '';
    try {
      this.exercise = await islandData<Exercise>(this);
    } catch {
      // The example values stay readable; the learner is told why nothing can be checked.
      const result = this.querySelector('[data-out="result"]');
      if (this.dataset.src && result) result.textContent = this.strings['exercise.loadError'] ?? '';
      return;
    }
    const round = progressStore().read().doc.exercises[this.exerciseId]?.attempts.length ?? 0;
    // Opened from an assignment: the trainer's values (shared, or this trainee's own), for good.
    const assigned = assignedExercise(this.exerciseId);
    if (assigned) {
      this.start(assigned.seed);
      this.querySelector<HTMLElement>('[data-action="new"]')?.setAttribute('hidden', '');
      const note = document.createElement('p');
      note.className = 'exercise__assigned';
      note.textContent = format(this.strings['exercise.assigned'], { title: assigned.title });
      this.prepend(note);
    } else this.start(`${learnerSeed()}:${this.exerciseId}:${round}`);
    this.addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
      if (!button) return;
      const step = button.closest<HTMLElement>('[data-step]')?.dataset.step;
      if (button.dataset.action === 'check' && step) this.check(step);
      if (button.dataset.action === 'hint' && step) this.hint(step);
      if (button.dataset.action === 'new') this.start(`${learnerSeed()}:${this.exerciseId}:${Date.now()}`);
      if (button.dataset.action === 'solution') this.finish(true);
    });
    this.addEventListener('keydown', (event) => {
      const input = event.target as HTMLElement;
      if (event.key === 'Enter' && input.matches('input[data-answer]')) {
        event.preventDefault();
        const step = input.closest<HTMLElement>('[data-step]')?.dataset.step;
        if (step) this.check(step);
      }
    });
    this.renderHistory();
  }

  /** Draws the learner's values and fills every text with them. */
  private start(seed: string) {
    this.seed = seed;
    this.dataset.seed = seed; // lets a trainer (and the tests) reproduce these values
    this.values = instantiate(this.exercise, seed);
    this.checks = this.exercise.steps.map(() => []);
    this.firstAnswers = this.exercise.steps.map(() => undefined);
    this.startedAt = undefined;
    this.saved = false;
    const shown = presentExercise(this.exercise, this.values);
    this.querySelector('[data-out="scenario"]')!.textContent = shown.scenario;
    const body = this.querySelector('[data-out="data"]')!;
    body.replaceChildren(
      ...shown.parameters.map((p) => {
        const tr = document.createElement('tr');
        const th = document.createElement('th');
        th.scope = 'row';
        th.textContent = p.label;
        const td = document.createElement('td');
        td.className = 'num';
        td.textContent = formatFrenchNumber(p.value, { maximumFractionDigits: 4, unit: p.unit });
        tr.append(th, td);
        return tr;
      }),
    );
    shown.steps.forEach((step) => {
      const item = this.querySelector<HTMLElement>(`[data-step="${step.id}"]`)!;
      item.querySelector('[data-out="prompt"]')!.textContent = step.prompt;
      const input = item.querySelector<HTMLInputElement>('input[data-answer]')!;
      input.value = '';
      input.disabled = false;
      input.removeAttribute('aria-invalid');
      item.querySelector('[data-out="feedback"]')!.replaceChildren();
      for (const button of item.querySelectorAll<HTMLButtonElement>('[data-action="check"], [data-action="hint"]')) button.disabled = false;
      item.dataset.state = '';
      item.dataset.hints = '0';
    });
    const solution = this.querySelector<HTMLElement>('[data-out="solution"]')!;
    solution.hidden = true;
    this.querySelector('[data-out="result"]')!.textContent = '';
  }

  private check(stepId: string) {
    const index = this.exercise.steps.findIndex((s) => s.id === stepId);
    const item = this.querySelector<HTMLElement>(`[data-step="${stepId}"]`)!;
    const input = item.querySelector<HTMLInputElement>('input[data-answer]')!;
    const feedback = item.querySelector<HTMLElement>('[data-out="feedback"]')!;
    const history = this.checks[index]!;
    const attempt = history.filter((c) => c.kind !== 'invalid').length;
    const result = checkStep(this.exercise, this.values, stepId, input.value, { attempt });
    const t = this.strings;
    const unit = this.exercise.steps[index]?.unit;
    const expected = (value: number) => format(t['exercise.expected'], { value: formatFrenchNumber(value, { maximumFractionDigits: 2, unit }) });
    const lines: [string, string][] = [];
    if (result.kind === 'invalid') {
      input.setAttribute('aria-invalid', 'true');
      lines.push(['invalid', `${t[`exercise.invalid.${result.code}`] ?? result.code} ${t['exercise.notCounted'] ?? ''}`]);
    } else {
      if (history.length === 0) this.firstAnswers[index] = input.value;
      this.startedAt ??= new Date().toISOString();
      history.push(result);
      input.removeAttribute('aria-invalid');
      if (result.kind === 'correct') {
        item.dataset.state = 'correct';
        input.disabled = true;
        item.querySelector<HTMLButtonElement>('[data-action="check"]')!.disabled = true;
        lines.push(['correct', t['exercise.correct'] ?? '']);
      } else if (result.kind === 'misconception') {
        item.dataset.state = 'wrong';
        lines.push(['misconception', `${t['exercise.misconception'] ?? ''} ${result.feedback}`]);
      } else {
        item.dataset.state = 'wrong';
        lines.push(['wrong', `${t['exercise.wrong'] ?? ''} ${result.hint ?? ''}`]);
      }
      if (result.kind !== 'correct' && attempt >= 2) lines.push(['expected', expected(result.expected)]);
    }
    feedback.replaceChildren(
      ...lines.map(([kind, text]) => {
        const p = document.createElement('p');
        p.className = `exercise__feedback exercise__feedback--${kind}`;
        p.textContent = text;
        return p;
      }),
    );
    if (this.checks.every((c) => c.some((r) => r.kind === 'correct'))) this.finish(false);
  }

  private hint(stepId: string) {
    const step = this.exercise.steps.find((s) => s.id === stepId);
    const item = this.querySelector<HTMLElement>(`[data-step="${stepId}"]`)!;
    if (!step) return;
    const shown = Number(item.dataset.hints ?? '0');
    const text = step.hints[Math.min(shown, step.hints.length - 1)] ?? '';
    const filled = renderText(text, this.values, evaluateExercise(this.exercise, this.values).quantities);
    item.dataset.hints = String(shown + 1);
    const p = document.createElement('p');
    p.className = 'exercise__feedback exercise__feedback--hint';
    p.textContent = `${this.strings['exercise.hint'] ?? ''} : ${filled}`;
    item.querySelector('[data-out="feedback"]')!.replaceChildren(p);
  }

  /** Shows the worked solution and saves the attempt (once per set of values). */
  private finish(revealed: boolean) {
    const solution = this.querySelector<HTMLElement>('[data-out="solution"]')!;
    const list = solution.querySelector('ol')!;
    list.replaceChildren(
      ...workedSolution(this.exercise, this.values).map((step) => {
        const li = document.createElement('li');
        const prompt = document.createElement('p');
        prompt.className = 'exercise__solution-prompt';
        prompt.textContent = step.prompt;
        const text = document.createElement('p');
        text.textContent = step.text;
        li.append(prompt, text);
        return li;
      }),
    );
    solution.hidden = false;
    // The attempt ends here: answers typed after reading the solution would count as first tries.
    for (const control of this.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input[data-answer], [data-step] button')) control.disabled = true;
    const score = scoreAttempt(this.checks);
    const done = score.firstTryCorrect < 2 ? 'exercise.doneOne' : 'exercise.done'; // French singular for 0 and 1
    this.querySelector('[data-out="result"]')!.textContent = format(this.strings[done], { right: score.firstTryCorrect, total: score.total });
    // Reading the solution before trying anything is studying, not an attempt: nothing to save.
    if (this.saved || this.checks.every((checks) => checks.every((c) => c.kind === 'invalid'))) return;
    this.saved = true;
    const answers = this.exercise.steps.map((step, i) => {
      const checks = this.checks[i] ?? [];
      const first = checks.find((c) => c.kind !== 'invalid');
      const input = this.querySelector<HTMLInputElement>(`[data-step="${step.id}"] input[data-answer]`);
      return { stepId: step.id, answer: this.firstAnswers[i] ?? input?.value ?? '', correct: first?.kind === 'correct', ...(first?.kind === 'misconception' ? { misconception: first.id } : {}) };
    });
    progressStore().addExerciseAttempt(this.exerciseId, { ...(this.startedAt ? { startedAt: this.startedAt } : {}), seed: this.seed, steps: answers, score: score.score, completed: !revealed || this.checks.every((c) => c.some((r) => r.kind === 'correct')) });
    this.renderHistory();
  }

  private renderHistory() {
    const attempts = progressStore().read().doc.exercises[this.exerciseId]?.attempts ?? [];
    const out = this.querySelector('[data-out="history"]');
    if (!out) return;
    out.textContent = attempts.length
      ? format(this.strings['exercise.history'], { count: attempts.length, best: `${Math.round(Math.max(...attempts.map((a) => a.score)) * 100)}\u00A0%` })
      : '';
  }
}

customElements.define('x-exercise', ExerciseWidget);
