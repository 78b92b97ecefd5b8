/**
 * `n` random bytes for identifiers (learner ids, assignment ids), not for secrets.
 * `crypto.getRandomValues` exists on plain http too (unlike `crypto.subtle`), but very old
 * browsers may lack it: they fall back to Math.random, which is enough to keep ids apart.
 */
export function randomBytes(n: number): Uint8Array {
  const bytes = new Uint8Array(n);
  const crypto = globalThis.crypto as Crypto | undefined;
  if (crypto && typeof crypto.getRandomValues === 'function') crypto.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return bytes;
}
