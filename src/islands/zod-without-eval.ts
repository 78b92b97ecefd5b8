import { config } from 'zod/v4-mini';

/**
 * zod 4 (used by the assignment codecs in the browser) compiles fast parsers with
 * `new Function` when it may, and finds out by trying `new Function('')` when it builds its first
 * object schema.
 * Under the site's policy (no 'unsafe-eval', scripts/hosting/headers.mjs) that try is refused
 * and reported as a CSP violation; zod then parses without compiling anyway. Saying so up front
 * keeps the pages free of violations. zod builds its schemas when their modules load, so the
 * pages import this module before the islands that use zod.
 */
config({ jitless: true });
