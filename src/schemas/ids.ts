import { z } from 'zod';

/**
 * Identifiers of modules, lessons, quizzes, exercises and glossary terms appear in URLs and
 * file names, so they are lowercase ASCII words joined by hyphens ("ticket-moderateur").
 */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'identifiant attendu en minuscules ASCII et tirets, ex. « ticket-moderateur »');

export type Slug = z.infer<typeof slugSchema>;
