/**
 * The exercise engine's public API: drawing a learner's values, expected answers, checking a
 * typed answer against the right value and the typical mistakes, worked solutions and scores.
 *
 * Pure functions only (no DOM, storage or Astro). Exercise files are validated by
 * `src/schemas/exercise.ts` and loaded in node by `src/course/load-exercises.ts`.
 */
export { ExerciseParameterError, type AnyKindDefinition, type KindDefinition, type QuantityFormat } from './kinds';
export { EXERCISE_KIND_IDS, EXERCISE_KINDS, getKind, type ExerciseKindId } from './registry';
export { DIAGNOSIS_INDICATORS } from './kinds/indicators';
export { allowedGap, DEFAULT_TOLERANCE, isDistinguishable, matchesValue, type StepTolerance } from './tolerance';
export { evaluateExercise, type EvaluatedExercise, type ParameterValues, type QuantityValues } from './values';
export { instanceProblem, solve } from './solve';
export { ExerciseInstanceError, instantiate, MAX_DRAWS } from './instantiate';
export { defaultFractionDigits, renderText } from './render-text';
export { presentExercise, type PresentedExercise, type PresentedParameter, type PresentedStep } from './present';
export { checkStep, PERCENT_AS_FRACTION, type CheckStepOptions, type StepCheck, type StepInputErrorCode } from './check-step';
export { workedSolution, type WorkedStep } from './worked-solution';
export { scoreAttempt, type AttemptScore } from './score';
