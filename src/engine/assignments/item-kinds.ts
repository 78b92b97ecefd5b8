/**
 * The kinds of things a trainer can put in an assignment. A new kind (H5P activities…) is
 * added here and in the registry of `items.ts`, whose type refuses a kind without its rules.
 */
export const ITEM_KINDS = ['lesson', 'quiz', 'test', 'exercise'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
