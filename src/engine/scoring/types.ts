import type { Question, QuestionType } from '../../schemas/quiz';

/**
 * What scoring a response gives. Invalid responses (empty, unreadable number) are not
 * attempts: the player asks again. Feedback texts are the author's, to show as they are.
 */
export type InvalidCode = 'EMPTY' | 'NOT_A_NUMBER' | 'AMBIGUOUS' | 'WRONG_UNIT' | 'TOO_LONG' | 'INCOMPLETE' | 'DUPLICATE';
export type ScoreResult = { kind: 'scored'; score: number; correct: boolean; feedback: string[] } | { kind: 'invalid'; code: InvalidCode };

/** The response each question type takes (indices are in authored order). */
export interface Responses {
  single: number | null;
  multiple: number[];
  'true-false': boolean | null;
  numeric: string;
  ordering: (number | null)[];
  matching: (number | null)[];
  'short-text': string;
}

export interface Scorer<T extends QuestionType> {
  score(question: Extract<Question, { type: T }>, response: Responses[T]): ScoreResult;
}

export const scored = (score: number, feedback: string[] = []): ScoreResult => ({ kind: 'scored', score, correct: score >= 1 - 1e-9, feedback });
