import { describe, expect, it } from 'vitest';
import { activityIri, bestScaled, latestH5pResult, recordStatement, resultFromStatement, type XapiStatementLike } from '../../../src/engine/h5p/results';
import { restoreState, serializeState, stateKey } from '../../../src/engine/h5p/state';
import { emptyProgress, exportProgress, importProgress, mergeProgress, progressSchema, type ProgressDoc } from '../../../src/engine/progress';

const id = 'cotisation-par-beneficiaire';
const verb = (v: string) => ({ id: `http://adlnet.gov/expapi/verbs/${v}` });
const scored = (v: string, raw: number, max: number, extra: Partial<XapiStatementLike> = {}): XapiStatementLike => ({
  verb: verb(v),
  object: { id: activityIri(id) },
  result: { score: { raw, max, scaled: raw / max }, success: raw === max, response: '2 695' },
  ...extra,
});
const at = '2026-03-01T10:00:00.000Z';

describe('xAPI statement → result', () => {
  it('keeps answered, completed, passed, failed with score, max, scaled, success, response, version', () => {
    expect(resultFromStatement(scored('answered', 1, 1), id, 'v1', at, 'r1')).toEqual({
      id: 'r1', at, verb: 'answered', score: 1, max: 1, scaled: 1, success: true, response: '2 695', contentVersion: 'v1',
    });
    for (const v of ['completed', 'passed', 'failed']) expect(resultFromStatement(scored(v, 3, 4), id, 'v1', at, 'r')?.scaled).toBe(0.75);
  });

  it('ignores noise: unscored verbs, no score, other objects, sub-content', () => {
    expect(resultFromStatement({ ...scored('attempted', 1, 1) }, id, 'v1', at, 'r')).toBeNull();
    expect(resultFromStatement({ verb: verb('interacted'), object: { id: activityIri(id) } }, id, 'v1', at, 'r')).toBeNull();
    expect(resultFromStatement({ verb: verb('answered'), object: { id: activityIri(id) } }, id, 'v1', at, 'r')).toBeNull();
    expect(resultFromStatement(scored('answered', 1, 0), id, 'v1', at, 'r')).toBeNull();
    expect(resultFromStatement(scored('answered', 1, 1, { object: { id: 'http://192.168.1.20/formation/x' } }), id, 'v1', at, 'r')).toBeNull();
    expect(resultFromStatement(scored('answered', 1, 1, { context: { contextActivities: { parent: [{ id: 'x' }] } } }), id, 'v1', at, 'r')).toBeNull();
  });

  it('computes scaled when the statement lacks it, clamped to 0..1', () => {
    expect(resultFromStatement({ verb: verb('completed'), object: { id: activityIri(id) }, result: { score: { raw: 2, max: 8 } } }, id, 'v', at, 'r')?.scaled).toBe(0.25);
  });

  it('does not double-count repeated completed statements, but keeps a new answer', () => {
    const first = recordStatement(undefined, resultFromStatement(scored('answered', 1, 1), id, 'v1', at, 'r1'));
    expect(first.added).toBe(true);
    const again = recordStatement(first.record, resultFromStatement(scored('completed', 1, 1), id, 'v1', at, 'r2'));
    expect(again.added).toBe(false);
    expect(again.record).toBe(first.record);
    const noise = recordStatement(again.record, resultFromStatement({ verb: verb('interacted') }, id, 'v1', at, 'r3'));
    expect(noise.added).toBe(false);
    const wrong = scored('answered', 0, 1, { result: { score: { raw: 0, max: 1 }, success: false, response: '2 156' } });
    const second = recordStatement(again.record, resultFromStatement(wrong, id, 'v1', '2026-03-01T10:05:00.000Z', 'r4'));
    expect(second.record?.results.map((r) => r.id)).toEqual(['r1', 'r4']);
    expect(bestScaled(second.record)).toBe(1);
  });

  it('gives the latest raw result of an activity for receipts', () => {
    const record = recordStatement(undefined, resultFromStatement(scored('answered', 1, 1), id, 'v1', at, 'r1')).record!;
    const doc = { ...emptyProgress('l', new Date(at)), h5p: { [id]: record } };
    expect(latestH5pResult(doc, id)).toEqual({ at, score: 1, max: 1, scaled: 1, success: true, response: '2 695', contentVersion: 'v1' });
    expect(latestH5pResult(doc, 'autre')).toBeUndefined();
    expect(latestH5pResult(emptyProgress('l', new Date(at)), id)).toBeUndefined();
  });
});

describe('H5P results in the progress document', () => {
  const withResult = (learner: string, rid: string, when: string): ProgressDoc => ({
    ...emptyProgress(learner, new Date(when)),
    h5p: { [id]: { results: [{ id: rid, at: when, verb: 'answered', score: 1, max: 1, scaled: 1, success: true, response: '2 695', contentVersion: 'v1' }] } },
  });

  it('validates against the schema with no version change', () => {
    expect(progressSchema.safeParse(withResult('a', 'r1', at)).success).toBe(true);
    const bad = withResult('a', 'r1', at);
    bad.h5p![id]!.results[0]!.scaled = 2;
    expect(progressSchema.safeParse(bad).success).toBe(false);
  });

  it('merges results of two devices by id, commutatively', () => {
    const a = withResult('a', 'r1', at);
    const b = withResult('b', 'r2', '2026-03-02T10:00:00.000Z');
    const ab = mergeProgress(a, b);
    expect(ab.h5p?.[id]?.results.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(mergeProgress(b, a)).toEqual(ab);
    expect(mergeProgress(ab, ab)).toEqual(ab);
    expect(mergeProgress(emptyProgress('a', new Date(at)), emptyProgress('b', new Date(at))).h5p).toBeUndefined();
  });

  it('survives export and import, and counts what was added', () => {
    const text = exportProgress(withResult('phone', 'r1', at), new Date(at));
    const result = importProgress(emptyProgress('laptop', new Date(at)), text);
    expect(result.ok && result.doc.h5p?.[id]?.results[0]?.response).toBe('2 695');
    expect(result.ok && result.added.h5pResults).toBe(1);
  });
});

describe('saved state', () => {
  it('restores in the shape the player reads, preloaded', () => {
    const text = serializeState({ answer: '2 695', checked: true }, 'v1', at);
    expect(restoreState(text, 'v1')).toEqual({ contentUserData: [{ state: '{"answer":"2 695","checked":true}' }], dropped: false });
    expect(restoreState(null, 'v1')).toEqual({ dropped: false });
  });
  it('drops state of another package version, or unreadable state', () => {
    expect(restoreState(serializeState({ answer: 'x' }, 'v1', at), 'v2')).toEqual({ dropped: true });
    expect(restoreState('{pas du json', 'v1')).toEqual({ dropped: true });
    expect(restoreState('{"contentVersion":"v1"}', 'v1')).toEqual({ dropped: true });
  });
  it('does not keep state that is missing or too large', () => {
    expect(serializeState(undefined, 'v1', at)).toBeNull();
    expect(serializeState({ big: 'x'.repeat(200_000) }, 'v1', at)).toBeNull();
  });
  it('builds the state key from the progress key', () => {
    expect(stateKey('formation-mutuelles:progress', id)).toBe('formation-mutuelles:progress:h5p-state:cotisation-par-beneficiaire');
  });
});
