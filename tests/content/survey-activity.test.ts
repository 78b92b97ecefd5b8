import { describe, expect, it } from 'vitest';
import { GET } from '../../src/pages/fichiers/enquete-menages.csv';
import { COURSE_SURVEY, generateSurvey, parseSurveyCsv } from '../../src/engine/survey';
import { evaluateExercise } from '../../src/engine/exercises/values';
import { checkStep, instantiate } from '../../src/engine/exercises';
import { getCourse } from '../../src/lib/course';

const course = getCourse();
const activity = ['enquete-menages-prime-pure', 'enquete-menages-capacite-cotisation'].map((id) => course.exercises.get(id)?.exercise);

describe('the feasibility activity', () => {
  it('serves the CSV of the course survey, under 10 KB, that reads back to the same households', async () => {
    const response = await GET({} as never);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(bytes.length).toBeLessThan(10_000);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(parseSurveyCsv(text)).toEqual(generateSurvey(COURSE_SURVEY.seed, COURSE_SURVEY.households));
    expect(response.headers.get('Content-Type')).toMatch(/text\/csv/);
  });

  it('both exercises work on the served data set, with the same study choices', () => {
    for (const exercise of activity) {
      expect(exercise).toBeDefined();
      const fixed = Object.fromEntries(Object.entries(exercise!.parameters).map(([name, p]) => [name, p.fixed]));
      expect(fixed).toEqual({ surveySeed: COURSE_SURVEY.seed, households: COURSE_SURVEY.households, coverageRate: 80, safetyMargin: 10, managementLoading: 15, threshold: 5 });
    }
  });

  it('the share of households above the threshold accepts one household either way, typed rounded, and not two', () => {
    const exercise = activity[1]!;
    const values = instantiate(exercise, 'any');
    const share = evaluateExercise(exercise, values).quantities['householdsAbove']!;
    const n = COURSE_SURVEY.households;
    const count = Math.round((share * n) / 100);
    expect((count / n) * 100).toBeCloseTo(share, 9);
    const verdict = (households: number, digits: number) =>
      checkStep(exercise, values, 'menages-au-dessus-du-seuil', ((households / n) * 100).toFixed(digits).replace('.', ',')).kind;
    for (const digits of [0, 1, 2]) {
      for (const off of [-1, 0, 1]) expect(verdict(count + off, digits), `${count + off} households, ${digits} decimals`).toBe('correct');
      for (const off of [-2, 2]) expect(verdict(count + off, digits), `${count + off} households, ${digits} decimals`).not.toBe('correct');
    }
  });

  it('the quiz conclusion states what the data give', () => {
    const exercise = activity[1]!;
    const q = evaluateExercise(exercise, instantiate(exercise, 'any')).quantities;
    const prompt = course.quizzes.get('etude-faisabilite')?.quiz.questions.find((x) => x.id === 'conclusion-enquete-menages');
    expect(prompt).toBeDefined();
    // « la cotisation chargée dépasse un peu la cotisation supportable moyenne »
    expect(q['annual']!).toBeGreaterThan(q['affordablePerPerson']!);
    expect(q['annual']! / q['affordablePerPerson']!).toBeLessThan(1.1);
    // « environ la moitié des ménages dépasseraient le seuil » (in %)
    expect(q['householdsAbove']!).toBeGreaterThan(40);
    expect(q['householdsAbove']!).toBeLessThan(60);
    // « la volonté à payer déclarée reste inférieure à la prime pure »; « la prime pure reste en dessous de la cotisation supportable »
    expect(q['willingnessPerPerson']!).toBeLessThan(q['purePremium']!);
    expect(q['purePremium']!).toBeLessThan(q['affordablePerPerson']!);
  });
});
