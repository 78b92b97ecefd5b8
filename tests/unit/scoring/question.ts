import type { QuestionType } from '../../../src/schemas/quiz';
import { questionSchema } from '../../../src/schemas/quiz';
import type { QuestionOf } from '../../../src/engine/scoring';

/** A question parsed by the real schema (defaults applied), with filler prompt and explanation. */
export function question<T extends QuestionType>(data: { type: T } & Record<string, unknown>): QuestionOf<T> {
  return questionSchema.parse({ id: 'q', prompt: 'Question ?', explanation: 'Parce que c’est ainsi.', ...data }) as QuestionOf<T>;
}
