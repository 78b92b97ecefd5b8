import type { Question, QuestionType } from '../../schemas/quiz';

/**
 * The shapes shared by every scorer. The quiz player, the deferred-mode summary and the stored
 * attempts all speak these shapes, so they are defined once here, per question type.
 */

/** The parsed question of one type (`Extract` of the schema's discriminated union). */
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

/**
 * The learner's response per question type. Indices are always in the authored order (the
 * order in the YAML file), never in the shuffled display order, so a stored response keeps
 * its meaning whatever order a learner saw. `null` stands for "not chosen yet".
 */
export interface Responses {
  /** Index of the chosen option. */
  single: number | null;
  /** Indices of the chosen options, in any order. */
  multiple: number[];
  /** Whether the learner said the statement is true. */
  'true-false': boolean | null;
  /** The text typed, read with `parseFrenchNumber` and the question's unit. */
  numeric: string;
  /**
   * For each authored item, the rank the learner gave it (1 = first): the quiz player shows
   * one rank selector per item. [2, 1, 3] means item 1 comes first, then item 0, then item 2.
   */
  ordering: (number | null)[];
  /** For each pair (left-hand item), the index of the right-hand item the learner chose. */
  matching: (number | null)[];
  /** The text typed. */
  'short-text': string;
}

/**
 * The right answer, for the UI to show after a wrong or partial answer. `response` is always a
 * response that scores 1 (the UI can fill the form controls with it); some types add details.
 */
export interface ExpectedAnswers {
  single: { response: number };
  multiple: { response: number[] };
  'true-false': { response: boolean };
  /** `response` is the answer formatted the French way, with its unit; `min`..`max` is accepted. */
  numeric: { response: string; value: number; unit?: string; min: number; max: number };
  ordering: { response: number[] };
  matching: { response: number[] };
  /** `response` is the first accepted answer; `accepted` lists them all, as authored. */
  'short-text': { response: string; accepted: string[] };
}

/**
 * Why a response cannot be scored. An invalid response is not an attempt: the player asks
 * again, with a French message per code (`quiz.invalid.<code>`).
 * - EMPTY: nothing answered (or a value that is not a response of this type);
 * - INCOMPLETE: ordering or matching with some ranks/choices missing or out of range;
 * - DUPLICATE: ordering with the same rank given twice;
 * - NOT_A_NUMBER, AMBIGUOUS, WRONG_UNIT: the numeric answer could not be read (parser codes);
 * - TOO_LONG: a typed answer longer than its type accepts.
 */
export type InvalidCode = 'EMPTY' | 'INCOMPLETE' | 'DUPLICATE' | 'NOT_A_NUMBER' | 'AMBIGUOUS' | 'WRONG_UNIT' | 'TOO_LONG';

/**
 * A scored response. `score` is 0..1 (partial credit), `correct` is `score === 1`, `feedback`
 * holds the author's French texts to show as they are (chosen options' feedback, a recognised
 * numeric mistake, true/false `wrongFeedback`).
 */
export interface ScoredResult<T extends QuestionType = QuestionType> {
  kind: 'scored';
  score: number;
  correct: boolean;
  feedback: string[];
  expected: ExpectedAnswers[T];
}

/** A response that cannot be scored, and why. */
export interface InvalidResult {
  kind: 'invalid';
  code: InvalidCode;
}

/** What scoring one response gives. */
export type ScoreResult<T extends QuestionType = QuestionType> = ScoredResult<T> | InvalidResult;

/**
 * The scorer of one question type. `isResponse` guards untrusted values (read from the DOM or
 * from stored attempts) before `isEmpty` and `score` see them; `score` itself returns
 * `EMPTY` for an empty response, so callers need not call `isEmpty` first.
 */
export interface Scorer<T extends QuestionType> {
  readonly type: T;
  isResponse(value: unknown): value is Responses[T];
  isEmpty(response: Responses[T]): boolean;
  score(question: QuestionOf<T>, response: Responses[T]): ScoreResult<T>;
}
