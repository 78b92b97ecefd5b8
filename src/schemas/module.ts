import { z } from 'zod';
import { slugSchema } from './ids';

/** A group-work activity run by the trainer at the end of a module (conclave style). */
export const groupWorkSchema = z
  .object({
    /** Short title of the activity. */
    title: z.string().min(3),
    /** The task given to each group, in French. */
    prompt: z.string().min(20),
    /** What each group hands in or presents (the deliverable). */
    deliverable: z.string().min(10),
    /** Suggested duration in minutes. */
    minutes: z.number().int().positive(),
    /** Restitution grid: what the trainer assesses, and how many points each criterion is worth. */
    grid: z
      .array(
        z
          .object({
            /** What is assessed. */
            criterion: z.string().min(5),
            /** Points awarded for this criterion. */
            points: z.number().int().positive(),
          })
          .strict(),
      )
      .min(2),
  })
  .strict();

/**
 * A module manifest, `modules/<nn-id>.yaml`: one seminar module and its ordered lessons.
 */
export const moduleSchema = z
  .object({
    /** Module id, used in URLs (`/modules/<id>/`). */
    id: slugSchema,
    /** Position in the programme; 0 is the introduction. */
    order: z.number().int().min(0),
    /** Short label such as "Module 1". */
    label: z.string().min(3),
    /** Full title of the module, as in the seminar programme. */
    title: z.string().min(5),
    /** A paragraph presenting the module. */
    summary: z.string().min(20),
    /** Objectives of the module, as in the seminar programme. */
    objectives: z.array(z.string().min(5)).min(1),
    /** Duration of the module in the seminar, in days (e.g. 2.5); absent for the introduction. */
    days: z.number().positive().max(30).optional(),
    /** Dates and place of the seminar session, as given by the programme (shown as context). */
    session: z.string().optional(),
    /** Themes of the seminar programme covered by the module, in order. */
    themes: z.array(z.string().min(3)).default([]),
    /** Ordered lesson ids; each must match `content/lessons/<id>/<lesson-id>.mdx`. */
    lessons: z.array(slugSchema).min(1),
    /** Trainer's group-work activity closing the module. */
    groupWork: groupWorkSchema.optional(),
  })
  .strict();

export type ModuleManifest = z.infer<typeof moduleSchema>;
export type GroupWork = z.infer<typeof groupWorkSchema>;
