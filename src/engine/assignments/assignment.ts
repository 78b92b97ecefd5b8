/**
 * An assignment (« devoir »): what a trainer hands out, carried whole in a link's fragment
 * (after `#`, so it never reaches a server's logs) and in the QR code of that link.
 *
 * Link fragment, version 1 (see docs/assignment-formats.md):
 *
 *   #v=1&c=<contact, percent-encoded>&d=<packed assignment JSON>&s=<checksum of that JSON>
 *
 * The version and the trainer's contact come first and in clear text, so that a link cut short
 * by a messaging app, or made by a newer version, can still say what went wrong and whom to ask.
 */
import * as z from 'zod/v4-mini';
import { checksum, CHECKSUM_LENGTH, pack, unpack } from './codec';
import { ITEM_KINDS, type ItemKind } from './item-kinds';

export const ASSIGNMENT_VERSION = 1;

/** Bounds that keep a link usable (and a crafted one harmless). */
export const ASSIGNMENT_LIMITS = { title: 120, instructions: 1500, group: 80, contact: 160, items: 40, fragment: 12_000 } as const;

const text = (max: number) => z.string().check(z.maxLength(max));
const itemId = z.string().check(z.minLength(1), z.maxLength(80), z.regex(/^[a-z0-9-]+$/));

/** One thing to do; `values` only for exercises: the same values for all, or each trainee their own. */
export const assignmentItemSchema = z.object({
  kind: z.enum(ITEM_KINDS as unknown as [ItemKind, ...ItemKind[]]),
  id: itemId,
  values: z.optional(z.enum(['same', 'each'])),
});

export const assignmentSchema = z.object({
  /** Random id made when the trainer creates the assignment; receipts name it. */
  id: z.string().check(z.regex(/^[a-z0-9]{6,24}$/)),
  title: z.string().check(z.minLength(1), z.maxLength(ASSIGNMENT_LIMITS.title)),
  instructions: z.optional(text(ASSIGNMENT_LIMITS.instructions)),
  group: z.optional(text(ASSIGNMENT_LIMITS.group)),
  /** Last day to hand back, `YYYY-MM-DD`, in the trainer's local time. */
  due: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  /** Share of the overall score that counts as passed, 0..1. */
  passMark: z.number().check(z.gte(0), z.lte(1)),
  /** Whether trainees are also asked for a group or an identifier (matricule, e-mail…). */
  askRef: z.boolean(),
  createdAt: z.string().check(z.maxLength(40)),
  items: z.array(assignmentItemSchema).check(z.minLength(1), z.maxLength(ASSIGNMENT_LIMITS.items)),
});

export type AssignmentItem = z.infer<typeof assignmentItemSchema>;
export type Assignment = z.infer<typeof assignmentSchema> & { contact?: string };

/** Why a link cannot be opened; the page shows a French message per code. */
export type LinkErrorCode = 'EMPTY' | 'NEWER_VERSION' | 'TRUNCATED' | 'GARBLED' | 'INVALID' | 'TOO_LONG';

export type DecodedLink = { ok: true; assignment: Assignment } | { ok: false; code: LinkErrorCode; contact?: string };

/** The key of an item within its assignment (`quiz:calcul-cotisation`). */
export const itemKey = (item: Pick<AssignmentItem, 'kind' | 'id'>) => `${item.kind}:${item.id}`;

/**
 * The fields that decide how work is scored, as one text: two links of the same assignment
 * (the full one and the short one without instructions) give the same value, any change of
 * items, values or pass mark another. Receipts carry it, so a receipt is matched to exactly
 * the assignment it was made for.
 */
export function assignmentCore(assignment: Assignment): string {
  const items = assignment.items.map((item) => `${itemKey(item)}${item.values ? `=${item.values}` : ''}`).join(',');
  return checksum(`${assignment.id}|${items}|${assignment.passMark}|${assignment.due ?? ''}`);
}

/** The JSON carried in the link: the schema's fields, in a fixed order. */
function assignmentJson(assignment: Assignment, short: boolean): string {
  const { id, title, instructions, group, due, passMark, askRef, createdAt, items } = assignment;
  const body = { id, title, ...(instructions && !short ? { instructions } : {}), ...(group ? { group } : {}), ...(due ? { due } : {}), passMark, askRef, createdAt, items };
  return JSON.stringify(body);
}

/**
 * The fragment (without `#`) of an assignment's link. `short` leaves out the instructions and
 * the contact (they are on the printed sheet): a link that is quicker to type or to scan.
 */
export function encodeAssignmentFragment(assignment: Assignment, options: { short?: boolean } = {}): string {
  const json = assignmentJson(assignment, options.short === true);
  const params = new URLSearchParams();
  params.set('v', String(ASSIGNMENT_VERSION));
  if (assignment.contact && !options.short) params.set('c', assignment.contact);
  params.set('d', pack(json));
  params.set('s', checksum(json));
  return params.toString();
}

/** Reads a link's fragment (with or without `#`); never throws. */
export function decodeAssignmentFragment(fragment: string): DecodedLink {
  const raw = fragment.replace(/^#/, '').trim();
  if (raw === '') return { ok: false, code: 'EMPTY' };
  if (raw.length > ASSIGNMENT_LIMITS.fragment) return { ok: false, code: 'TOO_LONG' };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(raw);
  } catch {
    return { ok: false, code: 'GARBLED' };
  }
  const contactText = params.get('c')?.slice(0, ASSIGNMENT_LIMITS.contact);
  const contact = contactText ? { contact: contactText } : {};
  const version = params.get('v');
  if (version === null || !/^\d+$/.test(version)) return params.has('d') ? { ok: false, code: 'GARBLED', ...contact } : { ok: false, code: 'EMPTY', ...contact };
  if (Number(version) > ASSIGNMENT_VERSION) return { ok: false, code: 'NEWER_VERSION', ...contact };
  if (Number(version) < 1) return { ok: false, code: 'GARBLED', ...contact };
  const data = params.get('d');
  const sum = params.get('s');
  // The checksum comes last: when it is missing or short, the link was cut.
  if (data === null || sum === null || sum.length < CHECKSUM_LENGTH) return { ok: false, code: 'TRUNCATED', ...contact };
  const json = unpack(data);
  if (json === null || checksum(json) !== sum.slice(0, CHECKSUM_LENGTH)) return { ok: false, code: 'GARBLED', ...contact };
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { ok: false, code: 'GARBLED', ...contact };
  }
  const checked = assignmentSchema.safeParse(parsed);
  if (!checked.success) return { ok: false, code: 'INVALID', ...contact };
  return { ok: true, assignment: { ...checked.data, ...contact } };
}

/** Whether a hand-back is after the due day, read in the local time of the browser. */
export function isLate(handedAt: string, due: string | undefined): boolean {
  if (!due) return false;
  const end = new Date(`${due}T23:59:59.999`);
  return Date.parse(handedAt) > end.getTime();
}
