// Shared inputs for the insurance engine tests: domain.md §1's illustration.
import type { ContributionInput } from '../../../src/engine/insurance';

/** Consultations 0.8 × 1 500 × 0.8 and hospitalisation 0.05 × 25 000 × 0.8, s = 10 %, g = 20 %, household of 6. */
export const illustration: ContributionInput = {
  benefits: [
    { id: 'consultation', label: 'Consultation', frequency: 0.8, averageCost: 1500, coverageRate: 0.8 },
    { id: 'hospitalisation', frequency: 0.05, averageCost: 25000, coverageRate: 0.8 },
  ],
  safetyMargin: 0.1,
  managementLoading: 0.2,
  householdSize: 6,
};

/** The illustration with a 15 000 FCFA ceiling per hospitalisation. */
export const withCeiling: ContributionInput = {
  ...illustration,
  benefits: [
    illustration.benefits[0]!,
    { id: 'hospitalisation', frequency: 0.05, averageCost: 25000, coverageRate: 0.8, ceiling: 15000 },
  ],
};
