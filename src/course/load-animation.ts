import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { evaluateExercise, instanceProblem, workedSolution, type ParameterValues, type WorkedStep } from '../engine/exercises';
import { renderText } from '../engine/exercises/render-text';
import { animationSchema, type AnimationHandout, type AnimationNotes } from '../schemas/animation';
import type { Exercise } from '../schemas/exercise';
import { frenchErrorMap } from '../schemas/french-errors';
import type { ModuleManifest } from '../schemas/module';
import { fieldPath, type ContentIssue } from './content-issue';
import type { ExerciseSource } from './load-exercises';

/**
 * Reads the facilitator notes, `content/animation/<module-id>.yaml`, validates them and checks
 * every reference against the course: the module exists and has group work, the sequences add
 * up to the group work's minutes, lessons/exercises/tools exist, the handed-out values are
 * values the exercise could draw, and each pitfall names a misconception of that step.
 * Then it computes, with the exercise engine, what the trainer should expect from the groups,
 * so no result is ever typed in a notes file.
 */

/** A handout with its parameters completed (fixed ones added) and the engine's solution. */
export interface ResolvedHandout extends AnimationHandout {
  exerciseTitle?: string;
  parameters?: { label: string; value: number; unit?: string }[];
  results?: WorkedStep[];
}

export interface ResolvedPitfall {
  handout: number;
  stepPrompt: string;
  feedback: string;
  /** What a trainee making this mistake finds, computed by the engine. */
  wrong: number;
  expected: number;
  unit?: string;
  advice: string;
}

export interface ModuleAnimation {
  file: string;
  notes: AnimationNotes;
  module: ModuleManifest;
  totalMinutes: number;
  handouts: ResolvedHandout[];
  pitfalls: ResolvedPitfall[];
}

export interface AnimationContext {
  modules: readonly ModuleManifest[];
  lessonIds: ReadonlySet<string>;
  exercises: ReadonlyMap<string, ExerciseSource>;
}

export interface AnimationLoadResult {
  animations: ModuleAnimation[];
  issues: ContentIssue[];
}

/** Every parameter's value: the fixed ones from the exercise, the drawn ones from the notes. */
export function completeValues(exercise: Exercise, given: Readonly<Record<string, number>>): { values: ParameterValues; problems: string[] } {
  const values: Record<string, number> = {};
  const problems: string[] = [];
  for (const [name, p] of Object.entries(exercise.parameters)) {
    if (p.fixed !== undefined) {
      if (name in given && given[name] !== p.fixed) problems.push(`${name} est fixé à ${p.fixed} par l’exercice`);
      values[name] = p.fixed;
      continue;
    }
    const value = given[name];
    if (value === undefined) {
      problems.push(`valeur manquante pour « ${name} »`);
      continue;
    }
    const min = p.min ?? 0;
    const steps = (value - min) / (p.step ?? 1);
    if (value < min || value > (p.max ?? min) || Math.abs(steps - Math.round(steps)) > 1e-6) {
      problems.push(`${name} = ${value} hors des valeurs de l’exercice (de ${min} à ${p.max} par pas de ${p.step})`);
    }
    values[name] = value;
  }
  for (const name of Object.keys(given)) if (!(name in exercise.parameters)) problems.push(`paramètre inconnu « ${name} »`);
  return { values, problems };
}

export function loadAnimation(root: string, context: AnimationContext): AnimationLoadResult {
  const dir = join(root, 'content', 'animation');
  const issues: ContentIssue[] = [];
  const animations: ModuleAnimation[] = [];
  if (!existsSync(dir)) return { animations, issues };
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) {
    const file = `content/animation/${name}`;
    const issue = (field: string, message: string) => issues.push({ file, field, message });
    let raw: unknown;
    try {
      raw = parseYaml(readFileSync(join(dir, name), 'utf8'));
    } catch (error) {
      issue('(fichier)', `YAML illisible : ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const parsed = animationSchema.safeParse(raw, { errorMap: frenchErrorMap });
    if (!parsed.success) {
      for (const i of parsed.error.issues) issue(fieldPath(i.path as (string | number)[]), i.message);
      continue;
    }
    const notes = parsed.data;
    const before = issues.length;
    if (name !== `${notes.module}.yaml`) issue('module', `le fichier doit s’appeler ${notes.module}.yaml`);
    const module = context.modules.find((m) => m.id === notes.module);
    if (!module) {
      issue('module', `module inconnu « ${notes.module} »`);
      continue;
    }
    if (!module.groupWork) {
      issue('module', `le module « ${module.id} » n’a pas de travail de groupe`);
      continue;
    }
    const totalMinutes = notes.sequences.reduce((sum, s) => sum + s.minutes, 0);
    if (totalMinutes !== module.groupWork.minutes) {
      issue('sequences', `les séquences totalisent ${totalMinutes} min, le travail de groupe du module en prévoit ${module.groupWork.minutes}`);
    }
    const handouts = notes.handouts.map((h, i): ResolvedHandout => {
      if (h.lesson && !context.lessonIds.has(h.lesson)) issue(`handouts[${i}].lesson`, `leçon inconnue « ${h.lesson} »`);
      if (!h.exercise) return h;
      const source = context.exercises.get(h.exercise);
      if (!source) {
        issue(`handouts[${i}].exercise`, `exercice inconnu « ${h.exercise} »`);
        return h;
      }
      const { exercise } = source;
      const { values, problems } = completeValues(exercise, h.values ?? {});
      problems.forEach((p) => issue(`handouts[${i}].values`, p));
      if (problems.length > 0) return h;
      const problem = instanceProblem(exercise, values);
      if (problem) {
        issue(`handouts[${i}].values`, `valeurs inutilisables : ${problem}`);
        return h;
      }
      const parameters = Object.entries(exercise.parameters).map(([n, p]) => ({ label: p.label, value: values[n]!, unit: p.unit }));
      return { ...h, exerciseTitle: exercise.title, parameters, results: workedSolution(exercise, values) };
    });
    const pitfalls: ResolvedPitfall[] = [];
    notes.pitfalls.forEach((p, i): void => {
      const handout = notes.handouts[p.handout - 1];
      const source = handout?.exercise ? context.exercises.get(handout.exercise) : undefined;
      if (!handout || !source) {
        issue(`pitfalls[${i}].handout`, `aucune remise n° ${p.handout} avec un exercice`);
        return;
      }
      const step = source.exercise.steps.find((s) => s.id === p.step);
      if (!step) {
        issue(`pitfalls[${i}].step`, `étape inconnue « ${p.step} » dans ${handout.exercise}`);
        return;
      }
      const mistake = step.misconceptions.find((m) => m.id === p.misconception);
      if (!mistake) {
        issue(`pitfalls[${i}].misconception`, `erreur type « ${p.misconception} » absente de l’étape ${p.step}`);
        return;
      }
      const { values, problems } = completeValues(source.exercise, handout.values ?? {});
      if (problems.length > 0) return;
      const evaluated = evaluateExercise(source.exercise, values);
      pitfalls.push({
        handout: p.handout,
        stepPrompt: renderText(step.prompt, values, evaluated.quantities),
        feedback: renderText(mistake.feedback, values, evaluated.quantities),
        wrong: evaluated.misconception(p.misconception)[step.quantity] ?? Number.NaN,
        expected: evaluated.quantities[step.quantity] ?? Number.NaN,
        unit: step.unit,
        advice: p.advice,
      });
    });
    if (issues.length === before) animations.push({ file, notes, module, totalMinutes, handouts, pitfalls });
  }
  animations.sort((a, b) => a.module.order - b.module.order);
  return { animations, issues };
}

/** The context of `loadAnimation` from a loaded course. */
export function animationContext(course: { modules: readonly ModuleManifest[]; lessons: ReadonlyMap<string, unknown>; exercises: ReadonlyMap<string, ExerciseSource> }): AnimationContext {
  return { modules: course.modules, lessonIds: new Set(course.lessons.keys()), exercises: course.exercises };
}
