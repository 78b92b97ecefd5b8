/**
 * A receipt (« rendu »): the raw work of one trainee on one assignment, handed back to the
 * trainer as a file or as a text code, without a server. Two encodings of one payload:
 *
 * - file (`.json`, readable): `{ format, version, checksum, receipt }`;
 * - text code (for a messaging app, or a QR code when small): `FMR1.<packed receipt>.<checksum>`.
 *
 * `checksum` is over `JSON.stringify(receipt)`; see codec.ts for what it does and does not protect.
 */
import * as z from 'zod/v4-mini';
import { BACKUP_FORMAT } from '../progress/backup';
import { PROGRESS_FORMAT, type ProgressDoc } from '../progress/schema';
import { assignmentCore, type Assignment } from './assignment';
import { checksum, CHECKSUM_LENGTH, pack, unpack } from './codec';
import { ITEM_KINDS } from './item-kinds';
import { COLLECTORS } from './collect';
import { TRAINEE_LIMITS, type Trainee } from './seeds';
import { receiptItemSchema } from './work';

export const RECEIPT_FORMAT = 'formation-mutuelles/receipt';
export const RECEIPT_VERSION = 1;
const CODE_PREFIX = 'FMR';

/** Bounds of what the trainer's page accepts, so a huge or crafted input is refused, not processed. */
export const RECEIPT_LIMITS = { bytes: 256 * 1024, items: 40 } as const;

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/));

export const receiptSchema = z.object({
  assignment: z.object({ id: z.string().check(z.maxLength(24)), core: z.string().check(z.maxLength(CHECKSUM_LENGTH)), title: z.string().check(z.maxLength(200)) }),
  trainee: z.object({
    name: z.string().check(z.minLength(1), z.maxLength(TRAINEE_LIMITS.name)),
    ref: z.optional(z.string().check(z.maxLength(TRAINEE_LIMITS.ref))),
  }),
  /** The trainee's device (progress learner id): tells two devices of one name apart. */
  learnerId: z.string().check(z.maxLength(120)),
  openedAt: isoDate,
  handedAt: isoDate,
  items: z.array(receiptItemSchema).check(z.maxLength(RECEIPT_LIMITS.items)),
});

export type Receipt = z.infer<typeof receiptSchema>;

/** The receipt of a trainee's work as their progress holds it now. */
export function buildReceipt(doc: ProgressDoc, assignment: Assignment, trainee: Trainee, openedAt: string, now: Date): Receipt {
  const context = { assignment, trainee, openedAt };
  return {
    assignment: { id: assignment.id, core: assignmentCore(assignment), title: assignment.title.slice(0, 200) },
    trainee: { name: trainee.name.slice(0, TRAINEE_LIMITS.name), ...(trainee.ref ? { ref: trainee.ref.slice(0, TRAINEE_LIMITS.ref) } : {}) },
    learnerId: doc.learnerId,
    openedAt,
    handedAt: now.toISOString(),
    items: assignment.items.map((item) => COLLECTORS[item.kind](doc, item, context)),
  };
}

/** The receipt as a file's text. */
export function encodeReceiptFile(receipt: Receipt): string {
  const body = JSON.stringify(receipt);
  return `${JSON.stringify({ format: RECEIPT_FORMAT, version: RECEIPT_VERSION, checksum: checksum(body), receipt }, null, 2)}\n`;
}

/** The receipt as one line of text. */
export function encodeReceiptCode(receipt: Receipt): string {
  const body = JSON.stringify(receipt);
  return `${CODE_PREFIX}${RECEIPT_VERSION}.${pack(body)}.${checksum(body)}`;
}

/**
 * Why a receipt was refused; the trainer's page says it in French, per receipt.
 * - NOT_A_RECEIPT: another kind of file or text (PROGRESS_BACKUP: a progress backup instead);
 * - UNKNOWN_VERSION: made by a newer version of the platform;
 * - TRUNCATED: cut short (a partial copy, an interrupted transfer);
 * - TAMPERED: complete, but changed since it was made (checksum mismatch);
 * - INVALID: intact but not a well-formed receipt;
 * - TOO_LARGE: larger than any real receipt;
 * - OTHER_ASSIGNMENT / UNKNOWN_ITEM: a valid receipt for an assignment the trainer does not
 *   have (or another version of it) — these two are decided by `matchReceipt`.
 */
export type ReceiptErrorCode = 'NOT_A_RECEIPT' | 'PROGRESS_BACKUP' | 'UNKNOWN_VERSION' | 'TRUNCATED' | 'TAMPERED' | 'INVALID' | 'TOO_LARGE' | 'OTHER_ASSIGNMENT';

export type DecodedReceipt = { ok: true; receipt: Receipt } | { ok: false; code: ReceiptErrorCode };

const fail = (code: ReceiptErrorCode): DecodedReceipt => ({ ok: false, code });

function checked(receipt: unknown, sum: string): DecodedReceipt {
  if (checksum(JSON.stringify(receipt)) !== sum) return fail('TAMPERED');
  const parsed = receiptSchema.safeParse(receipt);
  if (!parsed.success) return fail('INVALID');
  if (parsed.data.items.some((item) => !(ITEM_KINDS as readonly string[]).includes(item.kind))) return fail('INVALID');
  return { ok: true, receipt: parsed.data };
}

function decodeCode(text: string): DecodedReceipt {
  const match = /^FMR(\d+)\.([A-Za-z0-9_-]*)(?:\.([0-9a-f]*))?$/.exec(text);
  if (!match) return fail(/^FMR\d*\./.test(text) ? 'TAMPERED' : 'NOT_A_RECEIPT');
  if (Number(match[1]) > RECEIPT_VERSION) return fail('UNKNOWN_VERSION');
  const sum = match[3];
  if (sum === undefined || sum.length < CHECKSUM_LENGTH) return fail('TRUNCATED');
  const body = unpack(match[2]!);
  if (body === null) return fail('TRUNCATED');
  let receipt: unknown;
  try {
    receipt = JSON.parse(body);
  } catch {
    return fail('TAMPERED');
  }
  // `checked` compares the checksum with the receipt written back as JSON, which is the packed text.
  return checked(receipt, sum);
}

function decodeFile(text: string): DecodedReceipt {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // A receipt cut short still starts like one; anything else is another file.
    return fail(text.includes(RECEIPT_FORMAT) ? 'TRUNCATED' : 'NOT_A_RECEIPT');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('NOT_A_RECEIPT');
  const record = data as Record<string, unknown>;
  if (record.format === PROGRESS_FORMAT || record.format === BACKUP_FORMAT) return fail('PROGRESS_BACKUP');
  if (record.format !== RECEIPT_FORMAT) return fail('NOT_A_RECEIPT');
  if (typeof record.version !== 'number' || !Number.isInteger(record.version) || record.version < 1) return fail('INVALID');
  if (record.version > RECEIPT_VERSION) return fail('UNKNOWN_VERSION');
  if (typeof record.checksum !== 'string' || !('receipt' in record)) return fail('INVALID');
  return checked(record.receipt, record.checksum);
}

/** Reads a receipt file's text or a text code; never throws. */
export function decodeReceipt(text: string): DecodedReceipt {
  if (text.length > RECEIPT_LIMITS.bytes) return fail('TOO_LARGE');
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.startsWith('{')) return decodeFile(trimmed);
  if (trimmed.startsWith(CODE_PREFIX)) return decodeCode(trimmed.replace(/\s+/g, ''));
  return fail('NOT_A_RECEIPT');
}

/** Splits pasted text into receipt codes (one per line or separated by spaces), files apart. */
export function splitPastedCodes(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  if (trimmed.startsWith('{')) return [trimmed];
  return trimmed.split(/\s+/).filter((part) => part !== '');
}

/** Whether a valid receipt belongs to this assignment (same id and same scoring rules). */
export function matchesAssignment(receipt: Receipt, assignment: Assignment): boolean {
  return receipt.assignment.id === assignment.id && receipt.assignment.core === assignmentCore(assignment);
}
