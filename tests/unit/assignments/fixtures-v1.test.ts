import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildReport, decodeAssignmentFragment, decodeReceipt, parseTrainerBackup, savedAssignments, savedReceipts } from '../../../src/engine/assignments';
import { catalogue } from './fixtures';

// Payloads written by version 1 and kept as they are: later versions must still read them.
const fixture = (name: string) => readFileSync(`tests/fixtures/assignments/${name}`, 'utf8');

describe('version 1 payloads', () => {
  it('the link, the receipt file, the receipt code and the trainer backup still read and score the same', () => {
    const link = decodeAssignmentFragment(fixture('v1-link-fragment.txt').trim());
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    const file = decodeReceipt(fixture('v1-receipt.json'));
    const code = decodeReceipt(fixture('v1-receipt-code.txt'));
    expect(file.ok && code.ok).toBe(true);
    if (!file.ok || !code.ok) return;
    const report = buildReport(link.assignment, catalogue, [file.receipt, code.receipt]);
    // The exercise is scored on each trainee's own values, drawn again from the assignment and the name.
    expect(report.rows.map((row) => [row.name, row.cells[3]!.score])).toEqual([['Awa Sarr', 1], ['Ibrahima Fall', 0.75]]);
    const backup = parseTrainerBackup(fixture('v1-trainer-backup.json'));
    expect(backup.ok).toBe(true);
    if (!backup.ok) return;
    expect(savedAssignments(backup.doc).map((a) => a.id)).toEqual([link.assignment.id]);
    expect(savedReceipts(backup.doc, link.assignment.id)).toHaveLength(2);
  });
});
