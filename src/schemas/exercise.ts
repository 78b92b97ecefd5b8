import { z } from 'zod';
import { type AnyKindDefinition } from '../engine/exercises/kinds';
import { findPlaceholders } from '../engine/exercises/placeholders';
import { EXERCISE_KIND_IDS, getKind, kindHasMisconception, kindHasQuantity } from '../engine/exercises/registry';
import { DEFAULT_TOLERANCE } from '../engine/exercises/tolerance';
import { slugSchema } from './ids';

/**
 * A calculation exercise, `content/exercises/<id>.yaml` (the id is the file name).
 *
 * Expected answers are never written here: the engine computes them from the `kind` and the
 * parameters drawn for each learner. Texts may contain placeholders `{name}` (or
 * `{name:2}` for at most 2 decimals) naming a parameter or a quantity of the kind; they are
 * filled with French-formatted numbers ("3 500", "12,5").
 *
 * Percentages: a parameter with unit "%" is written in percentage points (80 for 80 %) and its
 * placeholder shows 80; a step with unit "%" expects percentage points too: the learner types
 * "12,5 %" or "12,5" for a ratio of 0.125. Write the "%" sign in the text after the
 * placeholder ("{coverageRate} %"), like any other unit ("{purePremium} FCFA").
 */

/** Parameter names are camelCase identifiers, as the kinds define them (`averageCost2`). */
const parameterNameSchema = z
  .string()
  .regex(/^[a-z][A-Za-z0-9]*$/, 'nom de paramètre attendu en camelCase ASCII, ex. « averageCost2 »');

/**
 * One parameter: either a fixed value (`fixed`) for published figures, or a range drawn for
 * each learner (`min`, `max`, `step`: the value is min + k × step, at most max).
 */
export const exerciseParameterSchema = z
  .object({
    /** What the number is, in French, for the learner's data table ("Coût moyen d'une consultation"). */
    label: z.string().min(3),
    /** Unit shown after the value ("FCFA", "%", "personnes"); "%" means the value is in percentage points. */
    unit: z.string().min(1).optional(),
    /** The value, when every learner gets the same one (e.g. the CMU's 7 000 FCFA). */
    fixed: z.number().finite().optional(),
    /** Smallest value drawn. */
    min: z.number().finite().optional(),
    /** Largest value drawn. */
    max: z.number().finite().optional(),
    /** Spacing of the values drawn (100 gives round hundreds); > 0. */
    step: z.number().finite().positive().optional(),
    /**
     * Left out of the learner's data table: a value the exercise asks them to work out (the
     * coverage rate when the scenario gives only the ticket modérateur). Hints and solutions
     * may still name it.
     */
    hidden: z.boolean().default(false),
  })
  .strict()
  .superRefine((parameter, ctx) => {
    const isRange = parameter.min !== undefined || parameter.max !== undefined || parameter.step !== undefined;
    if (parameter.fixed !== undefined && isRange) {
      ctx.addIssue({ code: 'custom', message: 'donner soit « fixed », soit « min », « max » et « step », pas les deux' });
      return;
    }
    if (parameter.fixed !== undefined) return;
    if (parameter.min === undefined || parameter.max === undefined || parameter.step === undefined) {
      ctx.addIssue({ code: 'custom', message: 'donner « fixed », ou bien « min », « max » et « step » ensemble' });
      return;
    }
    if (parameter.min > parameter.max) {
      ctx.addIssue({ code: 'custom', path: ['min'], message: '« min » doit être inférieur ou égal à « max »' });
      return;
    }
    const count = (parameter.max - parameter.min) / parameter.step;
    if (Math.abs(count - Math.round(count)) > 1e-6) {
      ctx.addIssue({ code: 'custom', path: ['step'], message: '« max − min » doit être un multiple de « step »' });
    }
  });

/** Accepted gap between the typed answer and the expected value, in the step's unit. */
export const stepToleranceSchema = z
  .object({
    /** Largest accepted gap (0.5 accepts an amount rounded to the franc). */
    absolute: z.number().min(0).optional(),
    /** Largest accepted gap as a share of the expected value (0.01 = 1 %). */
    relative: z.number().min(0).max(1).optional(),
  })
  .strict()
  .refine((t) => t.absolute !== undefined || t.relative !== undefined, 'donner « absolute », « relative » ou les deux');

/** Feedback for one typical wrong method on a step. */
export const stepMisconceptionSchema = z
  .object({
    /** Id of a wrong method of the exercise's kind (e.g. `loading-multiplied`). */
    id: slugSchema,
    /** What the learner probably did and how to fix it, in French (placeholders allowed). */
    feedback: z.string().min(10),
  })
  .strict();

/** One step: a question whose expected answer is a quantity the kind computes. */
export const exerciseStepSchema = z
  .object({
    /** Stable id within the exercise (attempts are stored by it). */
    id: slugSchema,
    /** The question, in French, with placeholders. */
    prompt: z.string().min(5),
    /** The kind's quantity this step asks for (e.g. `purePremium`). */
    quantity: z.string().min(1),
    /** Unit shown beside the input and accepted after the number ("FCFA", "%", "mois", "MRU"…); none for a pure number (a liquidity ratio, a code). */
    unit: z.string().min(1).optional(),
    /** Accepted gap; default: 0.5 or 0.1 % of the value, whichever is larger. */
    tolerance: stepToleranceSchema.default({ ...DEFAULT_TOLERANCE }),
    /** Hints revealed one by one after wrong answers, in French. */
    hints: z.array(z.string().min(5)).min(1),
    /** Worked solution shown after submitting, in French, e.g. "{frequency} × {averageCost} = {purePremium} FCFA". */
    solution: z.string().min(5),
    /** Typical wrong methods recognised on this step, each with its feedback. */
    misconceptions: z.array(stepMisconceptionSchema).default([]),
  })
  .strict();

/**
 * The exercise file. Beyond field types, it checks everything that would otherwise only fail
 * in front of a learner: parameter names, units and values against the kind, quantities and
 * misconception ids against the kind's registry, and every placeholder of every text. Whether
 * the ranges give fair values (solvable steps, recognisable mistakes) is checked by drawing
 * them: see `instanceProblem` and the content tests.
 */
export const exerciseSchema = z
  .object({
    /** Title shown above the exercise. */
    title: z.string().min(5),
    /** One sentence saying what is practised (lists, search). */
    summary: z.string().min(20),
    /** The engine model that computes the answers (`contribution`, `indicators`…). */
    kind: z.enum(EXERCISE_KIND_IDS),
    /** Lessons that embed the exercise (informational). */
    lessons: z.array(slugSchema).default([]),
    /** The situation, in French, with placeholders for the learner's values. */
    scenario: z.string().min(20),
    /** The parameters, by name (names are the kind's); order is the drawing order. */
    parameters: z.record(parameterNameSchema, exerciseParameterSchema),
    /** The steps, in the order the learner answers them. */
    steps: z.array(exerciseStepSchema).min(2).max(6),
  })
  .strict()
  .superRefine((exercise, ctx) => {
    const kind = getKind(exercise.kind);
    checkParameters(exercise.parameters, kind, ctx);
    checkSteps(exercise.steps, kind, ctx);
    checkPlaceholders(exercise, kind, ctx);
  });

type ParameterMap = Record<string, z.infer<typeof exerciseParameterSchema>>;

/** Parameter names, units and values against the kind's parameter schema (values in engine units). */
function checkParameters(parameters: ParameterMap, kind: AnyKindDefinition, ctx: z.RefinementCtx): void {
  const shape = kind.parameters.shape as Record<string, z.ZodTypeAny>;
  for (const [name, field] of Object.entries(shape)) {
    if (!field.isOptional() && !(name in parameters)) {
      ctx.addIssue({ code: 'custom', path: ['parameters'], message: `paramètre « ${name} » obligatoire pour le type « ${kind.id} »` });
    }
  }
  for (const message of kind.checkParameterNames?.(new Set(Object.keys(parameters))) ?? []) {
    ctx.addIssue({ code: 'custom', path: ['parameters'], message });
  }
  for (const [name, parameter] of Object.entries(parameters)) {
    const field = shape[name];
    if (!field) {
      ctx.addIssue({
        code: 'custom',
        path: ['parameters', name],
        message: `paramètre inconnu pour le type « ${kind.id} » ; paramètres possibles : ${Object.keys(shape).join(', ')}`,
      });
      continue;
    }
    const isRate = kind.rates.includes(name);
    if (isRate !== (parameter.unit === '%')) {
      ctx.addIssue({
        code: 'custom',
        path: ['parameters', name, 'unit'],
        message: isRate ? 'ce taux s’écrit en pourcentage : unité « % » attendue' : 'l’unité « % » est réservée aux taux',
      });
      continue;
    }
    const scale = isRate ? 100 : 1;
    for (const key of ['fixed', 'min', 'max'] as const) {
      const value = parameter[key];
      if (value !== undefined && !field.safeParse(value / scale).success) {
        ctx.addIssue({ code: 'custom', path: ['parameters', name, key], message: `valeur ${value} hors des valeurs permises pour « ${name} »` });
      }
    }
  }
}

/** Step ids unique, quantities and misconception ids known to the kind, "%" only for fractions. */
function checkSteps(steps: z.infer<typeof exerciseStepSchema>[], kind: AnyKindDefinition, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  steps.forEach((step, i) => {
    if (seen.has(step.id)) ctx.addIssue({ code: 'custom', path: ['steps', i, 'id'], message: `identifiant d’étape en double : ${step.id}` });
    seen.add(step.id);
    if (!kindHasQuantity(kind, step.quantity)) {
      ctx.addIssue({
        code: 'custom',
        path: ['steps', i, 'quantity'],
        message: `grandeur inconnue pour le type « ${kind.id} » ; grandeurs possibles : ${Object.keys(kind.quantities).join(', ')}`,
      });
    } else if ((kind.quantities[step.quantity] === 'fraction') !== (step.unit === '%')) {
      ctx.addIssue({
        code: 'custom',
        path: ['steps', i, 'unit'],
        message: kind.quantities[step.quantity] === 'fraction' ? 'cette grandeur est un taux : unité « % » attendue' : 'l’unité « % » est réservée aux taux',
      });
    }
    const ids = new Set<string>();
    step.misconceptions.forEach((misconception, j) => {
      if (!kindHasMisconception(kind, misconception.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['steps', i, 'misconceptions', j, 'id'],
          message: `erreur type inconnue pour le type « ${kind.id} » ; possibles : ${Object.keys(kind.misconceptions).join(', ')}`,
        });
      }
      if (ids.has(misconception.id)) {
        ctx.addIssue({ code: 'custom', path: ['steps', i, 'misconceptions', j, 'id'], message: `erreur type en double : ${misconception.id}` });
      }
      ids.add(misconception.id);
    });
  });
}

/** Every `{…}` in every text names a parameter of the exercise or a quantity of the kind. */
function checkPlaceholders(exercise: { scenario: string; parameters: ParameterMap; steps: z.infer<typeof exerciseStepSchema>[] }, kind: AnyKindDefinition, ctx: z.RefinementCtx): void {
  const known = (name: string) => name in exercise.parameters || kindHasQuantity(kind, name);
  const check = (text: string, path: (string | number)[]) => {
    for (const found of findPlaceholders(text)) {
      if (!found.ok) ctx.addIssue({ code: 'custom', path, message: `espace réservé mal formé : ${found.raw} (attendu : {nom} ou {nom:2})` });
      else if (!known(found.name)) ctx.addIssue({ code: 'custom', path, message: `espace réservé inconnu : {${found.name}} (ni paramètre, ni grandeur du type « ${kind.id} »)` });
    }
  };
  check(exercise.scenario, ['scenario']);
  exercise.steps.forEach((step, i) => {
    check(step.prompt, ['steps', i, 'prompt']);
    check(step.solution, ['steps', i, 'solution']);
    step.hints.forEach((hint, j) => check(hint, ['steps', i, 'hints', j]));
    step.misconceptions.forEach((m, j) => check(m.feedback, ['steps', i, 'misconceptions', j, 'feedback']));
  });
}

/** A validated exercise file, defaults applied (what the engine's functions take). */
export type Exercise = z.infer<typeof exerciseSchema>;
/** One validated step, its tolerance and misconception list defaulted. */
export type ExerciseStep = z.infer<typeof exerciseStepSchema>;
/** One validated parameter: a fixed value or a range. */
export type ExerciseParameter = z.infer<typeof exerciseParameterSchema>;
