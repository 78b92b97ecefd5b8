/**
 * The worked solution of an exercise for one learner's values, shown after submitting.
 */
import type { Exercise } from '../../schemas/exercise';
import { renderText } from './render-text';
import { evaluateExercise, type ParameterValues } from './values';

/** One step of the worked solution. */
export interface WorkedStep {
  stepId: string;
  /** The prompt, filled. */
  prompt: string;
  /** The solution template filled with the learner's values and the computed quantities. */
  text: string;
  /** The expected value in the step's unit (percentage points for "%"), unrounded. */
  expected: number;
  unit: string | undefined;
}

/**
 * Every step's filled solution, in step order. Why the learner's own values: the solution must
 * redo the calculation they just tried, number for number.
 */
export function workedSolution(exercise: Exercise, values: ParameterValues): WorkedStep[] {
  const { quantities } = evaluateExercise(exercise, values);
  return exercise.steps.map((step) => ({
    stepId: step.id,
    prompt: renderText(step.prompt, values, quantities),
    text: renderText(step.solution, values, quantities),
    expected: quantities[step.quantity] ?? Number.NaN,
    unit: step.unit,
  }));
}
