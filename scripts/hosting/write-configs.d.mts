// Types for the configuration writer (scripts/hosting/write-configs.mjs), used by unit tests.
import type { HeaderRule } from './headers.mjs';
export function writeHostConfigs(options: { siteDir: string; base: string; configsDir: string }): { folder: string; rules: HeaderRule[] };
