// Small exercises for the engine's unit tests, validated by the real schema so that defaults
// (tolerance, misconception lists) are applied exactly as for content files.
import { exerciseSchema, type Exercise } from '../../../src/schemas/exercise';

/** Parses an exercise written inline; throws with zod's message when the fixture is invalid. */
export function exercise(data: unknown): Exercise {
  return exerciseSchema.parse(data);
}

/** domain.md §1's illustration, fixed values: PP 1 960, PPs 2 156, Cot 2 695, household of 6. */
export const illustrationExercise = exercise({
  title: 'Illustration du calcul de cotisation',
  summary: 'La chaîne complète de domain.md, avec des valeurs fixes.',
  kind: 'contribution',
  scenario: 'Consultations {frequency} × {averageCost} FCFA, hospitalisations {frequency2} × {averageCost2} FCFA.',
  parameters: {
    frequency: { label: 'Fréquence des consultations', fixed: 0.8 },
    averageCost: { label: 'Coût moyen consultation', unit: 'FCFA', fixed: 1500 },
    coverageRate: { label: 'Prise en charge consultations', unit: '%', fixed: 80 },
    frequency2: { label: 'Fréquence des hospitalisations', fixed: 0.05 },
    averageCost2: { label: 'Coût moyen hospitalisation', unit: 'FCFA', fixed: 25000 },
    coverageRate2: { label: 'Prise en charge hospitalisations', unit: '%', fixed: 80 },
    safetyMargin: { label: 'Marge de sécurité', unit: '%', fixed: 10 },
    managementLoading: { label: 'Frais de gestion', unit: '%', fixed: 20 },
    householdSize: { label: 'Taille du ménage', unit: 'personnes', fixed: 6 },
  },
  steps: [
    {
      id: 'prime-pure',
      prompt: 'Prime pure par bénéficiaire ?',
      quantity: 'purePremium',
      unit: 'FCFA',
      tolerance: { absolute: 0.01 },
      hints: ['Fréquence × coût × taux, pour chaque garantie.', 'Additionnez {benefitPremium} et {benefitPremium2}.'],
      solution: '{benefitPremium} + {benefitPremium2} = {purePremium} FCFA',
      misconceptions: [{ id: 'coverage-forgotten', feedback: 'Le taux de {coverageRate} % a été oublié.' }],
    },
    {
      id: 'cotisation',
      prompt: 'Cotisation annuelle ?',
      quantity: 'annual',
      unit: 'FCFA',
      hints: ['Divisez par (1 − g − r).', 'Deuxième indice.', 'Troisième indice.'],
      solution: '{withMargin} ÷ (1 − {managementLoading} %) = {annual} FCFA',
      misconceptions: [
        { id: 'loading-multiplied', feedback: 'Il faut diviser par (1 − {managementLoading} %), pas multiplier.' },
        { id: 'margin-forgotten', feedback: 'La marge de {safetyMargin} % manque.' },
      ],
    },
    {
      id: 'mensuel',
      prompt: 'Par mois ?',
      quantity: 'monthly',
      unit: 'FCFA',
      hints: ['Divisez par 12.'],
      solution: '{annual} ÷ 12 = {monthly} FCFA',
      misconceptions: [{ id: 'monthly-from-household', feedback: 'Vous avez divisé le montant du ménage par 12.' }],
    },
  ],
});

/** A pure premium of exactly 1 500,5 FCFA: 1 × 3 001 × 50 %. */
export const halfFrancExercise = exercise({
  title: 'Prime pure avec décimale',
  summary: 'Une prime pure qui tombe sur un demi-franc.',
  kind: 'contribution',
  scenario: 'Un cas par an à {averageCost} FCFA, pris en charge à {coverageRate} %.',
  parameters: {
    frequency: { label: 'Fréquence', fixed: 1 },
    averageCost: { label: 'Coût moyen', unit: 'FCFA', fixed: 3001 },
    coverageRate: { label: 'Prise en charge', unit: '%', fixed: 50 },
  },
  steps: [
    { id: 'prime-pure', prompt: 'Prime pure ?', quantity: 'purePremium', unit: 'FCFA', tolerance: { absolute: 0.01 }, hints: ['Multipliez.'], solution: '= {purePremium} FCFA' },
    { id: 'mensuel', prompt: 'Par mois ?', quantity: 'monthly', unit: 'FCFA', hints: ['Divisez par 12.'], solution: '= {monthly} FCFA' },
  ],
});

/** Senegal's CMU: 7 000 = 3 500 + 3 500 FCFA, household of 6. */
export const senegalExercise = exercise({
  title: 'CMU au Sénégal',
  summary: 'Partage de la cotisation CMU entre adhérent et État.',
  kind: 'subsidy',
  scenario: 'Cotisation {contribution} FCFA, subventionnée à {subsidyRate} %.',
  parameters: {
    contribution: { label: 'Cotisation', unit: 'FCFA', fixed: 7000 },
    subsidyRate: { label: 'Subvention', unit: '%', fixed: 50 },
    householdSize: { label: 'Ménage', unit: 'personnes', fixed: 6 },
  },
  steps: [
    {
      id: 'part-adherent',
      prompt: 'Part de l’adhérent ?',
      quantity: 'memberShare',
      unit: 'FCFA',
      hints: ['L’État paie la moitié.'],
      solution: '{contribution} × (1 − {subsidyRate} %) = {memberShare} FCFA',
      misconceptions: [{ id: 'subsidy-forgotten', feedback: 'La subvention de {subsidyRate} % a été oubliée.' }],
    },
    { id: 'menage', prompt: 'Pour le ménage ?', quantity: 'memberHousehold', unit: 'FCFA', hints: ['Multipliez.'], solution: '{memberShare} × {householdSize} = {memberHousehold} FCFA' },
  ],
});

/** Mauritania's CNASS: 700 = 250 + 450 MRU; the State's rate is 450 / 700 ≈ 64,29 %. */
export const mauritaniaExercise = exercise({
  title: 'CNASS en Mauritanie',
  summary: 'Taux de subvention de la cotisation CNASS.',
  kind: 'subsidy',
  scenario: 'Cotisation {contribution} MRU dont {stateAmount} MRU payés par l’État.',
  parameters: {
    contribution: { label: 'Cotisation', unit: 'MRU', fixed: 700 },
    stateAmount: { label: 'Part de l’État', unit: 'MRU', fixed: 450 },
  },
  steps: [
    {
      id: 'part-assure',
      prompt: 'Part de l’assuré ?',
      quantity: 'memberShare',
      unit: 'MRU',
      hints: ['Soustrayez.'],
      solution: '{contribution} − {stateAmount} = {memberShare} MRU',
      misconceptions: [{ id: 'subsidy-wrong-party', feedback: '{stateAmount} MRU est la part de l’État.' }],
    },
    {
      id: 'taux',
      prompt: 'Taux de subvention ?',
      quantity: 'stateShareRate',
      unit: '%',
      tolerance: { absolute: 0.01 },
      hints: ['Part de l’État ÷ cotisation.', 'Deuxième indice : {stateAmount} ÷ {contribution}.'],
      solution: '{stateAmount} ÷ {contribution} = {stateShareRate} %',
      misconceptions: [{ id: 'rate-on-member-share', feedback: 'Rapportez à la cotisation entière, {contribution} MRU.' }],
    },
  ],
});
