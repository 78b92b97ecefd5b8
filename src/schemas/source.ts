import { z } from 'zod';

/**
 * A source cited by a lesson. Either one of the programme's source documents
 * (`seed`, by file name) or a named public source (title, publisher, year, url).
 */
export const sourceSchema = z
  .object({
    /** Human-readable title of the document, in its own language. */
    title: z.string().min(3),
    /** Author(s) or issuing organisation, e.g. "BIT/STEP" or "Ministère de la Santé". */
    publisher: z.string().min(2).optional(),
    /** Year of publication (or of the event the document reports on). */
    year: z.number().int().min(1900).max(2100).optional(),
    /** File name of a programme source document, e.g. "002_6d979331edcfa483.txt". */
    seed: z
      .string()
      .regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'nom de fichier source attendu : 002_xxxxxxxxxxxxxxxx.txt')
      .optional(),
    /** Public address of the document, shown as text (never fetched by the site). */
    url: z.string().url().optional(),
    /** What the lesson takes from this source, when not obvious. */
    note: z.string().optional(),
  })
  .strict();

export type Source = z.infer<typeof sourceSchema>;
