import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildReceipt, buildReport, checksum, decodeAssignmentFragment, decodeReceipt, encodeAssignmentFragment, encodeReceiptCode, encodeReceiptFile, RECEIPT_FORMAT, type Assignment, type Receipt } from '../../../src/engine/assignments';
import { xapiStatements } from '../../../src/engine/assignments/xapi';
import { emptyProgress, progressSchema, type ProgressDoc } from '../../../src/engine/progress';
import { catalogue as courseCatalogue, OPENED_AT } from './fixtures';

// An assignment with one H5P activity and the lesson quiz (pass mark 70 %).
const ACTIVITY = 'cotisation-par-beneficiaire';
const catalogue = { ...courseCatalogue, h5p: { [ACTIVITY]: { title: 'Calculer la cotisation annuelle par bénéficiaire', path: `modules/viabilite/calcul-cotisation/#h5p-title-${ACTIVITY}`, contentVersion: 'a1b2c3d4e5f6' } } };
const assignment: Assignment = {
  id: 'h5pdevoir01',
  title: 'Devoir : activité interactive',
  passMark: 0.7,
  askRef: false,
  createdAt: '2026-12-07T08:00:00.000Z',
  items: [{ kind: 'lesson', id: 'calcul-cotisation' }, { kind: 'h5p', id: ACTIVITY }],
};
const trainee = { name: 'Fatou Ba' };
const at = (minute: number) => new Date(Date.UTC(2026, 11, 8, 9, minute)).toISOString();

/** A progress document whose H5P record holds `results` (score raw of 4). */
function played(results: { minute: number; score: number; success?: boolean; version?: string; verb?: 'answered' | 'completed' }[]): ProgressDoc {
  const doc = emptyProgress('device-fatou', new Date(at(0)));
  doc.lessons['calcul-cotisation'] = { openedAt: at(1) };
  doc.h5p = { [ACTIVITY]: { results: results.map((r, i) => ({ id: `r${i}`, at: at(r.minute), verb: r.verb ?? 'answered', score: r.score, max: 4, scaled: r.score / 4, ...(r.success === undefined ? {} : { success: r.success }), completion: true, contentVersion: r.version ?? 'a1b2c3d4e5f6' })) } };
  return progressSchema.parse(doc);
}

/** A file receipt whose JSON was changed and its checksum made again (a consistent forgery or a bug). */
function refiled(receipt: Receipt, change: (item: Record<string, unknown>) => void): string {
  const copy = JSON.parse(JSON.stringify(receipt)) as Receipt;
  change(copy.items[1] as unknown as Record<string, unknown>);
  return JSON.stringify({ format: RECEIPT_FORMAT, version: 1, checksum: checksum(JSON.stringify(copy)), receipt: copy });
}

describe('an H5P item in an assignment', () => {
  it('travels in the assignment link', () => {
    const decoded = decodeAssignmentFragment(encodeAssignmentFragment(assignment));
    expect(decoded.ok && decoded.assignment.items).toEqual(assignment.items);
  });

  it('the receipt carries the latest raw result since the assignment was opened', () => {
    // 1 of 4 before opening (practice), then 2 of 4 and 3 of 4: the receipt carries 3 of 4.
    const doc = played([{ minute: -5, score: 1 }, { minute: 10, score: 2, success: false }, { minute: 20, score: 3, success: true }]);
    const receipt = buildReceipt(doc, assignment, trainee, OPENED_AT, new Date(at(30)));
    expect(receipt.items[1]).toEqual({ kind: 'h5p', id: ACTIVITY, claimed: 0.75, attempts: [{ at: at(20), score: 3, max: 4, scaled: 0.75, success: true, completion: true, contentVersion: 'a1b2c3d4e5f6' }] });
    // Played only before the assignment was opened: nothing to hand back.
    const early = buildReceipt(played([{ minute: -5, score: 4 }]), assignment, trainee, OPENED_AT, new Date(at(30)));
    expect(early.items[1]).toEqual({ kind: 'h5p', id: ACTIVITY, claimed: null, attempts: [] });
  });

  it('round-trips as a file and as a code', () => {
    const receipt = buildReceipt(played([{ minute: 20, score: 3, success: true }]), assignment, trainee, OPENED_AT, new Date(at(30)));
    expect(decodeReceipt(encodeReceiptFile(receipt))).toEqual({ ok: true, receipt });
    expect(decodeReceipt(encodeReceiptCode(receipt))).toEqual({ ok: true, receipt });
  });

  it('a raised H5P score in the file is refused as TAMPERED', () => {
    const receipt = buildReceipt(played([{ minute: 20, score: 3, success: true }]), assignment, trainee, OPENED_AT, new Date(at(30)));
    const file = encodeReceiptFile(receipt);
    expect(file).toContain('"score": 3');
    expect(decodeReceipt(file.replace('"score": 3', '"score": 4').replace('"scaled": 0.75', '"scaled": 1'))).toEqual({ ok: false, code: 'TAMPERED' });
    expect(decodeReceipt(file.replace('"success": true', '"success": false'))).toEqual({ ok: false, code: 'TAMPERED' });
  });

  it('the report shows the declared score: 3 of 4 is 75 %, the overall is the mean of graded items', () => {
    const receipt = buildReceipt(played([{ minute: 20, score: 3, success: true }]), assignment, trainee, OPENED_AT, new Date(at(30)));
    const report = buildReport(assignment, catalogue, [receipt]);
    expect(report.items.map((item) => [item.title, item.graded])).toEqual([[courseCatalogue.lessons['calcul-cotisation']!.title, false], ['Calculer la cotisation annuelle par bénéficiaire', true]]);
    const cell = report.rows[0]!.cells[1]!;
    expect(cell).toMatchObject({ status: 'done', score: 0.75, attempts: 1, ignored: 0, declared: { score: 3, max: 4, success: true, completion: true, otherVersion: false } });
    // Only the H5P item is graded: overall 75 % ≥ 70 %, passed.
    expect(report.rows[0]).toMatchObject({ overall: 0.75, passed: true });
    expect(report.items[1]).toMatchObject({ done: 1, mean: 0.75 });
  });

  it('flags a result of another version of the package, and counts a missing result as not done (0 in the overall)', () => {
    const other = buildReceipt(played([{ minute: 20, score: 4, version: 'oldversion01' }]), assignment, trainee, OPENED_AT, new Date(at(30)));
    expect(buildReport(assignment, catalogue, [other]).rows[0]!.cells[1]!.declared?.otherVersion).toBe(true);
    const none = buildReceipt(emptyProgress('device-fatou', new Date(at(0))), assignment, { name: 'Awa' }, OPENED_AT, new Date(at(30)));
    const row = buildReport(assignment, catalogue, [none]).rows[0]!;
    expect(row.cells[1]).toMatchObject({ status: 'not-started', score: null, ignored: 0 });
    expect(row).toMatchObject({ overall: 0, passed: false });
  });

  it('a garbled result (score above max, no score, no version) is set aside and counted, the rest of the receipt kept', () => {
    const receipt = buildReceipt(played([{ minute: 20, score: 3, success: true }]), assignment, trainee, OPENED_AT, new Date(at(30)));
    for (const garble of [
      (item: Record<string, unknown>) => ((item.attempts as Record<string, unknown>[])[0]!.score = 9),
      (item: Record<string, unknown>) => delete (item.attempts as Record<string, unknown>[])[0]!.score,
      (item: Record<string, unknown>) => ((item.attempts as Record<string, unknown>[])[0]!.contentVersion = ''),
      (item: Record<string, unknown>) => ((item.attempts as unknown[])[0] = 'trois sur quatre'),
    ]) {
      const decoded = decodeReceipt(refiled(receipt, garble));
      expect(decoded.ok).toBe(true);
      if (!decoded.ok) continue;
      const row = buildReport(assignment, catalogue, [decoded.receipt]).rows[0]!;
      expect(row.cells[1]).toMatchObject({ status: 'not-started', score: null, ignored: 1 });
      expect(row.cells[0]).toMatchObject({ status: 'done' });
    }
  });

  it('the xAPI export keeps the package result: raw 3 of 4 and its own success', () => {
    const receipt = buildReceipt(played([{ minute: 20, score: 3, success: false }]), assignment, trainee, OPENED_AT, new Date(at(30)));
    const statements = xapiStatements(assignment, catalogue, [receipt]).statements.filter((s) => s.object.id.includes('/h5p/'));
    // 75 % is above the assignment's 70 %, but the package judged the attempt failed: its word stands.
    const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(new URL('./xapi-statement.schema.json', import.meta.url), 'utf8')));
    for (const statement of statements) expect(validate(statement), JSON.stringify(validate.errors)).toBe(true);
    expect(statements.map((s) => [s.verb.display['en-US'], s.result?.score, s.result?.success, s.timestamp])).toEqual([
      ['completed', { scaled: 0.75, raw: 3, min: 0, max: 4 }, undefined, at(20)],
      ['failed', { scaled: 0.75, raw: 3, min: 0, max: 4 }, false, at(20)],
    ]);
  });
});
