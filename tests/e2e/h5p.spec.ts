import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './helpers';

/**
 * The H5P activity of the contribution lesson, played by h5p-standalone from this server:
 * French frame, scored answer saved to the progress, state restored on reload, no request
 * leaving the server and no CSP violation.
 */
const LESSON = 'modules/viabilite/calcul-cotisation/';

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
