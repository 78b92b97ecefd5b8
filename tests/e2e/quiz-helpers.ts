import type { Locator, Page } from '@playwright/test';
import type { Question, Quiz } from '../../src/schemas/quiz';

/** The quiz data a page embeds, so tests work on whatever the course contains. */
export async function quizOf(page: Page): Promise<Quiz> {
  return JSON.parse((await page.locator('x-quiz script[type="application/json"]').first().textContent())!) as Quiz;
}

/** Answers one question rightly or wrongly through the form controls, as a learner would. */
export async function answer(fieldset: Locator, question: Question, right: boolean): Promise<void> {
  switch (question.type) {
    case 'single': {
      const index = question.options.findIndex((o) => o.correct === right);
      await fieldset.locator(`[data-option="${index}"] input`).check();
      break;
    }
    case 'multiple': {
      const indices = right ? question.options.flatMap((o, i) => (o.correct ? [i] : [])) : [question.options.findIndex((o) => !o.correct)];
      for (const i of indices) await fieldset.locator(`[data-option="${i}"] input`).check();
      break;
    }
    case 'true-false':
      await fieldset.locator(`input[value="${String(right ? question.answer : !question.answer)}"]`).check();
      break;
    case 'numeric': {
      const value = right ? question.answer : question.answer * 3 + 1000;
      await fieldset.locator('input').fill(value.toLocaleString('fr-FR', { maximumFractionDigits: 6 }));
      break;
    }
    case 'ordering':
      for (let i = 0; i < question.items.length; i++) {
        const rank = right ? i + 1 : question.items.length - i;
        await fieldset.locator(`[data-item="${i}"] select`).selectOption(String(rank));
      }
      break;
    case 'matching': {
      const selects = fieldset.locator('select');
      for (let i = 0; i < question.pairs.length; i++) await selects.nth(i).selectOption(String(right ? i : (i + 1) % question.pairs.length));
      break;
    }
    case 'short-text':
      await fieldset.locator('input').fill(right ? question.answers[0]! : 'réponse au hasard');
      break;
  }
}
