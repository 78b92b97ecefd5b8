import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyProgress, exportProgress, importProgress, mergeProgress, migrate, progressSchema, type ProgressDoc } from '../../../src/engine/progress';

const fixture = (name: string) => readFileSync(`tests/fixtures/progress/${name}`, 'utf8');
const v1 = () => progressSchema.parse(JSON.parse(fixture('v1-document.json'))) as ProgressDoc;
const at = '2026-11-22T08:00:00.000Z';

describe('backup files', () => {
  it('round-trips through an exported file', () => {
    const text = exportProgress(v1(), new Date(at));
    expect(JSON.parse(text)).toMatchObject({ format: 'formation-mutuelles/progress-backup', version: 1, exportedAt: at });
    const result = importProgress(emptyProgress('here', new Date(at)), text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.doc.learnerId).toBe('here');
    expect(result.added).toEqual({ lessons: 2, quizAttempts: 2, exerciseAttempts: 1 });
  });

  it('imports the v1 backup fixture', () => {
    expect(importProgress(emptyProgress('x', new Date(at)), fixture('v1-backup.json')).ok).toBe(true);
  });

  it('merges two devices, keeping what each side has', () => {
    const phone = v1();
    const laptop = emptyProgress('laptop', new Date(at));
    laptop.lessons['gestion-technique'] = { openedAt: at };
    laptop.lessons['calcul-cotisation'] = { openedAt: '2026-11-17T09:00:00.000Z' };
    laptop.quizzes['calcul-cotisation'] = { attempts: [{ id: 'l1-zzzz', at, answers: {}, score: 1, points: 10, maxPoints: 10, passed: true }] };
    const result = importProgress(laptop, exportProgress(phone));
    if (!result.ok) throw new Error(result.code);
    expect(Object.keys(result.doc.lessons).sort()).toEqual(['calcul-cotisation', 'etude-faisabilite', 'gestion-technique']);
    expect(result.doc.lessons['calcul-cotisation']).toEqual({ openedAt: '2026-11-17T09:00:00.000Z', completedAt: '2026-11-18T10:00:00.000Z' });
    expect(result.doc.quizzes['calcul-cotisation']?.attempts.map((a) => a.id)).toEqual(['m1-aaaa', 'm2-bbbb', 'l1-zzzz']);
    expect(result.doc.lastPosition?.href).toBe('/modules/viabilite/etude-faisabilite/');
  });

  it('merge is idempotent and, but for the local learner id, commutative', () => {
    const a = v1();
    const b = emptyProgress('b', new Date(at));
    b.exercises['x'] = { attempts: [{ id: 'e1', at, seed: 's', steps: [], score: 0.5, completed: false }] };
    expect(mergeProgress(a, a)).toEqual(a);
    const ab = mergeProgress(a, b);
    const ba = mergeProgress(b, a);
    expect({ ...ab, learnerId: '' }).toEqual({ ...ba, learnerId: '' });
    expect(mergeProgress(ab, b)).toEqual(ab);
  });

  it.each([
    ['a truncated file', 'truncated-backup.json', 'NOT_JSON'],
    ['a file from another application', 'foreign.json', 'WRONG_FORMAT'],
    ['a file from a newer version', 'future-version.json', 'FUTURE_VERSION'],
  ])('refuses %s and changes nothing', (_name, file, code) => {
    const current = v1();
    const before = JSON.stringify(current);
    const result = importProgress(current, fixture(file));
    expect(result).toMatchObject({ ok: false, code });
    expect(JSON.stringify(current)).toBe(before);
  });

  it('refuses an oversized file and an invalid document, naming the field', () => {
    expect(importProgress(v1(), fixture('v1-backup.json'), { maxBytes: 100 })).toMatchObject({ ok: false, code: 'TOO_LARGE' });
    const broken = JSON.parse(fixture('v1-backup.json'));
    broken.progress.quizzes['calcul-cotisation'].attempts[1].score = 7;
    expect(importProgress(v1(), JSON.stringify(broken))).toEqual({ ok: false, code: 'INVALID', detail: 'quizzes.calcul-cotisation.attempts.1.score' });
  });
});

describe('migrations', () => {
  it('runs each step from an older version, refuses newer and unknown versions', () => {
    const table = { 0: (doc: Record<string, unknown>) => ({ ...doc, version: 1, exercises: {}, renamed: doc['old'] }) };
    expect(migrate({ version: 0, old: 'x' }, table)).toEqual({ ok: true, doc: { version: 1, old: 'x', exercises: {}, renamed: 'x' } });
    expect(migrate({ version: 1 }, table)).toEqual({ ok: true, doc: { version: 1 } });
    expect(migrate({ version: 3 }, table)).toMatchObject({ ok: false, code: 'FUTURE_VERSION' });
    expect(migrate({ version: 0 })).toMatchObject({ ok: false, code: 'UNKNOWN_VERSION' });
    expect(migrate({ version: 'un' })).toMatchObject({ ok: false, code: 'UNKNOWN_VERSION' });
  });
});
