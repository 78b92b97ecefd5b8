import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { pageTypeUrls } from './helpers';
import { answer, quizOf, reachQuiz } from './quiz-helpers';

// The lesson quiz and the progress a learner keeps in the browser (issue: quizzes and progress).
async function firstLesson(page: Page) {
  const urls = await pageTypeUrls(page);
  await page.goto(urls.lesson);
  await reachQuiz(page);
  return urls;
}

async function takeQuiz(page: Page, right: (index: number) => boolean) {
  const quiz = await quizOf(page);
  for (const [i, question] of quiz.questions.entries()) {
    const fieldset = page.locator(`fieldset[data-question-id="${question.id}"]`);
    await answer(fieldset, question, right(i));
    await fieldset.getByRole('button', { name: 'Vérifier' }).click();
    await expect(fieldset.locator('.quiz__feedback')).toContainText('Explication');
  }
  return quiz;
}

test('a wrong then a right attempt, kept after a reload with the lesson completed', async ({ page }) => {
  const { module } = await firstLesson(page);
  const quiz = await takeQuiz(page, () => false);
  const first = page.locator(`fieldset[data-question-id="${quiz.questions[0]!.id}"]`);
  await expect(first.locator('.quiz__feedback')).toContainText('Réponse attendue');
  await expect(page.locator('.quiz__summary')).toContainText('Pas encore réussi');
  await page.getByRole('button', { name: 'Recommencer' }).click();
  await takeQuiz(page, () => true);
  await expect(page.locator('.quiz__summary')).toContainText('Score');
  await expect(page.locator('.quiz__summary')).toContainText('100');
  await expect(page.locator('.quiz__summary')).toContainText('Réussi');

  await page.reload();
  await reachQuiz(page);
  await expect(page.locator('.quiz__history summary')).toContainText('(2)');
  await expect(page.locator('[data-progress-lesson]')).toContainText('Leçon terminée');
  await page.goto(module);
  await expect(page.locator('[data-progress-module] progress')).toHaveAttribute('value', '1');
  await expect(page.locator('.lesson-list li').first()).toContainText('Leçon terminée');
  await page.goto('./');
  await expect(page.locator('[data-continue] a')).toHaveAttribute('href', /\/modules\//);
});

test('an unreadable number is refused with a message and does not count', async ({ page }) => {
  await firstLesson(page);
  const quiz = await quizOf(page);
  const numeric = quiz.questions.find((q) => q.type === 'numeric');
  test.skip(!numeric, 'no numeric question in this quiz');
  const fieldset = page.locator(`fieldset[data-question-id="${numeric!.id}"]`);
  await fieldset.locator('input').fill('1,5,3');
  await fieldset.getByRole('button', { name: 'Vérifier' }).click();
  await expect(fieldset.locator('.quiz__feedback')).toContainText('Nombre non reconnu');
  await expect(fieldset.locator('input')).toBeEnabled();
  await answer(fieldset, numeric!, true);
  await fieldset.getByRole('button', { name: 'Vérifier' }).click();
  await expect(fieldset.locator('.quiz__feedback')).toContainText('Juste');
});

test('export, clear, import: everything comes back; a truncated file changes nothing', async ({ page }, testInfo) => {
  await firstLesson(page);
  await takeQuiz(page, () => true);
  await page.goto('progression/');
  await expect(page.locator('[data-out="modules"]')).toContainText('Leçon terminée');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter ma progression' }).click()]);
  const backup = testInfo.outputPath('progression.json');
  await download.saveAs(backup);
  const text = readFileSync(backup, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'formation-mutuelles/progress-backup', version: 1 });

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.locator('[data-out="modules"]')).not.toContainText('Leçon terminée');

  const truncated = testInfo.outputPath('tronque.json');
  writeFileSync(truncated, text.slice(0, Math.floor(text.length / 2)));
  await page.getByLabel('Importer une sauvegarde').setInputFiles(truncated);
  await expect(page.locator('[data-out="import"]')).toContainText('illisible ou incomplet');
  await expect(page.locator('[data-out="modules"]')).not.toContainText('Leçon terminée');

  await page.getByLabel('Importer une sauvegarde').setInputFiles(backup);
  await expect(page.locator('[data-out="import"]')).toContainText('Sauvegarde importée');
  await expect(page.locator('[data-out="modules"]')).toContainText('Leçon terminée');
  await page.reload();
  await expect(page.locator('[data-out="modules"]')).toContainText('Leçon terminée');

  // Import again: merging is idempotent, nothing is duplicated.
  await page.getByLabel('Importer une sauvegarde').setInputFiles(backup);
  await expect(page.locator('[data-out="import"]')).toContainText('Rien n’a été ajouté');
});

test('a truncated file does not touch existing progress', async ({ page }, testInfo) => {
  await firstLesson(page);
  await takeQuiz(page, () => true);
  const before = await page.evaluate(() => localStorage.getItem('formation-mutuelles:mutuelles-sante:progress'));
  await page.goto('progression/');
  const file = testInfo.outputPath('casse.json');
  writeFileSync(file, '{"format": "formation-mutuelles/progress-backup", "version": 1, "progress": {"lessons": ');
  await page.getByLabel('Importer une sauvegarde').setInputFiles(file);
  await expect(page.locator('[data-out="import"]')).toContainText('Rien n’a été modifié');
  expect(await page.evaluate(() => localStorage.getItem('formation-mutuelles:mutuelles-sante:progress'))).toBe(before);
});

test('storage that refuses writes shows a warning and the quiz still works', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
  });
  await firstLesson(page);
  await expect(page.locator('#progress-warning')).toContainText('espace de stockage du navigateur est plein');
  const quiz = await takeQuiz(page, () => true);
  await expect(page.locator('.quiz__summary')).toContainText('Réussi');
  // What exists only in this page's memory can still be saved, from the warning itself.
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#progress-warning').getByRole('button', { name: 'Exporter maintenant' }).click()]);
  const saved = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { progress?: { quizzes?: Record<string, { attempts: unknown[] }> } };
  const quizId = (await page.locator('x-quiz').getAttribute('data-quiz-id'))!;
  expect(saved.progress?.quizzes?.[quizId]?.attempts).toHaveLength(1);
  expect(quiz.questions.length).toBeGreaterThan(0);
});

test('corrupt stored progress is kept aside and the learner is told', async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => localStorage.setItem('formation-mutuelles:mutuelles-sante:progress', '{"format":"formation-mutuelles/progress","vers'));
  await page.reload();
  await expect(page.locator('#progress-warning')).toContainText('illisible');
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.some((k) => k.startsWith('formation-mutuelles:mutuelles-sante:progress:backup:'))).toBe(true);
});

test('the quiz can be answered with the keyboard only', async ({ page }) => {
  await firstLesson(page);
  const quiz = await quizOf(page);
  const index = quiz.questions.findIndex((q) => q.type === 'true-false' || q.type === 'single');
  test.skip(index < 0, 'no choice question');
  const question = quiz.questions[index]!;
  const fieldset = page.locator(`fieldset[data-question-id="${question.id}"]`);
  await fieldset.locator('input').first().focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(fieldset.getByRole('button', { name: 'Vérifier' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(fieldset.locator('.quiz__feedback')).toContainText('Explication');
});

test('a module test shows nothing until the end, points to a missing answer, then scores every question', async ({ page }) => {
  const urls = await pageTypeUrls(page);
  await page.goto(urls['module-test']);
  const quiz = await quizOf(page);
  expect(quiz.mode).toBe('deferred');
  await expect(page.getByRole('button', { name: 'Vérifier' })).toHaveCount(0);

  // Every question but the first answered (the last one wrongly): the test refuses to finish
  // and takes the learner to the gap.
  const [first, ...rest] = quiz.questions;
  for (const [i, question] of rest.entries()) await answer(page.locator(`fieldset[data-question-id="${question.id}"]`), question, i < rest.length - 1);
  await page.getByRole('button', { name: 'Terminer le test' }).click();
  await expect(page.locator('.quiz__summary')).toContainText('1 sans réponse valide');
  const firstFieldset = page.locator(`fieldset[data-question-id="${first!.id}"]`);
  await expect(firstFieldset.locator('input, select').first()).toBeFocused();
  await expect(page.locator('.quiz__explanation')).toHaveCount(0);

  await answer(firstFieldset, first!, true);
  await page.getByRole('button', { name: 'Terminer le test' }).click();
  await expect(page.locator('.quiz__explanation')).toHaveCount(quiz.questions.length);
  const last = page.locator(`fieldset[data-question-id="${rest.at(-1)!.id}"]`);
  await expect(last.locator('.quiz__feedback')).toContainText('Réponse attendue');
  await expect(page.locator('.quiz__summary')).toContainText(`sur ${quiz.questions.reduce((sum, q) => sum + q.points, 0)}`);
  await expect(page.getByRole('button', { name: 'Terminer le test' })).toBeDisabled(); // one attempt, not two
  await page.reload();
  await reachQuiz(page);
  await expect(page.locator('.quiz__history summary')).toContainText('(1)');
});

test('a matching question starts with nothing chosen and refuses an incomplete answer', async ({ page }) => {
  await firstLesson(page);
  const quiz = await quizOf(page);
  const matching = quiz.questions.find((q) => q.type === 'matching');
  test.skip(!matching, 'no matching question in this quiz');
  const fieldset = page.locator(`fieldset[data-question-id="${matching!.id}"]`);
  const selects = fieldset.locator('select');
  await expect(selects).toHaveCount(matching!.type === 'matching' ? matching!.pairs.length : 0);
  for (const value of await selects.evaluateAll((list) => list.map((s) => (s as HTMLSelectElement).value))) expect(value).toBe('');
  await fieldset.getByRole('button', { name: 'Vérifier' }).click();
  await expect(fieldset.locator('.quiz__feedback')).toContainText('Répondez à cette question');
  await selects.first().selectOption({ index: 1 });
  await fieldset.getByRole('button', { name: 'Vérifier' }).click();
  await expect(fieldset.locator('.quiz__feedback')).toContainText('Complétez tous les choix');
  await expect(selects.first()).toBeEnabled();
});
