// Types for the plain-ESM helper shared by scripts/test.mjs and playwright.config.ts.
export function findChromium(): Promise<{ path: string; source: string } | null>;
export const howToGetChromium: string;
