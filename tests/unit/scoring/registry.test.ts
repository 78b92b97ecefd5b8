import { describe, expect, it } from 'vitest';
import { emptyResponse, isEmptyResponse, scoreQuestion, scorers, type Scorer } from '../../../src/engine/scoring';
import { singleScorer } from '../../../src/engine/scoring/single';
import type { QuestionType } from '../../../src/schemas/quiz';
import { question } from './question';

describe('scorer registry', () => {
  it('has one scorer per question type, filed under its own type', () => {
    const types: QuestionType[] = ['single', 'multiple', 'true-false', 'numeric', 'ordering', 'matching', 'short-text'];
    expect(Object.keys(scorers).sort()).toEqual([...types].sort());
    for (const type of types) expect(scorers[type].type).toBe(type);
  });

  it('is checked by the type checker', () => {
    // @ts-expect-error: a registry missing question types is refused.
    const incomplete = { single: singleScorer } satisfies { [T in QuestionType]: Scorer<T> };
    expect(incomplete.single).toBe(singleScorer);
  });

  it('treats every untouched question as empty', () => {
    const questions = [
      question({ type: 'single', options: [{ text: 'a', correct: true }, { text: 'b' }] }),
      question({ type: 'multiple', options: [{ text: 'a', correct: true }, { text: 'b' }] }),
      question({ type: 'true-false', answer: true }),
      question({ type: 'numeric', answer: 1 }),
      question({ type: 'ordering', items: ['a', 'b', 'c'] }),
      question({ type: 'matching', pairs: [{ left: 'a', right: 'x' }, { left: 'b', right: 'y' }] }),
      question({ type: 'short-text', answers: ['a'] }),
    ];
    for (const q of questions) {
      expect(isEmptyResponse(q, emptyResponse(q))).toBe(true);
      expect(scoreQuestion(q, emptyResponse(q))).toEqual({ kind: 'invalid', code: 'EMPTY' });
      expect(isEmptyResponse(q, { wrong: 'shape' })).toBe(true);
    }
  });
});
