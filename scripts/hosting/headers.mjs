// The HTTP headers of the site, in one place: the built-in server (scripts/hosting/server.mjs)
// sends them, and the nginx, Apache and IIS configurations (scripts/hosting/configs.mjs) are
// generated from them, so every way of hosting sends the same policy.
//
// Every page gets the strict policy: scripts only from this server, none inline, no eval.
// Pages that play an H5P activity get their own rule, computed from the build output
// (`h5p/csp.json`, written by src/integrations/h5p-assets.ts): the player writes one inline
// bootstrap script into its frame, and that frame inherits the page's policy, so those pages
// allow that script by its hash, and 'unsafe-eval' only when one of their activities has a
// library that evaluates code. The server and every generated configuration read the same file.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The Content-Security-Policy directives of ordinary pages: everything comes from this server. */
export const baseCsp = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // KaTeX writes thousands of style="" attributes into the pages at build time: styles stay inline-capable.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'media-src': ["'self'", 'blob:'],
  'connect-src': ["'self'"],
  'frame-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'self'"],
};

/** Directives as the header writes them. */
export function cspText(directives) {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/**
 * The directives of a page that plays H5P activities: the strict ones, plus the hashes of the
 * player's inline frame bootstrap, plus 'unsafe-eval' when `unsafeEval`.
 * @param {{ scriptHashes: string[], unsafeEval: boolean }} options
 */
export function h5pCsp({ scriptHashes, unsafeEval }) {
  return { ...baseCsp, 'script-src': [...baseCsp['script-src'], ...scriptHashes, ...(unsafeEval ? ["'unsafe-eval'"] : [])] };
}

const commonHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'SAMEORIGIN',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

/** The rule of the whole site (prefix ''): the strict policy. */
export const baseRule = { prefix: '', headers: { ...commonHeaders, 'Content-Security-Policy': cspText(baseCsp) } };

/** Where, in a built site, the build writes the facts the H5P pages' policy is made of. */
export const sitePolicyFile = 'h5p/csp.json';

const HASH = /^'sha256-[A-Za-z0-9+/]+={0,2}'$/;
const PAGE_PATH = /^([a-z0-9_-]+\/)*([a-z0-9_-]+\.html)?$/i;

/**
 * Checks the shape of a parsed `h5p/csp.json` (its values end up in headers and in server
 * configurations, so nothing but hashes and plain page paths gets through).
 * @returns {string | null} what is wrong, or null
 */
export function sitePolicyProblem(policy) {
  if (!policy || typeof policy !== 'object' || policy.version !== 1) return 'version 1 attendue';
  if (!Array.isArray(policy.scriptHashes) || !policy.scriptHashes.every((h) => typeof h === 'string' && HASH.test(h))) return 'scriptHashes : empreintes sha256 attendues';
  if (!Array.isArray(policy.activities) || !policy.activities.every((a) => typeof a?.id === 'string' && Array.isArray(a.unsafeEvalBy))) return 'activities : { id, unsafeEvalBy } attendus';
  if (!Array.isArray(policy.pages)) return 'pages : liste attendue';
  for (const page of policy.pages) {
    if (typeof page?.path !== 'string' || page.path === '' || !PAGE_PATH.test(page.path)) return `pages : chemin de page invalide ${JSON.stringify(page?.path)}`;
    if (!Array.isArray(page.activities) || !page.activities.every((id) => typeof id === 'string')) return `pages : activités de ${page.path} attendues`;
  }
  return null;
}

/**
 * The header rules of a built site: the strict rule for everything, then one rule per page that
 * plays H5P activities (`policy` is the parsed `h5p/csp.json`; null when the site has none).
 * A rule's `prefix` is a path relative to the site's base path; a path gets the rule with the
 * longest prefix it starts with, so an H5P page's rule also covers files under its folder.
 * @returns {{ prefix: string, headers: Record<string, string> }[]}
 */
export function headerRulesFor(policy) {
  if (!policy) return [baseRule];
  const problem = sitePolicyProblem(policy);
  if (problem) throw new Error(`${sitePolicyFile} : ${problem}`);
  const needsEval = new Set(policy.activities.filter((a) => a.unsafeEvalBy.length > 0).map((a) => a.id));
  const pages = [...policy.pages].sort((a, b) => a.path.length - b.path.length || a.path.localeCompare(b.path));
  return [
    baseRule,
    ...pages.map((page) => ({
      prefix: page.path,
      headers: { ...commonHeaders, 'Content-Security-Policy': cspText(h5pCsp({ scriptHashes: policy.scriptHashes, unsafeEval: page.activities.some((id) => needsEval.has(id)) })) },
    })),
  ];
}

/** The parsed `h5p/csp.json` of a built site, or null when it has none (no H5P activity). */
export function readSitePolicy(distDir) {
  let text;
  try {
    text = readFileSync(join(distDir, sitePolicyFile), 'utf8');
  } catch (error) {
    if (error.code === 'ENOENT') return null;
    throw error;
  }
  const policy = JSON.parse(text);
  const problem = sitePolicyProblem(policy);
  if (problem) throw new Error(`${join(distDir, sitePolicyFile)} : ${problem}`);
  return policy;
}

/** The header rules of the site built in `distDir`. */
export function headerRulesOf(distDir) {
  return headerRulesFor(readSitePolicy(distDir));
}

/**
 * Header rules that follow a site being rebuilt under a running server: re-read when
 * `h5p/csp.json` changes (a half-written file keeps the previous rules).
 * @returns {() => { prefix: string, headers: Record<string, string> }[]}
 */
export function liveHeaderRules(distDir) {
  const stampOf = () => {
    try {
      return statSync(join(distDir, sitePolicyFile)).mtimeMs;
    } catch {
      return 0; // no file: no H5P page
    }
  };
  let stamp = stampOf();
  let rules = headerRulesOf(distDir);
  return () => {
    const now = stampOf();
    if (now !== stamp) {
      try {
        rules = headerRulesOf(distDir);
        stamp = now;
      } catch {
        // Mid-rebuild: the next request tries again.
      }
    }
    return rules;
  };
}

/** The rule that applies to `sitePath` (relative to the base path): the one with the longest prefix it starts with. */
export function ruleFor(sitePath, rules = [baseRule]) {
  const path = sitePath.replace(/^\/+/, '');
  let found = rules[0];
  for (const rule of rules) if (path.startsWith(rule.prefix) && rule.prefix.length >= found.prefix.length) found = rule;
  return found;
}

/** The security headers of a path relative to the site's base path ('' for the home page). */
export function securityHeadersFor(sitePath, rules = [baseRule]) {
  return ruleFor(sitePath, rules).headers;
}

/** Hashed build output (file names change with content): cached for a year, never revalidated. */
export const immutablePrefix = '_astro/';
export const cacheImmutable = 'public, max-age=31536000, immutable';
/** Pages: always revalidated (ETag / Last-Modified), so a new release is seen at once. */
export const cacheRevalidate = 'no-cache';
/** Other files (fonts under public/, images, search index): an hour, then revalidated. */
export const cacheShort = 'public, max-age=3600';

/** Cache-Control of a path relative to the base path. */
export function cacheControlFor(sitePath) {
  const path = sitePath.replace(/^\/+/, '');
  if (path.startsWith(immutablePrefix)) return cacheImmutable;
  if (path === '' || path.endsWith('/') || path.endsWith('.html')) return cacheRevalidate;
  return cacheShort;
}
