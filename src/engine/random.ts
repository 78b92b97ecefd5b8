/**
 * Seeded pseudo-random numbers, shared by quiz shuffling, exercise values and the pool
 * simulation, so that a seed always gives the same sequence in node and in every browser.
 *
 * The generator is SplitMix32-style: a 32-bit counter advanced by a Weyl constant and mixed
 * with two multiply–xorshift rounds. It is not cryptographic; it only has to be fast,
 * well-spread and reproducible.
 */

export type Random = () => number;

/** Turns any string (a learner id, a quiz id…) into a 32-bit seed (FNV-1a hash). */
export function seedFromString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Returns a generator of floats in [0, 1) for a numeric or string seed. */
export function createRandom(seed: number | string): Random {
  let state = (typeof seed === 'string' ? seedFromString(seed) : seed) >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    z = (z ^ (z >>> 16)) >>> 0;
    return z / 4294967296;
  };
}

/** A whole number in [min, max], both included. */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** A shuffled copy of `items` (Fisher–Yates), leaving the input untouched. */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const copy = items.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}
