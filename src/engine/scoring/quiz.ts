import type { Question, Quiz } from '../../schemas/quiz';
import { createRandom, shuffled } from '../random';
import { scoreQuestion } from './registry';
import type { Responses, ScoreResult } from './types';

/**
 * A whole quiz scored. Points are weighted by each question's `points`; an invalid or missing
 * response scores 0 and is listed in `unanswered` (deferred mode asks the learner to finish).
 */
export interface QuizScore {
  /** Result per question id. */
  results: Record<string, ScoreResult>;
  /** Sum of score × points. */
  points: number;
  /** Sum of points. */
  maxPoints: number;
  /** points ÷ maxPoints, 0..1. */
  ratio: number;
  /** ratio ≥ the quiz's passMark. */
  passed: boolean;
  /** Ids of questions whose response is missing or invalid, in quiz order. */
  unanswered: string[];
}

/** Float noise allowed when comparing the ratio with the pass mark (2/3 of 3 points is 2). */
const PASS_EPSILON = 1e-9;

/** Scores every question of a quiz from the learner's responses, keyed by question id. */
export function scoreQuiz(quiz: Quiz, responses: Record<string, unknown>): QuizScore {
  const results: Record<string, ScoreResult> = {};
  const unanswered: string[] = [];
  let points = 0;
  let maxPoints = 0;
  for (const question of quiz.questions) {
    const response = Object.prototype.hasOwnProperty.call(responses, question.id) ? responses[question.id] : emptyResponse(question);
    const result = scoreQuestion(question, response);
    results[question.id] = result;
    maxPoints += question.points;
    if (result.kind === 'scored') points += result.score * question.points;
    else unanswered.push(question.id);
  }
  const ratio = maxPoints === 0 ? 0 : Math.min(1, points / maxPoints);
  return { results, points, maxPoints, ratio, passed: ratio >= quiz.passMark - PASS_EPSILON, unanswered };
}

/** The response a question has before the learner touches it (what a reset form gives). */
export function emptyResponse<Q extends Question>(question: Q): Responses[Q['type']];
export function emptyResponse(question: Question): Responses[Question['type']] {
  switch (question.type) {
    case 'single':
    case 'true-false':
      return null;
    case 'multiple':
      return [];
    case 'ordering':
      return question.items.map(() => null);
    case 'matching':
      return question.pairs.map(() => null);
    case 'numeric':
    case 'short-text':
      return '';
  }
}

/** How many things a question shows in an order that may be shuffled (0: nothing to shuffle). */
function shuffledCount(question: Question): number {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return question.options.length;
    case 'ordering':
      return question.items.length;
    case 'matching':
      return question.pairs.length;
    case 'true-false': // "Vrai" then "Faux", always: swapping them only causes slips.
    case 'numeric':
    case 'short-text':
      return 0;
  }
}

/**
 * The display order of a question's options (single, multiple), items (ordering) or
 * right-hand choices (matching), as authored indices: `order[k]` is shown k-th. Shuffled with
 * a generator seeded by `seed` and the question id — pass the learner id and the quiz id in
 * `seed` ("<learnerId>:<quizId>") so each learner keeps the same order on every visit. The
 * identity when the quiz's `shuffle` is false; empty for true/false, numeric and short text.
 * Ordering and matching never start out solved (the identity order is rotated by one).
 */
export function presentationOrder(quiz: Pick<Quiz, 'shuffle'>, question: Question, seed: string): number[] {
  const identity = Array.from({ length: shuffledCount(question) }, (_, index) => index);
  if (!quiz.shuffle || identity.length < 2) return identity;
  const order = shuffled(identity, createRandom(`${seed}:${question.id}`));
  const giveaway = (question.type === 'ordering' || question.type === 'matching') && order.every((value, index) => value === index);
  return giveaway ? [...order.slice(1), ...order.slice(0, 1)] : order;
}
