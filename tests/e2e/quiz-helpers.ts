import { expect, type Locator, type Page } from '@playwright/test';
import type { Question, Quiz } from '../../src/schemas/quiz';

/**
 * Scrolls to the quiz, as a learner gets there, and waits for its island to have started
 * (the island loads when the quiz comes near the screen; its summary box marks it ready).
 */
export async function reachQuiz(page: Page): Promise<void> {
  const quiz = page.locator('x-quiz').first();
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz.locator('.quiz__summary')).toHaveCount(1);
}

/**
 * The quiz data of the page (inline, or the file its `data-src` names, as lesson pages do),
 * so tests work on whatever the course contains.
 */
export async function quizOf(page: Page): Promise<Quiz> {
  const quiz = page.locator('x-quiz').first();
  const inline = quiz.locator(':scope > script[type="application/json"]');
  if ((await inline.count()) > 0) return JSON.parse((await inline.textContent())!) as Quiz;
  const src = await quiz.getAttribute('data-src');
  expect(src, 'x-quiz has neither inline data nor data-src').toBeTruthy();
  return page.evaluate(async (href) => (await fetch(href)).json() as Promise<Quiz>, src!);
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
