/**
 * Expected answers of an exercise for one learner's values, and the check that a set of values
 * makes a fair exercise (every step solvable, every listed mistake recognisable).
 */
import type { Exercise } from '../../schemas/exercise';
import { isDistinguishable } from './tolerance';
import { evaluateExercise, type EvaluatedExercise, type ParameterValues } from './values';

/**
 * The expected value of each step, by step id, in the step's unit (percentage points for "%"
 * steps). Why computed, never stored: each learner has their own values. Throws on impossible
 * parameters; a step whose quantity these values leave undefined gets NaN.
 */
export function solve(exercise: Exercise, values: ParameterValues): Readonly<Record<string, number>> {
  return solveEvaluated(exercise, evaluateExercise(exercise, values));
}

/** `solve` on an already evaluated exercise (avoids computing twice in `checkStep`). */
export function solveEvaluated(exercise: Exercise, evaluated: EvaluatedExercise): Readonly<Record<string, number>> {
  return Object.fromEntries(exercise.steps.map((step) => [step.id, evaluated.quantities[step.quantity] ?? Number.NaN]));
}

/**
 * Why these values do not make a fair exercise, in English for developers and tests, or null
 * when they do: the kind accepts them, every step has a finite answer, and every misconception
 * listed on a step gives a finite value outside the step's tolerance around the right one
 * (otherwise the learner making the mistake would be told they were right).
 */
export function instanceProblem(exercise: Exercise, values: ParameterValues): string | null {
  try {
    const evaluated = evaluateExercise(exercise, values);
    for (const step of exercise.steps) {
      const expected = evaluated.quantities[step.quantity] ?? Number.NaN;
      if (!Number.isFinite(expected)) return `step ${step.id}: ${step.quantity} is not defined for these values`;
      for (const { id } of step.misconceptions) {
        const wrong = evaluated.misconception(id)[step.quantity] ?? Number.NaN;
        if (!isDistinguishable(wrong, expected, step.tolerance)) {
          return `step ${step.id}: misconception ${id} gives ${wrong}, not distinguishable from ${expected}`;
        }
      }
    }
    return null;
  } catch (error) {
    return `parameters rejected: ${error instanceof Error ? error.message : String(error)}`;
  }
}
