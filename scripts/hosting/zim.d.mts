// Types for the ZIM writer (scripts/hosting/zim.mjs), used by unit tests.
export function explicitIndexLinks(text: string, base: string): string;
export function writeZim(options: { siteDir: string; zimFile: string; work: string; version: string; illustration: string }): void;
