import { PROGRESS_VERSION } from './schema';

/**
 * Migrations of stored progress, keyed by the version they upgrade FROM: migrations[n] turns a
 * version-n document into version n+1. Version 1 is the first published format, so the table
 * is empty; the mechanism is tested with a test-only table, and the next format change adds
 * its step here together with a fixture of the old payload.
 */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;
export const migrations: Record<number, Migration> = {};

export type MigrationResult =
  | { ok: true; doc: Record<string, unknown> }
  | { ok: false; code: 'FUTURE_VERSION' | 'UNKNOWN_VERSION'; version: unknown };

export function migrate(doc: Record<string, unknown>, table: Record<number, Migration> = migrations, target = PROGRESS_VERSION): MigrationResult {
  let current = doc;
  let version = current['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return { ok: false, code: 'UNKNOWN_VERSION', version };
  if (version > target) return { ok: false, code: 'FUTURE_VERSION', version };
  while (version < target) {
    const step = table[version];
    if (!step) return { ok: false, code: 'UNKNOWN_VERSION', version };
    current = step(current);
    version = current['version'];
    if (typeof version !== 'number') return { ok: false, code: 'UNKNOWN_VERSION', version };
  }
  return { ok: true, doc: current };
}
