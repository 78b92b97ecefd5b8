import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { ExerciseInstanceError, instantiate } from '../engine/exercises';
import { exerciseSchema, type Exercise } from '../schemas/exercise';
import { frenchErrorMap } from '../schemas/french-errors';
import { fieldPath, type ContentIssue } from './content-issue';

/**
 * Reads every calculation exercise, `content/exercises/<id>.yaml`, validates it against the
 * exercise schema and checks that the engine can draw values for it. Pure node (fs + yaml +
 * zod), like `load-course.ts`: the build, the content tests and the pages all use it, so they
 * agree on which exercises exist.
 */

/** One loaded exercise. */
export interface ExerciseSource {
  /** The exercise id: the file name without `.yaml`. */
  id: string;
  /** Path relative to the content root, e.g. "content/exercises/prime-pure-consultation.yaml". */
  file: string;
  exercise: Exercise;
}

/** Every valid exercise by id, and every problem found, with its file and field. */
export interface ExerciseLoadResult {
  exercises: Map<string, ExerciseSource>;
  issues: ContentIssue[];
}

/** Options of `loadExercises`. */
export interface LoadExercisesOptions {
  /** Known lesson ids: when given, an exercise naming another lesson in `lessons` is reported. */
  lessonIds?: ReadonlySet<string>;
}

const MAX_FILE_BYTES = 200_000;
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The `.yaml` files of a folder, sorted (exercises are not nested). */
function listYamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
}

/**
 * Loads `content/exercises/*.yaml` under `root`. An invalid file is reported in `issues`
 * (French messages) and left out of `exercises`; loading never throws for content problems.
 */
export function loadExercises(root: string, options: LoadExercisesOptions = {}): ExerciseLoadResult {
  const issues: ContentIssue[] = [];
  const exercises = new Map<string, ExerciseSource>();
  const rel = (path: string) => relative(root, path).split('\\').join('/');

  for (const path of listYamlFiles(join(root, 'content', 'exercises'))) {
    const file = rel(path);
    const id = basename(path, '.yaml');
    if (!ID_PATTERN.test(id)) {
      issues.push({ file, field: '(nom du fichier)', message: 'le nom du fichier doit être en minuscules ASCII et tirets' });
      continue;
    }
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) {
      issues.push({ file, field: '(fichier)', message: `fichier trop gros (${size} octets, maximum ${MAX_FILE_BYTES})` });
      continue;
    }
    const data = parseYamlFile(readFileSync(path, 'utf8'), file, issues);
    if (data === undefined) continue;
    const result = exerciseSchema.safeParse(data, { errorMap: frenchErrorMap });
    if (!result.success) {
      for (const issue of result.error.issues) issues.push({ file, field: fieldPath(issue.path), message: issue.message });
      continue;
    }
    const exercise = result.data;
    exercise.lessons.forEach((lessonId, i) => {
      if (options.lessonIds && !options.lessonIds.has(lessonId)) {
        issues.push({ file, field: `lessons[${i}]`, message: `leçon inconnue « ${lessonId} »` });
      }
    });
    const drawProblem = checkDrawable(exercise);
    if (drawProblem !== null) {
      issues.push({ file, field: 'parameters', message: drawProblem });
      continue;
    }
    exercises.set(id, { id, file, exercise });
  }
  return { exercises, issues };
}

/** Parses YAML text, reporting a syntax error with its line; undefined when unreadable. */
function parseYamlFile(text: string, file: string, issues: ContentIssue[]): unknown {
  try {
    return parseYaml(text, { prettyErrors: true });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = error.linePos?.[0]?.line ?? 0;
      issues.push({ file, field: `ligne ${line}`, message: `YAML illisible : ${error.message.split('\n')[0]}` });
    } else {
      issues.push({ file, field: '(fichier)', message: `YAML illisible : ${String(error)}` });
    }
    return undefined;
  }
}

/**
 * A French message when the engine cannot draw fair values for the exercise (ranges that give
 * loadings of 100 % or more, a listed mistake that gives the right answer…), else null.
 */
function checkDrawable(exercise: Exercise): string | null {
  try {
    instantiate(exercise, 'verification');
    return null;
  } catch (error) {
    if (error instanceof ExerciseInstanceError) {
      return `aucun jeu de valeurs valable trouvé : revoir les plages des paramètres ou les erreurs types listées (détail : ${error.reason})`;
    }
    throw error;
  }
}
