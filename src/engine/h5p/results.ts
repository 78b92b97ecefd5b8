/**
 * From H5P xAPI statements to the learner's H5P record in the progress document, and back to
 * the raw result a receipt needs. Pure: the island passes the statement and the time.
 *
 * Record kept per activity (progress document, key `h5p`, see docs/progress-format.md):
 *   { results: H5pResult[] }   most recent MAX_H5P_RESULTS kept
 */

/** Verbs whose statements carry a result worth keeping (others are noise: attempted, interacted…). */
export const SCORED_VERBS = ['answered', 'completed', 'passed', 'failed'] as const;
export type ScoredVerb = (typeof SCORED_VERBS)[number];
export const MAX_H5P_RESULTS = 50;
/** Longest learner response kept (xAPI `result.response`). */
export const MAX_H5P_RESPONSE_LENGTH = 500;

/** One scored result of an H5P activity. */
export interface H5pResult {
  id: string;
  at: string;
  verb: ScoredVerb;
  score: number;
  max: number;
  /** score / max, 0..1 (taken from the statement when present). */
  scaled: number;
  success?: boolean;
  /** xAPI `result.completion`, when the statement gave it. */
  completion?: boolean;
  response?: string;
  /** Version (hash) of the package that produced the result. */
  contentVersion: string;
}

export interface H5pRecord {
  results: H5pResult[];
}

/** The parts of an xAPI statement that are read (H5P's `event.data.statement`). */
export interface XapiStatementLike {
  verb?: { id?: unknown };
  object?: { id?: unknown };
  result?: { score?: { raw?: unknown; max?: unknown; scaled?: unknown }; success?: unknown; completion?: unknown; response?: unknown };
  context?: { contextActivities?: { parent?: unknown } };
}

/** The activity id of an H5P activity as its xAPI object IRI: stable, never the page's host. */
export const activityIri = (activityId: string) => `urn:formation-mutuelles:h5p:${activityId}`;

/**
 * The result a statement gives for `activityId`, or null for noise: unscored verbs, no numeric
 * score, statements about another object (sub-content such as one question of a set reports
 * with a parent context and its own object id).
 */
export function resultFromStatement(statement: XapiStatementLike, activityId: string, contentVersion: string, at: string, id: string): H5pResult | null {
  const verbId = typeof statement.verb?.id === 'string' ? statement.verb.id : '';
  const verb = SCORED_VERBS.find((v) => verbId === `http://adlnet.gov/expapi/verbs/${v}`);
  if (!verb) return null;
  if (statement.object?.id !== activityIri(activityId)) return null;
  if (statement.context?.contextActivities?.parent !== undefined) return null;
  const score = statement.result?.score;
  const raw = typeof score?.raw === 'number' && Number.isFinite(score.raw) ? score.raw : undefined;
  const max = typeof score?.max === 'number' && Number.isFinite(score.max) ? score.max : undefined;
  if (raw === undefined || max === undefined || max <= 0 || raw < 0) return null;
  const scaledRaw = typeof score?.scaled === 'number' && Number.isFinite(score.scaled) ? score.scaled : raw / max;
  const result: H5pResult = { id, at, verb, score: raw, max, scaled: Math.min(1, Math.max(0, scaledRaw)), contentVersion };
  if (typeof statement.result?.success === 'boolean') result.success = statement.result.success;
  if (typeof statement.result?.completion === 'boolean') result.completion = statement.result.completion;
  if (typeof statement.result?.response === 'string') result.response = statement.result.response.slice(0, MAX_H5P_RESPONSE_LENGTH);
  return result;
}

/**
 * Whether `next` repeats `last`: the same score, maximum, success, completion, response and version. H5P
 * content often sends `answered` then `completed` (or `completed` twice on resize or on a
 * second "check") for one attempt; counting those would double the attempt.
 */
export function repeatsLast(last: H5pResult | undefined, next: H5pResult): boolean {
  return last !== undefined && last.score === next.score && last.max === next.max && last.success === next.success && last.completion === next.completion && last.response === next.response && last.contentVersion === next.contentVersion;
}

/** The record after a statement: unchanged (same object) for noise and repeats. */
export function recordStatement(record: H5pRecord | undefined, result: H5pResult | null): { record: H5pRecord | undefined; added: boolean } {
  if (result === null) return { record, added: false };
  const results = record?.results ?? [];
  if (repeatsLast(results.at(-1), result)) return { record, added: false };
  return { record: { ...record, results: [...results, result].slice(-MAX_H5P_RESULTS) }, added: true };
}

/**
 * Whether a result makes the activity count in its lesson's completion (docs/progress-format.md):
 * - a package that judges the attempt (it declares a pass mark, so its statements carry
 *   `success`) counts only with a success: a failed attempt is not done;
 * - a package that does not judge counts once an attempt is finished with a score: the verb
 *   `completed` (or `passed`), or `result.completion: true` on an `answered` statement.
 * Results of an older version of the package count too: the learner did the activity.
 */
export function resultCounts(result: Pick<H5pResult, 'verb' | 'success' | 'completion'>): boolean {
  if (result.success !== undefined) return result.success;
  return result.verb === 'completed' || result.verb === 'passed' || result.completion === true;
}

/** Whether an activity has at least one result that counts (see `resultCounts`). */
export const activityDone = (record: H5pRecord | undefined): boolean => (record?.results ?? []).some(resultCounts);

/** The best scaled score of an activity, or undefined before any result. */
export function bestScaled(record: H5pRecord | undefined): number | undefined {
  const results = record?.results ?? [];
  return results.length ? Math.max(...results.map((r) => r.scaled)) : undefined;
}

/** The latest raw result of an activity in a progress document (for trainer receipts). */
export function latestH5pResult(doc: { h5p?: Record<string, H5pRecord> } | Record<string, unknown>, activityId: string): Omit<H5pResult, 'id' | 'verb'> | undefined {
  const records = (doc as { h5p?: Record<string, H5pRecord> }).h5p;
  const last = records?.[activityId]?.results.at(-1);
  if (!last) return undefined;
  const { id: _id, verb: _verb, ...raw } = last;
  return raw;
}
