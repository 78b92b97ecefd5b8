/**
 * What the trainee's browser puts in a receipt for each kind of item: the raw work the
 * progress store holds (answers, typed values, dates), never only scores. `satisfies` makes a
 * kind of `ITEM_KINDS` without its collector a type error, as for the re-scoring rules.
 */
import { latestH5pResult } from '../h5p/results';
import type { ProgressDoc } from '../progress/schema';
import type { Assignment, AssignmentItem } from './assignment';
import type { ItemKind } from './item-kinds';
import { exerciseSeed, type Trainee } from './seeds';
import { bestScore, MAX_RECEIPT_ATTEMPTS, type H5pWorkAttempt, type ReceiptItem } from './work';

export interface CollectContext {
  assignment: Assignment;
  trainee: Trainee;
  /** When the trainee opened the assignment on this device: earlier quiz attempts are not its work. */
  openedAt: string;
}

type Collector = (doc: ProgressDoc, item: AssignmentItem, context: CollectContext) => ReceiptItem;

const recent = <T>(list: readonly T[]) => list.slice(-MAX_RECEIPT_ATTEMPTS);
const startedAt = (attempt: { startedAt?: unknown }) => (typeof attempt.startedAt === 'string' ? { startedAt: attempt.startedAt } : {});

const quizCollector = (kind: 'quiz' | 'test'): Collector => (doc, item, context) => {
  const attempts = recent((doc.quizzes[item.id]?.attempts ?? []).filter((attempt) => attempt.at >= context.openedAt));
  return { kind, id: item.id, claimed: bestScore(attempts.map((a) => a.score)), attempts: attempts.map((a) => ({ at: a.at, ...startedAt(a), answers: a.answers })) };
};

export const COLLECTORS = {
  lesson(doc, item) {
    const lesson = doc.lessons[item.id];
    return { kind: 'lesson', id: item.id, claimed: null, ...(lesson?.openedAt ? { openedAt: lesson.openedAt } : {}), ...(lesson?.completedAt ? { completedAt: lesson.completedAt } : {}) };
  },
  quiz: quizCollector('quiz'),
  test: quizCollector('test'),
  exercise(doc, item, context) {
    // Only attempts on this assignment's values: practice on other values is not the assignment's work.
    const seed = exerciseSeed(context.assignment, item, context.trainee.name);
    const attempts = recent((doc.exercises[item.id]?.attempts ?? []).filter((attempt) => attempt.seed === seed));
    return {
      kind: 'exercise',
      id: item.id,
      claimed: bestScore(attempts.map((a) => a.score)),
      attempts: attempts.map((a) => ({ at: a.at, ...startedAt(a), seed: a.seed, steps: a.steps.map((step) => ({ stepId: step.stepId, answer: step.answer })) })),
    };
  },
  h5p(doc, item, context) {
    // The package's own latest result, if it came after the trainee opened the assignment.
    const latest = latestH5pResult(doc, item.id);
    if (!latest || latest.at < context.openedAt) return { kind: 'h5p', id: item.id, claimed: null, attempts: [] };
    const verb = doc.h5p?.[item.id]?.results.at(-1)?.verb;
    const attempt: H5pWorkAttempt = {
      at: latest.at,
      score: latest.score,
      max: latest.max,
      scaled: latest.scaled,
      ...(latest.success !== undefined ? { success: latest.success } : {}),
      // Results recorded before `completion` was kept: a `completed`/`passed`/`failed` verb means it.
      completion: latest.completion ?? verb !== 'answered',
      contentVersion: latest.contentVersion,
    };
    return { kind: 'h5p', id: item.id, claimed: latest.scaled, attempts: [attempt] };
  },
} as const satisfies { [K in ItemKind]: Collector };
