/**
 * The registry of exercise kinds: the `kind` field of an exercise file names one of these.
 *
 * Typed with `satisfies` so that a kind missing `compute` or `misconceptions` (or returning
 * something else than numbers) does not compile, while each entry keeps its precise type.
 */
import { type AnyKindDefinition } from './kinds';
import { breakEvenKind } from './kinds/break-even';
import { capacityToPayKind } from './kinds/capacity-to-pay';
import { contributionKind } from './kinds/contribution';
import { householdSurveyKind } from './kinds/household-survey';
import { indicatorsKind } from './kinds/indicators';
import { statementsKind } from './kinds/statements';
import { subsidyKind } from './kinds/subsidy';

/** Every kind, by id. */
export const EXERCISE_KINDS = {
  contribution: contributionKind,
  subsidy: subsidyKind,
  'capacity-to-pay': capacityToPayKind,
  indicators: indicatorsKind,
  'break-even': breakEvenKind,
  statements: statementsKind,
  'household-survey': householdSurveyKind,
} satisfies Record<string, AnyKindDefinition>;

/** A kind id, as written in exercise files. */
export type ExerciseKindId = keyof typeof EXERCISE_KINDS;

/** The kind ids, as a non-empty tuple so that the exercise schema can use `z.enum`. */
export const EXERCISE_KIND_IDS = Object.keys(EXERCISE_KINDS) as [ExerciseKindId, ...ExerciseKindId[]];

/** The kind of an id, seen through the erased contract the generic engine works with. */
export function getKind(id: ExerciseKindId): AnyKindDefinition {
  return EXERCISE_KINDS[id];
}

/** Whether a kind defines this quantity (the schema validates `steps[].quantity` with it). */
export function kindHasQuantity(kind: AnyKindDefinition, quantity: string): boolean {
  return Object.hasOwn(kind.quantities, quantity);
}

/** Whether a kind defines this misconception id (the schema validates `steps[].misconceptions[].id`). */
export function kindHasMisconception(kind: AnyKindDefinition, id: string): boolean {
  return Object.hasOwn(kind.misconceptions, id);
}
