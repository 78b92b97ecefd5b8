// Types for the configuration generators (scripts/hosting/configs.mjs), used by unit tests.
export const RELEASE_ROOT: string;
export function siteFolder(base: string): string;
export function nginxConfig(options: { base: string; root?: string }): string;
export function apacheConfig(options: { base: string; root?: string }): string;
export function iisConfig(options: { base: string; shortCacheFiles?: string[] }): string;
