/**
 * Trainer assignments without a server: assignment links, receipts, re-scoring and the class
 * report. Pure functions only; formats in docs/assignment-formats.md.
 */
export * from './assignment';
export * from './catalogue';
export { checksum, CHECKSUM_LENGTH } from './codec';
export * from './item-kinds';
export { ITEM_RULES, rulesFor, type ItemResult, type QuestionOutcome, type StepOutcome } from './items';
export * from './receipt';
export * from './report';
export * from './report-csv';
export * from './seeds';
export * from './trainer-store';
export * from './work';
