/**
 * The byte-level codec shared by assignment links and receipt codes: UTF-8 JSON, compressed
 * with raw DEFLATE (fflate) so a link or a QR code stays short, written in base64url so it
 * survives URLs, messaging apps and copy-paste, and protected by a checksum.
 *
 * The checksum is the first 16 hex digits (64 bits) of SHA-256 (@noble/hashes: the browser's
 * `crypto.subtle` does not exist on plain http, the normal case on a LAN). It detects
 * accidents — a truncated copy, a garbled character, a casual edit in a text editor — and
 * nothing more: anyone with this code can compute it. See docs/assignment-formats.md.
 */
import { deflateSync, inflateSync } from 'fflate';
import { sha256 } from '@noble/hashes/sha2.js';

/** Hex digits of the checksum kept: enough to make an accidental match impossible in practice. */
export const CHECKSUM_LENGTH = 16;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** The checksum of a text (its UTF-8 bytes). */
export function checksum(text: string): string {
  const digest = sha256(encoder.encode(text));
  let hex = '';
  for (let i = 0; i < CHECKSUM_LENGTH / 2; i++) hex += (digest[i] ?? 0).toString(16).padStart(2, '0');
  return hex;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Map([...ALPHABET].map((char, index) => [char, index]));

/** base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const triple = (a << 16) | (b << 8) | c;
    const chars = i + 1 >= bytes.length ? 2 : i + 2 >= bytes.length ? 3 : 4;
    for (let k = 0; k < chars; k++) out += ALPHABET[(triple >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** The bytes of a base64url text, or null when it holds a character outside the alphabet or a cut group. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let byte = 0;
  for (let i = 0; i < text.length; i += 4) {
    let triple = 0;
    const group = text.slice(i, i + 4);
    for (let k = 0; k < 4; k++) {
      const value = k < group.length ? LOOKUP.get(group[k]!) : 0;
      if (value === undefined) return null;
      triple |= value << (18 - 6 * k);
    }
    const count = group.length - 1;
    for (let k = 0; k < count; k++) bytes[byte++] = (triple >> (16 - 8 * k)) & 255;
  }
  return bytes;
}

/** JSON text → compressed base64url. */
export function pack(json: string): string {
  return toBase64Url(deflateSync(encoder.encode(json), { level: 9 }));
}

/** Limit on the unpacked size: a crafted code must not make the tab inflate gigabytes. */
export const MAX_UNPACKED_BYTES = 1024 * 1024;

/** Compressed base64url → JSON text, or null when it cannot be read (cut, garbled, not ours). */
export function unpack(packed: string): string | null {
  const bytes = fromBase64Url(packed);
  if (!bytes || bytes.length === 0) return null;
  try {
    const raw = inflateSync(bytes, { out: new Uint8Array(MAX_UNPACKED_BYTES) });
    if (raw.length >= MAX_UNPACKED_BYTES) return null;
    return decoder.decode(raw);
  } catch {
    return null;
  }
}
