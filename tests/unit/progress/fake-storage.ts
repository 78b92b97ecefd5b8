import type { StorageLike } from '../../../src/engine/progress';

/** How a fake storage misbehaves; changeable during a test (e.g. the disk fills up). */
export interface Failures {
  read?: boolean;
  write?: 'quota' | 'quota-code-only' | 'firefox-quota' | 'other';
}

/** An in-memory Storage that can fail the way browsers do. */
export function fakeStorage(failures: Failures = {}): StorageLike & { data: Map<string, string>; failures: Failures; writes: number } {
  const data = new Map<string, string>();
  const storage = {
    data,
    failures,
    writes: 0,
    getItem(key: string) {
      if (storage.failures.read) throw new DOMException('The operation is insecure.', 'SecurityError');
      return data.get(key) ?? null;
    },
    setItem(key: string, value: string) {
      switch (storage.failures.write) {
        case 'quota':
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); // code 22
        case 'quota-code-only':
          throw Object.assign(new Error('quota'), { code: 22 });
        case 'firefox-quota':
          throw Object.assign(new Error('quota'), { name: 'NS_ERROR_DOM_QUOTA_REACHED', code: 1014 });
        case 'other':
          throw new Error('disk error');
      }
      storage.writes++;
      data.set(key, value);
    },
    removeItem(key: string) {
      data.delete(key);
    },
  };
  return storage;
}

/** A clock that moves one second per call, from a fixed date. */
export function fakeClock(start = Date.UTC(2026, 10, 22, 12, 0, 0)) {
  let tick = 0;
  return () => new Date(start + 1000 * tick++);
}

/** Predictable random ids: "r000001aaaaaaaa", "r000002aaaaaaaa"… */
export function fakeIds(prefix = 'r') {
  let n = 0;
  return () => `${prefix}${String(++n).padStart(6, '0')}aaaaaaaa`;
}
