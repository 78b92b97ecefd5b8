import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { caseFigures, formulaKeys } from '../engine/cases';
import { caseSchema, type TeachingCase } from '../schemas/case';
import { frenchErrorMap } from '../schemas/french-errors';
import { fieldPath, type ContentIssue } from './content-issue';

/**
 * Reads the teaching cases, `content/cases/<id>.yaml`: validates each file's inputs and computes
 * its figures with the engine; then checks that every `<Chiffre>` and `<Formule>` of a lesson
 * names a case and a figure that exist, so a lesson never prints a missing number.
 */

/** One loaded case: its inputs and every figure the engine derives from them. */
export interface CaseSource {
  id: string;
  /** Path relative to the content root, e.g. "content/cases/samm-jamm.yaml". */
  file: string;
  case: TeachingCase;
  figures: Record<string, number>;
}

/** A case figure named in a lesson body. */
export interface CaseReference {
  cas: string;
  valeur: string;
  /** Line in the lesson body (1 = first line after the front matter). */
  line: number;
}

const MAX_FILE_BYTES = 200_000;
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every case by id, and every problem found (file and field named). Never throws for content. */
export function loadCases(root: string, lessonIds?: ReadonlySet<string>): { cases: Map<string, CaseSource>; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const cases = new Map<string, CaseSource>();
  const dir = join(root, 'content', 'cases');
  if (!existsSync(dir)) return { cases, issues };
  for (const name of readdirSync(dir).sort().filter((n) => n.endsWith('.yaml'))) {
    const path = join(dir, name);
    const file = relative(root, path).split('\\').join('/');
    const id = basename(name, '.yaml');
    if (!ID_PATTERN.test(id)) {
      issues.push({ file, field: '(nom du fichier)', message: 'le nom du fichier doit être en minuscules ASCII et tirets' });
      continue;
    }
    if (statSync(path).size > MAX_FILE_BYTES) {
      issues.push({ file, field: '(fichier)', message: `fichier trop gros (maximum ${MAX_FILE_BYTES} octets)` });
      continue;
    }
    let data: unknown;
    try {
      data = parseYaml(readFileSync(path, 'utf8'), { prettyErrors: true });
    } catch (error) {
      const line = error instanceof YAMLParseError ? (error.linePos?.[0]?.line ?? 0) : 0;
      issues.push({ file, field: `ligne ${line}`, message: `YAML illisible : ${String(error instanceof Error ? error.message : error).split('\n')[0]}` });
      continue;
    }
    const parsed = caseSchema.safeParse(data, { errorMap: frenchErrorMap });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) issues.push({ file, field: fieldPath(issue.path), message: issue.message });
      continue;
    }
    if (lessonIds && !lessonIds.has(parsed.data.lesson)) {
      issues.push({ file, field: 'lesson', message: `leçon inconnue « ${parsed.data.lesson} »` });
    }
    const figures = caseFigures(parsed.data);
    for (const [key, value] of Object.entries(figures)) {
      if (!Number.isFinite(value)) issues.push({ file, field: 'inputs', message: `le chiffre « ${key} » ne se calcule pas avec ces données (division par zéro ?)` });
    }
    cases.set(id, { id, file, case: parsed.data, figures });
  }
  return { cases, issues };
}

/** Attribute `name="value"` of a tag's text, or undefined. */
function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
}

/** Every case figure a lesson body names, in `<Chiffre cas valeur>` and in `<Formule cas tex>` placeholders. */
export function findCaseReferences(body: string): CaseReference[] {
  const out: CaseReference[] = [];
  for (const match of body.matchAll(/<(Chiffre|Formule)\b[^>]*\/?>/g)) {
    const tag = match[0];
    const line = body.slice(0, match.index).split('\n').length;
    const cas = attribute(tag, 'cas') ?? '';
    if (match[1] === 'Chiffre') out.push({ cas, valeur: attribute(tag, 'valeur') ?? '', line });
    else for (const valeur of formulaKeys(attribute(tag, 'tex') ?? '')) out.push({ cas, valeur, line });
  }
  return out;
}

/** Issues for figures a lesson names that no case computes (file, line and key named). */
export function checkCaseReferences(
  lessons: Iterable<{ file: string; body: string; bodyLine: number }>,
  cases: ReadonlyMap<string, CaseSource>,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const lesson of lessons) {
    for (const ref of findCaseReferences(lesson.body)) {
      const field = `corps, ligne ${lesson.bodyLine + ref.line - 1}`;
      const found = cases.get(ref.cas);
      if (!found) issues.push({ file: lesson.file, field, message: `cas d’école inconnu « ${ref.cas} » (attendu : content/cases/${ref.cas}.yaml)` });
      else if (!(ref.valeur in found.figures)) {
        issues.push({ file: lesson.file, field, message: `le cas « ${ref.cas} » n’a pas de chiffre « ${ref.valeur} » (chiffres connus : ${Object.keys(found.figures).join(', ')})` });
      }
    }
  }
  return issues;
}
