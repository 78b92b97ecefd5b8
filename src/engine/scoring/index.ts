export { scorers, scoreQuestion } from './registry';
export { emptyResponse, presentationOrder, scoreQuiz, type QuizScore } from './quiz';
export { withinTolerance } from './numeric';
export type { InvalidCode, Responses, ScoreResult, Scorer } from './types';
