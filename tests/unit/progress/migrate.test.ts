import { describe, expect, it } from 'vitest';
import { migrate, migrations, PROGRESS_VERSION, progressSchema, type Migration } from '../../../src/engine/progress';

/**
 * A test-only table: an imagined version 0 kept opened lessons as a list of ids and had no
 * exercises; version 1 is the real current format.
 */
const testTable: Record<number, Migration> = {
  0: (doc) => {
    const opened = (doc['opened'] as string[]) ?? [];
    const { opened: _dropped, ...rest } = doc;
    return { ...rest, version: 1, lessons: Object.fromEntries(opened.map((id) => [id, { openedAt: doc['updatedAt'] }])), exercises: {} };
  },
};

const v0 = {
  format: 'formation-mutuelles/progress',
  version: 0,
  learnerId: 'ancien',
  updatedAt: '2025-01-01T00:00:00.000Z',
  opened: ['a', 'b'],
  quizzes: {},
};

describe('migrations', () => {
  it('has no real step yet: version 1 is the first', () => {
    expect(PROGRESS_VERSION).toBe(1);
    expect(Object.keys(migrations)).toEqual([]);
  });

  it('runs the steps from an older version to the current one, giving a valid document', () => {
    const result = migrate(v0, testTable);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.doc).toMatchObject({ version: 1, lessons: { a: { openedAt: v0.updatedAt }, b: { openedAt: v0.updatedAt } }, exercises: {} });
    expect(result.doc).not.toHaveProperty('opened');
    expect(progressSchema.safeParse(result.doc).success).toBe(true);
    expect(v0.version).toBe(0); // the input is left untouched
  });

  it('leaves a current document as it is', () => {
    const doc = { ...v0, version: 1 };
    expect(migrate(doc, testTable)).toEqual({ ok: true, doc });
  });

  it('chains several steps', () => {
    const table: Record<number, Migration> = { 0: (d) => ({ ...d, version: 1, one: true }), 1: (d) => ({ ...d, version: 2, two: true }) };
    expect(migrate({ version: 0 }, table, 2)).toEqual({ ok: true, doc: { version: 2, one: true, two: true } });
  });

  it('refuses a newer version as FUTURE_VERSION, and unusable versions as UNKNOWN_VERSION', () => {
    expect(migrate({ version: 2 }, testTable)).toEqual({ ok: false, code: 'FUTURE_VERSION', version: 2 });
    expect(migrate(v0)).toMatchObject({ ok: false, code: 'UNKNOWN_VERSION', version: 0 }); // no real step for 0
    expect(migrate({ version: 'un' })).toMatchObject({ ok: false, code: 'UNKNOWN_VERSION' });
    expect(migrate({})).toMatchObject({ ok: false, code: 'UNKNOWN_VERSION' });
    expect(migrate({ version: 0.5 })).toMatchObject({ ok: false, code: 'UNKNOWN_VERSION' });
    expect(migrate({ version: 0 }, { 0: (d) => d })).toMatchObject({ ok: false, code: 'UNKNOWN_VERSION' }); // a step that does not advance
  });
});
