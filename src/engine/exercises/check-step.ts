/**
 * Checking one typed answer of one step: right, a recognised mistake, wrong, or not a number.
 */
import type { Exercise, ExerciseStep } from '../../schemas/exercise';
import { parseFrenchNumber } from '../number/parse-number';
import { renderText } from './render-text';
import { matchesValue } from './tolerance';
import { evaluateExercise, type ParameterValues } from './values';

/** Why a typed answer was not read as a number (the parser's codes). */
export type StepInputErrorCode = Extract<ReturnType<typeof parseFrenchNumber>, { ok: false }>['code'];

/**
 * Id of the mistake recognised on every "%" step without being listed: a ratio typed as a
 * fraction (0,125) instead of percentage points (12,5 %).
 */
export const PERCENT_AS_FRACTION = 'percent-as-fraction';

const PERCENT_AS_FRACTION_FEEDBACK =
  'Vous avez donné le rapport sous forme de fraction. Exprimez-le en pourcentage : multipliez par 100 (0,125 s’écrit 12,5 %).';

/**
 * The outcome of one typed answer. `expected` is in the step's unit (percentage points for
 * "%" steps), unrounded: the UI formats it. `invalid` answers (empty, unreadable, wrong unit)
 * do not count as attempts.
 */
export type StepCheck =
  | { kind: 'invalid'; code: StepInputErrorCode }
  | { kind: 'correct'; expected: number }
  | { kind: 'misconception'; id: string; feedback: string; expected: number }
  | { kind: 'wrong'; expected: number; hint: string };

/** Options of `checkStep`. */
export interface CheckStepOptions {
  /** Valid attempts already made on this step (0 for the first): picks the hint to reveal. */
  attempt?: number;
}

/** The step with this id; throws for an unknown id (a programming error, not a learner's). */
function findStep(exercise: Exercise, stepId: string): ExerciseStep {
  const step = exercise.steps.find((candidate) => candidate.id === stepId);
  if (!step) throw new Error(`Unknown step « ${stepId} » in exercise « ${exercise.title} »`);
  return step;
}

/**
 * Reads the answer the French way ("1 500,5", "3 500 FCFA"). The step's unit may follow the
 * number; on a "%" step the number is in percentage points, with or without the sign.
 */
function readAnswer(step: ExerciseStep, typed: string): { ok: true; value: number } | { ok: false; code: StepInputErrorCode } {
  const parsed = parseFrenchNumber(typed, { unit: step.unit });
  if (!parsed.ok) return parsed;
  return { ok: true, value: parsed.value };
}

/**
 * Checks what the learner typed for a step, in this order: unreadable → `invalid`; within the
 * tolerance of the right value → `correct`; within the tolerance of the value of a
 * misconception listed on the step (first listed first) → `misconception` with its French
 * feedback; on a "%" step, a fraction instead of a percentage → `misconception`
 * `percent-as-fraction`; otherwise `wrong` with the hint of rank `attempt` (the last one when
 * they run out). Texts come back with their placeholders filled.
 */
export function checkStep(exercise: Exercise, values: ParameterValues, stepId: string, typed: string, options: CheckStepOptions = {}): StepCheck {
  const step = findStep(exercise, stepId);
  const answer = readAnswer(step, typed);
  if (!answer.ok) return { kind: 'invalid', code: answer.code };
  const evaluated = evaluateExercise(exercise, values);
  const fill = (text: string) => renderText(text, values, evaluated.quantities);
  const expected = evaluated.quantities[step.quantity] ?? Number.NaN;
  if (matchesValue(answer.value, expected, step.tolerance)) return { kind: 'correct', expected };
  for (const misconception of step.misconceptions) {
    const wrong = evaluated.misconception(misconception.id)[step.quantity] ?? Number.NaN;
    if (!matchesValue(wrong, expected, step.tolerance) && matchesValue(answer.value, wrong, step.tolerance)) {
      return { kind: 'misconception', id: misconception.id, feedback: fill(misconception.feedback), expected };
    }
  }
  if (step.unit === '%' && matchesValue(answer.value * 100, expected, step.tolerance)) {
    return { kind: 'misconception', id: PERCENT_AS_FRACTION, feedback: PERCENT_AS_FRACTION_FEEDBACK, expected };
  }
  const hint = step.hints[Math.min(Math.max(0, options.attempt ?? 0), step.hints.length - 1)] ?? '';
  return { kind: 'wrong', expected, hint: fill(hint) };
}
