/** H5P activities: package validation, xAPI → progress mapping, saved state, raw results for receipts. */
export * from './package';
export * from './results';
export * from './state';
export * from './text';
