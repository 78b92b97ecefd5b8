import { describe, expect, it } from 'vitest';
import fr from '../../../src/i18n/fr.json';
import { EXERCISE_KINDS, PERCENT_AS_FRACTION } from '../../../src/engine/exercises';
import { ITEM_KINDS } from '../../../src/engine/assignments';

describe('trainer report labels', () => {
  it('name every misconception of every exercise kind, so the report never shows a bare id', () => {
    const ids = new Set([PERCENT_AS_FRACTION, ...Object.values(EXERCISE_KINDS).flatMap((kind) => Object.keys(kind.misconceptions))]);
    const missing = [...ids].filter((id) => !Object.hasOwn(fr, `trainer.misconception.${id}`));
    expect(missing).toEqual([]);
  });

  it('name every kind of assignment item', () => {
    expect(ITEM_KINDS.filter((kind) => !Object.hasOwn(fr, `assignment.kind.${kind}`))).toEqual([]);
  });
});
