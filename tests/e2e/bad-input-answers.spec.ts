import { expect, test, type Page } from '@playwright/test';
import { ABSURD_NUMBERS, MARKUP_PAYLOADS } from '../fixtures/bad-input';
import { armScriptTrap, expectNoScriptRan } from './bad-input-helpers';
import { quizOf, reachQuiz } from './quiz-helpers';

// Bad input in quiz and exercise answers (docs/bad-input.md): a French message, nothing stored.
const KEY = 'formation-mutuelles:mutuelles-sante:progress';

// A lesson whose quiz has both a numeric and a short-text question.
async function lessonWithQuiz(page: Page) {
  await page.goto('modules/strategies-nationales/assurance-maladie/');
  await reachQuiz(page);
  return quizOf(page);
}

test('quiz numeric answer: every unreadable entry is refused in French and stores no attempt', async ({ page }) => {
  const quiz = await lessonWithQuiz(page);
  const numeric = quiz.questions.find((q) => q.type === 'numeric')!;
  expect(numeric).toBeTruthy();
  const fieldset = page.locator(`fieldset[data-question-id="${numeric.id}"]`);
  const before = await page.evaluate((key) => localStorage.getItem(key), KEY);
  for (const value of ABSURD_NUMBERS.filter((v) => !v.readable)) {
    await fieldset.locator('input').fill(value.text);
    await fieldset.getByRole('button', { name: 'Vérifier' }).click();
    await expect(fieldset, value.label).toHaveAttribute('data-state', 'invalid');
    await expect(fieldset.locator('.quiz__feedback')).toContainText(/Répondez|Nombre non reconnu|trop longue|ambiguë|Unité/);
    await expect(fieldset.locator('input')).toBeEnabled();
  }
  const after = await page.evaluate((key) => localStorage.getItem(key), KEY);
  const attempts = (text: string | null) => Object.values((JSON.parse(text ?? '{}') as { quizzes?: Record<string, { attempts: unknown[] }> }).quizzes ?? {}).reduce((n, q) => n + q.attempts.length, 0);
  expect(attempts(after)).toBe(attempts(before));
});

test('quiz short-text answer: markup payloads and absurd texts are shown as text, no script runs', async ({ page }) => {
  const trap = await armScriptTrap(page);
  const quiz = await lessonWithQuiz(page);
  const short = quiz.questions.find((q) => q.type === 'short-text')!;
  expect(short).toBeTruthy();
  const fieldset = page.locator(`fieldset[data-question-id="${short.id}"]`);
  await fieldset.locator('input').fill(MARKUP_PAYLOADS[0]!);
  await fieldset.getByRole('button', { name: 'Vérifier' }).click();
  await expect(fieldset.locator('.quiz__feedback')).not.toBeEmpty();
  await expectNoScriptRan(page, trap);
});

test('exercise answer: unreadable entries are refused in French, markup stays text, nothing stored', async ({ page }) => {
  const trap = await armScriptTrap(page);
  await page.goto('exercices/');
  await page.locator('.card a').first().click();
  const item = page.locator('x-exercise [data-step]').first();
  for (const value of [...ABSURD_NUMBERS.filter((v) => !v.readable).map((v) => v.text), ...MARKUP_PAYLOADS]) {
    await item.locator('input').fill(value);
    await item.getByRole('button', { name: 'Vérifier' }).click();
    await expect(item.locator('input')).toHaveAttribute('aria-invalid', 'true');
    await expect(item.locator('.exercise__feedback').last()).toContainText(/Saisissez|Nombre non reconnu|trop longue|ambiguë|Unité/);
  }
  const stored = await page.evaluate((key) => localStorage.getItem(key), KEY);
  expect(Object.keys((JSON.parse(stored ?? '{}') as { exercises?: object }).exercises ?? {})).toHaveLength(0);
  await expectNoScriptRan(page, trap);
});
