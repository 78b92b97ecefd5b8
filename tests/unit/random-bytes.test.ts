import { afterEach, describe, expect, it, vi } from 'vitest';
import { randomBytes } from '../../src/engine/random-bytes';

describe('randomBytes', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('returns the requested number of bytes from crypto.getRandomValues', () => {
    const fill = vi.fn((bytes: Uint8Array) => bytes.fill(7));
    vi.stubGlobal('crypto', { getRandomValues: fill });
    expect(Array.from(randomBytes(4))).toEqual([7, 7, 7, 7]);
    expect(fill).toHaveBeenCalledOnce();
  });

  it('falls back to Math.random where the browser has no crypto (bytes stay in 0–255)', () => {
    vi.stubGlobal('crypto', undefined);
    vi.spyOn(Math, 'random').mockReturnValue(0.999);
    expect(Array.from(randomBytes(3))).toEqual([255, 255, 255]);
  });
});
