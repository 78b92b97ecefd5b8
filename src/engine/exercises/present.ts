/**
 * The texts of an exercise filled for one learner: what the exercise widget shows before any
 * answer (scenario, data table, step prompts).
 */
import type { Exercise } from '../../schemas/exercise';
import { renderText } from './render-text';
import { evaluateExercise, type ParameterValues } from './values';

/** One row of the learner's data table. */
export interface PresentedParameter {
  name: string;
  /** French label from the exercise file. */
  label: string;
  /** Value in display units (percentage points for "%"). */
  value: number;
  unit: string | undefined;
}

/** One step as the learner sees it before answering. */
export interface PresentedStep {
  id: string;
  /** Prompt with the placeholders filled. */
  prompt: string;
  /** Unit shown beside the answer field. */
  unit: string | undefined;
}

/** The filled texts of an exercise for one learner. */
export interface PresentedExercise {
  title: string;
  scenario: string;
  parameters: PresentedParameter[];
  steps: PresentedStep[];
}

/**
 * Fills the scenario and prompts with the learner's values and lists the data. Why one call:
 * the widget renders everything from it, and a placeholder left unfilled means a content bug.
 * Throws on impossible values (use values from `instantiate`).
 */
export function presentExercise(exercise: Exercise, values: ParameterValues): PresentedExercise {
  const { quantities } = evaluateExercise(exercise, values);
  const fill = (text: string) => renderText(text, values, quantities);
  return {
    title: exercise.title,
    scenario: fill(exercise.scenario),
    parameters: Object.entries(exercise.parameters)
      .filter(([, parameter]) => !parameter.hidden)
      .map(([name, parameter]) => ({
      name,
      label: parameter.label,
      value: values[name] ?? Number.NaN,
      unit: parameter.unit,
      })),
    steps: exercise.steps.map((step) => ({ id: step.id, prompt: fill(step.prompt), unit: step.unit })),
  };
}
