import { buildCatalogue } from '../../../src/course/catalogue';
import { loadCourse } from '../../../src/course/load-course';
import type { Assignment } from '../../../src/engine/assignments';
import { exerciseSeed } from '../../../src/engine/assignments';
import { evaluateExercise, instantiate } from '../../../src/engine/exercises';
import { formatFrenchNumber } from '../../../src/engine/number/format-number';
import { emptyProgress, type ProgressDoc } from '../../../src/engine/progress/schema';
import { scoreQuestion } from '../../../src/engine/scoring';
import type { Question } from '../../../src/schemas/quiz';

/** The real course's catalogue, as the site builds it. */
export const catalogue = buildCatalogue(loadCourse(process.cwd()).course);

export const assignment: Assignment = {
  id: 'd7k2m9x4ab',
  title: 'Devoir : calcul de la cotisation',
  instructions: 'Faites le quiz, le test du module 3 et l’exercice avant vendredi.',
  group: 'Thiès, promotion 2026',
  due: '2026-12-11',
  passMark: 0.7,
  askRef: true,
  createdAt: '2026-12-07T08:00:00.000Z',
  contact: 'Awa Ndiaye, 77 000 00 00',
  items: [
    { kind: 'lesson', id: 'calcul-cotisation' },
    { kind: 'quiz', id: 'calcul-cotisation' },
    { kind: 'test', id: 'viabilite' },
    { kind: 'exercise', id: 'marge-et-chargements', values: 'each' },
  ],
};

/** A response that scores 1: the scorer's own expected response, read from any valid response. */
export function correctResponse(question: Question): unknown {
  const probe: unknown =
    question.type === 'single' ? 0
    : question.type === 'multiple' ? [0]
    : question.type === 'true-false' ? true
    : question.type === 'ordering' ? question.items.map((_, i) => i + 1)
    : question.type === 'matching' ? question.pairs.map((_, i) => i)
    : question.type === 'numeric' ? '0'
    : 'x';
  const result = scoreQuestion(question, probe);
  if (result.kind !== 'scored') throw new Error(`probe not scored for ${question.id}`);
  if (question.type === 'ordering') return question.items.map((_, i) => i + 1);
  return result.expected.response;
}

/** A response that scores 0 for choice questions: the first wrong option. */
export function wrongResponse(question: Question): unknown {
  if (question.type === 'single') return question.options.findIndex((o) => !o.correct);
  if (question.type === 'true-false') return !question.answer;
  if (question.type === 'multiple') return [question.options.findIndex((o) => !o.correct)];
  if (question.type === 'numeric') return String(question.answer * 3 + 17);
  if (question.type === 'short-text') return 'zzz';
  if (question.type === 'ordering') return question.items.map((_, i) => ((i + 1) % question.items.length) + 1);
  return question.pairs.map((_, i) => (i + 1) % question.pairs.length);
}

const at = (minute: number) => new Date(Date.UTC(2026, 11, 8, 9, minute)).toISOString();

/** A trainee's progress after doing the assignment: right, or wrong with the loading misconception. */
export function traineeProgress(name: string, right: boolean): ProgressDoc {
  const doc = emptyProgress(`device-${name}`, new Date(at(0)));
  doc.lessons['calcul-cotisation'] = { openedAt: at(1) };
  for (const [key, quiz] of [['calcul-cotisation', catalogue.quizzes['calcul-cotisation']!], ['viabilite', catalogue.tests['viabilite']!]] as const) {
    const answers = Object.fromEntries(quiz.questions.map((q) => [q.id, right ? correctResponse(q) : wrongResponse(q)]));
    doc.quizzes[key] = { attempts: [{ id: `${key}-1`, at: at(20), startedAt: at(10), answers, score: right ? 1 : 0, points: 0, maxPoints: 0, passed: right }] };
  }
  const item = assignment.items[3]!;
  const exercise = catalogue.exercises['marge-et-chargements']!;
  const seed = exerciseSeed(assignment, item, name);
  const values = instantiate(exercise, seed);
  const evaluated = evaluateExercise(exercise, values);
  const steps = exercise.steps.map((step) => {
    const value = !right && step.id === 'cotisation-brute' ? evaluated.misconception('loading-multiplied')[step.quantity]! : evaluated.quantities[step.quantity]!;
    return { stepId: step.id, answer: formatFrenchNumber(value, { maximumFractionDigits: 2 }), correct: right || step.id !== 'cotisation-brute' };
  });
  // A claimed score of 1 for the wrong trainee too: re-scoring must not believe it.
  doc.exercises['marge-et-chargements'] = { attempts: [{ id: 'e-1', at: at(40), startedAt: at(30), seed, steps, score: 1, completed: true }] };
  return doc;
}

export const OPENED_AT = at(0);
export const HANDED_AT = new Date(at(50));
