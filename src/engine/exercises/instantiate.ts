/**
 * Drawing one learner's values for an exercise, reproducibly from a seed.
 *
 * Why seeded: a learner who reloads the page gets the same values (the seed is stored), a
 * learner who asks for new values gets a new seed, and tests can replay any case.
 */
import type { Exercise, ExerciseParameter } from '../../schemas/exercise';
import { createRandom, randomInt, type Random } from '../random';
import { instanceProblem } from './solve';
import type { ParameterValues } from './values';

/** How many draws `instantiate` tries before giving up on an exercise whose ranges rarely work. */
export const MAX_DRAWS = 200;

/** Thrown when no fair set of values was found: the exercise's ranges need fixing, not the learner. */
export class ExerciseInstanceError extends Error {
  constructor(
    readonly exerciseTitle: string,
    readonly reason: string,
  ) {
    super(`No valid values for exercise « ${exerciseTitle} » after ${MAX_DRAWS} draws; last problem: ${reason}`);
    this.name = 'ExerciseInstanceError';
  }
}

/** Decimals needed to write `x` exactly (0.05 → 2), up to 10. */
function decimalsOf(x: number): number {
  let decimals = 0;
  while (decimals < 10 && Math.abs(Math.round(x * 10 ** decimals) - x * 10 ** decimals) > 1e-7) decimals++;
  return decimals;
}

/** One parameter's value: the fixed one, or min + k × step for a uniform k, rounded to the step's decimals. */
function drawParameter(parameter: ExerciseParameter, random: Random): number {
  if (parameter.fixed !== undefined) return parameter.fixed;
  const min = parameter.min ?? 0;
  const step = parameter.step ?? 1;
  const count = Math.round(((parameter.max ?? min) - min) / step);
  const value = min + randomInt(random, 0, count) * step;
  // Rounding removes binary noise (0.1 + 2 × 0.1 = 0.30000000000000004), so values print as authored.
  return Number(value.toFixed(Math.max(decimalsOf(step), decimalsOf(min))));
}

/** All parameters, in the file's order (the order is part of what a seed reproduces). */
function drawAll(exercise: Exercise, random: Random): ParameterValues {
  return Object.fromEntries(Object.entries(exercise.parameters).map(([name, parameter]) => [name, drawParameter(parameter, random)]));
}

/**
 * The parameter values of one learner, in display units (percentage points for "%"), for a
 * seed (a number or a string such as a learner id + exercise id). Draws again, from the same
 * generator, while the values do not make a fair exercise (see `instanceProblem`: e.g.
 * loadings of 100 % or more, a mistake that would give the right answer), so the result only
 * depends on the exercise and the seed. Throws `ExerciseInstanceError` when no draw works.
 */
export function instantiate(exercise: Exercise, seed: number | string): ParameterValues {
  const random = createRandom(seed);
  const allFixed = Object.values(exercise.parameters).every((parameter) => parameter.fixed !== undefined);
  let problem = 'no draw';
  for (let draw = 0; draw < (allFixed ? 1 : MAX_DRAWS); draw++) {
    const values = drawAll(exercise, random);
    const found = instanceProblem(exercise, values);
    if (found === null) return values;
    problem = found;
  }
  throw new ExerciseInstanceError(exercise.title, problem);
}
