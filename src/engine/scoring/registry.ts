import type { Question, QuestionType } from '../../schemas/quiz';
import { orderingScorer, matchingScorer, shortTextScorer } from './arrangement';
import { multipleScorer, singleScorer, trueFalseScorer } from './choice';
import { numericScorer } from './numeric';
import type { Responses, ScoreResult, Scorer } from './types';

/**
 * One scorer per question type. `satisfies` makes the type checker refuse a question type
 * added to the schema without its scorer.
 */
export const scorers = {
  single: singleScorer,
  multiple: multipleScorer,
  'true-false': trueFalseScorer,
  numeric: numericScorer,
  ordering: orderingScorer,
  matching: matchingScorer,
  'short-text': shortTextScorer,
} satisfies { [T in QuestionType]: Scorer<T> };

/** Scores any question with the scorer of its type. */
export function scoreQuestion(question: Question, response: unknown): ScoreResult {
  const scorer = scorers[question.type] as Scorer<QuestionType>;
  return scorer.score(question as never, response as Responses[QuestionType]);
}
