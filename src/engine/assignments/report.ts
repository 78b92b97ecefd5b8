/**
 * The class report of one assignment, computed in the trainer's browser from the receipts it
 * imported. Every score is computed again from raw answers (`items.ts`).
 *
 * Rules (documented for trainers in docs/assignment-formats.md):
 * - an item's score is the best of the trainee's attempts; the overall score is the mean of the
 *   graded items (a missing item counts 0), passed when ≥ the assignment's pass mark;
 * - « questions difficiles » and the class's typical mistakes use each trainee's FIRST attempt:
 *   later attempts come after the feedback, so only the first shows what the class understood;
 * - late: handed back after the due day (the trainer's local end of that day).
 */
import { evaluateExercise, instantiate, renderText } from '../exercises';
import type { Exercise } from '../../schemas/exercise';
import type { Question } from '../../schemas/quiz';
import { isLate, itemKey, type Assignment, type AssignmentItem } from './assignment';

export { isLate };
import type { Catalogue } from './catalogue';
import { rulesFor, type ItemResult } from './items';
import type { Receipt } from './receipt';
import { exerciseSeed, nameKey, traineeKey } from './seeds';

export interface ReportRow {
  key: string;
  name: string;
  ref?: string;
  handedAt: string;
  late: boolean;
  /** Mean of graded items, 0..1 (null when the assignment grades nothing). */
  overall: number | null;
  passed: boolean | null;
  cells: ItemResult[];
}

export interface ReportItem {
  key: string;
  item: AssignmentItem;
  title: string;
  graded: boolean;
  /** Trainees who did it (status done). */
  done: number;
  /** Mean score of those who did it (null: nobody, or not graded). */
  mean: number | null;
}

/** One option (or answer) of a question, and how many trainees chose it at their first attempt. */
export interface OptionCount {
  label: string;
  correct: boolean;
  count: number;
}

export interface DifficultQuestion {
  itemKey: string;
  itemTitle: string;
  questionId: string;
  prompt: string;
  /** Trainees who answered it at their first attempt. */
  answered: number;
  /** Mean score at the first attempt, 0..1. */
  success: number;
  /** For choice questions, each option with its count; otherwise right / wrong counts. */
  options: OptionCount[];
}

export interface StepMistakes {
  itemKey: string;
  itemTitle: string;
  stepId: string;
  prompt: string;
  /** Trainees who answered this step. */
  answered: number;
  correct: number;
  /** Named misconceptions, most frequent first. */
  misconceptions: { id: string; count: number }[];
  /** Wrong answers matching no named misconception. */
  otherWrong: number;
}

export interface ClassReport {
  items: ReportItem[];
  rows: ReportRow[];
  /** Roster names that have no receipt yet. */
  missing: string[];
  difficult: DifficultQuestion[];
  mistakes: StepMistakes[];
}

/** Questions whose first-attempt success is below this share are « difficiles ». */
export const DIFFICULT_BELOW = 0.6;

function optionLabels(question: Question): { label: string; correct: boolean; matches: (response: unknown) => boolean }[] | null {
  switch (question.type) {
    case 'single':
      return question.options.map((option, index) => ({ label: option.text, correct: option.correct, matches: (r) => r === index }));
    case 'multiple':
      return question.options.map((option, index) => ({ label: option.text, correct: option.correct, matches: (r) => Array.isArray(r) && r.includes(index) }));
    case 'true-false':
      return [
        { label: 'true', correct: question.answer, matches: (r) => r === true },
        { label: 'false', correct: !question.answer, matches: (r) => r === false },
      ];
    default:
      return null;
  }
}

/**
 * A step's prompt for the report: with the class's values when everyone had the same, else
 * with « … » where each trainee had their own number.
 */
function stepPrompt(exercise: Exercise, prompt: string, assignment: Assignment, item: AssignmentItem): string {
  if (item.values === 'each') return renderText(prompt.replace(/\{[^}]+\}/g, '…'), {}, {});
  try {
    const values = instantiate(exercise, exerciseSeed(assignment, item, ''));
    return renderText(prompt, values, evaluateExercise(exercise, values).quantities);
  } catch {
    return prompt;
  }
}

export function buildReport(assignment: Assignment, catalogue: Catalogue, receipts: readonly Receipt[], roster: readonly string[] = []): ClassReport {
  const rows: ReportRow[] = receipts.map((receipt) => {
    const context = { assignment, trainee: receipt.trainee, catalogue };
    const cells = assignment.items.map((item) => {
      const work = receipt.items.find((w) => w.kind === item.kind && w.id === item.id) ?? { kind: item.kind, id: item.id, claimed: null };
      return rulesFor(item.kind).rescore(work, item, context);
    });
    const graded = assignment.items.map((item, i) => (rulesFor(item.kind).graded ? (cells[i]!.score ?? 0) : null)).filter((s): s is number => s !== null);
    const overall = graded.length === 0 ? null : graded.reduce((a, b) => a + b, 0) / graded.length;
    return {
      key: traineeKey(receipt.trainee),
      name: receipt.trainee.name,
      ...(receipt.trainee.ref ? { ref: receipt.trainee.ref } : {}),
      handedAt: receipt.handedAt,
      late: isLate(receipt.handedAt, assignment.due),
      overall,
      passed: overall === null ? null : overall >= assignment.passMark - 1e-9,
      cells,
    };
  });
  rows.sort((a, b) => a.name.localeCompare(b.name, 'fr'));

  const items: ReportItem[] = assignment.items.map((item, i) => {
    const rules = rulesFor(item.kind);
    const done = rows.filter((row) => row.cells[i]!.status === 'done');
    const scores = done.map((row) => row.cells[i]!.score).filter((s): s is number => s !== null);
    return {
      key: itemKey(item),
      item,
      title: rules.title(catalogue, item.id),
      graded: rules.graded,
      done: done.length,
      mean: rules.graded && scores.length > 0 ? scores.reduce((a, b) => a + b, 0) / scores.length : null,
    };
  });

  const difficult: DifficultQuestion[] = [];
  const mistakes: StepMistakes[] = [];
  assignment.items.forEach((item, i) => {
    const title = items[i]!.title;
    const quiz = item.kind === 'quiz' ? catalogue.quizzes[item.id] : item.kind === 'test' ? catalogue.tests[item.id] : undefined;
    if (quiz) {
      for (const question of quiz.questions) {
        const outcomes = rows.map((row) => row.cells[i]!.questions?.find((q) => q.questionId === question.id)).filter((q) => q !== undefined);
        const answered = outcomes.filter((q) => q.result.kind === 'scored');
        if (answered.length === 0) continue;
        const success = answered.reduce((sum, q) => sum + (q.result.kind === 'scored' ? q.result.score : 0), 0) / answered.length;
        if (success >= DIFFICULT_BELOW) continue;
        const labels = optionLabels(question);
        const options = labels
          ? labels.map((option) => ({ label: option.label, correct: option.correct, count: answered.filter((q) => option.matches(q.response)).length }))
          : [
              { label: 'right', correct: true, count: answered.filter((q) => q.result.kind === 'scored' && q.result.correct).length },
              { label: 'wrong', correct: false, count: answered.filter((q) => q.result.kind === 'scored' && !q.result.correct).length },
            ];
        difficult.push({ itemKey: itemKey(item), itemTitle: title, questionId: question.id, prompt: question.prompt, answered: answered.length, success, options });
      }
    }
    const exercise = item.kind === 'exercise' ? catalogue.exercises[item.id] : undefined;
    if (exercise) {
      for (const step of exercise.steps) {
        const outcomes = rows.map((row) => row.cells[i]!.steps?.find((s) => s.stepId === step.id)).filter((s) => s !== undefined && s.outcome !== 'unanswered');
        if (outcomes.length === 0) continue;
        const counts = new Map<string, number>();
        for (const outcome of outcomes) if (outcome!.outcome === 'misconception') counts.set(outcome!.misconception, (counts.get(outcome!.misconception) ?? 0) + 1);
        mistakes.push({
          itemKey: itemKey(item),
          itemTitle: title,
          stepId: step.id,
          prompt: stepPrompt(exercise, step.prompt, assignment, item),
          answered: outcomes.length,
          correct: outcomes.filter((s) => s!.outcome === 'correct').length,
          misconceptions: [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)),
          otherWrong: outcomes.filter((s) => s!.outcome === 'wrong').length,
        });
      }
    }
  });
  difficult.sort((a, b) => a.success - b.success);

  const handed = new Set(rows.map((row) => nameKey(row.name)));
  const missing = roster.filter((name) => !handed.has(nameKey(name)));
  return { items, rows, missing, difficult, mistakes };
}
