import { describe, expect, it } from 'vitest';
import { COURSE_SURVEY, generateSurvey, parseSurveyCsv, shareAboveThreshold, surveyStatistics, surveyToCsv, type SurveyHousehold } from '../../../src/engine/survey';
import { householdSurveyKind } from '../../../src/engine/exercises/kinds/household-survey';

const household = (id: string, size: number, consumption: number, food: number, consultations: number, perConsultation: number, stays: number, perStay: number, wtp: number): SurveyHousehold => ({
  id, size, annualConsumption: consumption, annualFood: food, consultations, paidPerConsultation: perConsultation, hospitalStays: stays, paidPerStay: perStay, willingnessToPay: wtp,
});

// Three households, 10 persons, worked by hand:
// consultations 4 + 1 + 0 = 5 → 5 / 10 = 0,5 per person (per household: 5 / 3 = 1,667);
// paid 4 × 2 000 + 1 × 3 000 = 11 000 → 11 000 / 5 = 2 200 per consultation (plain mean of 2 000 and 3 000: 2 500);
// stays 1 → 0,1 per person, 30 000 per stay;
// non-food (600 000 − 400 000) + (300 000 − 200 000) + (500 000 − 300 000) = 500 000 → 50 000 per person;
// willingness (5 × 2 000 + 2 × 3 000 + 3 × 1 000) / 10 = 1 900.
const tiny = [
  household('M01', 5, 600_000, 400_000, 4, 2_000, 1, 30_000, 2_000),
  household('M02', 2, 300_000, 200_000, 1, 3_000, 0, 0, 3_000),
  household('M03', 3, 500_000, 300_000, 0, 0, 0, 0, 1_000),
];

describe('survey statistics on a hand-checked fixture', () => {
  it('frequencies per person, costs weighted by episodes, non-food spending per person', () => {
    const s = surveyStatistics(tiny);
    expect(s.persons).toBe(10);
    expect(s.consultationFrequency).toBeCloseTo(0.5, 12);
    expect(s.consultationCost).toBeCloseTo(2_200, 9);
    expect(s.hospitalFrequency).toBeCloseTo(0.1, 12);
    expect(s.hospitalCost).toBeCloseTo(30_000, 9);
    expect(s.nonFoodPerPerson).toBeCloseTo(50_000, 9);
    expect(s.willingnessPerPerson).toBeCloseTo(1_900, 9);
  });

  it('recomputes the beginner mistakes', () => {
    expect(surveyStatistics(tiny, { perHousehold: true }).consultationFrequency).toBeCloseTo(5 / 3, 12);
    expect(surveyStatistics(tiny, { unweightedCost: true }).consultationCost).toBeCloseTo(2_500, 9);
    expect(surveyStatistics(tiny, { foodIncluded: true }).nonFoodPerPerson).toBeCloseTo(140_000, 9);
  });

  it('counts the households above the threshold of their own non-food spending', () => {
    // 5 % of non-food: 10 000, 5 000, 10 000. At 2 100 per person: 10 500, 4 200, 6 300 → only M01 is above.
    expect(shareAboveThreshold(tiny, 2_100, 0.05)).toBeCloseTo(1 / 3, 12);
    expect(shareAboveThreshold(tiny, 1_000, 0.05)).toBe(0);
  });

  it('gives NaN, not a number, for a benefit nobody used', () => {
    expect(surveyStatistics([tiny[2]!]).consultationCost).toBeNaN();
  });
});

describe('the generated survey', () => {
  it('is the same for the same seed and differs for another', () => {
    expect(generateSurvey(7, 20)).toEqual(generateSurvey(7, 20));
    expect(generateSurvey(8, 20)).not.toEqual(generateSurvey(7, 20));
  });

  it('is coherent: food below consumption, amounts only where episodes occurred', () => {
    for (const h of generateSurvey(COURSE_SURVEY.seed, COURSE_SURVEY.households)) {
      expect(h.annualFood).toBeLessThan(h.annualConsumption);
      expect(h.paidPerConsultation > 0).toBe(h.consultations > 0);
      expect(h.paidPerStay > 0).toBe(h.hospitalStays > 0);
    }
  });
});

describe('the survey CSV', () => {
  it('has a BOM, a fictitious-figures label, « ; » separators, and reads back to the same households', () => {
    const csv = surveyToCsv(tiny);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('chiffres fictifs');
    expect(csv.split('\r\n')[2]).toBe('M01;5;600000;400000;4;2000;1;30000;2000');
    expect(parseSurveyCsv(csv)).toEqual(tiny);
  });

  it('writes a decimal comma and reads it back', () => {
    const half = [{ ...tiny[0]!, size: 4.5 }];
    expect(surveyToCsv(half)).toContain('M01;4,5;');
    expect(parseSurveyCsv(surveyToCsv(half))).toEqual(half);
  });

  it('rejects a line with missing columns with a French message', () => {
    expect(() => parseSurveyCsv('menage;personnes\nM01;3')).toThrow(/colonnes/);
  });
});

describe('kind household-survey', () => {
  // Course parameters: 80 % coverage, 10 % margin, 15 % management, 5 % threshold.
  const p = { surveySeed: 7, households: 20, coverageRate: 0.8, safetyMargin: 0.1, managementLoading: 0.15, threshold: 0.05 };
  it('prices the contribution from the survey statistics', () => {
    const s = surveyStatistics(generateSurvey(7, 20));
    const q = householdSurveyKind.compute(p);
    const pure = 0.8 * (s.consultationFrequency * s.consultationCost + s.hospitalFrequency * s.hospitalCost);
    expect(q.purePremium).toBeCloseTo(pure, 9);
    expect(q.annual).toBeCloseTo((pure * 1.1) / 0.85, 9);
    expect(q.affordablePerPerson).toBeCloseTo(0.05 * s.nonFoodPerPerson, 9);
    expect(householdSurveyKind.misconceptions['loading-multiplied'](p).annual).toBeCloseTo(pure * 1.1 * 1.15, 9);
  });
});
