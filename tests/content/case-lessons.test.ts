import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../src/course/load-course';
import { checkCaseReferences, findCaseReferences, loadCases } from '../../src/course/load-cases';

// The seminar's named cases (issue 15, part 1) are taught as labelled teaching cases with
// fictional figures whose numbers the engine computes from content/cases/*.yaml. This test
// checks the labels, that every figure a lesson names exists, that no derived figure is typed
// by hand in a case box, and that the engine gives the figures the lessons printed before.
const { course, issues } = loadCourse(process.cwd());
const CASE_LESSONS = ['cas-modeles-gestion', 'cas-information-contractualisation'];

/** The bodies of the « cas » boxes of a lesson. */
function caseBoxes(id: string): { title: string; body: string }[] {
  const body = course.lessons.get(id)?.body ?? '';
  return [...body.matchAll(/<Encadre type="cas" titre="([^"]*)">([\s\S]*?)<\/Encadre>/g)].map((m) => ({ title: m[1] ?? '', body: m[2] ?? '' }));
}

describe('case lessons are labelled teaching cases computed by the engine', () => {
  it('the course loads without issue', () => {
    expect(issues).toEqual([]);
  });
  it.each(CASE_LESSONS)('%s labels every case box as fictional', (id) => {
    const boxes = caseBoxes(id);
    expect(boxes.length).toBe(2);
    for (const { title } of boxes) expect(title).toMatch(/chiffres fictifs/);
  });
  it.each(CASE_LESSONS)('%s names only figures that its cases compute', (id) => {
    const lesson = course.lessons.get(id)!;
    const refs = findCaseReferences(lesson.body);
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of refs) {
      const found = course.cases.get(ref.cas);
      expect(found?.case.lesson, `${ref.cas} belongs to ${id}`).toBe(id);
      expect(Object.keys(found?.figures ?? {}), `${ref.cas}.${ref.valeur}`).toContain(ref.valeur);
    }
  });
  it.each(CASE_LESSONS)('%s types no derived figure by hand inside a case box', (id) => {
    for (const { body } of caseBoxes(id)) {
      const text = body
        .replace(/<(Chiffre|Formule)\b[^>]*\/>/g, '')
        .replace(/\*\*\d\.\s/g, '') // numbered steps « **1. Le volume en jeu.** »
        .replace(/module \d/g, ''); // « l'exemple du module 3 »
      expect(text).not.toMatch(/\d/);
    }
  });
  it('every case file is used by its lesson', () => {
    for (const { id, case: c } of course.cases.values()) {
      const refs = findCaseReferences(course.lessons.get(c.lesson)?.body ?? '');
      expect(refs.some((ref) => ref.cas === id), id).toBe(true);
    }
  });
});

describe('the engine gives the figures the lessons printed by hand before', () => {
  const f = (cas: string, key: string) => course.cases.get(cas)?.figures[key] ?? Number.NaN;
  it('Sàmm Jàmm: 1 375 FCFA, 84 %, commission 300 000, 66,7 %, 125 FCFA dearer (9,1 %), 250 000', () => {
    expect(f('samm-jamm', 'ownContribution')).toBeCloseTo(1375, 6);
    expect(Math.round(f('samm-jamm', 'probabilityCovered') * 100)).toBe(84);
    expect(f('samm-jamm', 'commission')).toBeCloseTo(300000, 6);
    expect(f('samm-jamm', 'insurerClaimsRatio')).toBeCloseTo(0.667, 3);
    expect(f('samm-jamm', 'extraPerBeneficiary')).toBeCloseTo(125, 6);
    expect(f('samm-jamm', 'extraShare')).toBeCloseTo(0.091, 3);
    expect(f('samm-jamm', 'extraForGroup')).toBeCloseTo(250000, 4);
  });
  it('dix mutuelles: 20 % with the centre, 25 % with an accountant, gap 1 500 000, 225 FCFA', () => {
    expect(f('reseau-dix-mutuelles', 'expenseRatioWithCentre')).toBeCloseTo(0.2, 9);
    expect(f('reseau-dix-mutuelles', 'expenseRatioWithAccountant')).toBeCloseTo(0.25, 9);
    expect(f('reseau-dix-mutuelles', 'centreGap')).toBe(1500000);
    expect(f('reseau-dix-mutuelles', 'centreBreakEvenPrice')).toBe(225);
  });
  it('extrait: 1,3 / 1,2 / 2,0 cases, 2 000 / 1 850 / 2 500 FCFA, network 1,42 and 2 113, C on enrolled 1,6', () => {
    expect(['A', 'B', 'C'].map((m) => f('extrait-reseau', `${m}.utilisation`))).toEqual([1.3, 1.2, 2]);
    expect(['A', 'B', 'C'].map((m) => f('extrait-reseau', `${m}.averageCost`))).toEqual([2000, 1850, 2500]);
    expect(f('extrait-reseau', 'reseau.utilisation')).toBeCloseTo(1.42, 2);
    expect(Math.round(f('extrait-reseau', 'reseau.averageCost'))).toBe(2113);
    expect(f('extrait-reseau', 'C.utilisationOnEnrolled')).toBeCloseTo(1.6, 9);
  });
  it('forfait: 20 000 000 → 17 600 000, 2 400 000 saved (12 %), 640 000 if use rises, about 1 466 667 a month', () => {
    expect(f('forfait-sejour', 'spendPerAct')).toBeCloseTo(20000000, 3);
    expect(f('forfait-sejour', 'spendFlat')).toBeCloseTo(17600000, 3);
    expect(f('forfait-sejour', 'savingShare')).toBeCloseTo(0.12, 9);
    expect(f('forfait-sejour', 'savingHigherUse')).toBeCloseTo(640000, 3);
    expect(Math.round(f('forfait-sejour', 'monthlyPayment'))).toBe(1466667);
  });
});

describe('authors get errors naming file and field', () => {
  it('a lesson naming a missing figure or case is reported with its file and line', () => {
    const lesson = { file: 'content/lessons/x/y.mdx', bodyLine: 5, body: 'a\n<Chiffre cas="samm-jamm" valeur="nope" />\n<Formule cas="inconnu" tex="@{a} \\times 2" />' };
    const found = checkCaseReferences([lesson], course.cases);
    expect(found).toEqual([
      expect.objectContaining({ file: 'content/lessons/x/y.mdx', field: 'corps, ligne 6', message: expect.stringContaining('« nope »') }),
      expect.objectContaining({ file: 'content/lessons/x/y.mdx', field: 'corps, ligne 7', message: expect.stringContaining('content/cases/inconnu.yaml') }),
    ]);
  });
  it('a case file with a bad input names the file and the field, in French', () => {
    const root = mkdtempSync(join(tmpdir(), 'cases-'));
    mkdirSync(join(root, 'content', 'cases'), { recursive: true });
    writeFileSync(
      join(root, 'content', 'cases', 'mauvais.yaml'),
      'title: "X"\nlesson: cas-modeles-gestion\nkind: forfait-sejour\ninputs:\n  beneficiaries: 20000\n  stayFrequency: 0.05\n  higherStayFrequency: 0.055\n  perActCost: 25000\n  flatRate: 22000\n  coverageRate: 80\n  paymentDays: 30\n',
    );
    const { cases, issues: found } = loadCases(root, new Set(['cas-modeles-gestion']));
    expect(cases.size).toBe(0);
    expect(found).toEqual([expect.objectContaining({ file: 'content/cases/mauvais.yaml', field: 'inputs.coverageRate', message: expect.stringContaining('entre 0 et 1') })]);
  });
  it('an exposure above the enrolled is refused on that line', () => {
    const root = mkdtempSync(join(tmpdir(), 'cases-'));
    mkdirSync(join(root, 'content', 'cases'), { recursive: true });
    writeFileSync(join(root, 'content', 'cases', 'extrait.yaml'), 'title: "X"\nlesson: l\nkind: extrait-reseau\ninputs:\n  mutuelles:\n    - { id: A, enrolled: 100, exposure: 120, cases: 10, claims: 1000 }\n');
    const { issues: found } = loadCases(root, new Set(['l']));
    expect(found).toEqual([expect.objectContaining({ field: 'inputs.mutuelles[0].exposure' })]);
  });
});

describe('the case quizzes agree with the engine', () => {
  // A quiz key is typed by hand (quizzes are static); each numeric key of a « chiffres fictifs »
  // question of the case quizzes must be one of its lesson's case figures (a fraction may be
  // asked in percent), so a change of a case's inputs cannot leave the quiz behind unnoticed.
  it.each(CASE_LESSONS)('every numeric answer of quiz %s is a figure of its cases', (id) => {
    const figures = [...course.cases.values()].filter((c) => c.case.lesson === id).flatMap((c) => Object.values(c.figures));
    const numeric = (course.quizzes.get(id)?.quiz.questions ?? []).filter((q) => q.type === 'numeric');
    expect(numeric.length).toBeGreaterThan(0);
    for (const question of numeric) {
      if (question.type !== 'numeric') continue;
      const tolerance = Math.max(question.tolerance ?? 0, 1e-9 * Math.abs(question.answer), 0.005);
      const matches = figures.some((v) => Math.abs(v - question.answer) <= tolerance || Math.abs(v * 100 - question.answer) <= tolerance);
      expect(matches, `${question.id}: ${question.answer}`).toBe(true);
    }
  });
});
