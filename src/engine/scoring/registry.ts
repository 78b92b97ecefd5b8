import type { Question, QuestionType } from '../../schemas/quiz';
import { matchingScorer } from './matching';
import { multipleScorer } from './multiple';
import { numericScorer } from './numeric';
import { orderingScorer } from './ordering';
import { shortTextScorer } from './short-text';
import { singleScorer } from './single';
import { trueFalseScorer } from './true-false';
import { invalidResult } from './result';
import type { ScoreResult, Scorer } from './types';

/**
 * One scorer per question type. `satisfies` makes the type checker refuse a question type
 * added to the quiz schema without its scorer (and a scorer filed under the wrong type).
 */
export const scorers = {
  single: singleScorer,
  multiple: multipleScorer,
  'true-false': trueFalseScorer,
  numeric: numericScorer,
  ordering: orderingScorer,
  matching: matchingScorer,
  'short-text': shortTextScorer,
} as const satisfies { [T in QuestionType]: Scorer<T> };

/** The scorer of a question's type, typed for that question. */
function scorerFor<Q extends Question>(question: Q): Scorer<Q['type']> {
  // The mapped type above guarantees the pairing; TypeScript cannot follow it through the union.
  return scorers[question.type] as unknown as Scorer<Q['type']>;
}

/**
 * Scores any question with the scorer of its type. The response is `unknown` because it comes
 * from form controls or stored attempts; a value of the wrong shape counts as no answer
 * (`EMPTY`) rather than throwing.
 */
export function scoreQuestion<Q extends Question>(question: Q, response: unknown): ScoreResult<Q['type']> {
  const scorer = scorerFor(question);
  if (!scorer.isResponse(response)) return invalidResult('EMPTY');
  return scorer.score(question as never, response);
}

/** Whether the learner has not answered yet (a wrong-shaped value counts as unanswered). */
export function isEmptyResponse(question: Question, response: unknown): boolean {
  const scorer = scorerFor(question);
  return !scorer.isResponse(response) || scorer.isEmpty(response);
}
