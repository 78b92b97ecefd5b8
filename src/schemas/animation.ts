import { z } from 'zod';

/**
 * Facilitator notes (« notes d'animation ») for one module's group work:
 * `content/animation/<module-id>.yaml`. Numbers are never typed here: handouts name an
 * exercise and its parameter values, and the pages compute the expected results with the
 * exercise engine. Cross-references (module, lessons, exercises, tools, values, total time)
 * are checked by `src/course/load-animation.ts`.
 */
const text = z.string().trim().min(1);
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'identifiant en minuscules et tirets attendu');

/** The trainer tools the notes may send trainees to (pages under /outils/). */
export const ANIMATION_TOOLS = ['simulateur-cotisation', 'simulateur-mutualisation', 'tableau-de-bord'] as const;

export const sequenceSchema = z
  .object({
    title: text,
    minutes: z.number().int().positive().max(600),
    what: text,
  })
  .strict();

export const roleSchema = z
  .object({
    title: text,
    /** What the person in this role knows and defends, read aloud or handed on a card. */
    brief: text,
    /** The question this role must get answered before the group concludes. */
    mustAsk: text,
  })
  .strict();

export const handoutSchema = z
  .object({
    title: text,
    what: text,
    lesson: id.optional(),
    exercise: id.optional(),
    tool: z.enum(ANIMATION_TOOLS).optional(),
    /** With `exercise`: every drawn parameter's value, in the exercise's display units. */
    values: z.record(z.string(), z.number()).optional(),
    /**
     * A file of the site to download and hand out, as a path relative to the site root
     * (e.g. `fichiers/enquete-menages.csv`): a file under `public/`, or one a static endpoint
     * `src/pages/<path>.ts` generates. Checked to exist by `load-animation.ts`.
     */
    file: z
      .string()
      .regex(/^(?:[a-z0-9][a-z0-9_-]*\/)*[a-z0-9][a-z0-9_-]*\.[a-z0-9]+$/, 'chemin relatif de fichier attendu, en minuscules, sans « .. » ni « / » initial (ex. fichiers/enquete-menages.csv)')
      .optional(),
    /** A handout the trainer may leave out (shown as « facultatif »). */
    optional: z.boolean().default(false),
  })
  .strict()
  .refine((h) => h.lesson || h.exercise || h.tool || h.file, { message: 'indiquez au moins une leçon, un exercice, un outil ou un fichier' })
  .refine((h) => (h.values === undefined) === (h.exercise === undefined), {
    message: '« values » va avec « exercise » : les deux ou aucun',
    path: ['values'],
  });

export const pitfallSchema = z
  .object({
    /** A handout with an exercise, by position in `handouts` (from 1), and a misconception of it. */
    handout: z.number().int().positive(),
    step: id,
    misconception: id,
    advice: text,
  })
  .strict();

export const animationSchema = z
  .object({
    module: id,
    objectives: z.array(text).min(1),
    groups: text,
    sequences: z.array(sequenceSchema).min(2),
    roles: z.array(roleSchema).min(3),
    handouts: z.array(handoutSchema).min(1),
    debrief: z.array(text).min(3),
    keyMessages: z.array(text).min(2),
    pitfalls: z.array(pitfallSchema).min(1),
  })
  .strict();

export type AnimationNotes = z.infer<typeof animationSchema>;
export type AnimationHandout = z.infer<typeof handoutSchema>;
