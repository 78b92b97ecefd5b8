import type { Question, Quiz } from '../../schemas/quiz';
import { createRandom, shuffled } from '../random';
import { scoreQuestion } from './registry';
import type { ScoreResult } from './types';

/** A whole quiz: per-question results, points weighted by `points`, pass or fail. */
export interface QuizScore {
  results: Record<string, ScoreResult>;
  points: number;
  maxPoints: number;
  ratio: number;
  passed: boolean;
  /** Questions whose response is invalid or missing. */
  unanswered: string[];
}

export function scoreQuiz(quiz: Quiz, responses: Record<string, unknown>): QuizScore {
  const results: Record<string, ScoreResult> = {};
  let points = 0;
  let maxPoints = 0;
  const unanswered: string[] = [];
  for (const question of quiz.questions) {
    const result = scoreQuestion(question, responses[question.id] ?? emptyResponse(question));
    results[question.id] = result;
    maxPoints += question.points;
    if (result.kind === 'scored') points += result.score * question.points;
    else unanswered.push(question.id);
  }
  const ratio = maxPoints === 0 ? 0 : points / maxPoints;
  return { results, points, maxPoints, ratio, passed: ratio >= quiz.passMark - 1e-9, unanswered };
}

/** The response a question has before the learner touches it. */
export function emptyResponse(question: Question): unknown {
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
    default:
      return '';
  }
}

/**
 * The order in which a learner sees the options (choice questions), items (ordering) or
 * right-hand sides (matching): a shuffle seeded by learner, quiz and question, so it is stable
 * across visits. Identity when the quiz does not shuffle and for true/false and text answers.
 */
export function presentationOrder(quiz: Pick<Quiz, 'shuffle'>, question: Question, seed: string): number[] {
  const count = question.type === 'single' || question.type === 'multiple' ? question.options.length : question.type === 'ordering' ? question.items.length : question.type === 'matching' ? question.pairs.length : 0;
  const identity = Array.from({ length: count }, (_, i) => i);
  if (!quiz.shuffle || count < 2) return identity;
  const order = shuffled(identity, createRandom(`${seed}:${question.id}`));
  // An ordering question must never start out already solved.
  if (question.type === 'ordering' && order.every((v, i) => v === i)) order.push(order.shift() as number);
  return order;
}
