import { z } from 'zod';
import { slugSchema } from './ids';
import { sourceSchema } from './source';

/**
 * Front matter of a lesson, `content/lessons/<module-id>/<lesson-id>.mdx`.
 * The lesson id is the file name; the module is the folder. The body is MDX: `##` headings
 * form the table of contents, `$…$` / `$$…$$` are formulas, `[mot](glossaire:terme-id)` links a
 * glossary term and `[texte](lecon:lecon-id)` another lesson.
 */
export const lessonSchema = z
  .object({
    /** Title shown in the page, the navigation and search results. */
    title: z.string().min(3),
    /** One or two sentences saying what the lesson is about (module page, search snippets). */
    summary: z.string().min(20),
    /** What the learner can do after the lesson, each starting with a verb. */
    objectives: z.array(z.string().min(5)).min(1),
    /** Estimated reading and exercise time, in minutes. */
    minutes: z.number().int().positive().max(600),
    /** Glossary term ids this lesson teaches; each must exist in `content/glossary.yaml`. */
    keyTerms: z.array(slugSchema).default([]),
    /** Where the facts and figures of the lesson come from. */
    sources: z.array(sourceSchema).min(1),
    /** Ids of calculation exercises embedded at the end of the lesson. */
    exercises: z.array(slugSchema).default([]),
  })
  .strict();

export type LessonMeta = z.infer<typeof lessonSchema>;
