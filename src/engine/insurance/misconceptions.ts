/**
 * Typical wrong ways to compute a contribution, as data.
 *
 * Why: exercises recognise a learner's wrong answer and explain the mistake behind it
 * ("you multiplied by 1 + g instead of dividing by 1 − g"). Each entry recomputes the
 * contribution with exactly one mistake, through the same code path as the right answer, so a
 * wrong value differs from the right one only by that mistake. The UI supplies the texts.
 */
import {
  normalizeContributionInput,
  priceContribution,
  type ContributionInput,
  type ContributionMistakes,
  type ContributionResult,
} from './contribution';

/** Stable ids of the misconceptions, used as keys for feedback texts. */
export type MisconceptionId =
  | 'loading-multiplied'
  | 'coverage-forgotten'
  | 'ceiling-ignored'
  | 'margin-forgotten'
  | 'monthly-from-household'
  | 'subsidy-wrong-party';

/** The scalar results of `computeContribution` that a misconception can make wrong. */
export type ContributionQuantity =
  | 'purePremium'
  | 'withMargin'
  | 'annual'
  | 'monthly'
  | 'perHousehold'
  | 'memberShare'
  | 'subsidyShare';

/** One misconception: its id, the quantity where the mistake first shows, and the wrong value. */
export interface Misconception {
  id: MisconceptionId;
  /** The first quantity the mistake changes (later quantities inherit the error). */
  affects: ContributionQuantity;
  /** The wrong value of `affects` a learner making this mistake would get. Throws on invalid input. */
  compute(input: ContributionInput): number;
}

const MISTAKES: Record<MisconceptionId, { affects: ContributionQuantity; mistakes: ContributionMistakes }> = {
  // Cot = PPs × (1 + g + r) instead of PPs / (1 − g − r): 2 156 × 1.2 = 2 587.2 instead of 2 695.
  'loading-multiplied': { affects: 'annual', mistakes: { loadingMultiplied: true } },
  // τ = 1: the ticket modérateur is forgotten, PP_k = f × min(C, P).
  'coverage-forgotten': { affects: 'purePremium', mistakes: { coverageForgotten: true } },
  // PP_k = f × τ × C even when τ × C exceeds the ceiling P.
  'ceiling-ignored': { affects: 'purePremium', mistakes: { ceilingIgnored: true } },
  // s = 0: annual = PP / (1 − g − r) + G / N.
  'margin-forgotten': { affects: 'annual', mistakes: { marginForgotten: true } },
  // monthly = (annual × householdSize) / 12: a household's monthly amount given as a person's.
  'monthly-from-household': { affects: 'monthly', mistakes: { monthlyFromHousehold: true } },
  // memberShare = annual × σ (and subsidyShare = annual × (1 − σ)): the shares are swapped.
  'subsidy-wrong-party': { affects: 'memberShare', mistakes: { subsidySwapped: true } },
};

/** Every misconception id, in a fixed order (for iteration in tests and authoring tools). */
export const MISCONCEPTION_IDS = Object.keys(MISTAKES) as MisconceptionId[];

/**
 * The full contribution as computed with one mistake, for exercises that ask for a quantity
 * further down the chain (e.g. the monthly amount after forgetting the coverage rate).
 * Throws `InsuranceInputError` on invalid input.
 */
export function computeContributionWithMisconception(
  input: ContributionInput,
  id: MisconceptionId,
): ContributionResult {
  return priceContribution(normalizeContributionInput(input), MISTAKES[id].mistakes);
}

/**
 * The registry: one entry per misconception, `compute` returning the wrong value of the
 * quantity it `affects`. Data-like so that exercises can test a learner's answer against every
 * entry and pick the matching feedback.
 */
export const MISCONCEPTIONS: readonly Misconception[] = MISCONCEPTION_IDS.map((id) => {
  const { affects } = MISTAKES[id];
  return Object.freeze({
    id,
    affects,
    compute: (input: ContributionInput) => computeContributionWithMisconception(input, id)[affects],
  });
});

/** Looks up one misconception by id. */
export function getMisconception(id: MisconceptionId): Misconception {
  const found = MISCONCEPTIONS.find((entry) => entry.id === id);
  if (!found) throw new Error(`Unknown misconception id: ${id}`);
  return found;
}

/** How close an answer must be to a value to count as that value. */
export interface AnswerTolerance {
  /** Accepted relative gap, default 0.001 (0.1 %), so rounded answers still match. */
  relative?: number;
  /** Accepted absolute gap, default 0.01 (one centime), for answers near 0. */
  absolute?: number;
}

/**
 * The misconceptions that explain a learner's wrong `answer` for `quantity`: those whose
 * wrong value matches the answer while differing from the correct value (a mistake that
 * changes nothing for this input explains nothing). Why: exercises give targeted feedback
 * without re-implementing each mistake. Returns [] when the answer is right or unexplained.
 */
export function findMisconceptions(
  input: ContributionInput,
  quantity: ContributionQuantity,
  answer: number,
  tolerance: AnswerTolerance = {},
): MisconceptionId[] {
  const relative = tolerance.relative ?? 0.001;
  const absolute = tolerance.absolute ?? 0.01;
  const matches = (a: number, b: number) => Math.abs(a - b) <= Math.max(absolute, relative * Math.abs(b));
  const normalized = normalizeContributionInput(input);
  const right = priceContribution(normalized)[quantity];
  if (!Number.isFinite(answer) || matches(answer, right)) return [];
  return MISCONCEPTION_IDS.filter((id) => {
    const wrong = priceContribution(normalized, MISTAKES[id].mistakes)[quantity];
    return !matches(wrong, right) && matches(answer, wrong);
  });
}
