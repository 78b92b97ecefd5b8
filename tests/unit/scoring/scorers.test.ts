import { describe, expect, it } from 'vitest';
import { presentationOrder, scoreQuestion, scoreQuiz } from '../../../src/engine/scoring';
import { normalizeAnswerText } from '../../../src/engine/text/normalize';
import { questionSchema, quizSchema, type Question } from '../../../src/schemas/quiz';

const q = (data: Record<string, unknown>) => questionSchema.parse({ id: 'q', prompt: 'Question ?', explanation: 'Parce que c’est ainsi.', ...data }) as Question;
const score = (question: Question, response: unknown) => scoreQuestion(question, response);

describe('single choice', () => {
  const question = q({ type: 'single', options: [{ text: 'A', correct: true }, { text: 'B', feedback: 'B confond prime et cotisation.' }] });
  it('scores right, wrong with the option feedback, and empty as invalid', () => {
    expect(score(question, 0)).toEqual({ kind: 'scored', score: 1, correct: true, feedback: [] });
    expect(score(question, 1)).toEqual({ kind: 'scored', score: 0, correct: false, feedback: ['B confond prime et cotisation.'] });
    expect(score(question, null)).toEqual({ kind: 'invalid', code: 'EMPTY' });
    expect(score(question, 7)).toEqual({ kind: 'invalid', code: 'EMPTY' });
  });
});

describe('multiple choice partial credit', () => {
  // Three right options (0, 1, 2), two wrong (3, 4).
  const question = q({ type: 'multiple', options: [{ text: 'a', correct: true }, { text: 'b', correct: true }, { text: 'c', correct: true }, { text: 'd', feedback: 'd est faux' }, { text: 'e' }] });
  it.each([
    [[0, 1, 2], 1],
    [[0, 1], 2 / 3],
    [[0, 1, 2, 3], 2 / 3], // (3 − 1) / 3
    [[0, 3], 0], // (1 − 1) / 3
    [[3, 4], 0], // floored at 0
    [[0, 0, 1], 2 / 3], // a repeated index counts once
  ])('%j scores %d', (response, expected) => {
    const result = score(question, response);
    expect(result.kind === 'scored' && result.score).toBeCloseTo(expected, 10);
  });
  it('returns the feedback of wrong options chosen; nothing chosen is invalid', () => {
    expect(score(question, [0, 3])).toMatchObject({ feedback: ['d est faux'] });
    expect(score(question, [])).toEqual({ kind: 'invalid', code: 'EMPTY' });
  });
});

describe('true / false', () => {
  const question = q({ type: 'true-false', answer: false, wrongFeedback: 'Le TM est payé par le malade.' });
  it('scores both answers', () => {
    expect(score(question, false)).toMatchObject({ score: 1, correct: true, feedback: [] });
    expect(score(question, true)).toMatchObject({ score: 0, feedback: ['Le TM est payé par le malade.'] });
    expect(score(question, null)).toEqual({ kind: 'invalid', code: 'EMPTY' });
  });
});

describe('numeric with tolerance and unit', () => {
  const question = q({ type: 'numeric', answer: 2695, tolerance: 5, unit: 'FCFA', mistakes: [{ value: 2587.2, feedback: 'Chargement multiplié au lieu de divisé.' }] });
  it.each([
    ['2 695', 1],
    ['2695 FCFA', 1],
    ['2 700', 1], // exactly at the bound
    ['2 690', 1],
    ['2 700,01', 0], // just outside
    ['2 689,9', 0],
  ])('%j scores %d', (typed, expected) => {
    expect(score(question, typed)).toMatchObject({ kind: 'scored', score: expected });
  });
  it('recognises a typical mistake within tolerance', () => {
    expect(score(question, '2 587,20')).toMatchObject({ score: 0, feedback: ['Chargement multiplié au lieu de divisé.'] });
    expect(score(question, '2 590')).toMatchObject({ score: 0, feedback: ['Chargement multiplié au lieu de divisé.'] });
  });
  it('treats unreadable input as invalid, not as an attempt', () => {
    expect(score(question, '')).toEqual({ kind: 'invalid', code: 'EMPTY' });
    expect(score(question, 'deux mille')).toEqual({ kind: 'invalid', code: 'WRONG_UNIT' });
    expect(score(question, '1,5,3')).toEqual({ kind: 'invalid', code: 'NOT_A_NUMBER' });
  });
  it('applies a relative tolerance and reads percentages', () => {
    const relative = q({ type: 'numeric', answer: 82, relativeTolerance: 0.01, unit: '%' });
    expect(score(relative, '82,8 %')).toMatchObject({ score: 1 }); // 0,8 ≤ 1 % of 82
    expect(score(relative, '82,9 %')).toMatchObject({ score: 0 });
    expect(score(relative, '82')).toMatchObject({ score: 1 });
    const exact = q({ type: 'numeric', answer: 0.3 });
    expect(score(exact, '0,3')).toMatchObject({ score: 1 }); // float noise ignored
  });
});

describe('ordering, matching, short text', () => {
  const ordering = q({ type: 'ordering', items: ['PP', 'marge', 'chargements', 'mensuel'] });
  it('ordering scores the share of items at their rank', () => {
    expect(score(ordering, [1, 2, 3, 4])).toMatchObject({ score: 1 });
    expect(score(ordering, [1, 2, 4, 3])).toMatchObject({ score: 0.5 });
    expect(score(ordering, [4, 3, 2, 1])).toMatchObject({ score: 0 });
    expect(score(ordering, [null, null, null, null])).toEqual({ kind: 'invalid', code: 'EMPTY' });
    expect(score(ordering, [1, 2, null, 4])).toEqual({ kind: 'invalid', code: 'INCOMPLETE' });
    expect(score(ordering, [1, 1, 2, 3])).toEqual({ kind: 'invalid', code: 'DUPLICATE' });
  });
  const matching = q({ type: 'matching', pairs: [{ left: 'S/P', right: 'prestations / cotisations' }, { left: 'recouvrement', right: 'encaissé / dû' }, { left: 'liquidité', right: 'trésorerie / dettes' }] });
  it('matching scores the share of right pairs', () => {
    expect(score(matching, [0, 1, 2])).toMatchObject({ score: 1 });
    expect(score(matching, [1, 0, 2])).toMatchObject({ score: 1 / 3 });
    expect(score(matching, [0, null, 2])).toEqual({ kind: 'invalid', code: 'INCOMPLETE' });
  });
  const text = q({ type: 'short-text', answers: ['UTG', 'unité technique de gestion'] });
  it('short text ignores case, accents, punctuation and spaces', () => {
    expect(score(text, ' utg ')).toMatchObject({ score: 1 });
    expect(score(text, 'Unite technique  de gestion.')).toMatchObject({ score: 1 });
    expect(score(text, 'CMU')).toMatchObject({ score: 0 });
    expect(score(text, '  ?! ')).toEqual({ kind: 'invalid', code: 'EMPTY' });
    expect(normalizeAnswerText('Œuvre sociale n°2')).toBe('oeuvre sociale n 2');
  });
});

describe('a whole quiz', () => {
  const quiz = quizSchema.parse({
    passMark: 0.7,
    questions: [
      { id: 'a', type: 'true-false', prompt: 'Vrai ?', explanation: 'Oui, c’est vrai.', answer: true, points: 2 },
      { id: 'b', type: 'numeric', prompt: 'Combien ?', explanation: 'Ceci, calculé ainsi.', answer: 960 },
      { id: 'c', type: 'single', prompt: 'Lequel ?', explanation: 'Celui-là, évidemment.', options: [{ text: 'x', correct: true }, { text: 'y' }, { text: 'z' }] },
    ],
  });
  it('weights points and applies the pass mark', () => {
    expect(scoreQuiz(quiz, { a: true, b: '960', c: 1 })).toMatchObject({ points: 3, maxPoints: 4, ratio: 0.75, passed: true, unanswered: [] });
    expect(scoreQuiz(quiz, { a: false, b: '960', c: 0 })).toMatchObject({ points: 2, ratio: 0.5, passed: false });
    expect(scoreQuiz(quiz, { a: true })).toMatchObject({ unanswered: ['b', 'c'] });
  });
  it('shuffles options stably per learner, never true/false, and not when shuffle is off', () => {
    const question = quiz.questions[2]!;
    const first = presentationOrder(quiz, question, 'learner-1');
    expect([...first].sort()).toEqual([0, 1, 2]);
    expect(presentationOrder(quiz, question, 'learner-1')).toEqual(first);
    const orders = new Set(['l1', 'l2', 'l3', 'l4', 'l5', 'l6'].map((s) => presentationOrder(quiz, question, s).join()));
    expect(orders.size).toBeGreaterThan(1);
    expect(presentationOrder(quiz, quiz.questions[0]!, 'learner-1')).toEqual([]);
    expect(presentationOrder({ shuffle: false }, question, 'learner-1')).toEqual([0, 1, 2]);
  });
});
