import { describe, expect, it } from 'vitest';
import { EXERCISE_KIND_IDS, EXERCISE_KINDS, getKind } from '../../../src/engine/exercises';
import fr from '../../../src/i18n/fr.json';

describe('exercise kind registry', () => {
  it('lists the seven kinds', () => {
    expect(EXERCISE_KIND_IDS).toEqual(['contribution', 'subsidy', 'capacity-to-pay', 'indicators', 'break-even', 'statements', 'household-survey']);
  });

  it.each(EXERCISE_KIND_IDS)('%s: consistent id, quantities, rates and misconception ids', (id) => {
    const kind = getKind(id);
    expect(kind.id).toBe(id);
    expect(EXERCISE_KINDS[id]).toBe(kind);
    const parameterNames = Object.keys(kind.parameters.shape);
    // A placeholder names a parameter or a quantity: the two sets must not overlap.
    expect(Object.keys(kind.quantities).filter((q) => parameterNames.includes(q))).toEqual([]);
    for (const rate of kind.rates) expect(parameterNames).toContain(rate);
    for (const misconception of Object.keys(kind.misconceptions)) expect(misconception).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    for (const quantity of Object.keys(kind.quantities)) expect(quantity).toMatch(/^[a-z][A-Za-z0-9]*$/);
    expect(Object.keys(kind.misconceptions).length).toBeGreaterThan(0);
    // The exercise list titles its sections by kind: a kind without its label breaks the build.
    expect(Object.hasOwn(fr, `exercises.kind.${id}`), `exercises.kind.${id}`).toBe(true);
  });
});
