/**
 * From one learner's parameter values to the quantities of the exercise, right and wrong.
 *
 * Two unit systems meet here. Exercise files and learners use display units: rates in
 * percentage points (80 for 80 %). Kinds compute in engine units: rates as fractions (0.8).
 * This file is the only place that converts, so the convention lives in one spot:
 * parameters that are rates of their kind are divided by 100 on the way in, quantities of
 * format `fraction` are multiplied by 100 on the way out.
 */
import type { Exercise } from '../../schemas/exercise';
import type { AnyKindDefinition } from './kinds';
import { getKind } from './registry';

/** One learner's parameter values, by name, in display units (percentage points for "%"). */
export type ParameterValues = Readonly<Record<string, number>>;

/** Quantities by name; in engine or display units depending on who returns them (documented there). */
export type QuantityValues = Readonly<Record<string, number>>;

/** 100 for a quantity of format `fraction` (shown and answered in percentage points), else 1. */
export function displayScale(kind: AnyKindDefinition, quantity: string): number {
  return kind.quantities[quantity] === 'fraction' ? 100 : 1;
}

/** The parameters in engine units: rates divided by 100. Names not in `values` stay absent. */
export function toEngineParameters(kind: AnyKindDefinition, values: ParameterValues): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, value] of Object.entries(values)) out[name] = kind.rates.includes(name) ? value / 100 : value;
  return out;
}

/** Quantities in display units: fractions multiplied by 100. */
export function toDisplayQuantities(kind: AnyKindDefinition, quantities: QuantityValues): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, value] of Object.entries(quantities)) out[name] = value * displayScale(kind, name);
  return out;
}

/**
 * Runs a kind's `compute` (or one misconception) on engine-unit parameters, after parsing them
 * with the kind's own schema. Throws a ZodError, an `InsuranceInputError` or an
 * `ExerciseParameterError` on impossible parameters.
 */
export function computeKind(kind: AnyKindDefinition, parameters: Record<string, number>, misconception?: string): QuantityValues {
  // Parsed by the kind's schema, so the values have the shape its functions expect: the cast
  // to `never` only restores the type that the registry's erasure removed.
  const parsed = kind.parameters.parse(parameters) as never;
  if (misconception === undefined) return kind.compute(parsed);
  const wrong = kind.misconceptions[misconception];
  if (!wrong) throw new Error(`Unknown misconception « ${misconception} » for kind « ${kind.id} »`);
  return wrong(parsed);
}

/** The right quantities and, on demand, each misconception's, all in display units. */
export interface EvaluatedExercise {
  kind: AnyKindDefinition;
  /** Right values of every quantity, in display units. */
  quantities: QuantityValues;
  /** The quantities as a misconception computes them, in display units (computed once, then cached). */
  misconception(id: string): QuantityValues;
}

/** Evaluates an exercise for one learner's values. Throws on impossible parameters (see `computeKind`). */
export function evaluateExercise(exercise: Exercise, values: ParameterValues): EvaluatedExercise {
  const kind = getKind(exercise.kind);
  const parameters = toEngineParameters(kind, values);
  const quantities = toDisplayQuantities(kind, computeKind(kind, parameters));
  const cache = new Map<string, QuantityValues>();
  return {
    kind,
    quantities,
    misconception(id) {
      let wrong = cache.get(id);
      if (!wrong) {
        wrong = toDisplayQuantities(kind, computeKind(kind, parameters, id));
        cache.set(id, wrong);
      }
      return wrong;
    },
  };
}
