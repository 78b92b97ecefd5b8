/**
 * The raw work of one assignment item as a receipt carries it, and its bounds. Receipts are
 * untrusted input for the trainer: every field is checked, every list bounded.
 */
import * as z from 'zod/v4-mini';
import { MAX_STEP_ANSWER_LENGTH } from '../progress/schema';

/** Attempts of one item a receipt carries (the most recent). */
export const MAX_RECEIPT_ATTEMPTS = 10;

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/));

export const quizWorkAttemptSchema = z.object({
  at: isoDate,
  startedAt: z.optional(isoDate),
  /** Responses by question id, as the quiz player stores them (option indices as authored). */
  answers: z.record(z.string().check(z.maxLength(80)), z.unknown()),
});

export const exerciseWorkAttemptSchema = z.object({
  at: isoDate,
  startedAt: z.optional(isoDate),
  seed: z.string().check(z.maxLength(200)),
  /** What the trainee typed at each step's first valid try. */
  steps: z.array(z.object({ stepId: z.string().check(z.maxLength(80)), answer: z.string().check(z.maxLength(MAX_STEP_ANSWER_LENGTH)) })).check(z.maxLength(30)),
});

/**
 * The raw result of an H5P activity as a receipt carries it: the package's own xAPI result
 * (its latest since the assignment was opened), never re-scored. `score`/`max` are xAPI
 * `result.score.raw`/`max`, `scaled` 0..1; `contentVersion` is the hash of the package played.
 */
export const h5pWorkAttemptSchema = z
  .object({
    at: isoDate,
    score: z.number().check(z.gte(0)),
    max: z.number().check(z.gt(0)),
    scaled: z.number().check(z.gte(0), z.lte(1)),
    success: z.optional(z.boolean()),
    completion: z.boolean(),
    contentVersion: z.string().check(z.minLength(1), z.maxLength(64)),
  })
  .check(z.refine((attempt) => Number.isFinite(attempt.score) && Number.isFinite(attempt.max) && attempt.score <= attempt.max, { message: 'score above max' }));

/** One item of a receipt: what was done, and the score the trainee's browser showed (never trusted). */
export const receiptItemSchema = z.object({
  kind: z.string().check(z.maxLength(20)),
  id: z.string().check(z.maxLength(80)),
  claimed: z.nullable(z.number()),
  openedAt: z.optional(isoDate),
  completedAt: z.optional(isoDate),
  attempts: z.optional(z.array(z.unknown()).check(z.maxLength(MAX_RECEIPT_ATTEMPTS))),
});

export type QuizWorkAttempt = z.infer<typeof quizWorkAttemptSchema>;
export type ExerciseWorkAttempt = z.infer<typeof exerciseWorkAttemptSchema>;
export type H5pWorkAttempt = z.infer<typeof h5pWorkAttemptSchema>;
export type ReceiptItem = z.infer<typeof receiptItemSchema>;

/** The attempts of `list` that pass `schema`, ignoring the others (they are reported as ignored). */
export function validAttempts<T>(list: readonly unknown[] | undefined, schema: z.ZodMiniType<T>): { valid: T[]; ignored: number } {
  const valid: T[] = [];
  let ignored = 0;
  for (const entry of list ?? []) {
    const parsed = schema.safeParse(entry);
    if (parsed.success) valid.push(parsed.data);
    else ignored++;
  }
  return { valid, ignored };
}

/** Time one attempt took, from its first answer to its end; a tab left open overnight counts 2 h at most. */
export const MAX_ATTEMPT_MS = 2 * 60 * 60 * 1000;

export function timeSpent(attempts: readonly { at: string; startedAt?: string }[]): number | null {
  let total = 0;
  let known = false;
  for (const attempt of attempts) {
    if (!attempt.startedAt) continue;
    const ms = Date.parse(attempt.at) - Date.parse(attempt.startedAt);
    if (!Number.isFinite(ms) || ms < 0) continue;
    total += Math.min(ms, MAX_ATTEMPT_MS);
    known = true;
  }
  return known ? total : null;
}

/** The best of some scores, null when there is none. */
export const bestScore = (scores: readonly number[]) => (scores.length === 0 ? null : Math.max(...scores));
