// Types for the configuration generators (scripts/hosting/configs.mjs), used by unit tests.
import type { HeaderRule } from './headers.mjs';
export const RELEASE_ROOT: string;
export function siteFolder(base: string): string;
export function nginxConfig(options: { base: string; root?: string; rules?: HeaderRule[] }): string;
export function apacheConfig(options: { base: string; root?: string; rules?: HeaderRule[] }): string;
export function iisConfig(options: { base: string; shortCacheFiles?: string[]; rules?: HeaderRule[] }): string;
