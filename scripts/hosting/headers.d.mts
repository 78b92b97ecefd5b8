// Types for the plain-ESM header module shared by the server, the config generators and the tests.
export const baseCsp: Record<string, string[]>;
export function cspText(directives: Record<string, string[]>): string;
export const headerRules: { prefix: string; headers: Record<string, string> }[];
export function ruleFor(sitePath: string): { prefix: string; headers: Record<string, string> };
export function securityHeadersFor(sitePath: string): Record<string, string>;
export const immutablePrefix: string;
export const cacheImmutable: string;
export const cacheRevalidate: string;
export const cacheShort: string;
export function cacheControlFor(sitePath: string): string;
