// The HTTP headers of the site, in one place: the built-in server (scripts/hosting/server.mjs)
// sends them, and the nginx, Apache and IIS configurations (scripts/hosting/configs.mjs) are
// generated from them, so every way of hosting sends the same policy. A page that needs another
// policy (say an H5P activity that needs a wider script-src) gets its own rule in `headerRules`:
// the server and every generated configuration pick it up.

/** The Content-Security-Policy directives of ordinary pages: everything comes from this server. */
export const baseCsp = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'unsafe-inline'"],
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

const commonHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'SAMEORIGIN',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

/**
 * Security header rules, most specific last. `prefix` is a path relative to the site's base
 * path ('' = the whole site); a path gets the headers of the last rule whose prefix it starts
 * with. Configuration generators emit one location per rule.
 */
export const headerRules = [{ prefix: '', headers: { ...commonHeaders, 'Content-Security-Policy': cspText(baseCsp) } }];

/** The rule that applies to `sitePath` (relative to the base path, no leading slash). */
export function ruleFor(sitePath) {
  const path = sitePath.replace(/^\/+/, '');
  let found = headerRules[0];
  for (const rule of headerRules) if (path.startsWith(rule.prefix)) found = rule;
  return found;
}

/** The security headers of a path relative to the site's base path ('' for the home page). */
export function securityHeadersFor(sitePath) {
  return ruleFor(sitePath).headers;
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
