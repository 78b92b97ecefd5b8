import { describe, expect, it } from 'vitest';
import { cmiScore, cmiTimespan, lessonStatus } from '../../../src/engine/scorm/cmi';
import { decodeSuspend, encodeSuspend, SUSPEND_LIMIT } from '../../../src/engine/scorm/suspend';
import { emptyProgress, type ProgressDoc, type QuizAttempt } from '../../../src/engine/progress/schema';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 8, 9, minute, 7)).toISOString();
const scope = { lessons: ['l1', 'l2', 'l3'], quizzes: ['l1', 'l2', 'm1'] };

function attempt(key: string, n: number, score: number): QuizAttempt {
  return { id: `${key}-${n}-k3j9x`, at: at(n * 2 + 1), startedAt: at(n * 2), answers: { q1: 1, q2: [0, 2], q3: '12 500', q4: true }, score, points: score * 4, maxPoints: 4, passed: score >= 0.7 };
}

function doc(attemptsPerQuiz: number): ProgressDoc {
  const d = emptyProgress('device-1', new Date(at(0)));
  d.lessons.l1 = { openedAt: at(1), completedAt: at(5) };
  d.lessons.l2 = { openedAt: at(6) };
  d.lessons.other = { openedAt: at(7) };
  for (const key of scope.quizzes) d.quizzes[key] = { attempts: Array.from({ length: attemptsPerQuiz }, (_, n) => attempt(key, n, n === 1 ? 1 : 0.5)) };
  d.quizzes.otherQuiz = { attempts: [attempt('otherQuiz', 0, 1)] };
  d.lastPosition = { href: '/formation/modules/m1/l2/', title: 'Leçon 2', at: at(8) };
  return d;
}

describe('suspend data', () => {
  it('round trip: the module part of the progress comes back as it was (dates to the second)', () => {
    const original = doc(2);
    const text = encodeSuspend(original, scope);
    expect(text.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
    const back = decodeSuspend(text)!;
    expect(back.lessons).toEqual({ l1: original.lessons.l1, l2: original.lessons.l2 });
    expect(back.lastPosition).toEqual(original.lastPosition);
    // Newest first; the newest keeps its answers.
    expect(back.quizzes.m1!.attempts).toEqual([original.quizzes.m1!.attempts[1], { ...original.quizzes.m1!.attempts[0], answers: {} }]);
    expect(back.quizzes.otherQuiz).toBeUndefined();
  });

  it('stays under 4 096 characters with 50 attempts per quiz, keeping the best one', () => {
    const big = doc(50);
    const text = encodeSuspend(big, scope);
    expect(text.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
    const back = decodeSuspend(text)!;
    expect(back.quizzes.m1!.attempts.some((a) => a.score === 1)).toBe(true);
    expect(back.lessons.l1).toEqual(big.lessons.l1);
  });

  it('drops answers, then attempts, to fit a smaller limit; and refuses garbage', () => {
    const text = encodeSuspend(doc(2), scope, 400);
    expect(text.length).toBeLessThanOrEqual(400);
    expect(decodeSuspend(text)!.lessons.l1).toBeDefined();
    expect(decodeSuspend('')).toBeNull();
    expect(decodeSuspend('{"v":2}')).toBeNull();
    expect(decodeSuspend('{"v":1,"l":{"x":"bad"},"q":{"m1":[["id","!!"]]}}')).toEqual({ lessons: {}, quizzes: {} });
  });
});

describe('CMI values', () => {
  it('session time as HHHH:MM:SS.SS', () => {
    expect(cmiTimespan(0)).toBe('0000:00:00.00');
    expect(cmiTimespan(3_723_456)).toBe('0001:02:03.46');
    expect(cmiTimespan(59_999)).toBe('0000:01:00.00');
  });

  it('status: passed/failed only from the module test, never lowered', () => {
    expect(lessonStatus({ lessons: 3, completedLessons: 1, test: null }, '')).toBe('incomplete');
    expect(lessonStatus({ lessons: 3, completedLessons: 3, test: null }, 'incomplete')).toBe('completed');
    expect(lessonStatus({ lessons: 3, completedLessons: 3, test: { score: 0.5, passed: false } }, 'completed')).toBe('failed');
    expect(lessonStatus({ lessons: 3, completedLessons: 0, test: { score: 0.9, passed: true } }, 'failed')).toBe('passed');
    expect(lessonStatus({ lessons: 3, completedLessons: 0, test: null }, 'passed')).toBe('passed');
    expect(lessonStatus({ lessons: 3, completedLessons: 0, test: null }, 'completed')).toBe('completed');
    expect(cmiScore(0.875)).toBe('88');
  });
});
