import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers';
import { answer, quizOf, reachQuiz } from './quiz-helpers';

/**
 * The H5P activity of the contribution lesson, played by h5p-standalone from this server:
 * French frame, scored answer saved to the progress, state restored on reload, no request
 * leaving the server and no CSP violation.
 */
const LESSON = 'modules/viabilite/calcul-cotisation/';
/** A word of the activity's own text (its error message « 1.500 est ambigu »), found nowhere else in the course. */
const ACTIVITY_ONLY_WORD = 'ambigu';

async function watch(page: Page, baseURL: string) {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const target = request.url();
    if (!target.startsWith(new URL(baseURL).origin) && !target.startsWith('data:') && !target.startsWith('blob:') && target !== 'about:blank') foreign.push(target);
  });
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return foreign;
}

async function openActivity(page: Page) {
  await page.goto(LESSON);
  const host = page.locator('x-h5p[data-h5p-id="cotisation-par-beneficiaire"]');
  await host.scrollIntoViewIfNeeded();
  await expect(host.locator('iframe.h5p-iframe')).toBeVisible({ timeout: 60_000 });
  const frame = page.frameLocator('x-h5p[data-h5p-id="cotisation-par-beneficiaire"] iframe.h5p-iframe');
  await expect(frame.locator('input')).toBeVisible({ timeout: 60_000 });
  return { host, frame };
}

test('the lesson plays its H5P activity in French, records the score and restores the state', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const foreign = await watch(page, baseURL!);
  const { host, frame } = await openActivity(page);
  expect(await frame.locator('html').getAttribute('lang')).toBe('fr');
  await expect(frame.locator('.fm-contribution')).toContainText('Cas d’école, chiffres fictifs');

  // 2 695 FCFA: pure premium 1 960, 2 156 with the 10 % margin, / (1 − 0,20).
  await frame.locator('input').fill('2 695');
  await frame.getByRole('button', { name: 'Vérifier' }).click();
  await expect(frame.locator('[role="status"]')).toContainText('Juste');
  await expect(host.locator('.h5p-score')).toContainText('1 sur 1');
  await page.screenshot({ path: 'test-results/h5p-lesson.png', fullPage: false });

  const stored = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes(':h5p-state:')));
  expect(stored.length).toBe(1);

  await page.reload();
  const again = await openActivity(page);
  await expect(again.frame.locator('input')).toHaveValue('2 695');
  await expect(again.frame.locator('[role="status"]')).toContainText('Juste');

  await page.goto('progression/');
  await expect(page.locator('main')).toContainText('Calculer la cotisation annuelle par bénéficiaire');
  await expect(page.locator('main')).toContainText('100');
  await page.screenshot({ path: 'test-results/h5p-progression.png', fullPage: true });

  expect(foreign).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
});

test('the activity page has no serious accessibility violation and no CSP violation', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  await watch(page, baseURL!);
  await openActivity(page);
  await expectNoSeriousA11yViolations(page);
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
});

test('a broken package shows a French message in place and the lesson stays usable', async ({ page }) => {
  test.setTimeout(120_000);
  await page.route('**/h5p/content/cotisation-par-beneficiaire/h5p.json', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto(LESSON);
  const host = page.locator('x-h5p[data-h5p-id="cotisation-par-beneficiaire"]');
  await host.scrollIntoViewIfNeeded();
  await expect(host.locator('[role="alert"]')).toContainText('n’a pas pu être chargée', { timeout: 60_000 });
  await expect(page.locator('h1')).toBeVisible();
});

test('a state saved for another version of the package is dropped with a notice', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(LESSON);
  const progressKey = 'formation-mutuelles:mutuelles-sante:progress';
  await page.evaluate((key) => localStorage.setItem(`${key}:h5p-state:cotisation-par-beneficiaire`, JSON.stringify({ contentVersion: 'old', savedAt: new Date().toISOString(), state: '{"answer":"12","checked":false}' })), progressKey);
  const { host, frame } = await openActivity(page);
  await expect(host.locator('.h5p-notice')).toContainText('mise à jour');
  await expect(frame.locator('input')).toHaveValue('');
});

test('the lesson counts as completed on its module page only when its quiz is passed AND its H5P activity is right', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto(LESSON);
  // The lesson page says what completes it.
  await expect(page.locator('article[data-lesson-id="calcul-cotisation"]')).toHaveAttribute('data-lesson-h5p', 'cotisation-par-beneficiaire');

  // 1. The quiz, passed (every answer right).
  await reachQuiz(page);
  const quiz = await quizOf(page);
  for (const question of quiz.questions) {
    const fieldset = page.locator(`fieldset[data-question-id="${question.id}"]`);
    await answer(fieldset, question, true);
    await fieldset.getByRole('button', { name: 'Vérifier' }).click();
  }
  await expect(page.locator('.quiz__summary')).toHaveAttribute('data-state', 'passed');
  await expect(page.locator('[data-progress-lesson="calcul-cotisation"]')).toContainText('terminez aussi l’activité interactive');
  await page.locator('.lesson__header').screenshot({ path: 'test-results/h5p-lesson-pending.png' });
  await page.goto('modules/viabilite/');
  await expect(page.locator('li[data-lesson="calcul-cotisation"]')).toHaveAttribute('data-state', 'opened');
  await page.goto('progression/');
  await expect(page.locator('tr[data-lesson="calcul-cotisation"]')).toContainText('Quiz réussi, activité interactive à faire');

  // 2. The activity answered wrong (0 of 1, the package judges it failed): still not completed.
  const { host, frame } = await openActivity(page);
  await frame.locator('input').fill('2 156');
  await frame.getByRole('button', { name: 'Vérifier' }).click();
  await expect(host.locator('.h5p-score')).toContainText('0 sur 1');
  await page.goto('modules/viabilite/');
  await expect(page.locator('li[data-lesson="calcul-cotisation"]')).toHaveAttribute('data-state', 'opened');

  // 3. Then right (1 of 1, success): the lesson is completed, the module bar counts it.
  const again = await openActivity(page);
  await again.frame.getByRole('button', { name: 'Recommencer' }).click();
  await again.frame.locator('input').fill('2 695');
  await again.frame.getByRole('button', { name: 'Vérifier' }).click();
  await expect(again.host.locator('.h5p-score')).toContainText('1 sur 1');
  await expect(page.locator('[data-progress-lesson="calcul-cotisation"]')).toContainText('Leçon terminée');
  await page.goto('modules/viabilite/');
  await expect(page.locator('li[data-lesson="calcul-cotisation"]')).toHaveAttribute('data-state', 'done');
  await expect(page.locator('[data-progress-module="viabilite"]')).toContainText('1 leçon terminée');
  await page.goto('progression/');
  await expect(page.locator('tr[data-lesson="calcul-cotisation"]')).toContainText('Leçon terminée');
  await page.screenshot({ path: 'test-results/h5p-module-completed.png', fullPage: false });
});

test('a word found only in the activity finds it in search, and opens the lesson at the activity', async ({ page }) => {
  await page.goto(`recherche/?q=${encodeURIComponent(ACTIVITY_ONLY_WORD)}`);
  const result = page.locator('main .search-page__results a[href$="calcul-cotisation/#h5p-title-cotisation-par-beneficiaire"]');
  await expect(result).toBeVisible();
  await expect(result).toContainText('Activité interactive');
  await expect(result).toContainText('Calculer la cotisation annuelle par bénéficiaire');
  await result.click();
  await expect(page.locator('#h5p-title-cotisation-par-beneficiaire')).toBeInViewport();
});

test('the site serves only the player files the frame loads (main.bundle.js is in the island)', async ({ page, request }) => {
  test.setTimeout(120_000);
  const loaded: string[] = [];
  page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
  await openActivity(page);
  expect(loaded.some((path) => path.endsWith('/h5p/player/frame.bundle.js'))).toBe(true);
  expect(loaded.filter((path) => path.includes('main.bundle'))).toEqual([]);
  expect((await request.get('h5p/player/main.bundle.js')).status()).toBe(404);
  expect((await request.get('h5p/player/frame.bundle.js')).status()).toBe(200);
});
