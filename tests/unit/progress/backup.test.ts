import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, emptyProgress, exportProgress, importProgress, progressSchema, type ProgressDoc } from '../../../src/engine/progress';

const fixture = (name: string) => readFileSync(`tests/fixtures/progress/${name}`, 'utf8');
const v1 = () => progressSchema.parse(JSON.parse(fixture('v1-document.json'))) as ProgressDoc;
const at = '2026-11-22T08:00:00.000Z';

describe('exportProgress', () => {
  it('writes a pretty JSON envelope around the document', () => {
    const text = exportProgress(v1(), new Date(at));
    expect(text).toContain('\n  "format": "formation-mutuelles/progress-backup"');
    expect(JSON.parse(text)).toEqual({ format: BACKUP_FORMAT, version: 1, exportedAt: at, progress: v1() });
  });
});

describe('importProgress', () => {
  it('round-trips an export into an empty browser, keeping the local learner id', () => {
    const here = emptyProgress('ici', new Date(at));
    const result = importProgress(here, exportProgress(v1(), new Date(at)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.doc).toEqual({ ...v1(), learnerId: 'ici', updatedAt: at });
    expect(result.added).toEqual({ lessons: 2, quizAttempts: 2, exerciseAttempts: 1, h5pResults: 0 });
  });

  it('imports the v1 backup fixture, and a bare progress document', () => {
    expect(importProgress(emptyProgress('x', new Date(at)), fixture('v1-backup.json'))).toMatchObject({ ok: true, added: { quizAttempts: 2 } });
    expect(importProgress(emptyProgress('x', new Date(at)), fixture('v1-document.json'))).toMatchObject({ ok: true, added: { lessons: 2 } });
  });

  it('adds nothing when the same file is imported twice', () => {
    const first = importProgress(emptyProgress('x', new Date(at)), fixture('v1-backup.json'));
    if (!first.ok) throw new Error(first.code);
    const second = importProgress(first.doc, fixture('v1-backup.json'));
    expect(second).toEqual({ ok: true, doc: first.doc, added: { lessons: 0, quizAttempts: 0, exerciseAttempts: 0, h5pResults: 0 } });
  });

  it('merges two different exports, keeping what each side has', () => {
    const phone = v1();
    const laptop = emptyProgress('portable', new Date(at));
    laptop.lessons['gestion-technique'] = { openedAt: at };
    laptop.lessons['calcul-cotisation'] = { openedAt: '2026-11-17T09:00:00.000Z' };
    laptop.lessons['etude-faisabilite'] = { openedAt: '2026-11-19T09:00:00.000Z' };
    laptop.quizzes['calcul-cotisation'] = { attempts: [{ id: 'l1-zzzz', at, answers: {}, score: 1, points: 10, maxPoints: 10, passed: true }] };
    laptop.exercises['autre'] = { attempts: [{ id: 'l2-yyyy', at, seed: 's', steps: [], score: 0.5, completed: false }] };

    // Export from each side, import the other's file: both end with everything.
    const onLaptop = importProgress(laptop, exportProgress(phone));
    const onPhone = importProgress(phone, exportProgress(laptop));
    if (!onLaptop.ok || !onPhone.ok) throw new Error('import failed');
    expect(Object.keys(onLaptop.doc.lessons).sort()).toEqual(['calcul-cotisation', 'etude-faisabilite', 'gestion-technique']);
    expect(onLaptop.doc.lessons['calcul-cotisation']).toEqual({ openedAt: '2026-11-17T09:00:00.000Z', completedAt: '2026-11-18T10:00:00.000Z' });
    expect(onLaptop.doc.quizzes['calcul-cotisation']?.attempts.map((a) => a.id)).toEqual(['m1-aaaa', 'm2-bbbb', 'l1-zzzz']);
    expect(Object.keys(onLaptop.doc.exercises).sort()).toEqual(['autre', 'ticket-moderateur']);
    expect(onLaptop.doc.lastPosition?.href).toBe('/modules/viabilite/etude-faisabilite/');
    // calcul-cotisation newly completed on the laptop; etude-faisabilite changes nothing there.
    expect(onLaptop.added).toEqual({ lessons: 1, quizAttempts: 2, exerciseAttempts: 1, h5pResults: 0 });
    expect(onPhone.added).toEqual({ lessons: 1, quizAttempts: 1, exerciseAttempts: 1, h5pResults: 0 });
    expect({ ...onLaptop.doc, learnerId: '' }).toEqual({ ...onPhone.doc, learnerId: '' });
    expect(onLaptop.doc.learnerId).toBe('portable');
    expect(onPhone.doc.learnerId).toBe(phone.learnerId);
  });

  it.each([
    ['a truncated file', fixture('truncated-backup.json'), 'NOT_JSON'],
    ['an empty file', '', 'NOT_JSON'],
    ['a file from another application', fixture('foreign.json'), 'WRONG_FORMAT'],
    ['a JSON array', '[]', 'WRONG_FORMAT'],
    ['JSON null', 'null', 'WRONG_FORMAT'],
    ['a document from a newer version', fixture('future-version.json'), 'FUTURE_VERSION'],
    ['a backup envelope from a newer version', JSON.stringify({ ...JSON.parse(fixture('v1-backup.json')), version: 2 }), 'FUTURE_VERSION'],
    ['a backup without its progress', JSON.stringify({ format: BACKUP_FORMAT, version: 1 }), 'INVALID'],
    ['a document of an unknown version', JSON.stringify({ ...JSON.parse(fixture('v1-document.json')), version: 'un' }), 'INVALID'],
  ])('refuses %s and changes nothing', (_name, text, code) => {
    const current = v1();
    const before = JSON.stringify(current);
    expect(importProgress(current, text)).toMatchObject({ ok: false, code });
    expect(JSON.stringify(current)).toBe(before);
  });

  it('refuses an oversized file, counting bytes rather than characters', () => {
    expect(importProgress(v1(), fixture('v1-backup.json'), { maxBytes: 100 })).toEqual({ ok: false, code: 'TOO_LARGE', detail: '100' });
    const accents = JSON.stringify({ format: 'x', note: 'é'.repeat(60) }); // 60 characters, 120 bytes of é
    expect(importProgress(v1(), accents, { maxBytes: accents.length + 10 })).toMatchObject({ ok: false, code: 'TOO_LARGE' });
    expect(importProgress(v1(), accents, { maxBytes: accents.length + 60 })).toMatchObject({ ok: false, code: 'WRONG_FORMAT' });
    expect(importProgress(v1(), ' '.repeat(1_000_001))).toMatchObject({ ok: false, code: 'TOO_LARGE' }); // the default limit
  });

  it('names the first invalid field', () => {
    const broken = JSON.parse(fixture('v1-backup.json'));
    broken.progress.quizzes['calcul-cotisation'].attempts[1].score = 7;
    expect(importProgress(v1(), JSON.stringify(broken))).toEqual({ ok: false, code: 'INVALID', detail: 'quizzes.calcul-cotisation.attempts.1.score' });
  });
});
