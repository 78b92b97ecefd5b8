import { describe, expect, it } from 'vitest';
import { assignmentCore, decodeAssignmentFragment, encodeAssignmentFragment } from '../../../src/engine/assignments';
import { assignment } from './fixtures';

describe('assignment links', () => {
  it('round-trip with the contact in clear text at the front', () => {
    const fragment = encodeAssignmentFragment(assignment);
    expect(fragment.startsWith('v=1&c=Awa+Ndiaye')).toBe(true);
    expect(decodeAssignmentFragment(`#${fragment}`)).toEqual({ ok: true, assignment });
  });

  it('a short link leaves out instructions and contact but is the same assignment for receipts', () => {
    const short = encodeAssignmentFragment(assignment, { short: true });
    expect(short.length).toBeLessThan(encodeAssignmentFragment(assignment).length);
    const decoded = decodeAssignmentFragment(short);
    expect(decoded.ok && decoded.assignment.instructions).toBe(undefined);
    expect(decoded.ok && assignmentCore(decoded.assignment)).toBe(assignmentCore(assignment));
  });

  it('a truncated link is TRUNCATED and still gives the contact', () => {
    const fragment = encodeAssignmentFragment(assignment);
    for (const cut of [fragment.length - 3, fragment.indexOf('&s=') + 2, fragment.indexOf('&s=') - 10]) {
      expect(decodeAssignmentFragment(fragment.slice(0, cut))).toEqual({ ok: false, code: 'TRUNCATED', contact: 'Awa Ndiaye, 77 000 00 00' });
    }
  });

  it('a garbled link is GARBLED; a newer one NEWER_VERSION; nothing is EMPTY', () => {
    const fragment = encodeAssignmentFragment(assignment);
    const at = fragment.indexOf('&d=') + 12;
    const garbled = fragment.slice(0, at) + (fragment[at] === 'A' ? 'B' : 'A') + fragment.slice(at + 1);
    expect(decodeAssignmentFragment(garbled)).toMatchObject({ ok: false, code: 'GARBLED' });
    expect(decodeAssignmentFragment(fragment.replace('v=1', 'v=2'))).toMatchObject({ ok: false, code: 'NEWER_VERSION', contact: 'Awa Ndiaye, 77 000 00 00' });
    expect(decodeAssignmentFragment('')).toEqual({ ok: false, code: 'EMPTY' });
    expect(decodeAssignmentFragment('#x'.repeat(7000))).toEqual({ ok: false, code: 'TOO_LONG' });
  });

  it('an intact link whose content breaks the rules is INVALID', async () => {
    const { pack, checksum } = await import('../../../src/engine/assignments/codec');
    const json = JSON.stringify({ ...assignment, contact: undefined, items: [] });
    expect(decodeAssignmentFragment(`v=1&d=${pack(json)}&s=${checksum(json)}`)).toEqual({ ok: false, code: 'INVALID' });
  });

  it('a link over 12 000 characters is TOO_LONG, one with 41 items INVALID', async () => {
    const { pack, checksum } = await import('../../../src/engine/assignments/codec');
    expect(decodeAssignmentFragment(`v=1&d=${'A'.repeat(12_001)}`)).toEqual({ ok: false, code: 'TOO_LONG' });
    const items = Array.from({ length: 41 }, () => assignment.items[0]!);
    const json = JSON.stringify({ ...assignment, items });
    expect(decodeAssignmentFragment(`v=1&d=${pack(json)}&s=${checksum(json)}`)).toEqual({ ok: false, code: 'INVALID' });
  });

  it('the core changes with the items, values and pass mark, not with the title', () => {
    const core = assignmentCore(assignment);
    expect(assignmentCore({ ...assignment, title: 'Autre titre' })).toBe(core);
    expect(assignmentCore({ ...assignment, passMark: 0.5 })).not.toBe(core);
    expect(assignmentCore({ ...assignment, items: assignment.items.map((i) => (i.kind === 'exercise' ? { ...i, values: 'same' as const } : i)) })).not.toBe(core);
  });
});
