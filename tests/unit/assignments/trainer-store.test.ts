import { describe, expect, it } from 'vitest';
import {
  buildReceipt, emptyTrainerDoc, encodeAssignmentFragment, encodeReceiptCode, encodeReceiptFile, importReceipts, loadTrainerDoc, mergeTrainerDocs, parseRoster, parseTrainerBackup, saveTrainerDoc, savedReceipts,
} from '../../../src/engine/assignments';
import { fakeStorage } from '../progress/fake-storage';
import { assignment, HANDED_AT, OPENED_AT, traineeProgress } from './fixtures';

const now = new Date('2026-12-09T10:00:00.000Z');
const receiptOf = (name: string, handedAt = HANDED_AT) => buildReceipt(traineeProgress(name, true), assignment, { name }, OPENED_AT, handedAt);

function docWithAssignment() {
  const doc = emptyTrainerDoc(now);
  doc.assignments[assignment.id] = { fragment: encodeAssignmentFragment(assignment), savedAt: now.toISOString() };
  return doc;
}

describe('trainer store', () => {
  it('imports valid receipts and refuses the others, each with its reason', () => {
    const doc = docWithAssignment();
    const foreign = buildReceipt(traineeProgress('Awa', true), { ...assignment, id: 'zzzzzzzz' }, { name: 'Awa' }, OPENED_AT, HANDED_AT);
    const good = encodeReceiptFile(receiptOf('Awa'));
    const outcome = importReceipts(doc, [
      { source: 'awa.json', text: good },
      { source: 'coupé.json', text: good.slice(0, 300) },
      { source: 'modifié.json', text: good.replace('"name": "Awa"', '"name": "Awo"') },
      { source: 'autre.json', text: encodeReceiptFile(foreign) },
      { source: 'code 1', text: encodeReceiptCode(receiptOf('Binta')) },
    ], now);
    expect(outcome.accepted.map((a) => [a.source, a.status])).toEqual([['awa.json', 'new'], ['code 1', 'new']]);
    expect(outcome.rejected).toEqual([
      { source: 'coupé.json', code: 'TRUNCATED' },
      { source: 'modifié.json', code: 'TAMPERED' },
      { source: 'autre.json', code: 'OTHER_ASSIGNMENT' },
    ]);
    expect(savedReceipts(doc, assignment.id).map((r) => r.trainee.name).sort()).toEqual(['Awa', 'Binta']);
  });

  it('a later receipt of the same trainee replaces the earlier; an older one never does', () => {
    const doc = docWithAssignment();
    importReceipts(doc, [{ source: 'a', text: encodeReceiptCode(receiptOf('Awa')) }], now);
    const later = receiptOf('AWA ', new Date(HANDED_AT.getTime() + 60_000));
    expect(importReceipts(doc, [{ source: 'b', text: encodeReceiptCode(later) }], now).accepted[0]!.status).toBe('replaced');
    expect(importReceipts(doc, [{ source: 'c', text: encodeReceiptCode(receiptOf('Awa')) }], now).accepted[0]!.status).toBe('older-kept');
    expect(savedReceipts(doc, assignment.id).map((r) => r.handedAt)).toEqual([later.handedAt]);
  });

  it('merges backups without loss, in any order', () => {
    const a = docWithAssignment();
    importReceipts(a, [{ source: 'a', text: encodeReceiptCode(receiptOf('Awa')) }], now);
    a.rosters['Thiès'] = ['Awa', 'Binta'];
    const b = docWithAssignment();
    importReceipts(b, [{ source: 'b', text: encodeReceiptCode(receiptOf('Binta')) }], now);
    b.rosters['Thiès'] = ['binta', 'Coumba'];
    const merged = mergeTrainerDocs(a, b);
    expect(mergeTrainerDocs(b, a)).toEqual(merged);
    expect(Object.keys(merged.receipts[assignment.id]!).sort()).toEqual(['name:awa', 'name:binta']);
    expect(merged.rosters['Thiès']).toEqual(['Awa', 'Binta', 'Coumba']);
  });

  it('reads backups and refuses other files', () => {
    const doc = docWithAssignment();
    expect(parseTrainerBackup(JSON.stringify(doc))).toEqual({ ok: true, doc });
    expect(parseTrainerBackup('{')).toEqual({ ok: false, code: 'NOT_JSON' });
    expect(parseTrainerBackup('{"format":"x"}')).toEqual({ ok: false, code: 'NOT_A_TRAINER_BACKUP' });
    expect(parseTrainerBackup(JSON.stringify({ ...doc, version: 2 }))).toEqual({ ok: false, code: 'NEWER_VERSION' });
    expect(parseTrainerBackup(JSON.stringify({ ...doc, receipts: 3 }))).toEqual({ ok: false, code: 'INVALID' });
  });

  it('keeps unreadable stored data aside instead of losing it', () => {
    const storage = fakeStorage();
    storage.setItem('k', '{broken');
    const loaded = loadTrainerDoc(storage, 'k', now);
    expect(loaded.warning).toBe('CORRUPT_DATA_RESET');
    expect([...storage.data.entries()]).toEqual([[`k:backup:${now.toISOString()}`, '{broken']]);
    expect(saveTrainerDoc(storage, 'k', loaded.doc)).toBe(true);
    expect(loadTrainerDoc(storage, 'k', now)).toEqual({ doc: loaded.doc });
    storage.failures.write = 'quota';
    expect(saveTrainerDoc(storage, 'k', loaded.doc)).toBe(false);
  });

  it('reads a roster pasted or from a CSV, without header or duplicates', () => {
    expect(parseRoster('\uFEFFNom;Groupe\r\nAwa Sarr;A\r\n"Binta Diallo";B\r\nawa  sarr;A\r\n\r\n')).toEqual(['Awa Sarr', 'Binta Diallo']);
  });
});
