import { describe, expect, it } from 'vitest';
import { animationContext, completeValues, loadAnimation, type ModuleAnimation } from '../../../src/course/load-animation';
import { loadCourse } from '../../../src/course/load-course';
import { solve } from '../../../src/engine/exercises';

// The expected results the notes print are the engine's, for the values handed out, and the
// engine's are the hand-worked ones below (worked on paper from each sheet's values).
const root = process.cwd();
const { course } = loadCourse(root);
const { animations } = loadAnimation(root, animationContext(course));
const byModule = new Map(animations.map((a) => [a.module.id, a]));

function expected(module: string, sheet: number): Record<string, number> {
  const handout = (byModule.get(module) as ModuleAnimation).handouts[sheet - 1]!;
  return Object.fromEntries(handout.results!.map((r) => [r.stepId, r.expected]));
}

describe('expected results in the facilitator notes', () => {
  it('equal the engine’s solution for the handed-out values, step by step', () => {
    for (const a of animations) {
      for (const h of a.handouts.filter((x) => x.exercise)) {
        const { exercise } = course.exercises.get(h.exercise!)!;
        const answers = solve(exercise, completeValues(exercise, h.values!).values);
        for (const r of h.results!) expect(r.expected, `${a.file} ${r.stepId}`).toBe(answers[r.stepId]);
      }
    }
  });

  it('module 2, accounts: 7 500 000 / 10 000 000 = 75 %, 1 800 000 / 10 000 000 = 18 %, result 700 000', () => {
    const r = expected('gestion-gouvernance', 1);
    expect(r['sinistralite']).toBeCloseTo(75, 9);
    expect(r['frais-de-gestion']).toBeCloseTo(18, 9);
    expect(r['resultat']).toBeCloseTo(700_000, 6);
  });

  it('module 2, reserves: (9 000 000 + 1 500 000) / 12 = 875 000 a month, 4 months, liquidity 1,25', () => {
    const r = expected('gestion-gouvernance', 2);
    expect(r['charges-mensuelles']).toBeCloseTo(875_000, 6);
    expect(r['mois-de-reserves']).toBeCloseTo(4, 9);
    expect(r['liquidite']).toBeCloseTo(1.25, 9);
  });

  it('module 2, members: 75 % collected, 800 / 1 000 = 80 % renewed, 1 200 members, +20 %', () => {
    const r = expected('gestion-gouvernance', 3);
    expect(r['recouvrement']).toBeCloseTo(75, 9);
    expect(r['fidelisation']).toBeCloseTo(80, 9);
    expect(r['effectif-fin-annee']).toBe(1200);
    expect(r['croissance']).toBeCloseTo(20, 9);
  });

  it('module 1, CMU: 3 500 each for member and State, 7 × 3 500 = 24 500 a year for the family, 10 500 000 from the State', () => {
    const r = expected('strategies-nationales', 1);
    expect(r['part-adherent']).toBe(3500);
    expect(r['part-etat']).toBe(3500);
    expect(r['famille-par-an']).toBe(24_500);
    expect(r['famille-par-mois']).toBeCloseTo(24_500 / 12, 9);
    expect(r['versement-etat']).toBe(10_500_000);
  });

  it('module 3, capacity: 8 × 5 000 = 40 000 on 720 000 a year = 5,56 %, 5 % × 720 000 / 8 = 4 500 per person', () => {
    const r = expected('viabilite', 2);
    expect(r['cotisation-menage']).toBe(40_000);
    expect(r['revenu-annuel']).toBe(720_000);
    expect(r['part-du-revenu']).toBeCloseTo(100 * 40_000 / 720_000, 9);
    expect(r['cotisation-supportable']).toBeCloseTo(4500, 9);
  });

  it('module 3, break-even: margin 8 000 − 5 250 − 400 = 2 350, threshold 766, result −390 000, 166 missing', () => {
    const r = expected('viabilite', 3);
    expect(r['marge-unitaire']).toBe(2350);
    expect(r['seuil']).toBe(766);
    expect(r['resultat-actuel']).toBeCloseTo(-390_000, 6);
    expect(r['beneficiaires-manquants']).toBe(166);
  });

  it('module 3, product: 2 000 000 / 2 000 = 1 000 FCFA of fixed costs per beneficiary', () => {
    expect(expected('viabilite', 1)['frais-par-beneficiaire']).toBe(1000);
  });
});
