/**
 * The trainer's own data, kept in their browser: the assignments they made, their class
 * rosters and the receipts they imported. One versioned JSON document, like the learner's
 * progress, with its own backup file and a merge that never loses a receipt.
 */
import * as z from 'zod/v4-mini';
import { decodeAssignmentFragment, type Assignment } from './assignment';
import { decodeReceipt, encodeReceiptCode, matchesAssignment, type Receipt, type ReceiptErrorCode } from './receipt';
import { nameKey, traineeKey } from './seeds';

export const TRAINER_FORMAT = 'formation-mutuelles/trainer';
export const TRAINER_VERSION = 1;

/** Bounds that keep one import (and the page) responsive. */
export const IMPORT_LIMITS = { inputs: 500, totalBytes: 20 * 1024 * 1024, rosterNames: 500 } as const;

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/));

export const trainerSchema = z.object({
  format: z.literal(TRAINER_FORMAT),
  version: z.literal(TRAINER_VERSION),
  updatedAt: isoDate,
  /** By assignment id: the link fragment (the assignment itself, checksum included). */
  assignments: z.record(z.string(), z.object({ fragment: z.string().check(z.maxLength(20_000)), savedAt: isoDate })),
  /** By group name: the trainees expected. */
  rosters: z.record(z.string(), z.array(z.string().check(z.maxLength(80))).check(z.maxLength(IMPORT_LIMITS.rosterNames))),
  /** By assignment id, then trainee key: the receipt as its text code (checksum included) and when it came. */
  receipts: z.record(z.string(), z.record(z.string(), z.object({ code: z.string().check(z.maxLength(400_000)), handedAt: isoDate, importedAt: isoDate }))),
});

export type TrainerDoc = z.infer<typeof trainerSchema>;

export function emptyTrainerDoc(now: Date): TrainerDoc {
  return { format: TRAINER_FORMAT, version: TRAINER_VERSION, updatedAt: now.toISOString(), assignments: {}, rosters: {}, receipts: {} };
}

/** The assignments a document holds, decoded (a damaged entry is skipped, not fatal). */
export function savedAssignments(doc: TrainerDoc): Assignment[] {
  const out: Assignment[] = [];
  for (const entry of Object.values(doc.assignments)) {
    const decoded = decodeAssignmentFragment(entry.fragment);
    if (decoded.ok) out.push(decoded.assignment);
  }
  return out.sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
}

/** The receipts kept for an assignment, decoded. */
export function savedReceipts(doc: TrainerDoc, assignmentId: string): Receipt[] {
  const out: Receipt[] = [];
  for (const entry of Object.values(doc.receipts[assignmentId] ?? {})) {
    const decoded = decodeReceipt(entry.code);
    if (decoded.ok) out.push(decoded.receipt);
  }
  return out;
}

export interface ImportInput {
  /** File name, or « code n » for pasted text: the report names each rejected input by it. */
  source: string;
  text: string;
}

export interface ImportOutcome {
  accepted: { source: string; assignmentId: string; name: string; status: 'new' | 'replaced' | 'older-kept' | 'same' }[];
  rejected: { source: string; code: ReceiptErrorCode }[];
}

/**
 * Adds receipts to the document: each input is decoded and matched to one of the trainer's
 * assignments; a trainee's newer receipt replaces their older one (the report says so); an
 * older one never replaces a newer. Mutates `doc`; refused inputs change nothing.
 */
export function importReceipts(doc: TrainerDoc, inputs: readonly ImportInput[], now: Date): ImportOutcome {
  const assignments = savedAssignments(doc);
  const outcome: ImportOutcome = { accepted: [], rejected: [] };
  for (const input of inputs) {
    const decoded = decodeReceipt(input.text);
    if (!decoded.ok) {
      outcome.rejected.push({ source: input.source, code: decoded.code });
      continue;
    }
    const receipt = decoded.receipt;
    const assignment = assignments.find((candidate) => matchesAssignment(receipt, candidate));
    if (!assignment) {
      outcome.rejected.push({ source: input.source, code: 'OTHER_ASSIGNMENT' });
      continue;
    }
    const key = traineeKey(receipt.trainee);
    const bucket = (doc.receipts[assignment.id] ??= {});
    const previous = bucket[key];
    let status: ImportOutcome['accepted'][number]['status'] = 'new';
    if (previous) {
      status = previous.handedAt < receipt.handedAt ? 'replaced' : previous.handedAt === receipt.handedAt ? 'same' : 'older-kept';
    }
    if (status === 'new' || status === 'replaced') bucket[key] = { code: encodeReceiptCode(receipt), handedAt: receipt.handedAt, importedAt: now.toISOString() };
    outcome.accepted.push({ source: input.source, assignmentId: assignment.id, name: receipt.trainee.name, status });
  }
  doc.updatedAt = now.toISOString();
  return outcome;
}

/** Names pasted one per line (or a CSV's first column), cleaned and without duplicates. */
export function parseRoster(text: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const first = (line.split(/[;,\t]/)[0] ?? '').replace(/^"|"$/g, '').trim().slice(0, 80);
    if (first === '' || /^(nom|name|stagiaire)s?$/i.test(first)) continue;
    const key = nameKey(first);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    names.push(first);
    if (names.length >= IMPORT_LIMITS.rosterNames) break;
  }
  return names;
}

/**
 * Merges two trainer documents without loss: every assignment and roster name of both, and
 * for each trainee the latest receipt. Commutative, so restoring a backup twice is harmless.
 */
export function mergeTrainerDocs(a: TrainerDoc, b: TrainerDoc): TrainerDoc {
  const out = emptyTrainerDoc(new Date(a.updatedAt > b.updatedAt ? a.updatedAt : b.updatedAt));
  for (const doc of [a, b]) {
    for (const [id, entry] of Object.entries(doc.assignments)) {
      const seen = out.assignments[id];
      if (!seen || seen.savedAt > entry.savedAt || (seen.savedAt === entry.savedAt && seen.fragment < entry.fragment)) out.assignments[id] = entry;
    }
    for (const [group, names] of Object.entries(doc.rosters)) out.rosters[group] = [...(out.rosters[group] ?? []), ...names];
    for (const [id, bucket] of Object.entries(doc.receipts)) {
      const target = (out.receipts[id] ??= {});
      for (const [key, entry] of Object.entries(bucket)) {
        const seen = target[key];
        if (!seen || seen.handedAt < entry.handedAt || (seen.handedAt === entry.handedAt && seen.code < entry.code)) target[key] = entry;
      }
    }
  }
  // One spelling per trainee (the same whichever side came first), in alphabetical order.
  for (const [group, names] of Object.entries(out.rosters)) {
    const byKey = new Map<string, string>();
    for (const name of names) {
      const seen = byKey.get(nameKey(name));
      if (seen === undefined || name < seen) byKey.set(nameKey(name), name);
    }
    out.rosters[group] = [...byKey.values()].sort((x, y) => x.localeCompare(y, 'fr'));
  }
  return out;
}

export type TrainerBackupError = 'NOT_JSON' | 'NOT_A_TRAINER_BACKUP' | 'NEWER_VERSION' | 'INVALID' | 'TOO_LARGE';

export const MAX_TRAINER_BACKUP_BYTES = 30 * 1024 * 1024;

/** Reads a trainer backup file; never throws. */
export function parseTrainerBackup(text: string): { ok: true; doc: TrainerDoc } | { ok: false; code: TrainerBackupError } {
  if (text.length > MAX_TRAINER_BACKUP_BYTES) return { ok: false, code: 'TOO_LARGE' };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, code: 'NOT_JSON' };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== TRAINER_FORMAT) return { ok: false, code: 'NOT_A_TRAINER_BACKUP' };
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > TRAINER_VERSION) return { ok: false, code: 'NEWER_VERSION' };
  const parsed = trainerSchema.safeParse(data);
  return parsed.success ? { ok: true, doc: parsed.data } : { ok: false, code: 'INVALID' };
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Reads the trainer's document; unreadable text is copied aside (`<key>:backup:<date>`), never lost. */
export function loadTrainerDoc(storage: StorageLike | null, key: string, now: Date): { doc: TrainerDoc; warning?: 'STORAGE_UNAVAILABLE' | 'CORRUPT_DATA_RESET' | 'FUTURE_VERSION' } {
  if (!storage) return { doc: emptyTrainerDoc(now), warning: 'STORAGE_UNAVAILABLE' };
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return { doc: emptyTrainerDoc(now), warning: 'STORAGE_UNAVAILABLE' };
  }
  if (raw === null) return { doc: emptyTrainerDoc(now) };
  const parsed = parseTrainerBackup(raw);
  if (parsed.ok) return { doc: parsed.doc };
  if (parsed.code === 'NEWER_VERSION') return { doc: emptyTrainerDoc(now), warning: 'FUTURE_VERSION' };
  try {
    storage.setItem(`${key}:backup:${now.toISOString()}`, raw);
    storage.removeItem(key);
  } catch {
    return { doc: emptyTrainerDoc(now), warning: 'STORAGE_UNAVAILABLE' };
  }
  return { doc: emptyTrainerDoc(now), warning: 'CORRUPT_DATA_RESET' };
}

/** Writes the document; false when storage refused it (full or disabled): the page says so. */
export function saveTrainerDoc(storage: StorageLike | null, key: string, doc: TrainerDoc): boolean {
  if (!storage) return false;
  try {
    storage.setItem(key, JSON.stringify(doc));
    return true;
  } catch {
    return false;
  }
}
