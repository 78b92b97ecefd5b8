/**
 * The contract every exercise kind fulfils: which parameters it takes, which quantities it
 * computes from them, and which wrong methods (misconceptions) it can recompute.
 *
 * Why a contract rather than ad-hoc code per exercise: exercise files are data written by
 * trainers. The engine computes the expected answers and the typical wrong answers from the
 * kind, so no answer is ever typed in the content, and a new exercise needs no code.
 */
import { z } from 'zod';

/**
 * How a quantity is measured. Only `fraction` changes the numbers: a fraction (0.125) is shown
 * and answered in percentage points (12,5 %), see `displayScale`. The others document the unit
 * for authors and tests.
 */
export type QuantityFormat = 'amount' | 'fraction' | 'count' | 'months' | 'number';

/**
 * A kind as its own file writes it, with precise types: `P` its parsed parameters (engine units:
 * rates as fractions), `Q` its quantity names, `M` its misconception ids. A misconception returns
 * the whole record of quantities as a learner making that one mistake would compute them, so a
 * step asking for any quantity downstream of the mistake gets the matching wrong value.
 */
export interface KindDefinition<P, Q extends string, M extends string> {
  /** The kind id used in exercise files (`kind: contribution`). */
  readonly id: string;
  /** Zod schema of the parameters, in engine units (rates as fractions 0..1); strict object. */
  readonly parameters: z.AnyZodObject;
  /** Parameters that are rates: written in percentage points in exercise files, unit "%". */
  readonly rates: readonly string[];
  /** Every quantity the kind computes, with its format. */
  readonly quantities: Readonly<Record<Q, QuantityFormat>>;
  /**
   * Checks which parameters are given together (e.g. a benefit needs a cost and a rate) and
   * returns French messages for exercise authors; the per-value rules live in `parameters`.
   */
  readonly checkParameterNames?: (names: ReadonlySet<string>) => string[];
  /** The right values of all quantities; NaN for a quantity these parameters do not define. Throws on impossible parameters. */
  readonly compute: (params: P) => Record<Q, number>;
  /** One function per wrong method: the quantities as that mistake gives them. */
  readonly misconceptions: Readonly<Record<M, (params: P) => Record<Q, number>>>;
}

/**
 * A kind with its precise types erased, as the registry and the generic engine see it.
 * `never` parameters: the generic code may only call `compute` with values parsed by the
 * kind's own `parameters` schema (see `computeKind`), which is what makes the call safe.
 */
export interface AnyKindDefinition {
  readonly id: string;
  readonly parameters: z.AnyZodObject;
  readonly rates: readonly string[];
  readonly quantities: Readonly<Record<string, QuantityFormat>>;
  readonly checkParameterNames?: (names: ReadonlySet<string>) => string[];
  readonly compute: (params: never) => Readonly<Record<string, number>>;
  readonly misconceptions: Readonly<Record<string, (params: never) => Readonly<Record<string, number>>>>;
}

/**
 * Thrown by a kind's `compute` when parameters are individually valid but impossible together
 * (e.g. a benefit without a coverage rate). `instantiate` catches it and draws again.
 */
export class ExerciseParameterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExerciseParameterError';
  }
}

/** A rate in 0..1 (engine units). Why shared: every kind validates rates the same way. */
export const rateSchema = () => z.number().finite().min(0).max(1);

/** A non-negative amount or count. */
export const nonNegativeSchema = () => z.number().finite().min(0);

/** A strictly positive amount or count (a denominator). */
export const positiveSchema = () => z.number().finite().positive();

/** a / b, or NaN when b is 0: an undefined ratio must fail "is the step solvable", not be Infinity. */
export function safeRatio(a: number, b: number): number {
  return b === 0 ? Number.NaN : a / b;
}

/** A number or NaN for a missing engine value (null), so quantity records stay `Record<Q, number>`. */
export function orNaN(value: number | null | undefined): number {
  return value ?? Number.NaN;
}
