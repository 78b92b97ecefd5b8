import { describe, expect, it } from 'vitest';
import { presentationOrder, scoreQuiz } from '../../../src/engine/scoring';
import { quizSchema } from '../../../src/schemas/quiz';

const base = { prompt: 'Question ?', explanation: 'Parce que c’est ainsi.' };
const quiz = quizSchema.parse({
  passMark: 0.7,
  questions: [
    { ...base, id: 'vrai', type: 'true-false', answer: true, points: 2 },
    { ...base, id: 'calcul', type: 'numeric', answer: 960 },
    { ...base, id: 'choix', type: 'single', options: [{ text: 'x', correct: true }, { text: 'y' }, { text: 'z' }, { text: 'w' }] },
    { ...base, id: 'plusieurs', type: 'multiple', points: 3, options: [{ text: 'a', correct: true }, { text: 'b', correct: true }, { text: 'c', correct: true }, { text: 'd' }] },
  ],
});

describe('scoreQuiz', () => {
  it('weights each question by its points and applies the pass mark', () => {
    const all = scoreQuiz(quiz, { vrai: true, calcul: '960', choix: 0, plusieurs: [0, 1, 2] });
    expect(all).toMatchObject({ points: 7, maxPoints: 7, ratio: 1, passed: true, unanswered: [] });
    // 2 + 0 + 1 + 3 × 2/3 = 5 of 7 ≈ 0.714 ≥ 0.7
    const partial = scoreQuiz(quiz, { vrai: true, calcul: '961', choix: 0, plusieurs: [0, 1] });
    expect(partial.points).toBeCloseTo(5, 12);
    expect(partial).toMatchObject({ maxPoints: 7, passed: true });
    expect(partial.ratio).toBeCloseTo(5 / 7, 12);
    // 0 + 1 + 1 + 2 = 4 of 7 ≈ 0.57
    expect(scoreQuiz(quiz, { vrai: false, calcul: '960', choix: 0, plusieurs: [0, 1] })).toMatchObject({ passed: false });
  });

  it('passes exactly at the pass mark', () => {
    const tenths = quizSchema.parse({
      passMark: 0.7,
      questions: Array.from({ length: 10 }, (_, i) => ({ ...base, id: `q${i}`, type: 'true-false', answer: true })),
    });
    const responses = (right: number) => Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`q${i}`, i < right]));
    expect(scoreQuiz(tenths, responses(7))).toMatchObject({ passed: true });
    expect(scoreQuiz(tenths, responses(6))).toMatchObject({ passed: false });
  });

  it('scores missing and invalid responses 0 and lists them', () => {
    const result = scoreQuiz(quiz, { vrai: true, calcul: 'beaucoup' });
    expect(result).toMatchObject({ points: 2, maxPoints: 7, passed: false, unanswered: ['calcul', 'choix', 'plusieurs'] });
    expect(result.results['calcul']).toEqual({ kind: 'invalid', code: 'NOT_A_NUMBER' });
    expect(result.results['choix']).toEqual({ kind: 'invalid', code: 'EMPTY' });
  });
});

describe('presentationOrder', () => {
  const choice = quiz.questions[2]!;

  it('is a permutation, stable for the same seed, different across learners', () => {
    const first = presentationOrder(quiz, choice, 'learner-1:quiz');
    expect([...first].sort()).toEqual([0, 1, 2, 3]);
    expect(presentationOrder(quiz, choice, 'learner-1:quiz')).toEqual(first);
    const orders = new Set(Array.from({ length: 12 }, (_, i) => presentationOrder(quiz, choice, `learner-${i}:quiz`).join()));
    expect(orders.size).toBeGreaterThan(3);
  });

  it('differs between questions of the same quiz for one learner', () => {
    const other = { ...choice, id: 'autre' };
    const orders = new Set(Array.from({ length: 8 }, (_, i) => presentationOrder(quiz, { ...other, id: `autre-${i}` }, 'learner-1:quiz').join()));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('is the identity when the quiz does not shuffle, and empty for true/false and typed answers', () => {
    expect(presentationOrder({ shuffle: false }, choice, 'learner-1:quiz')).toEqual([0, 1, 2, 3]);
    expect(presentationOrder(quiz, quiz.questions[0]!, 'learner-1:quiz')).toEqual([]);
    expect(presentationOrder(quiz, quiz.questions[1]!, 'learner-1:quiz')).toEqual([]);
  });

  it('never shows an ordering or a matching already solved', () => {
    const ordering = quizSchema.parse({ questions: [{ ...base, id: 'o', type: 'ordering', items: ['a', 'b', 'c'] }] }).questions[0]!;
    const matching = quizSchema.parse({ questions: [{ ...base, id: 'm', type: 'matching', pairs: [{ left: 'a', right: 'x' }, { left: 'b', right: 'y' }] }] }).questions[0]!;
    for (let i = 0; i < 200; i++) {
      expect(presentationOrder(quiz, ordering, `s${i}`)).not.toEqual([0, 1, 2]);
      expect(presentationOrder(quiz, matching, `s${i}`)).toEqual([1, 0]);
    }
  });
});
