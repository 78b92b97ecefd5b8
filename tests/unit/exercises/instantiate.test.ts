import { describe, expect, it } from 'vitest';
import { ExerciseInstanceError, instanceProblem, instantiate } from '../../../src/engine/exercises';
import { exercise, illustrationExercise } from './fixtures';

// Ranges chosen so that some draws are impossible (g + r ≥ 1) and some make a listed mistake
// invisible (a ticket modérateur of 50 % equals the coverage rate).
const ranged = exercise({
  title: 'Plages à redessiner',
  summary: 'Des plages dont certains tirages ne conviennent pas.',
  kind: 'contribution',
  scenario: 'Fréquence {frequency}, coût {averageCost} FCFA.',
  parameters: {
    frequency: { label: 'Fréquence', min: 0.1, max: 1.5, step: 0.1 },
    averageCost: { label: 'Coût moyen', unit: 'FCFA', min: 1000, max: 3000, step: 250 },
    coverageRate: { label: 'Prise en charge', unit: '%', min: 40, max: 60, step: 10 },
    managementLoading: { label: 'Gestion', unit: '%', min: 50, max: 90, step: 10 },
    reserveLoading: { label: 'Réserves', unit: '%', min: 0, max: 40, step: 10 },
  },
  steps: [
    {
      id: 'prime-pure',
      prompt: 'Prime pure ?',
      quantity: 'purePremium',
      unit: 'FCFA',
      hints: ['Multipliez.'],
      solution: '{purePremium} FCFA',
      misconceptions: [{ id: 'copayment-as-coverage', feedback: 'Ticket modérateur pris pour la prise en charge.' }],
    },
    { id: 'cotisation', prompt: 'Cotisation ?', quantity: 'annual', unit: 'FCFA', hints: ['Divisez.'], solution: '{annual} FCFA' },
  ],
});

const seeds = Array.from({ length: 50 }, (_, i) => i);

describe('instantiate', () => {
  it('is deterministic for a seed, numeric or string', () => {
    expect(instantiate(ranged, 42)).toEqual(instantiate(ranged, 42));
    expect(instantiate(ranged, 'apprenant-7:ex')).toEqual(instantiate(ranged, 'apprenant-7:ex'));
  });

  it('gives different values for different seeds', () => {
    const distinct = new Set(seeds.map((seed) => JSON.stringify(instantiate(ranged, seed))));
    expect(distinct.size).toBeGreaterThan(25);
  });

  it('draws within the ranges, on the step grid, without binary noise', () => {
    for (const seed of seeds) {
      const values = instantiate(ranged, seed);
      for (const [name, parameter] of Object.entries(ranged.parameters)) {
        const value = values[name] ?? Number.NaN;
        expect(value).toBeGreaterThanOrEqual(parameter.min ?? 0);
        expect(value).toBeLessThanOrEqual(parameter.max ?? 0);
        const k = (value - (parameter.min ?? 0)) / (parameter.step ?? 1);
        expect(Math.abs(k - Math.round(k))).toBeLessThan(1e-9);
        expect(String(value)).not.toMatch(/0000|9999/);
      }
    }
  });

  it('draws again when values are impossible or a listed mistake would give the right answer', () => {
    for (const seed of seeds) {
      const values = instantiate(ranged, seed);
      expect((values['managementLoading'] ?? 0) + (values['reserveLoading'] ?? 0)).toBeLessThan(100);
      expect(values['coverageRate']).not.toBe(50);
      expect(instanceProblem(ranged, values)).toBeNull();
    }
  });

  it('returns fixed values as they are', () => {
    expect(instantiate(illustrationExercise, 1)).toEqual({
      frequency: 0.8,
      averageCost: 1500,
      coverageRate: 80,
      frequency2: 0.05,
      averageCost2: 25000,
      coverageRate2: 80,
      safetyMargin: 10,
      managementLoading: 20,
      householdSize: 6,
    });
  });

  it('throws ExerciseInstanceError when fixed values can never make a fair exercise', () => {
    const unfair = exercise({
      ...ranged,
      parameters: { ...ranged.parameters, coverageRate: { label: 'Prise en charge', unit: '%', fixed: 50 } },
    });
    expect(() => instantiate(unfair, 3)).toThrow(ExerciseInstanceError);
    expect(instanceProblem(unfair, { frequency: 1, averageCost: 1000, coverageRate: 50, managementLoading: 50, reserveLoading: 0 })).toMatch(
      /copayment-as-coverage/,
    );
    expect(instanceProblem(unfair, { frequency: 1, averageCost: 1000, coverageRate: 60, managementLoading: 70, reserveLoading: 30 })).toMatch(
      /parameters rejected/,
    );
  });
});
