import { expect, test } from '@playwright/test';
import { pageTypeUrls } from './helpers';
import { reachQuiz } from './quiz-helpers';

// Lesson pages load the quiz and the exercises only when the learner gets there (issue 14).
test('a lesson fetches its quiz only when the learner reaches it', async ({ page }) => {
  const { 'lesson-with-math': lesson } = await pageTypeUrls(page);
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.setViewportSize({ width: 390, height: 700 });
  await page.goto(lesson);
  await page.waitForLoadState('load');
  expect(requested.filter((path) => path.includes('/donnees/'))).toEqual([]);
  expect(await page.locator('x-quiz .quiz__check').count()).toBe(0);

  await reachQuiz(page);
  expect(requested.some((path) => /\/donnees\/quiz\/[^/]+\.json$/.test(path))).toBe(true);
  await expect(page.locator('x-quiz .quiz__check').first()).toBeVisible();
});

test('a lesson exercise fetches its data when opened and then checks answers', async ({ page }) => {
  const { 'lesson-with-math': lesson } = await pageTypeUrls(page);
  await page.goto(lesson);
  const card = page.locator('details[data-lazy-exercise]').first();
  test.skip((await card.count()) === 0, 'no exercise in this lesson');
  const response = page.waitForResponse((r) => /\/donnees\/exercices\/[^/]+\.json$/.test(new URL(r.url()).pathname));
  await card.locator(':scope > summary').click();
  expect((await response).ok()).toBe(true);
  await expect(card.locator('x-exercise')).toHaveAttribute('data-seed', /.+/);
  const step = card.locator('[data-step]').first();
  await step.locator('input[data-answer]').fill('1');
  await step.getByRole('button', { name: 'Vérifier' }).click();
  await expect(step.locator('[data-out="feedback"]')).not.toBeEmpty();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a lesson is fully readable: text, formulas, quiz questions and exercises', async ({ page }) => {
    const { 'lesson-with-math': lesson } = await pageTypeUrls(page);
    await page.goto(lesson);
    await expect(page.locator('.prose h2').first()).toBeVisible();
    await expect(page.locator('.prose .katex').first()).toBeVisible();
    const questions = page.locator('x-quiz fieldset');
    expect(await questions.count()).toBeGreaterThan(0);
    await questions.first().scrollIntoViewIfNeeded();
    await expect(questions.first().locator('legend')).toBeVisible();
    const card = page.locator('details[data-lazy-exercise]').first();
    if ((await card.count()) > 0) {
      await card.locator(':scope > summary').click();
      await expect(card.locator('.exercise__scenario')).not.toBeEmpty();
    }
  });
});
