/**
 * Who a trainee is, for an assignment, and the exercise values that follow from it.
 *
 * Per-trainee values are not random: they are drawn with the engine's seeded generator from
 * the assignment id, the exercise id and the trainee's name, so the trainer's browser can draw
 * the very same values (and their expected answers) again from a receipt, with no server.
 */
import { normalizeAnswerText } from '../text/normalize';
import type { Assignment, AssignmentItem } from './assignment';

export const TRAINEE_LIMITS = { name: 80, ref: 60 } as const;

export interface Trainee {
  name: string;
  /** Group or identifier (matricule, e-mail) when the trainer asked for one. */
  ref?: string;
}

/** The name as the seed and the matching see it: case, accents and spacing do not count. */
export const nameKey = (name: string) => normalizeAnswerText(name);

/**
 * The key that says two receipts come from the same trainee: the identifier when there is
 * one (two « Moussa Diop » in a room are told apart by it), else the name.
 */
export function traineeKey(trainee: Trainee): string {
  const ref = trainee.ref ? normalizeAnswerText(trainee.ref) : '';
  return ref ? `ref:${ref}` : `name:${nameKey(trainee.name)}`;
}

/** The seed of an assigned exercise's values: shared by the class, or the trainee's own. */
export function exerciseSeed(assignment: Pick<Assignment, 'id'>, item: Pick<AssignmentItem, 'id' | 'values'>, traineeName: string): string {
  const base = `devoir:${assignment.id}:${item.id}`;
  return item.values === 'each' ? `${base}:${nameKey(traineeName)}` : base;
}
