/**
 * Scoring a whole attempt at an exercise.
 */
import type { StepCheck } from './check-step';

/** The score of an attempt. */
export interface AttemptScore {
  /** Steps right at their first valid try. */
  firstTryCorrect: number;
  /** Steps in the exercise. */
  total: number;
  /** firstTryCorrect / total, in 0..1 (0 for an exercise without steps). */
  score: number;
}

/**
 * Scores an attempt: the share of steps answered right at the first valid try. `stepResults`
 * has one entry per step of the exercise, in order: the checks of that step in the order they
 * were made. Invalid inputs are skipped (they are not attempts); a step never answered, or
 * first answered wrong or with a misconception, scores 0 even if corrected later. Why this rule:
 * hints and feedback make every step reachable in the end, so only the first try measures what
 * the learner could do alone.
 */
export function scoreAttempt(stepResults: readonly (readonly StepCheck[])[]): AttemptScore {
  const firstTryCorrect = stepResults.filter((checks) => checks.find((check) => check.kind !== 'invalid')?.kind === 'correct').length;
  const total = stepResults.length;
  return { firstTryCorrect, total, score: total === 0 ? 0 : firstTryCorrect / total };
}
