import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { ZodType, ZodTypeDef } from 'zod';
import { frenchErrorMap } from '../schemas/french-errors';
import { glossarySchema, type GlossaryTerm } from '../schemas/glossary';
import { lessonSchema, type LessonMeta } from '../schemas/lesson';
import { moduleSchema, type ModuleManifest } from '../schemas/module';
import { quizSchema, type Quiz } from '../schemas/quiz';
import { fieldPath, type ContentIssue } from './content-issue';
import { findContentLinks, splitFrontMatter, type ContentLink } from './lesson-text';
import { checkCaseReferences, loadCases, type CaseSource } from './load-cases';
import { loadExercises, type ExerciseSource } from './load-exercises';

/**
 * Reads every authored file (modules, lessons, quizzes, glossary), validates each against its
 * schema and checks the references between them. Pure node (fs + yaml + zod): the build, the
 * content tests and the search index all use it, so they agree on what the course is.
 */

export interface LessonSource {
  id: string;
  moduleId: string;
  /** Path relative to the content root, e.g. "content/lessons/viabilite/calcul-cotisation.mdx". */
  file: string;
  meta: LessonMeta;
  body: string;
  bodyLine: number;
  links: ContentLink[];
}

export interface QuizSource {
  id: string;
  file: string;
  quiz: Quiz;
}

export interface Course {
  modules: ModuleManifest[];
  /** File of each module manifest, for error messages. */
  moduleFiles: Map<string, string>;
  lessons: Map<string, LessonSource>;
  quizzes: Map<string, QuizSource>;
  glossary: GlossaryTerm[];
  /** For each glossary term, the lessons that link to it or list it as a key term, in course order. */
  termUsage: Map<string, string[]>;
  /** Validated calculation exercises of `content/exercises/*.yaml`, by id. */
  exercises: Map<string, ExerciseSource>;
  /** For each lesson, the exercises to embed: listed in its front matter or naming it in `lessons`. */
  lessonExercises: Map<string, string[]>;
  /** Teaching cases of `content/cases/*.yaml` with their engine-computed figures, by id. */
  cases: Map<string, CaseSource>;
}

export interface LoadResult {
  course: Course;
  issues: ContentIssue[];
}

const MAX_FILE_BYTES = 2_000_000;

function listFiles(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFiles(path, extension));
    else if (name.endsWith(extension)) out.push(path);
  }
  return out;
}

export function loadCourse(root: string): LoadResult {
  const issues: ContentIssue[] = [];
  const rel = (path: string) => relative(root, path).split('\\').join('/');

  function readText(path: string): string | null {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) {
      issues.push({ file: rel(path), field: '(fichier)', message: `fichier trop gros (${size} octets, maximum ${MAX_FILE_BYTES})` });
      return null;
    }
    return readFileSync(path, 'utf8');
  }

  function parseYamlText(text: string, file: string, lineOffset = 0): unknown {
    try {
      return parseYaml(text, { prettyErrors: true });
    } catch (error) {
      if (error instanceof YAMLParseError) {
        const line = (error.linePos?.[0]?.line ?? 0) + lineOffset;
        issues.push({ file, field: `ligne ${line}`, message: `YAML illisible : ${error.message.split('\n')[0]}` });
      } else {
        issues.push({ file, field: '(fichier)', message: `YAML illisible : ${String(error)}` });
      }
      return undefined;
    }
  }

  function validate<T>(schema: ZodType<T, ZodTypeDef, unknown>, data: unknown, file: string, prefix = ''): T | undefined {
    if (data === undefined) return undefined;
    const result = schema.safeParse(data, { errorMap: frenchErrorMap });
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      issues.push({ file, field: (prefix ? `${prefix}.` : '') + fieldPath(issue.path), message: issue.message });
    }
    return undefined;
  }

  // Modules.
  const modules: ModuleManifest[] = [];
  const moduleFiles = new Map<string, string>();
  for (const path of listFiles(join(root, 'modules'), '.yaml')) {
    const text = readText(path);
    if (text === null) continue;
    const manifest = validate(moduleSchema, parseYamlText(text, rel(path)), rel(path));
    if (!manifest) continue;
    const duplicate = modules.find((m) => m.id === manifest.id);
    if (duplicate) issues.push({ file: rel(path), field: 'id', message: `module « ${manifest.id} » déjà défini` });
    else {
      modules.push(manifest);
      moduleFiles.set(manifest.id, rel(path));
    }
  }
  modules.sort((a, b) => a.order - b.order);

  // Lessons: content/lessons/<module-id>/<lesson-id>.mdx.
  const lessons = new Map<string, LessonSource>();
  const lessonsRoot = join(root, 'content', 'lessons');
  for (const path of listFiles(lessonsRoot, '.mdx')) {
    const file = rel(path);
    const parts = relative(lessonsRoot, path).split(/[\\/]/);
    if (parts.length !== 2) {
      issues.push({ file, field: '(emplacement)', message: 'une leçon doit être rangée dans content/lessons/<module>/<leçon>.mdx' });
      continue;
    }
    const id = basename(path, '.mdx');
    const moduleId = parts[0] ?? '';
    const text = readText(path);
    if (text === null) continue;
    const { frontMatter, body, bodyLine } = splitFrontMatter(text);
    if (frontMatter === null) {
      issues.push({ file, field: '(en-tête)', message: 'en-tête YAML (--- … ---) manquant au début du fichier' });
      continue;
    }
    const meta = validate(lessonSchema, parseYamlText(frontMatter, file, 1), file);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
      issues.push({ file, field: '(nom du fichier)', message: 'le nom du fichier doit être en minuscules ASCII et tirets' });
    }
    if (!meta) continue;
    if (lessons.has(id)) {
      issues.push({ file, field: '(nom du fichier)', message: `identifiant de leçon « ${id} » déjà utilisé par ${lessons.get(id)?.file}` });
      continue;
    }
    lessons.set(id, { id, moduleId, file, meta, body, bodyLine, links: findContentLinks(body) });
  }

  // Glossary.
  let glossary: GlossaryTerm[] = [];
  const glossaryPath = join(root, 'content', 'glossary.yaml');
  if (existsSync(glossaryPath)) {
    const text = readText(glossaryPath);
    const parsed = text === null ? undefined : validate(glossarySchema, parseYamlText(text, rel(glossaryPath)), rel(glossaryPath));
    glossary = parsed?.terms ?? [];
  } else {
    issues.push({ file: 'content/glossary.yaml', field: '(fichier)', message: 'glossaire introuvable' });
  }

  // Quizzes: quizzes/<lesson-id or module-id>.yaml.
  const quizzes = new Map<string, QuizSource>();
  for (const path of listFiles(join(root, 'quizzes'), '.yaml')) {
    const text = readText(path);
    if (text === null) continue;
    const quiz = validate(quizSchema, parseYamlText(text, rel(path)), rel(path));
    if (quiz) quizzes.set(basename(path, '.yaml'), { id: basename(path, '.yaml'), file: rel(path), quiz });
  }

  const loadedExercises = loadExercises(root, { lessonIds: new Set(lessons.keys()) });
  issues.push(...loadedExercises.issues);

  const loadedCases = loadCases(root, new Set(lessons.keys()));
  issues.push(...loadedCases.issues);

  const course: Course = { modules, moduleFiles, lessons, quizzes, glossary, termUsage: new Map(), exercises: loadedExercises.exercises, lessonExercises: new Map(), cases: loadedCases.cases };
  issues.push(...checkReferences(course));
  issues.push(...checkCaseReferences(lessons.values(), loadedCases.cases));
  return { course, issues };
}

/** Cross-references: every id named somewhere must exist, and every lesson must be reachable. */
function checkReferences(course: Course): ContentIssue[] {
  const issues: ContentIssue[] = [];

  const terms = new Map<string, GlossaryTerm>();
  course.glossary.forEach((term, i) => {
    if (terms.has(term.id)) issues.push({ file: 'content/glossary.yaml', field: `terms[${i}].id`, message: `terme « ${term.id} » défini deux fois` });
    terms.set(term.id, term);
  });
  course.glossary.forEach((term, i) => {
    term.related.forEach((rel, j) => {
      if (!terms.has(rel)) issues.push({ file: 'content/glossary.yaml', field: `terms[${i}].related[${j}]`, message: `terme inconnu « ${rel} »` });
    });
  });

  const listedIn = new Map<string, string>();
  for (const m of course.modules) {
    m.lessons.forEach((lessonId, i) => {
      const lesson = course.lessons.get(lessonId);
      const file = course.moduleFiles.get(m.id) ?? `modules/${m.id}.yaml`;
      if (!lesson) {
        issues.push({ file, field: `lessons[${i}]`, message: `leçon inconnue « ${lessonId} » (attendue : content/lessons/${m.id}/${lessonId}.mdx)` });
      } else if (lesson.moduleId !== m.id) {
        issues.push({ file, field: `lessons[${i}]`, message: `la leçon « ${lessonId} » est rangée dans content/lessons/${lesson.moduleId}/, pas dans content/lessons/${m.id}/` });
      } else if (listedIn.has(lessonId)) {
        issues.push({ file, field: `lessons[${i}]`, message: `leçon « ${lessonId} » listée deux fois` });
      }
      listedIn.set(lessonId, m.id);
    });
  }
  if (course.lessons.size > 0 && course.modules.length === 0) {
    issues.push({ file: 'modules/', field: '(dossier)', message: 'aucun module valide' });
  }

  const moduleIds = new Set(course.modules.map((m) => m.id));
  for (const lesson of course.lessons.values()) {
    if (!listedIn.has(lesson.id) && moduleIds.has(lesson.moduleId)) {
      issues.push({ file: lesson.file, field: '(leçon)', message: `leçon absente de la liste « lessons » du module « ${lesson.moduleId} »` });
    } else if (!moduleIds.has(lesson.moduleId)) {
      issues.push({ file: lesson.file, field: '(emplacement)', message: `dossier « ${lesson.moduleId} » : aucun module ne porte cet identifiant` });
    }
    lesson.meta.keyTerms.forEach((termId, i) => {
      if (!terms.has(termId)) issues.push({ file: lesson.file, field: `keyTerms[${i}]`, message: `terme de glossaire inconnu « ${termId} »` });
    });
    lesson.meta.exercises.forEach((exerciseId, i) => {
      if (!course.exercises.has(exerciseId)) issues.push({ file: lesson.file, field: `exercises[${i}]`, message: `exercice inconnu « ${exerciseId} » (attendu : content/exercises/${exerciseId}.yaml)` });
    });
    for (const link of lesson.links) {
      const line = lesson.bodyLine + link.line - 1;
      if (link.kind === 'glossaire' && !terms.has(link.target)) {
        issues.push({ file: lesson.file, field: `corps, ligne ${line}`, message: `lien vers un terme de glossaire inconnu « glossaire:${link.target} »` });
      }
      if (link.kind === 'lecon' && !course.lessons.has(link.target)) {
        issues.push({ file: lesson.file, field: `corps, ligne ${line}`, message: `lien vers une leçon inconnue « lecon:${link.target} »` });
      }
    }
  }

  for (const { id, file, quiz } of course.quizzes.values()) {
    if (quiz.scope === 'lesson' && !course.lessons.has(id)) {
      issues.push({ file, field: '(nom du fichier)', message: `quiz pour une leçon inconnue « ${id} »${moduleIds.has(id) ? ' (c’est un module : ajouter « scope: module »)' : ''}` });
    }
    if (quiz.scope === 'module' && !moduleIds.has(id)) {
      issues.push({ file, field: 'scope', message: `test de module pour un module inconnu « ${id} »` });
    }
  }

  for (const lesson of course.lessons.values()) {
    const ids = new Set(lesson.meta.exercises.filter((id) => course.exercises.has(id)));
    for (const { id, exercise } of course.exercises.values()) if (exercise.lessons.includes(lesson.id)) ids.add(id);
    if (ids.size > 0) course.lessonExercises.set(lesson.id, [...ids]);
  }

  // Which lessons use each term, in course order.
  for (const m of course.modules) {
    for (const lessonId of m.lessons) {
      const lesson = course.lessons.get(lessonId);
      if (!lesson) continue;
      const used = new Set([...lesson.meta.keyTerms, ...lesson.links.filter((l) => l.kind === 'glossaire').map((l) => l.target)]);
      for (const termId of used) {
        if (!terms.has(termId)) continue;
        const list = course.termUsage.get(termId) ?? [];
        list.push(lessonId);
        course.termUsage.set(termId, list);
      }
    }
  }
  return issues;
}
