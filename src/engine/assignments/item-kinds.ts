/**
 * The kinds of things a trainer can put in an assignment. A new kind is added here and in the
 * registries of `items.ts` and `collect.ts`, whose types refuse a kind without its rules.
 * `h5p`: an H5P activity, whose score is the one its package declared (it cannot be re-scored).
 */
export const ITEM_KINDS = ['lesson', 'quiz', 'test', 'exercise', 'h5p'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
