import { describe, expect, it } from 'vitest';
import { checkStep, PERCENT_AS_FRACTION, presentExercise, solve, workedSolution } from '../../../src/engine/exercises';
import { halfFrancExercise, illustrationExercise, mauritaniaExercise, senegalExercise } from './fixtures';

const nb = '\u202F';
// Rendered texts have French typography: no-break space before a unit or « : », thin one before « ? ».
const sp = '\u00A0';
const th = '\u202F';
const illustration = (stepId: string, typed: string, attempt?: number) =>
  checkStep(illustrationExercise, fixedValues(illustrationExercise), stepId, typed, { attempt });

/** The fixed values of an exercise whose parameters are all fixed. */
function fixedValues(ex: typeof illustrationExercise): Record<string, number> {
  return Object.fromEntries(Object.entries(ex.parameters).map(([name, p]) => [name, p.fixed ?? Number.NaN]));
}

describe('solve', () => {
  it('gives each step’s expected value in its unit, percentages in points', () => {
    const expected = solve(illustrationExercise, fixedValues(illustrationExercise));
    expect(expected['prime-pure']).toBeCloseTo(1960, 9);
    expect(expected['cotisation']).toBeCloseTo(2695, 9);
    expect(expected['mensuel']).toBeCloseTo(224.5833, 4);
    expect(solve(mauritaniaExercise, fixedValues(mauritaniaExercise))['taux']).toBeCloseTo(64.2857, 4);
  });
});

describe('checkStep', () => {
  it('recognises the right value, typed the French way', () => {
    const values = fixedValues(halfFrancExercise);
    expect(checkStep(halfFrancExercise, values, 'prime-pure', '1 500,5')).toEqual({ kind: 'correct', expected: 1500.5 });
    expect(checkStep(halfFrancExercise, values, 'prime-pure', '1500,5 FCFA').kind).toBe('correct');
    expect(checkStep(halfFrancExercise, values, 'prime-pure', '1 500').kind).toBe('wrong');
    // 1 500,5 / 12 = 125,04…: 125 is within the default half-franc tolerance
    expect(checkStep(halfFrancExercise, values, 'mensuel', '125').kind).toBe('correct');
  });

  it('accepts the step’s unit after the number: "3 500 FCFA"', () => {
    expect(checkStep(senegalExercise, fixedValues(senegalExercise), 'part-adherent', '3 500 FCFA')).toEqual({ kind: 'correct', expected: 3500 });
  });

  it('names the misconception behind a wrong value, with its filled feedback', () => {
    expect(checkStep(senegalExercise, fixedValues(senegalExercise), 'part-adherent', '7 000')).toEqual({
      kind: 'misconception',
      id: 'subsidy-forgotten',
      feedback: `La subvention de 50${sp}% a été oubliée.`,
      expected: 3500,
    });
    const multiplied = illustration('cotisation', '2 587,2');
    expect(multiplied).toMatchObject({ kind: 'misconception', id: 'loading-multiplied', feedback: `Il faut diviser par (1 − 20${sp}%), pas multiplier.` });
    expect(illustration('cotisation', '2450')).toMatchObject({ kind: 'misconception', id: 'margin-forgotten' });
    expect(illustration('mensuel', '1 347,5')).toMatchObject({ kind: 'misconception', id: 'monthly-from-household' });
    expect(illustration('prime-pure', '2450')).toMatchObject({ kind: 'misconception', id: 'coverage-forgotten' });
  });

  it('reads "%" steps in percentage points, with or without the sign', () => {
    const values = fixedValues(mauritaniaExercise);
    expect(checkStep(mauritaniaExercise, values, 'taux', '64,29 %').kind).toBe('correct');
    expect(checkStep(mauritaniaExercise, values, 'taux', '64,29').kind).toBe('correct');
    expect(checkStep(mauritaniaExercise, values, 'taux', '180 %')).toMatchObject({ kind: 'misconception', id: 'rate-on-member-share' });
    expect(checkStep(mauritaniaExercise, values, 'taux', '0,6429')).toMatchObject({ kind: 'misconception', id: PERCENT_AS_FRACTION });
    expect(checkStep(mauritaniaExercise, values, 'part-assure', '450 MRU')).toMatchObject({ kind: 'misconception', id: 'subsidy-wrong-party' });
  });

  it('answers a wrong value with the hint of the attempt’s rank, filled, the last one when they run out', () => {
    const values = fixedValues(mauritaniaExercise);
    expect(checkStep(mauritaniaExercise, values, 'taux', '12 %')).toEqual({ kind: 'wrong', expected: 450 / 7, hint: 'Part de l’État ÷ cotisation.' });
    expect(checkStep(mauritaniaExercise, values, 'taux', '12 %', { attempt: 1 })).toMatchObject({ hint: `Deuxième indice${sp}: 450 ÷ 700.` });
    expect(checkStep(mauritaniaExercise, values, 'taux', '12 %', { attempt: 9 })).toMatchObject({ hint: `Deuxième indice${sp}: 450 ÷ 700.` });
    expect(illustration('cotisation', '1', 2)).toMatchObject({ kind: 'wrong', hint: 'Troisième indice.' });
  });

  it('does not count unreadable input: empty, letters, a wrong unit, an ambiguous number', () => {
    const values = fixedValues(senegalExercise);
    expect(checkStep(senegalExercise, values, 'part-adherent', '')).toEqual({ kind: 'invalid', code: 'EMPTY' });
    expect(checkStep(senegalExercise, values, 'part-adherent', '   ')).toEqual({ kind: 'invalid', code: 'EMPTY' });
    expect(checkStep(senegalExercise, values, 'part-adherent', 'abc')).toEqual({ kind: 'invalid', code: 'NOT_A_NUMBER' });
    expect(checkStep(senegalExercise, values, 'part-adherent', '12 %')).toEqual({ kind: 'invalid', code: 'WRONG_UNIT' });
    expect(checkStep(senegalExercise, values, 'part-adherent', '3 500 MRU')).toEqual({ kind: 'invalid', code: 'WRONG_UNIT' });
    expect(checkStep(senegalExercise, values, 'part-adherent', '3.500')).toEqual({ kind: 'invalid', code: 'AMBIGUOUS' });
    expect(checkStep(senegalExercise, values, 'part-adherent', '1,5,3')).toEqual({ kind: 'invalid', code: 'NOT_A_NUMBER' });
  });

  it('throws for an unknown step id (a programming error)', () => {
    expect(() => checkStep(senegalExercise, fixedValues(senegalExercise), 'nope', '1')).toThrow(/Unknown step/);
  });
});

describe('workedSolution and presentExercise', () => {
  it('fills each step’s solution with the learner’s numbers', () => {
    const worked = workedSolution(illustrationExercise, fixedValues(illustrationExercise));
    expect(worked.map((w) => w.text)).toEqual([
      `960 + 1${nb}000 = 1${nb}960${sp}FCFA`,
      `2${nb}156 ÷ (1 − 20${sp}%) = 2${nb}695${sp}FCFA`,
      `2${nb}695 ÷ 12 = 224,58${sp}FCFA`,
    ]);
    expect(worked[2]).toMatchObject({ stepId: 'mensuel', prompt: `Par mois${th}?`, unit: 'FCFA' });
    expect(worked[2]?.expected).toBeCloseTo(224.5833, 4);
  });

  it('reproduces the CMU and CNASS splits', () => {
    expect(workedSolution(senegalExercise, fixedValues(senegalExercise)).map((w) => w.text)).toEqual([
      `7${nb}000 × (1 − 50${sp}%) = 3${nb}500${sp}FCFA`,
      `3${nb}500 × 6 = 21${nb}000${sp}FCFA`,
    ]);
    expect(workedSolution(mauritaniaExercise, fixedValues(mauritaniaExercise)).map((w) => w.text)).toEqual([`700 − 450 = 250${sp}MRU`, `450 ÷ 700 = 64,29${sp}%`]);
  });

  it('presents the scenario, the data table and the prompts', () => {
    const presented = presentExercise(mauritaniaExercise, fixedValues(mauritaniaExercise));
    expect(presented.scenario).toBe(`Cotisation 700${sp}MRU dont 450${sp}MRU payés par l’État.`);
    expect(presented.parameters).toEqual([
      { name: 'contribution', label: 'Cotisation', value: 700, unit: 'MRU' },
      { name: 'stateAmount', label: 'Part de l’État', value: 450, unit: 'MRU' },
    ]);
    expect(presented.steps[1]).toEqual({ id: 'taux', prompt: `Taux de subvention${th}?`, unit: '%' });
  });

  it('keeps a hidden parameter out of the data table but still fills texts with it', () => {
    const withHidden = {
      ...mauritaniaExercise,
      scenario: 'Cotisation {contribution} MRU.',
      parameters: { ...mauritaniaExercise.parameters, stateAmount: { ...mauritaniaExercise.parameters.stateAmount!, hidden: true } },
    };
    const presented = presentExercise(withHidden, fixedValues(withHidden));
    expect(presented.parameters.map((p) => p.name)).toEqual(['contribution']);
    expect(workedSolution(withHidden, fixedValues(withHidden)).some((w) => w.text.includes('450'))).toBe(true);
  });
});
