import { z } from 'zod';
import { slugSchema } from './ids';

/**
 * A teaching case with fictional figures (« cas d'école, chiffres fictifs »),
 * `content/cases/<id>.yaml` (the id is the file name). Only the case's inputs are written here;
 * every other figure the lesson prints is computed by `src/engine/cases` and shown with
 * `<Chiffre cas="<id>" valeur="<key>" />` or inside `<Formule cas="<id>" tex="…" />`.
 */

const amount = () => z.number().finite().nonnegative();
const positive = () => z.number().finite().positive();
const fraction = () => z.number().min(0, 'une part entre 0 et 1 est attendue (0,8 pour 80 %)').max(1, 'une part entre 0 et 1 est attendue (0,8 pour 80 %)');
const count = () => z.number().int().positive();

const common = {
  /** Title of the case, as in the lesson's box (for authors; the lesson keeps its own title). */
  title: z.string().min(1),
  /** The lesson that prints the case's figures. */
  lesson: slugSchema,
};

/** The mutuelle that carries its hospital risk (option A) or becomes an insurer's agent (option B). */
const partnerAgent = z
  .object({
    ...common,
    kind: z.literal('partenaire-agent'),
    inputs: z
      .object({
        /** Beneficiaries covered. */
        beneficiaries: count(),
        /** Hospital stays per beneficiary per year. */
        stayFrequency: positive(),
        /** Average cost of a stay (FCFA). */
        stayCost: positive(),
        /** Share of a stay paid by the mutuelle (0..1). */
        coverageRate: fraction(),
        /** Safety margin on the pure premium (0.1 for 10 %). */
        safetyMargin: amount(),
        /** Management costs as a share of the contribution (below 1). */
        managementLoading: z.number().min(0).lt(1, 'une part inférieure à 1 est attendue'),
        /** Premium asked by the insurer per beneficiary per year (FCFA). */
        insurerPremium: positive(),
        /** Commission paid by the insurer, as a share of premiums (0..1). */
        commissionRate: fraction(),
      })
      .strict(),
  })
  .strict();

/** Ten mutuelles buying services from a technical centre, or hiring each an accountant. */
const technicalCentre = z
  .object({
    ...common,
    kind: z.literal('centre-technique'),
    inputs: z
      .object({
        /** Mutuelles in the network. */
        mutuelles: count(),
        /** Beneficiaries of each mutuelle. */
        beneficiariesPerMutuelle: count(),
        /** Contribution per beneficiary per year (FCFA). */
        contribution: positive(),
        /** Each mutuelle's current running costs per year (FCFA). */
        currentCosts: amount(),
        /** Centre's price per beneficiary per year (FCFA). */
        centrePrice: positive(),
        /** Yearly cost of an accountant of one's own (FCFA). */
        accountantCost: amount(),
        /** Centre's yearly costs (FCFA). */
        centreCosts: positive(),
      })
      .strict(),
  })
  .strict();

/** One line of the software's extract. */
const extractLine = z
  .object({
    /** Short name of the mutuelle (letters or digits), used in keys: « A » gives « A.utilisation ». */
    id: z.string().regex(/^[A-Za-z0-9]+$/, 'nom court attendu en lettres ou chiffres, ex. « A »').refine((id) => id !== 'reseau', '« reseau » est réservé aux totaux du réseau'),
    /** Beneficiaries enrolled, suspended ones included. */
    enrolled: count(),
    /** Beneficiary-years with rights open (the exposure). */
    exposure: positive(),
    /** Cases paid in the year. */
    cases: amount(),
    /** Benefits paid (FCFA). */
    claims: amount(),
  })
  .strict()
  .refine((line) => line.exposure <= line.enrolled, { message: 'l’exposition (bénéficiaires-années en droits) ne peut dépasser les inscrits', path: ['exposure'] });

/** A network's yearly extract: utilisation and costs on the exposure. */
const networkExtract = z
  .object({
    ...common,
    kind: z.literal('extrait-reseau'),
    inputs: z
      .object({
        mutuelles: z
          .array(extractLine)
          .min(1)
          .refine((lines) => new Set(lines.map((l) => l.id)).size === lines.length, 'deux mutuelles portent le même nom court'),
      })
      .strict(),
  })
  .strict();

/** A network moving from per-act billing to a flat rate per hospital stay. */
const hospitalFlatRate = z
  .object({
    ...common,
    kind: z.literal('forfait-sejour'),
    inputs: z
      .object({
        /** Beneficiaries of the network. */
        beneficiaries: count(),
        /** Stays per beneficiary per year today. */
        stayFrequency: positive(),
        /** Stays per beneficiary per year if use rises. */
        higherStayFrequency: positive(),
        /** Average per-act bill of a stay (FCFA). */
        perActCost: positive(),
        /** Proposed flat rate per stay (FCFA). */
        flatRate: positive(),
        /** Share of the stay paid by the mutuelles (0..1). */
        coverageRate: fraction(),
        /** Days within which the network promises to pay the hospital. */
        paymentDays: count(),
      })
      .strict(),
  })
  .strict();

/** Any teaching case, told apart by `kind`. */
export const caseSchema = z.discriminatedUnion('kind', [partnerAgent, technicalCentre, networkExtract, hospitalFlatRate]);

export type TeachingCase = z.infer<typeof caseSchema>;
