import { describe, expect, it } from 'vitest';
import { scoreQuestion, withinTolerance } from '../../../src/engine/scoring';
import { numericScorer } from '../../../src/engine/scoring/numeric';
import { question } from './question';

const scoreOf = (result: ReturnType<typeof numericScorer.score>) => (result.kind === 'scored' ? result.score : result.code);

describe('numeric: absolute tolerance', () => {
  const q = question({ type: 'numeric', answer: 2695, tolerance: 5, unit: 'FCFA', mistakes: [{ value: 2587.2, feedback: 'Chargement multiplié au lieu de divisé.' }] });

  it.each([
    ['2 695', 1],
    ['2695 FCFA', 1],
    ['2\u202F695\u00A0FCFA', 1],
    ['2 700', 1], // exactly at the upper bound
    ['2 690', 1], // exactly at the lower bound
    ['2 700,01', 0], // just outside
    ['2 689,99', 0],
    ['-2 695', 0],
  ])('%j scores %s', (typed, expected) => {
    expect(scoreOf(numericScorer.score(q, typed))).toBe(expected);
  });

  it('gives the expected answer formatted, with the accepted range', () => {
    expect(numericScorer.score(q, '1')).toMatchObject({ expected: { response: '2\u202F695\u00A0FCFA', value: 2695, unit: 'FCFA', min: 2690, max: 2700 } });
  });

  it('recognises a typical mistake within the question tolerance and shows its feedback', () => {
    expect(numericScorer.score(q, '2 587,2')).toMatchObject({ score: 0, correct: false, feedback: ['Chargement multiplié au lieu de divisé.'] });
    expect(numericScorer.score(q, '2 592,2')).toMatchObject({ feedback: ['Chargement multiplié au lieu de divisé.'] }); // at the bound
    expect(numericScorer.score(q, '2 592,3')).toMatchObject({ feedback: [] }); // just outside
    expect(numericScorer.score(q, '2 695')).toMatchObject({ feedback: [] });
  });

  it('picks the nearest mistake when several match', () => {
    const two = question({ type: 'numeric', answer: 100, tolerance: 10, mistakes: [{ value: 50, feedback: 'Moitié oubliée.' }, { value: 58, feedback: 'Taux inversé.' }] });
    expect(numericScorer.score(two, '56')).toMatchObject({ feedback: ['Taux inversé.'] });
    expect(numericScorer.score(two, '52')).toMatchObject({ feedback: ['Moitié oubliée.'] });
  });

  it('treats unreadable input as invalid, with the parser code, not as an attempt', () => {
    expect(numericScorer.isEmpty('  ')).toBe(true);
    expect(numericScorer.score(q, '')).toEqual({ kind: 'invalid', code: 'EMPTY' });
    expect(numericScorer.score(q, 'deux mille')).toEqual({ kind: 'invalid', code: 'NOT_A_NUMBER' });
    expect(numericScorer.score(q, '2 695 MRU')).toEqual({ kind: 'invalid', code: 'WRONG_UNIT' });
    expect(numericScorer.score(q, '1,5,3')).toEqual({ kind: 'invalid', code: 'NOT_A_NUMBER' });
    expect(numericScorer.score(q, '2.695')).toEqual({ kind: 'invalid', code: 'AMBIGUOUS' });
    expect(numericScorer.score(q, '9'.repeat(60))).toEqual({ kind: 'invalid', code: 'TOO_LONG' });
    expect(scoreQuestion(q, 2695)).toEqual({ kind: 'invalid', code: 'EMPTY' }); // a number, not the typed text
  });
});

describe('numeric: relative tolerance and percentages', () => {
  const q = question({ type: 'numeric', answer: 82, relativeTolerance: 0.01, unit: '%' });

  it.each([
    ['82 %', 1],
    ['82%', 1],
    ['82', 1], // the unit is optional
    ['82,82 %', 1], // exactly 1 % of 82 above
    ['81,18', 1], // exactly 1 % below
    ['82,83 %', 0], // just outside
    ['81,17', 0],
    ['0,82', 0], // a fraction is not a percentage
  ])('%j scores %s', (typed, expected) => {
    expect(scoreOf(numericScorer.score(q, typed))).toBe(expected);
  });

  it('applies the larger of the absolute and the relative tolerance', () => {
    const both = question({ type: 'numeric', answer: 1000, tolerance: 5, relativeTolerance: 0.01 });
    expect(scoreOf(numericScorer.score(both, '1 010'))).toBe(1); // 1 % of 1000 = 10 > 5
    expect(scoreOf(numericScorer.score(both, '1 010,1'))).toBe(0);
    const small = question({ type: 'numeric', answer: 100, tolerance: 5, relativeTolerance: 0.01 });
    expect(scoreOf(numericScorer.score(small, '105'))).toBe(1); // 5 > 1 % of 100
  });

  it('is exact when no tolerance is given, float noise aside', () => {
    const exact = question({ type: 'numeric', answer: 0.3 });
    expect(scoreOf(numericScorer.score(exact, '0,3'))).toBe(1);
    expect(withinTolerance(0.1 + 0.2, 0.3, 0, 0)).toBe(true);
    expect(scoreOf(numericScorer.score(exact, '0,30001'))).toBe(0);
    const negative = question({ type: 'numeric', answer: -3.5, relativeTolerance: 0.1 });
    expect(scoreOf(numericScorer.score(negative, '-3,85'))).toBe(1);
    expect(scoreOf(numericScorer.score(negative, '-3,86'))).toBe(0);
  });

  it('refuses a percentage on a question in another unit', () => {
    expect(numericScorer.score(question({ type: 'numeric', answer: 12, unit: 'mois' }), '12 %')).toEqual({ kind: 'invalid', code: 'WRONG_UNIT' });
  });
});
