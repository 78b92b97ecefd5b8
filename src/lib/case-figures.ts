import { fillFormula } from '../engine/cases';
import { getCourse } from './course';

/**
 * Build-time lookup of teaching-case figures for the lesson components. The content check has
 * already refused a lesson naming a missing figure; this second guard makes a component fail the
 * build with the lesson file and the key if it is ever reached with one.
 */

/** The lesson file of a lesson page (…/modules/<module>/<lesson>/), for error messages. */
function lessonFile(pathname: string): string {
  const id = pathname.split('/').filter(Boolean).at(-1) ?? '';
  return getCourse().lessons.get(id)?.file ?? pathname;
}

function missing(pathname: string, cas: string, key: string): Error {
  const known = getCourse().cases.get(cas);
  const what = known ? `le cas « ${cas} » (${known.file}) n’a pas de chiffre « ${key} »` : `cas d’école inconnu « ${cas} » (attendu : content/cases/${cas}.yaml)`;
  return new Error(`${lessonFile(pathname)} : ${what}`);
}

/** The figure `key` of case `cas`; throws naming the lesson file and the key when it does not exist. */
export function caseFigure(cas: string, key: string, pathname: string): number {
  const value = getCourse().cases.get(cas)?.figures[key];
  if (value === undefined) throw missing(pathname, cas, key);
  return value;
}

/** A formula's TeX with its `@{key}` placeholders filled from case `cas`; throws like `caseFigure`. */
export function caseFormula(cas: string, tex: string, pathname: string): string {
  const figures = getCourse().cases.get(cas)?.figures;
  const filled = fillFormula(tex, (key) => figures?.[key]);
  const first = filled.missing[0];
  if (first !== undefined) throw missing(pathname, cas, first);
  return filled.tex;
}
