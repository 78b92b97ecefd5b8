// Types for the plain-ESM header module shared by the server, the config generators and the tests.
export type HeaderRule = { prefix: string; headers: Record<string, string> };
export interface SitePolicy {
  version: 1;
  scriptHashes: string[];
  activities: { id: string; contentVersion?: string; unsafeEvalBy: string[] }[];
  pages: { path: string; activities: string[] }[];
}
export const baseCsp: Record<string, string[]>;
export function cspText(directives: Record<string, string[]>): string;
export function h5pCsp(options: { scriptHashes: string[]; unsafeEval: boolean }): Record<string, string[]>;
export const baseRule: HeaderRule;
export const sitePolicyFile: string;
export function sitePolicyProblem(policy: unknown): string | null;
export function headerRulesFor(policy: SitePolicy | null): HeaderRule[];
export function readSitePolicy(distDir: string): SitePolicy | null;
export function headerRulesOf(distDir: string): HeaderRule[];
export function liveHeaderRules(distDir: string): () => HeaderRule[];
export function ruleFor(sitePath: string, rules?: HeaderRule[]): HeaderRule;
export function securityHeadersFor(sitePath: string, rules?: HeaderRule[]): Record<string, string>;
export const immutablePrefix: string;
export const cacheImmutable: string;
export const cacheRevalidate: string;
export const cacheShort: string;
export function cacheControlFor(sitePath: string): string;
