/**
 * Kind `statements`: a mutuelle's year-end accounts → the figures and viability ratios of the
 * course (domain.md §3), read the way an accountant reads them.
 *
 * Why a kind of its own rather than `indicators`: here the learner first turns the accounts into
 * the two figures the ratios need. Contributions earned (acquises) are the cash collected,
 * minus what was collected in advance for next year, plus what is still receivable for this
 * year (accrual, not cash). Claims incurred (survenues) are the claims paid plus the change of
 * the provision for claims incurred but not yet paid (closing − opening). The ratios are then
 * those of `computeIndicators`, so this kind and the dashboard always agree.
 *
 * Liquidity: `shortTermDebts` are the debts other than care (staff, suppliers, advances); every
 * unpaid care invoice sits in the claims provision, so each is counted once. The provision is
 * money owed to providers within weeks, so the liquidity ratio divides the cash by the debts
 * plus the closing provision (what the dashboard is given as its short-term debts).
 */
import { z } from 'zod';
import { computeIndicators, type IndicatorInput } from '../../insurance';
import { nonNegativeSchema, orNaN, type KindDefinition } from '../kinds';

const ACCOUNTS = [
  'contributionsCashed',
  'contributionsInAdvance',
  'contributionsReceivable',
  'claimsPaid',
  'claimsProvisionOpening',
  'claimsProvisionClosing',
  'operatingCosts',
  'reserves',
  'cash',
  'shortTermDebts',
] as const;

/** Parsed parameters: the accounts of the year, all ≥ 0 and in FCFA. */
export type StatementsParameters = Partial<Record<(typeof ACCOUNTS)[number], number>>;

/** Quantities of the kind. */
export type StatementsQuantity =
  | 'contributionsEarned'
  | 'claimsIncurred'
  | 'claimsRatio'
  | 'expenseRatio'
  | 'liquidityRatio'
  | 'annualCharges'
  | 'monthlyCharges'
  | 'reserveMonths'
  | 'result';

/** Wrong methods of the kind. */
export type StatementsMisconception =
  | 'collected-instead-of-earned'
  | 'advance-counted'
  | 'receivable-forgotten'
  | 'provisions-forgotten'
  | 'provision-change-ignored-opening'
  | 'liquidity-inverted'
  | 'liquidity-provision-left-out'
  | 'reserve-on-annual-charges';

/** How a learner may misread the accounts; all off gives the right figures. */
interface Reading {
  /** Earned contributions taken as: the cash collected, cash + receivable (advance kept), or cash − advance (receivable left out). */
  earned?: 'cash' | 'advance-kept' | 'receivable-left-out';
  /** Claims incurred taken as: the claims paid, or paid + closing provision (opening not deducted). */
  incurred?: 'paid' | 'closing-added';
  /** Liquidity computed as debts ÷ cash. */
  liquidityInverted?: boolean;
  /** The claims provision left out of the short-term debts of the liquidity ratio. */
  provisionLeftOutOfDebts?: boolean;
  /** Reserves divided by the yearly charges. */
  reserveOnAnnual?: boolean;
}

/** A figure of the parameters, NaN when the exercise does not give it. */
function figure(p: StatementsParameters, name: (typeof ACCOUNTS)[number]): number {
  return p[name] ?? Number.NaN;
}

function earnedOf(p: StatementsParameters, reading: Reading): number {
  const cashed = figure(p, 'contributionsCashed');
  const advance = figure(p, 'contributionsInAdvance');
  const receivable = figure(p, 'contributionsReceivable');
  switch (reading.earned) {
    case 'cash':
      return cashed;
    case 'advance-kept':
      return cashed + receivable;
    case 'receivable-left-out':
      return cashed - advance;
    default:
      return cashed - advance + receivable;
  }
}

function incurredOf(p: StatementsParameters, reading: Reading): number {
  const paid = figure(p, 'claimsPaid');
  const opening = figure(p, 'claimsProvisionOpening');
  const closing = figure(p, 'claimsProvisionClosing');
  if (reading.incurred === 'paid') return paid;
  if (reading.incurred === 'closing-added') return paid + closing;
  return paid + closing - opening;
}

/** A NaN figure as the engine's "missing" (null), so the indicator that needs it is null too. */
function known(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

function quantities(p: StatementsParameters, reading: Reading = {}): Record<StatementsQuantity, number> {
  const earned = earnedOf(p, reading);
  const incurred = incurredOf(p, reading);
  const costs = figure(p, 'operatingCosts');
  const annualCharges = incurred + costs;
  const monthlyCharges = annualCharges / 12;
  const cash = figure(p, 'cash');
  const debts = figure(p, 'shortTermDebts') + (reading.provisionLeftOutOfDebts ? 0 : figure(p, 'claimsProvisionClosing'));
  const input: IndicatorInput = {
    contributionsEarned: known(earned),
    claims: known(incurred),
    operatingCosts: known(costs),
    cash: known(reading.liquidityInverted ? debts : cash),
    shortTermDebts: known(reading.liquidityInverted ? cash : debts),
    reserves: known(figure(p, 'reserves')),
    monthlyCharges: known(reading.reserveOnAnnual ? annualCharges : monthlyCharges),
  };
  const results = computeIndicators(input);
  return {
    contributionsEarned: earned,
    claimsIncurred: incurred,
    claimsRatio: orNaN(results['claims-ratio'].value),
    expenseRatio: orNaN(results['expense-ratio'].value),
    liquidityRatio: orNaN(results.liquidity.value),
    annualCharges,
    monthlyCharges,
    reserveMonths: orNaN(results['reserve-months'].value),
    result: earned - annualCharges,
  };
}

/** The `statements` kind (see the file comment). */
export const statementsKind = {
  id: 'statements',
  parameters: z.object(Object.fromEntries(ACCOUNTS.map((name) => [name, nonNegativeSchema().optional()]))).strict(),
  rates: [],
  quantities: {
    contributionsEarned: 'amount',
    claimsIncurred: 'amount',
    claimsRatio: 'fraction',
    expenseRatio: 'fraction',
    liquidityRatio: 'number',
    annualCharges: 'amount',
    monthlyCharges: 'amount',
    reserveMonths: 'months',
    result: 'amount',
  },
  compute: (p) => quantities(p),
  misconceptions: {
    // The cash collected in the year read as the contributions earned.
    'collected-instead-of-earned': (p) => quantities(p, { earned: 'cash' }),
    // Contributions collected in advance for next year left in this year's income.
    'advance-counted': (p) => quantities(p, { earned: 'advance-kept' }),
    // Contributions of the year not yet received left out (a cash reading).
    'receivable-forgotten': (p) => quantities(p, { earned: 'receivable-left-out' }),
    // Claims paid read as claims incurred: the provision for claims not yet billed is forgotten.
    'provisions-forgotten': (p) => quantities(p, { incurred: 'paid' }),
    // The closing provision added but the opening one (last year's claims) not taken back.
    'provision-change-ignored-opening': (p) => quantities(p, { incurred: 'closing-added' }),
    // Short-term debts ÷ cash instead of cash ÷ short-term debts.
    'liquidity-inverted': (p) => quantities(p, { liquidityInverted: true }),
    // Cash ÷ the debts other than care: the provision, owed to providers soon, is forgotten.
    'liquidity-provision-left-out': (p) => quantities(p, { provisionLeftOutOfDebts: true }),
    'reserve-on-annual-charges': (p) => quantities(p, { reserveOnAnnual: true }),
  },
} satisfies KindDefinition<StatementsParameters, StatementsQuantity, StatementsMisconception>;
