/**
 * H5P.FmContribution: an original H5P content type written for formation-mutuelles. The
 * learner types a contribution; it is read with the engine's French number parser and compared
 * with the contribution the engine computes from the content's parameters (the expected answer
 * is never typed into content). Reports `answered` with score, success and response via xAPI,
 * and keeps its state (typed text, checked or not) through getCurrentState.
 *
 * Bundled into fm-contribution.js (an IIFE) when the package is built: src/course/h5p-pack.ts.
 */
import { parseFrenchNumber } from '../../../../src/engine/number/parse-number';
import { computeContribution, type ContributionInput } from '../../../../src/engine/insurance/contribution';

interface Params {
  question: string;
  unit: string;
  tolerance: number;
  contribution: ContributionInput;
  answerLabel: string;
  checkLabel: string;
  retryLabel: string;
  correct: string;
  wrong: string;
  parseErrors: Record<string, string>;
}
interface State {
  answer: string;
  checked: boolean;
}
interface H5PGlobal {
  EventDispatcher: new () => object;
  FmContribution?: unknown;
}
interface Dispatcher {
  createXAPIEventTemplate(verb: string): { setScoredResult(score: number, max: number, instance: unknown, completion: boolean, success: boolean): void; data: { statement: { result: Record<string, unknown> } } };
  trigger(event: unknown): void;
}

declare const H5P: H5PGlobal;

H5P.FmContribution = (function () {
  function FmContribution(this: Dispatcher & Record<string, unknown>, params: Params, contentId: string, extras?: { previousState?: Partial<State> }) {
    H5P.EventDispatcher.call(this);
    const previous = extras?.previousState;
    const state: State = { answer: typeof previous?.answer === 'string' ? previous.answer : '', checked: previous?.checked === true };
    const expected = computeContribution(params.contribution).annual;
    this.getCurrentState = () => ({ ...state });
    this.getScore = () => (state.checked && isRight(state.answer) ? 1 : 0);
    this.getMaxScore = () => 1;

    const self = this;
    function isRight(text: string) {
      const parsed = parseFrenchNumber(text, { unit: params.unit });
      return parsed.ok && Math.abs(parsed.value - expected) <= params.tolerance;
    }

    this.attach = ($container: { get(i: number): HTMLElement }) => {
      const root = $container.get(0);
      const doc = root.ownerDocument;
      root.classList.add('fm-contribution');
      const inputId = `fm-answer-${contentId}`;
      const question = doc.createElement('p');
      question.textContent = params.question;
      const label = doc.createElement('label');
      label.htmlFor = inputId;
      label.textContent = params.answerLabel;
      const input = doc.createElement('input');
      input.id = inputId;
      input.inputMode = 'decimal';
      input.autocomplete = 'off';
      input.value = state.answer;
      const check = doc.createElement('button');
      check.type = 'button';
      check.textContent = params.checkLabel;
      const retry = doc.createElement('button');
      retry.type = 'button';
      retry.textContent = params.retryLabel;
      const feedback = doc.createElement('p');
      feedback.setAttribute('role', 'status');
      root.replaceChildren(question, label, input, check, retry, feedback);

      const show = () => {
        if (!state.checked) {
          feedback.textContent = '';
          delete feedback.dataset.state;
          return;
        }
        const right = isRight(state.answer);
        feedback.dataset.state = right ? 'ok' : 'bad';
        feedback.textContent = right ? params.correct : params.wrong;
        // The player sizes its frame to the content only when told: feedback adds lines.
        self.trigger('resize');
      };
      input.addEventListener('input', () => {
        state.answer = input.value;
        if (state.checked) {
          state.checked = false;
          show();
        }
      });
      check.addEventListener('click', () => {
        const parsed = parseFrenchNumber(input.value, { unit: params.unit });
        if (!parsed.ok) {
          feedback.dataset.state = 'bad';
          feedback.textContent = params.parseErrors[parsed.code] ?? '';
          self.trigger('resize');
          return;
        }
        state.answer = input.value;
        state.checked = true;
        show();
        const right = isRight(state.answer);
        const event = self.createXAPIEventTemplate('answered');
        event.setScoredResult(right ? 1 : 0, 1, self, true, right);
        event.data.statement.result['response'] = state.answer;
        self.trigger(event);
      });
      retry.addEventListener('click', () => {
        state.answer = '';
        state.checked = false;
        input.value = '';
        show();
        input.focus();
      });
      show();
    };
  }
  FmContribution.prototype = Object.create((H5P.EventDispatcher as unknown as { prototype: object }).prototype);
  FmContribution.prototype.constructor = FmContribution;
  return FmContribution;
})();
