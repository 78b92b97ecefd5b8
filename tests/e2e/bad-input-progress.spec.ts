import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { armScriptTrap, expectNoScriptRan, expectResponsive } from './bad-input-helpers';
import { answer, quizOf, reachQuiz } from './quiz-helpers';

// Bad progress files and bad storage (docs/bad-input.md). Truncated files and quota-on-load are
// covered in quiz-progress.spec.ts; these add the other files and storage cases.
const KEY = 'formation-mutuelles:mutuelles-sante:progress';

async function seedProgress(page: Page) {
  await page.goto('progression/');
  await page.evaluate((key) => {
    const doc = { format: 'formation-mutuelles/progress', version: 1, learnerId: 'abcdef0123456789', updatedAt: '2026-12-01T10:00:00.000Z', lessons: { 'assurance-maladie': { openedAt: '2026-12-01T09:00:00.000Z', completedAt: '2026-12-01T10:00:00.000Z' } }, quizzes: {}, exercises: {} };
    localStorage.setItem(key, JSON.stringify(doc));
  }, KEY);
  await page.reload();
  return page.evaluate((key) => localStorage.getItem(key), KEY);
}

const FILES: { name: string; content: () => string; message: RegExp }[] = [
  { name: 'vide.json', content: () => '', message: /illisible ou incomplet/ },
  { name: 'version-future.json', content: () => JSON.stringify({ format: 'formation-mutuelles/progress-backup', version: 99, progress: {} }), message: /version plus récente/ },
  { name: 'autre-produit.json', content: () => JSON.stringify({ name: 'mon-app', version: '1.0.0', dependencies: { react: '^18' } }), message: /pas une sauvegarde/ },
  { name: 'balises.json', content: () => JSON.stringify({ format: 'formation-mutuelles/progress-backup', version: 1, progress: { format: 'formation-mutuelles/progress', version: 1, learnerId: '<img src=x onerror="window.__pwned=1">', lessons: { '<script>window.__pwned=1</script>': { openedAt: 'hier' } } } }), message: /Rien n’a été modifié/ },
];

for (const file of FILES) {
  test(`progress import: « ${file.name} » is refused in French and changes nothing`, async ({ page }, testInfo) => {
    const trap = await armScriptTrap(page);
    const before = await seedProgress(page);
    const path = testInfo.outputPath(file.name);
    writeFileSync(path, file.content());
    await page.getByLabel('Importer une sauvegarde').setInputFiles(path);
    await expect(page.locator('[data-out="import"]')).toContainText(file.message);
    await expect(page.locator('[data-out="import"]')).toContainText('Rien n’a été modifié');
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(before);
    await expectNoScriptRan(page, trap);
  });
}

test('progress import: a 50 MB file is refused in French without being read; the tab stays responsive', async ({ page }, testInfo) => {
  const before = await seedProgress(page);
  const path = testInfo.outputPath('enorme.json');
  writeFileSync(path, `{"format":"formation-mutuelles/progress-backup","version":1,"pad":"${'x'.repeat(50 * 1024 * 1024)}"}`);
  await page.getByLabel('Importer une sauvegarde').setInputFiles(path);
  await expect(page.locator('[data-out="import"]')).toContainText('trop volumineux');
  await expectResponsive(page);
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(before);
});

test('storage disabled: the learner is told and the quiz page still works in memory', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
  });
  await page.goto('progression/');
  await expect(page.locator('[data-out="storage"]')).toContainText('fermeture de la page');
  await expect(page.locator('#progress-warning')).not.toBeEmpty();
});

test('storage full while answering: the attempt is kept in memory and the learner told', async ({ page }) => {
  await page.goto('./');
  const firstModule = (await page.locator('.cards a[href*="modules/"]').first().getAttribute('href'))!;
  await page.goto(firstModule);
  await page.locator('.lesson-list a').first().click();
  // The quiz island loads on approach: answer only once it has started.
  await reachQuiz(page);
  // The disk fills up after the page loaded, as the learner answers.
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
  });
  const fieldset = page.locator('x-quiz fieldset').first();
  await fieldset.locator('input').first().check().catch(async () => fieldset.locator('input').first().fill('1'));
  await fieldset.getByRole('button', { name: 'Vérifier' }).click();
  for (const other of await page.locator('x-quiz fieldset').all()) {
    if ((await other.getAttribute('data-state')) === null) {
      const input = other.locator('input, select').first();
      const kind = await input.evaluate((el) => (el instanceof HTMLSelectElement ? 'select' : (el as HTMLInputElement).type));
      if (kind === 'select') for (const [i, s] of (await other.locator('select').all()).entries()) await s.selectOption({ index: i + 1 });
      else if (kind === 'radio' || kind === 'checkbox') await input.check();
      else await input.fill('1');
      await other.getByRole('button', { name: 'Vérifier' }).click();
    }
  }
  await expect(page.locator('#progress-warning')).toContainText('espace de stockage du navigateur est plein');
});

test('two tabs answering different quizzes at the same time: no attempt is lost', async ({ context }) => {
  test.setTimeout(120_000);
  const tabs = [await context.newPage(), await context.newPage()] as const;
  await tabs[0].goto('modules/strategies-nationales/assurance-maladie/');
  await tabs[1].goto('modules/strategies-nationales/cadre-macroeconomique/');
  const quizzes = [];
  const ids: string[] = [];
  for (const tab of tabs) {
    await tab.bringToFront();
    await reachQuiz(tab);
    quizzes.push(await quizOf(tab));
    ids.push((await tab.locator('x-quiz').first().getAttribute('data-quiz-id'))!);
  }
  // Question by question, one tab then the other: each store writes over storage the other
  // tab has just changed, so only a read-merge-write keeps both attempts.
  const longest = Math.max(...quizzes.map((q) => q.questions.length));
  for (let i = 0; i < longest; i++) {
    for (const [t, tab] of tabs.entries()) {
      const question = quizzes[t]!.questions[i];
      if (!question) continue;
      await tab.bringToFront();
      const fieldset = tab.locator(`fieldset[data-question-id="${question.id}"]`);
      await answer(fieldset, question, true);
      await fieldset.getByRole('button', { name: 'Vérifier' }).click();
      await expect(fieldset.locator('.quiz__feedback')).toContainText('Explication');
    }
  }
  const stored = JSON.parse((await tabs[0].evaluate((key) => localStorage.getItem(key), KEY))!) as { quizzes: Record<string, { attempts: unknown[] }> };
  for (const id of ids) expect(stored.quizzes[id]?.attempts.length, id).toBe(1);
});

test('quarantined progress: listed on « Ma progression », explained, downloadable, then deletable', async ({ page }) => {
  await page.goto('./');
  await page.evaluate((key) => localStorage.setItem(key, '{"format":"formation-mutuelles/progress","vers'), KEY);
  await page.goto('progression/');
  const panel = page.locator('[data-out="quarantine"]');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('mise à l’écart');
  const remove = panel.getByRole('button', { name: 'Supprimer cette copie du navigateur' });
  await expect(remove).toBeDisabled();
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Télécharger cette copie' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^progression-mise-a-l-ecart-.*\.txt$/);
  const { readFileSync } = await import('node:fs');
  expect(readFileSync((await download.path())!, 'utf8')).toBe('{"format":"formation-mutuelles/progress","vers');
  page.once('dialog', (dialog) => void dialog.accept());
  await remove.click();
  await expect(panel.locator('li')).toHaveCount(0);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':backup:')))).toEqual([]);
});
