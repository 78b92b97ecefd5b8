import { progressStore } from '../progress/client';

/**
 * The assignment an exercise page was opened from (`…/exercices/<id>/#devoir=<assignment id>`),
 * when this learner has opened that assignment and it includes this exercise: its seed and
 * title. Kept tiny on purpose: exercise pages read the seed stored when the assignment was
 * opened and never load the assignment codecs.
 */
export function assignedExercise(exerciseId: string): { seed: string; title: string } | undefined {
  const match = /(?:^#|&)devoir=([a-z0-9]{6,24})(?:&|$)/.exec(location.hash);
  if (!match) return undefined;
  const work = progressStore().read().doc.assignments?.[match[1]!];
  const seed = work?.seeds?.[exerciseId];
  return seed ? { seed, title: work?.title ?? '' } : undefined;
}
