import { z } from 'zod';
import fr from './fr.json';

/**
 * UI strings are one flat dictionary per language. French is the reference: another language
 * must have exactly the same keys, and each string the same `{placeholders}`, so a missing or
 * mistyped translation fails the tests instead of showing a key to a learner.
 */
export type UiKey = keyof typeof fr;

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

export const dictionarySchema = z
  .object(Object.fromEntries(Object.keys(fr).map((key) => [key, z.string().min(1)])) as Record<UiKey, z.ZodString>)
  .strict()
  .superRefine((dict, ctx) => {
    for (const key of Object.keys(fr) as UiKey[]) {
      const expected = placeholders(fr[key]).join(',');
      const found = placeholders(dict[key] ?? '').join(',');
      if (dict[key] !== undefined && expected !== found) {
        ctx.addIssue({ code: 'custom', path: [key], message: `placeholders {${found}} instead of {${expected}}` });
      }
    }
  });

export type Dictionary = Record<UiKey, string>;
