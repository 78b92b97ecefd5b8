/**
 * Quiz scoring: one scorer per question type, the registry that maps types to scorers, and
 * whole-quiz scoring and shuffling. Pure functions; results carry codes, never French text
 * (author feedback excepted, which is already French content).
 */
export { scorers, scoreQuestion, isEmptyResponse } from './registry';
export { emptyResponse, presentationOrder, scoreQuiz, type QuizScore } from './quiz';
export { toleranceAround, withinTolerance } from './numeric';
export { MAX_SHORT_TEXT_LENGTH } from './short-text';
export type { ExpectedAnswers, InvalidCode, InvalidResult, QuestionOf, Responses, ScoreResult, ScoredResult, Scorer } from './types';
