import { describe, expect, it } from 'vitest';
import { checksum, fromBase64Url, pack, toBase64Url, unpack } from '../../../src/engine/assignments/codec';

describe('assignment codec', () => {
  it('base64url round-trips every length, with no padding and URL-safe characters', () => {
    for (let length = 0; length < 40; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 97 + length * 13) % 256);
      const text = toBase64Url(bytes);
      expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
      expect([...fromBase64Url(text)!]).toEqual([...bytes]);
    }
    // Known value: "Man" is "TWFu" in base64, "hi?" is "aGk_" in base64url.
    expect(toBase64Url(new TextEncoder().encode('Man'))).toBe('TWFu');
    expect(toBase64Url(new TextEncoder().encode('hi?'))).toBe('aGk_');
  });

  it('refuses characters outside the alphabet and impossible lengths', () => {
    expect(fromBase64Url('TW+u')).toBeNull();
    expect(fromBase64Url('TWFuT')).toBeNull();
  });

  it('packs and unpacks French JSON; a cut or garbled pack reads as null', () => {
    const json = JSON.stringify({ title: 'Cotisation : 3 500 FCFA, prise en charge 75 %', list: Array.from({ length: 50 }, (_, i) => i) });
    const packed = pack(json);
    expect(packed.length).toBeLessThan(json.length);
    expect(unpack(packed)).toBe(json);
    expect(unpack(packed.slice(0, -6))).toBeNull();
    expect(unpack('')).toBeNull();
    expect(unpack('!!!!')).toBeNull();
  });

  it('checksum is SHA-256 cut to 16 hex digits', () => {
    // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
    expect(checksum('abc')).toBe('ba7816bf8f01cfea');
    expect(checksum('abd')).not.toBe(checksum('abc'));
  });
});
