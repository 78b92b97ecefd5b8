import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/course/content-issue';
import { loadExercises } from '../../src/course/load-exercises';
import { EXERCISE_KIND_IDS, evaluateExercise, instantiate, presentExercise, solve, workedSolution } from '../../src/engine/exercises';
import { matchesValue } from '../../src/engine/exercises/tolerance';
import { exerciseSchema } from '../../src/schemas/exercise';

// The real exercises: every file validates, and for 50 seeds each, every step has an answer,
// every listed mistake is recognisable, and no text keeps an unfilled {placeholder}.
const root = process.cwd();
const dir = join(root, 'content', 'exercises');
const files = readdirSync(dir).filter((name) => name.endsWith('.yaml')).sort();
const { exercises, issues } = loadExercises(root);
const all = [...exercises.values()];
const SEEDS = Array.from({ length: 50 }, (_, i) => i);
const LESSONS = new Set([
  'calcul-cotisation',
  'etude-faisabilite',
  'viabilite-financiere',
  'gestion-risques-financiere',
  'systeme-information',
  'contexte-regional',
  'specificites-micro-assurance',
  'comptes-mutuelle',
  'cas-modeles-gestion',
  'cas-information-contractualisation',
]);
const PLACEHOLDER = /\{[^{}]*\}/;

describe('the exercise files', () => {
  it('all load without issues', () => {
    expect(issues, formatIssues(issues)).toEqual([]);
    expect(exercises.size).toBe(files.length);
  });

  it('are at least 12, with kebab-case ASCII ids, and use every kind', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
    for (const file of files) expect(file).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*\.yaml$/);
    expect(new Set(all.map((e) => e.exercise.kind))).toEqual(new Set(EXERCISE_KIND_IDS));
  });

  it.each(files)('%s validates against the schema when parsed with the yaml package', (file) => {
    const result = exerciseSchema.safeParse(parse(readFileSync(join(dir, file), 'utf8')));
    expect(result.success, result.success ? '' : JSON.stringify(result.error.issues)).toBe(true);
  });
});

describe.each(all.map((source) => [source.id, source] as const))('exercise %s', (_id, { exercise }) => {
  it('names known lessons, has 2–6 steps with hints, and at least one misconception', () => {
    expect(exercise.lessons.length).toBeGreaterThan(0);
    for (const lesson of exercise.lessons) expect(LESSONS).toContain(lesson);
    expect(exercise.steps.length).toBeGreaterThanOrEqual(2);
    expect(exercise.steps.length).toBeLessThanOrEqual(6);
    for (const step of exercise.steps) expect(step.hints.length).toBeGreaterThan(0);
    expect(exercise.steps.some((step) => step.misconceptions.length > 0)).toBe(true);
  });

  it('is solvable for 50 seeds, with every listed misconception distinguishable and every text filled', () => {
    for (const seed of SEEDS) {
      const values = instantiate(exercise, seed);
      const expected = solve(exercise, values);
      const evaluated = evaluateExercise(exercise, values);
      for (const step of exercise.steps) {
        const right = expected[step.id] ?? Number.NaN;
        expect(Number.isFinite(right), `seed ${seed}, step ${step.id}`).toBe(true);
        for (const { id } of step.misconceptions) {
          const wrong = evaluated.misconception(id)[step.quantity] ?? Number.NaN;
          expect(Number.isFinite(wrong), `seed ${seed}, step ${step.id}, ${id}`).toBe(true);
          expect(matchesValue(wrong, right, step.tolerance), `seed ${seed}, step ${step.id}, ${id}: ${wrong} vs ${right}`).toBe(false);
        }
      }
      for (const worked of workedSolution(exercise, values)) expect(worked.text, `seed ${seed}`).not.toMatch(PLACEHOLDER);
      const presented = presentExercise(exercise, values);
      expect(presented.scenario).not.toMatch(PLACEHOLDER);
      for (const step of presented.steps) expect(step.prompt).not.toMatch(PLACEHOLDER);
    }
  });
});

describe('published figures (domain.md §4 and §5)', () => {
  const fixedRun = (id: string) => {
    const source = exercises.get(id);
    if (!source) throw new Error(`missing exercise ${id}`);
    return solve(source.exercise, instantiate(source.exercise, 0));
  };

  it('425 days per 1 000 members × 1 100 → 0,425 → 467,50 per year → 38,96 per month', () => {
    const expected = fixedRun('journees-hospitalisation-pour-mille');
    expect(expected['frequence-par-membre']).toBeCloseTo(0.425, 12);
    expect(expected['prime-annuelle']).toBeCloseTo(467.5, 9);
    expect(Math.round((expected['prime-mensuelle'] ?? 0) * 100) / 100).toBe(38.96);
  });

  it('Senegal CMU: 7 000 = 3 500 member + 3 500 State', () => {
    const expected = fixedRun('subvention-cmu-senegal');
    expect(expected['part-adherent']).toBeCloseTo(3500, 9);
    expect(expected['part-etat']).toBeCloseTo(3500, 9);
  });

  it('Mauritania CNASS: 700 = 250 insured + 450 State', () => {
    const expected = fixedRun('subvention-cnass-mauritanie');
    expect(expected['part-assure']).toBeCloseTo(250, 9);
    expect(expected['taux-subvention']).toBeCloseTo((450 / 700) * 100, 9);
  });
});
