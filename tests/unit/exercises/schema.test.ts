import { describe, expect, it } from 'vitest';
import { exerciseSchema } from '../../../src/schemas/exercise';
import { frenchErrorMap } from '../../../src/schemas/french-errors';
import { halfFrancExercise } from './fixtures';

// A valid raw file to break one field at a time.
const valid = {
  title: 'Prime pure simple',
  summary: 'Calculer une prime pure avec une seule garantie.',
  kind: 'contribution',
  lessons: ['calcul-cotisation'],
  scenario: 'Fréquence {frequency}, coût {averageCost} FCFA, prise en charge {coverageRate} %.',
  parameters: {
    frequency: { label: 'Fréquence', min: 0.5, max: 1.5, step: 0.1 },
    averageCost: { label: 'Coût moyen', unit: 'FCFA', min: 1000, max: 2000, step: 100 },
    coverageRate: { label: 'Prise en charge', unit: '%', min: 60, max: 90, step: 10 },
  },
  steps: [
    {
      id: 'prime-pure',
      prompt: 'Prime pure ?',
      quantity: 'purePremium',
      unit: 'FCFA',
      hints: ['Multipliez.'],
      solution: '{frequency} × {averageCost} × {coverageRate} % = {purePremium} FCFA',
      misconceptions: [{ id: 'coverage-forgotten', feedback: 'Le ticket modérateur a été oublié.' }],
    },
    { id: 'ticket', prompt: 'Ticket modérateur ?', quantity: 'copaymentRate', unit: '%', hints: ['100 % − taux.'], solution: '{copaymentRate} %' },
  ],
};

type Raw = typeof valid;
/** The messages zod gives for a modified copy of the valid file, with their paths. */
function problems(edit: (raw: Raw) => void): string[] {
  const raw = structuredClone(valid);
  edit(raw);
  const result = exerciseSchema.safeParse(raw, { errorMap: frenchErrorMap });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('exercise schema', () => {
  it('accepts a valid file and applies defaults', () => {
    expect(problems(() => {})).toEqual([]);
    const parsed = exerciseSchema.parse(valid);
    expect(parsed.steps[1]?.tolerance).toEqual({ absolute: 0.5, relative: 0.001 });
    expect(parsed.steps[1]?.misconceptions).toEqual([]);
    expect(halfFrancExercise.lessons).toEqual([]);
  });

  it('rejects an unknown kind, quantity and misconception id, naming the possible ones', () => {
    expect(problems((r) => (r.kind = 'pricing')).join()).toMatch(/^kind: valeur « pricing » non permise/);
    expect(problems((r) => (r.steps[0]!.quantity = 'premium')).join()).toMatch(/steps\.0\.quantity: grandeur inconnue.*purePremium/);
    expect(problems((r) => (r.steps[0]!.misconceptions![0]!.id = 'liquidity-inverted')).join()).toMatch(
      /steps\.0\.misconceptions\.0\.id: erreur type inconnue.*loading-multiplied/,
    );
  });

  it('requires "%" exactly for rate parameters and fraction quantities', () => {
    expect(problems((r) => delete (r.parameters.coverageRate as { unit?: string }).unit).join()).toMatch(/parameters\.coverageRate\.unit: ce taux/);
    expect(problems((r) => (r.parameters.averageCost.unit = '%')).join()).toMatch(/parameters\.averageCost\.unit: l’unité « % » est réservée/);
    expect(problems((r) => (r.steps[1]!.unit = 'FCFA')).join()).toMatch(/steps\.1\.unit: cette grandeur est un taux/);
    expect(problems((r) => (r.steps[0]!.unit = '%')).join()).toMatch(/steps\.0\.unit: l’unité « % » est réservée/);
  });

  it('checks parameter names and values against the kind', () => {
    expect(problems((r) => ((r.parameters as Record<string, unknown>)['cost'] = { label: 'Coût', fixed: 3 })).join()).toMatch(/parameters\.cost: paramètre inconnu/);
    expect(problems((r) => (r.parameters.coverageRate = { label: 'Prise en charge', unit: '%', min: 60, max: 120, step: 10 })).join()).toMatch(
      /parameters\.coverageRate\.max: valeur 120 hors des valeurs permises/,
    );
    expect(problems((r) => delete (r.parameters as Partial<Raw['parameters']>).coverageRate).join()).toMatch(/« coverageRate » manquant/);
  });

  it('checks fixed values and ranges', () => {
    expect(problems((r) => Object.assign(r.parameters.frequency, { fixed: 1 })).join()).toMatch(/soit « fixed », soit/);
    expect(problems((r) => (r.parameters.frequency = { label: 'Fréquence', min: 0.5 } as never)).join()).toMatch(/ensemble/);
    expect(problems((r) => (r.parameters.frequency.max = 1.55)).join()).toMatch(/multiple de « step »/);
    expect(problems((r) => (r.parameters.frequency.min = 2)).join()).toMatch(/inférieur ou égal/);
  });

  it('rejects unknown and malformed placeholders', () => {
    expect(problems((r) => (r.scenario = 'Coût {cout} FCFA pour chaque consultation.')).join()).toMatch(/scenario: espace réservé inconnu : \{cout\}/);
    expect(problems((r) => (r.steps[0]!.solution = '{purePremium:9} FCFA')).join()).toMatch(/mal formé/);
    expect(problems((r) => (r.steps[0]!.hints = ['Voir { frequency }.'])).join()).toMatch(/steps\.0\.hints\.0: espace réservé mal formé/);
    expect(problems((r) => (r.steps[0]!.solution = '{purePremium:0} FCFA')).join()).toBe('');
  });

  it('requires 2 to 6 steps with unique ids and at least one hint', () => {
    expect(problems((r) => r.steps.pop()).join()).toMatch(/steps: au moins 2/);
    expect(problems((r) => (r.steps[1]!.id = 'prime-pure')).join()).toMatch(/identifiant d’étape en double/);
    const seven = (r: { steps: { id: string }[] }) => {
      while (r.steps.length < 7) r.steps.push({ ...r.steps[0]!, id: `etape-${r.steps.length}` });
    };
    expect(problems(seven).join()).toMatch(/steps: au plus 6/);
    expect(problems((r) => (r.steps[0]!.hints = [])).join()).toMatch(/steps\.0\.hints: au moins 1/);
    expect(problems((r) => ((r.steps[0] as Record<string, unknown>)['answer'] = 1920)).join()).toMatch(/champ inconnu : answer/);
  });

  it('reports a kind’s rules on which parameters go together', () => {
    const subsidy = {
      ...valid,
      kind: 'subsidy',
      scenario: 'Cotisation de {contribution} MRU par personne et par an.',
      parameters: {
        contribution: { label: 'Cotisation', unit: 'MRU', fixed: 700 },
        subsidyRate: { label: 'Subvention', unit: '%', fixed: 50 },
        stateAmount: { label: 'Part de l’État', unit: 'MRU', fixed: 450 },
      },
      steps: [
        { id: 'a', prompt: 'Part ?', quantity: 'memberShare', unit: 'MRU', hints: ['Soustrayez.'], solution: '{memberShare} MRU' },
        { id: 'b', prompt: 'État ?', quantity: 'stateShare', unit: 'MRU', hints: ['Lisez.'], solution: '{stateShare} MRU' },
      ],
    };
    const result = exerciseSchema.safeParse(subsidy);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join()).toMatch(/exactement un de « subsidyRate » ou « stateAmount »/);
  });
});
