import { describe, expect, it } from 'vitest';
import { activityDone, resultCounts, type H5pResult } from '../../../src/engine/h5p/results';
import { emptyProgress, lessonCompletion, type ProgressDoc, type QuizAttempt } from '../../../src/engine/progress';

const at = '2026-03-01T10:00:00.000Z';
const attempt = (passed: boolean, id = 'q1'): QuizAttempt => ({ id, at, answers: {}, score: passed ? 0.9 : 0.4, points: passed ? 9 : 4, maxPoints: 10, passed });
const result = (extra: Partial<H5pResult>): H5pResult => ({ id: 'r', at, verb: 'answered', score: 1, max: 1, scaled: 1, contentVersion: 'v1', ...extra });

function doc(parts: { quiz?: boolean[]; h5p?: Record<string, Partial<H5pResult>[]> }): ProgressDoc {
  const d = emptyProgress('learner', new Date(at));
  if (parts.quiz) d.quizzes['calcul-cotisation'] = { attempts: parts.quiz.map((passed, i) => attempt(passed, `q${i}`)) };
  if (parts.h5p) d.h5p = Object.fromEntries(Object.entries(parts.h5p).map(([id, list]) => [id, { results: list.map((r, i) => result({ id: `r${i}`, ...r })) }]));
  return d;
}

const lesson = { quiz: 'calcul-cotisation', h5p: ['cotisation-par-beneficiaire'] };

describe('an H5P result that counts', () => {
  it('a package that judges (success present) counts only with a success', () => {
    expect(resultCounts({ verb: 'answered', success: true })).toBe(true);
    expect(resultCounts({ verb: 'answered', success: false, completion: true })).toBe(false);
    expect(resultCounts({ verb: 'completed', success: false })).toBe(false);
    expect(resultCounts({ verb: 'passed', success: true })).toBe(true);
    expect(resultCounts({ verb: 'failed', success: false })).toBe(false);
  });

  it('a package without a pass mark counts once an attempt is completed with a score', () => {
    expect(resultCounts({ verb: 'completed' })).toBe(true);
    expect(resultCounts({ verb: 'answered', completion: true })).toBe(true);
    // An answer to one step, not a finished attempt.
    expect(resultCounts({ verb: 'answered' })).toBe(false);
    expect(resultCounts({ verb: 'answered', completion: false })).toBe(false);
  });

  it('one counting result among failures is enough; an older package version counts too', () => {
    expect(activityDone(undefined)).toBe(false);
    expect(activityDone({ results: [result({ success: false, scaled: 0, score: 0 }), result({ success: true, contentVersion: 'old' })] })).toBe(true);
    expect(activityDone({ results: [result({ success: false, score: 0, scaled: 0 })] })).toBe(false);
  });
});

describe('lesson completion with an H5P activity', () => {
  it('quiz passed but activity not done: not complete, the activity is pending', () => {
    expect(lessonCompletion(doc({ quiz: [true] }), lesson)).toEqual({ complete: false, quizPassed: true, h5pPending: ['cotisation-par-beneficiaire'] });
  });

  it('activity right (1 of 1, success) but quiz failed twice: not complete', () => {
    const d = doc({ quiz: [false, false], h5p: { 'cotisation-par-beneficiaire': [{ success: true }] } });
    expect(lessonCompletion(d, lesson)).toEqual({ complete: false, quizPassed: false, h5pPending: [] });
  });

  it('quiz failed then passed, activity wrong then right: complete', () => {
    const d = doc({ quiz: [false, true], h5p: { 'cotisation-par-beneficiaire': [{ success: false, score: 0, scaled: 0 }, { success: true }] } });
    expect(lessonCompletion(d, lesson).complete).toBe(true);
  });

  it('activity answered wrong only (0 of 1, success false): still pending', () => {
    const d = doc({ quiz: [true], h5p: { 'cotisation-par-beneficiaire': [{ success: false, score: 0, scaled: 0 }] } });
    expect(lessonCompletion(d, lesson).h5pPending).toEqual(['cotisation-par-beneficiaire']);
  });

  it('two activities: both must count, pending ones listed in the lesson order', () => {
    const two = { quiz: 'calcul-cotisation', h5p: ['a', 'b'] };
    expect(lessonCompletion(doc({ quiz: [true], h5p: { b: [{ verb: 'completed', score: 3, max: 4, scaled: 0.75 }] } }), two)).toEqual({ complete: false, quizPassed: true, h5pPending: ['a'] });
    expect(lessonCompletion(doc({ quiz: [true], h5p: { a: [{ success: true }], b: [{ verb: 'completed', score: 3, max: 4, scaled: 0.75 }] } }), two).complete).toBe(true);
  });

  it('a lesson without H5P is complete when its quiz is passed, as before', () => {
    expect(lessonCompletion(doc({ quiz: [true] }), { quiz: 'calcul-cotisation', h5p: [] }).complete).toBe(true);
    expect(lessonCompletion(doc({ quiz: [false] }), { quiz: 'calcul-cotisation', h5p: [] }).complete).toBe(false);
  });

  it('a lesson with only an activity is complete when the activity counts; a lesson with nothing never', () => {
    expect(lessonCompletion(doc({ h5p: { a: [{ success: true }] } }), { h5p: ['a'] })).toEqual({ complete: true, quizPassed: null, h5pPending: [] });
    expect(lessonCompletion(doc({}), { h5p: [] }).complete).toBe(false);
  });
});
