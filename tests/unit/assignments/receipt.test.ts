import { describe, expect, it } from 'vitest';
import { buildReceipt, decodeReceipt, encodeReceiptCode, encodeReceiptFile, matchesAssignment, splitPastedCodes } from '../../../src/engine/assignments';
import { exportProgress } from '../../../src/engine/progress';
import { assignment, HANDED_AT, OPENED_AT, traineeProgress } from './fixtures';

const trainee = { name: 'Moussa Diop', ref: 'M-17' };
const receipt = buildReceipt(traineeProgress('Moussa Diop', true), assignment, trainee, OPENED_AT, HANDED_AT);

describe('receipts', () => {
  it('carry the raw work of every item, not only scores', () => {
    expect(receipt.items.map((i) => `${i.kind}:${i.id}`)).toEqual(['lesson:calcul-cotisation', 'quiz:calcul-cotisation', 'test:viabilite', 'exercise:marge-et-chargements']);
    expect(receipt.items[1]!.attempts).toHaveLength(1);
    expect(Object.keys((receipt.items[1]!.attempts![0] as { answers: object }).answers).length).toBeGreaterThan(5);
    expect(receipt.handedAt).toBe(HANDED_AT.toISOString());
    expect(matchesAssignment(receipt, assignment)).toBe(true);
  });

  it('leave out quiz attempts made before the assignment was opened', () => {
    const late = buildReceipt(traineeProgress('Moussa Diop', true), assignment, trainee, '2026-12-09T00:00:00.000Z', HANDED_AT);
    expect(late.items[1]!.attempts).toEqual([]);
  });

  it('round-trip as a file and as a text code', () => {
    expect(decodeReceipt(encodeReceiptFile(receipt))).toEqual({ ok: true, receipt });
    expect(decodeReceipt(encodeReceiptCode(receipt))).toEqual({ ok: true, receipt });
    // A code broken over lines by a messaging app still reads.
    const code = encodeReceiptCode(receipt);
    expect(decodeReceipt(`${code.slice(0, 40)}\n${code.slice(40)}`)).toEqual({ ok: true, receipt });
  });

  it('refuse a truncated file or code with TRUNCATED', () => {
    const file = encodeReceiptFile(receipt);
    expect(decodeReceipt(file.slice(0, file.length / 2))).toEqual({ ok: false, code: 'TRUNCATED' });
    const code = encodeReceiptCode(receipt);
    expect(decodeReceipt(code.slice(0, code.length - 5))).toEqual({ ok: false, code: 'TRUNCATED' });
    expect(decodeReceipt(code.slice(0, code.length / 2))).toEqual({ ok: false, code: 'TRUNCATED' });
  });

  it('refuse an edited file with TAMPERED (a raised score, an answer changed)', () => {
    const edited = encodeReceiptFile(receipt).replace('"claimed": 1', '"claimed": 0.5').replace('"name": "Moussa Diop"', '"name": "Moussa Dio"');
    expect(decodeReceipt(edited)).toEqual({ ok: false, code: 'TAMPERED' });
  });

  it('refuse unknown versions, other files and oversized input, each with its code', () => {
    const newer = encodeReceiptFile(receipt).replace('"version": 1', '"version": 2');
    expect(decodeReceipt(newer)).toEqual({ ok: false, code: 'UNKNOWN_VERSION' });
    expect(decodeReceipt(encodeReceiptCode(receipt).replace(/^FMR1/, 'FMR9'))).toEqual({ ok: false, code: 'UNKNOWN_VERSION' });
    expect(decodeReceipt(exportProgress(traineeProgress('x', true)))).toEqual({ ok: false, code: 'PROGRESS_BACKUP' });
    expect(decodeReceipt('{"format":"autre-produit","version":1}')).toEqual({ ok: false, code: 'NOT_A_RECEIPT' });
    expect(decodeReceipt('bonjour')).toEqual({ ok: false, code: 'NOT_A_RECEIPT' });
    expect(decodeReceipt('')).toEqual({ ok: false, code: 'NOT_A_RECEIPT' });
    expect(decodeReceipt('x'.repeat(300_000))).toEqual({ ok: false, code: 'TOO_LARGE' });
  });

  it('split pasted text into codes', () => {
    const a = encodeReceiptCode(receipt);
    expect(splitPastedCodes(`  ${a}\n\n${a} `)).toEqual([a, a]);
    expect(splitPastedCodes('   ')).toEqual([]);
  });
});
