import { PROGRESS_VERSION } from './schema';

/**
 * Migrations of stored progress documents, keyed by the version they upgrade FROM:
 * `migrations[n]` turns a version-n document into version n + 1. They run on read (store) and
 * on import (backup), before validation, so the rest of the code only ever sees the current
 * version. Version 1 is the first published format, so the table is empty today; the mechanism
 * is tested with a test-only table. The next format change adds its step here, together with a
 * fixture of the old payload in tests/fixtures/progress/.
 */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/** The real migration table (empty: version 1 is the first). */
export const migrations: Readonly<Record<number, Migration>> = {};

/**
 * The outcome of migrating. FUTURE_VERSION: written by a newer version of the site (keep it,
 * do not overwrite it); UNKNOWN_VERSION: no usable `version`, or no step for it (corrupt data).
 */
export type MigrationResult = { ok: true; doc: Record<string, unknown> } | { ok: false; code: 'FUTURE_VERSION' | 'UNKNOWN_VERSION'; version: unknown };

/**
 * Brings a document to `target` by applying each step in turn. Pure: the steps receive the
 * document and must return a new one whose `version` is exactly one more.
 */
export function migrate(doc: Record<string, unknown>, table: Readonly<Record<number, Migration>> = migrations, target: number = PROGRESS_VERSION): MigrationResult {
  let current = doc;
  const stated = current['version'];
  if (typeof stated !== 'number' || !Number.isInteger(stated) || stated < 0) return { ok: false, code: 'UNKNOWN_VERSION', version: stated };
  let version = stated;
  if (version > target) return { ok: false, code: 'FUTURE_VERSION', version };
  while (version < target) {
    const step: Migration | undefined = table[version];
    if (!step) return { ok: false, code: 'UNKNOWN_VERSION', version };
    current = step(current);
    if (current['version'] !== version + 1) return { ok: false, code: 'UNKNOWN_VERSION', version: current['version'] };
    version = version + 1;
  }
  return { ok: true, doc: current };
}
