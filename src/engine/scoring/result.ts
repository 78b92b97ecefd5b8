import type { QuestionType } from '../../schemas/quiz';
import type { ExpectedAnswers, InvalidCode, InvalidResult, ScoredResult } from './types';

/**
 * Builds a scored result, so every scorer derives `correct` the same way: only a full score is
 * correct. The score is clamped to 0..1 to keep a scorer's arithmetic slip out of the totals.
 */
export function scoredResult<T extends QuestionType>(score: number, expected: ExpectedAnswers[T], feedback: string[] = []): ScoredResult<T> {
  const clamped = Math.min(1, Math.max(0, score));
  return { kind: 'scored', score: clamped, correct: clamped === 1, feedback, expected };
}

/** Builds an invalid result (the response is not an attempt). */
export function invalidResult(code: InvalidCode): InvalidResult {
  return { kind: 'invalid', code };
}

/** Whether a value is a whole number usable as an index or a rank. */
export const isWholeNumber = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);
