import { scored, type Scorer } from './types';

/** Single choice: right or wrong; the chosen option's feedback is shown. */
export const singleScorer: Scorer<'single'> = {
  score(question, response) {
    const option = response === null ? undefined : question.options[response];
    if (!option) return { kind: 'invalid', code: 'EMPTY' };
    return scored(option.correct ? 1 : 0, option.feedback ? [option.feedback] : []);
  },
};

/** Multiple choice: (right chosen − wrong chosen) ÷ number of right options, never below 0. */
export const multipleScorer: Scorer<'multiple'> = {
  score(question, response) {
    const chosen = [...new Set(response)].filter((i) => question.options[i] !== undefined);
    if (chosen.length === 0) return { kind: 'invalid', code: 'EMPTY' };
    const right = question.options.filter((o) => o.correct).length;
    const hits = chosen.filter((i) => question.options[i]?.correct).length;
    const misses = chosen.length - hits;
    const feedback = chosen.flatMap((i) => question.options[i]?.feedback ?? []);
    return scored(Math.max(0, (hits - misses) / right), feedback);
  },
};

/** True or false. */
export const trueFalseScorer: Scorer<'true-false'> = {
  score(question, response) {
    if (response === null) return { kind: 'invalid', code: 'EMPTY' };
    const right = response === question.answer;
    return scored(right ? 1 : 0, !right && question.wrongFeedback ? [question.wrongFeedback] : []);
  },
};
