import { z } from 'zod';
import { slugSchema } from './ids';

/** One glossary term. The lessons that use it are found from the lessons' links, not typed here. */
export const glossaryTermSchema = z
  .object({
    /** Term id, used in links: `[ticket modérateur](glossaire:ticket-moderateur)`. */
    id: slugSchema,
    /** The term as written in French, e.g. "Ticket modérateur". */
    term: z.string().min(2),
    /** Definition in one to four sentences, in French. */
    definition: z.string().min(20),
    /** Abbreviations and other names that should find this term in search (e.g. "TM"). */
    synonyms: z.array(z.string().min(1)).default([]),
    /** Related term ids ("voir aussi"). */
    related: z.array(slugSchema).default([]),
  })
  .strict();

/** `content/glossary.yaml`: the list of terms. */
export const glossarySchema = z
  .object({
    /** All terms; ids must be unique. */
    terms: z.array(glossaryTermSchema).min(1),
  })
  .strict();

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
export type Glossary = z.infer<typeof glossarySchema>;
