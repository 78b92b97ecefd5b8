/**
 * A fictional household survey for the hand-made feasibility study (« cas d'école, chiffres
 * fictifs »): one seed always gives the same households, so the CSV the trainee downloads, the
 * exercise's expected answers and the tests all read the same data. Nothing here is a real
 * statistic; the ranges only keep the numbers in the price levels the course uses elsewhere.
 */
import { createRandom, randomInt, type Random } from '../random';

/** One surveyed household; amounts in FCFA, counts over the last 12 months. */
export interface SurveyHousehold {
  /** Household code as the survey sheet writes it (M01, M02…). */
  id: string;
  /** Persons living in the household. */
  size: number;
  /** Total consumption of the household over a year. */
  annualConsumption: number;
  /** Food spending of the household over the same year (part of the consumption). */
  annualFood: number;
  /** Consultations (health centre) of all members in the last 12 months. */
  consultations: number;
  /** Average amount paid per consultation (0 without consultation). */
  paidPerConsultation: number;
  /** Hospital stays of all members in the last 12 months. */
  hospitalStays: number;
  /** Average amount paid per hospital stay (0 without stay). */
  paidPerStay: number;
  /** Contribution per person per year the household says it is willing to pay. */
  willingnessToPay: number;
}

/** Seed and size of the data set the course hands out (the CSV and the exercise use these). */
export const COURSE_SURVEY = { seed: 2026, households: 48 } as const;

const roundTo = (value: number, step: number) => Math.round(value / step) * step;
const between = (random: Random, min: number, max: number, step: number) => min + step * randomInt(random, 0, Math.round((max - min) / step));

/** The households of a survey, drawn from `seed`. Same seed and count, same households. */
export function generateSurvey(seed: number, households: number): SurveyHousehold[] {
  const random = createRandom(seed);
  const out: SurveyHousehold[] = [];
  for (let i = 1; i <= households; i++) {
    const size = randomInt(random, 3, 11);
    const perPerson = between(random, 110_000, 260_000, 10_000);
    const annualConsumption = roundTo(size * perPerson, 10_000);
    const annualFood = roundTo(annualConsumption * (0.5 + 0.2 * random()), 5_000);
    const consultations = Math.round(size * (0.2 + 0.9 * random()));
    const stayDraw = random();
    const hospitalStays = stayDraw < 0.06 ? 2 : stayDraw < 0.3 ? 1 : 0;
    const consultationPrice = between(random, 1_500, 4_000, 100);
    const stayPrice = between(random, 15_000, 60_000, 500);
    out.push({
      id: `M${String(i).padStart(2, '0')}`,
      size,
      annualConsumption,
      annualFood,
      consultations,
      paidPerConsultation: consultations > 0 ? consultationPrice : 0,
      hospitalStays,
      paidPerStay: hospitalStays > 0 ? stayPrice : 0,
      willingnessToPay: between(random, 1_000, 5_000, 500),
    });
  }
  return out;
}

/** What the study derives from the survey; per person and per year unless named otherwise. */
export interface SurveyStatistics {
  households: number;
  persons: number;
  /** Consultations per person per year. */
  consultationFrequency: number;
  /** Amount paid per consultation, weighted by consultations. */
  consultationCost: number;
  /** Hospital stays per person per year. */
  hospitalFrequency: number;
  /** Amount paid per stay, weighted by stays. */
  hospitalCost: number;
  /** Non-food spending per person per year: the course's proxy for capacity to pay. */
  nonFoodPerPerson: number;
  /** Stated willingness to pay per person per year, averaged over persons. */
  willingnessPerPerson: number;
}

/** The wrong methods a beginner uses on the survey (see the kind `household-survey`). */
export interface SurveyMistakes {
  /** Episodes and spending divided by the number of households instead of persons. */
  perHousehold?: boolean;
  /** Average cost as the plain mean of the households' own averages (not weighted by episodes). */
  unweightedCost?: boolean;
  /** Capacity from total consumption, food included. */
  foodIncluded?: boolean;
}

const sum = (items: readonly SurveyHousehold[], value: (h: SurveyHousehold) => number) => items.reduce((total, h) => total + value(h), 0);

function averageCost(items: readonly SurveyHousehold[], count: (h: SurveyHousehold) => number, paid: (h: SurveyHousehold) => number, unweighted: boolean): number {
  const users = items.filter((h) => count(h) > 0);
  if (users.length === 0) return NaN;
  if (unweighted) return sum(users, paid) / users.length;
  return sum(users, (h) => count(h) * paid(h)) / sum(users, count);
}

/** The statistics of a survey, right or with the given mistakes. NaN where nothing was observed. */
export function surveyStatistics(items: readonly SurveyHousehold[], mistakes: SurveyMistakes = {}): SurveyStatistics {
  const persons = sum(items, (h) => h.size);
  const exposure = mistakes.perHousehold ? items.length : persons;
  const ratio = (value: number) => (exposure > 0 ? value / exposure : NaN);
  return {
    households: items.length,
    persons,
    consultationFrequency: ratio(sum(items, (h) => h.consultations)),
    consultationCost: averageCost(items, (h) => h.consultations, (h) => h.paidPerConsultation, mistakes.unweightedCost ?? false),
    hospitalFrequency: ratio(sum(items, (h) => h.hospitalStays)),
    hospitalCost: averageCost(items, (h) => h.hospitalStays, (h) => h.paidPerStay, mistakes.unweightedCost ?? false),
    nonFoodPerPerson: ratio(sum(items, (h) => h.annualConsumption - (mistakes.foodIncluded ? 0 : h.annualFood))),
    willingnessPerPerson: persons > 0 ? sum(items, (h) => h.size * h.willingnessToPay) / persons : NaN,
  };
}

/**
 * Share of households whose yearly contribution (`perPerson` × size) exceeds `threshold` of
 * their non-food spending: the study tests the whole distribution, not only the mean.
 */
export function shareAboveThreshold(items: readonly SurveyHousehold[], perPerson: number, threshold: number): number {
  if (items.length === 0) return NaN;
  return items.filter((h) => perPerson * h.size > threshold * (h.annualConsumption - h.annualFood)).length / items.length;
}
