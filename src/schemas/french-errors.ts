import { z } from 'zod';

/**
 * Zod error messages in French, for content authors. Passed explicitly to `safeParse` by the
 * content checker (never installed globally, so the engine and tests keep zod's defaults).
 */
const typeNames: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  boolean: 'vrai/faux (true/false)',
  array: 'une liste',
  object: 'un objet (clés : valeurs)',
  undefined: 'rien',
  null: 'null',
  integer: 'un nombre entier',
};

const name = (t: string) => typeNames[t] ?? t;

export const frenchErrorMap: z.ZodErrorMap = (issue, ctx) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.received === 'undefined') return { message: 'champ obligatoire manquant' };
      return { message: `attendu : ${name(issue.expected)}, trouvé : ${name(issue.received)}` };
    case 'unrecognized_keys':
      return { message: `champ inconnu : ${issue.keys.join(', ')}` };
    case 'invalid_enum_value':
      return { message: `valeur « ${String(issue.received)} » non permise ; valeurs possibles : ${issue.options.join(', ')}` };
    case 'invalid_union_discriminator':
      return { message: `valeur non permise ; valeurs possibles : ${issue.options.map(String).join(', ')}` };
    case 'invalid_literal':
      return { message: `valeur attendue : ${String(issue.expected)}` };
    case 'too_small':
      if (issue.type === 'array') return { message: Number(issue.minimum) < 2 ? `au moins ${issue.minimum} élément attendu` : `au moins ${issue.minimum} éléments attendus` };
      if (issue.type === 'string') return { message: `texte trop court (au moins ${issue.minimum} caractères)` };
      return { message: `valeur trop petite (minimum ${issue.minimum})` };
    case 'too_big':
      if (issue.type === 'array') return { message: Number(issue.maximum) < 2 ? `au plus ${issue.maximum} élément permis` : `au plus ${issue.maximum} éléments permis` };
      if (issue.type === 'string') return { message: `texte trop long (au plus ${issue.maximum} caractères)` };
      return { message: `valeur trop grande (maximum ${issue.maximum})` };
    case 'invalid_string':
      if (issue.validation === 'url') return { message: 'adresse (URL) invalide' };
      return { message: ctx.defaultError };
    case 'not_finite':
      return { message: 'nombre fini attendu' };
    default:
      return { message: ctx.defaultError };
  }
};
