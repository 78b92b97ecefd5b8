import { describe, expect, it } from 'vitest';
import { createRandom, randomInt, seedFromString, shuffled } from '../../src/engine/random';

describe('seeded random', () => {
  it('gives the same sequence for the same seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const seqA = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(seqA);
    expect(Array.from({ length: 5 }, createRandom(43))).not.toEqual(seqA);
  });

  it('treats a string seed as its hash', () => {
    expect(seedFromString('')).toBe(0x811c9dc5);
    expect(createRandom('quiz-1')()).toBe(createRandom(seedFromString('quiz-1'))());
  });

  it('stays in [0, 1) and spreads evenly', () => {
    const random = createRandom(7);
    const buckets = new Array(10).fill(0);
    for (let i = 0; i < 100_000; i++) {
      const x = random();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      buckets[Math.floor(x * 10)]++;
    }
    for (const count of buckets) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });

  it('draws whole numbers within both bounds', () => {
    const random = createRandom(1);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) seen.add(randomInt(random, 3, 6));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('shuffles a copy, keeping every item', () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    const out = shuffled(items, createRandom(5));
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect([...out].sort()).toEqual(items);
    expect(out).not.toEqual(items);
    expect(shuffled(items, createRandom(5))).toEqual(out);
  });
});
