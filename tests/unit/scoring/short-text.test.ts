import { describe, expect, it } from 'vitest';
import { MAX_SHORT_TEXT_LENGTH, scoreQuestion } from '../../../src/engine/scoring';
import { shortTextScorer } from '../../../src/engine/scoring/short-text';
import { normalizeAnswerText } from '../../../src/engine/text/normalize';
import { question } from './question';

describe('normalizeAnswerText', () => {
  it.each([
    ['Unité technique  de gestion.', 'unite technique de gestion'],
    ['  UNITÉ   TECHNIQUE DE GESTION ', 'unite technique de gestion'],
    ['Œuvre sociale n°2', 'oeuvre sociale n 2'],
    ['tiers-payant', 'tiers payant'],
    ['l’assurance', 'l assurance'],
    ['Mutuelle\u00A0de\u202Fsanté', 'mutuelle de sante'],
    ['Ｆｕｌｌ ｗｉｄｔｈ', 'full width'],
    ['CMU 2013 !', 'cmu 2013'],
    ['?!…', ''],
  ])('%j → %j', (text, key) => {
    expect(normalizeAnswerText(text)).toBe(key);
  });
});

describe('short text', () => {
  const q = question({ type: 'short-text', answers: ['UTG', 'unité technique de gestion'] });
  const scoreOf = (typed: string) => {
    const result = shortTextScorer.score(q, typed);
    return result.kind === 'scored' ? result.score : result.code;
  };

  it('accepts any accepted answer whatever the case, accents, punctuation and spaces', () => {
    expect(scoreOf('UTG')).toBe(1);
    expect(scoreOf(' utg ')).toBe(1);
    expect(scoreOf('U.T.G.')).toBe(1);
    expect(scoreOf('unitetechniquedegestion')).toBe(1); // spaces do not matter at all
    expect(scoreOf('Unite technique  de gestion.')).toBe(1);
    expect(scoreOf('UNITÉ TECHNIQUE DE GESTION')).toBe(1);
    expect(scoreOf('unité-technique de gestion')).toBe(1);
  });

  it('ignores a leading article and reads « Name (ABBREVIATION) » as either', () => {
    const ag = question({ type: 'short-text', answers: ['assemblée générale', 'AG'] });
    const scoreAg = (typed: string) => (shortTextScorer.score(ag, typed) as { score?: number }).score;
    expect(scoreAg('l’assemblée générale')).toBe(1);
    expect(scoreAg("l'Assemblée Générale")).toBe(1);
    expect(scoreAg('L’AG')).toBe(1);
    expect(scoreAg('Assemblée générale (AG)')).toBe(1);
    expect(scoreOf('l’unité technique de gestion')).toBe(1);
    // The article is not the answer, and a bracket does not make a wrong answer right.
    expect(scoreAg('la')).toBe(0);
    expect(scoreAg('Conseil d’administration (CA)')).toBe(0);
  });

  it('refuses other answers, without partial credit', () => {
    expect(scoreOf('CMU')).toBe(0);
    expect(scoreOf('unité de gestion')).toBe(0);
  });

  it('gives the first accepted answer and the full list as expected', () => {
    expect(shortTextScorer.score(q, 'CMU')).toEqual({ kind: 'scored', score: 0, correct: false, feedback: [], expected: { response: 'UTG', accepted: ['UTG', 'unité technique de gestion'] } });
  });

  it('treats blank or punctuation-only text as empty, and overlong text as too long', () => {
    expect(shortTextScorer.isEmpty('  ?! ')).toBe(true);
    expect(scoreOf('')).toBe('EMPTY');
    expect(scoreOf('  ?! ')).toBe('EMPTY');
    expect(scoreOf('a'.repeat(MAX_SHORT_TEXT_LENGTH))).toBe(0);
    expect(scoreOf('a'.repeat(MAX_SHORT_TEXT_LENGTH + 1))).toBe('TOO_LONG');
    expect(scoreQuestion(q, null)).toEqual({ kind: 'invalid', code: 'EMPTY' });
  });
});
