import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { baseRule, headerRulesFor, securityHeadersFor, sitePolicyFile, type SitePolicy } from '../../scripts/hosting/headers.mjs';
import { evaluateExercise, instantiate } from '../../src/engine/exercises';
import type { Exercise } from '../../src/schemas/exercise';

// The Content-Security-Policy as the learner's browser applies it (issue 12, « Security »):
// ordinary pages run under `script-src 'self'` with no violation, an injected inline script is
// blocked there, and the H5P lesson runs under its own policy, which allows the player's frame
// bootstrap by its hash and nothing more. Violations are collected from the page's
// `securitypolicyviolation` events and from the browser's own console lines, which also
// cover the player's frame.
const H5P_LESSON = 'modules/viabilite/calcul-cotisation/';
const ACTIVITY = 'x-h5p[data-h5p-id="cotisation-par-beneficiaire"]';

async function watchViolations(page: Page): Promise<string[]> {
  const found: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  page.on('console', (message) => {
    if (/CSP violation|Content Security Policy/i.test(message.text())) found.push(message.text());
  });
  return found;
}

const scriptSrc = (csp: string | undefined) => /(?:^|; )script-src ([^;]*)/.exec(csp ?? '')?.[1]?.split(' ') ?? [];

test('the H5P lesson plays under its own policy: the frame bootstrap allowed by its hash, no violation', async ({ page, request }) => {
  test.setTimeout(120_000);
  const found = await watchViolations(page);
  const policy = (await (await request.get(sitePolicyFile)).json()) as SitePolicy;
  expect(policy.pages.map((p) => p.path)).toContain(H5P_LESSON);

  const response = await page.goto(H5P_LESSON);
  const csp = response!.headers()['content-security-policy'];
  expect(csp).toBe(securityHeadersFor(H5P_LESSON, headerRulesFor(policy))['Content-Security-Policy']);
  expect(scriptSrc(csp)).not.toContain("'unsafe-inline'");
  // The project's own content type evaluates no code: no 'unsafe-eval' anywhere.
  expect(policy.activities.every((a) => a.unsafeEvalBy.length === 0)).toBe(true);
  expect(scriptSrc(csp)).not.toContain("'unsafe-eval'");

  await page.locator(ACTIVITY).scrollIntoViewIfNeeded();
  const frame = page.frameLocator(`${ACTIVITY} iframe.h5p-iframe`);
  await expect(frame.locator('input')).toBeVisible({ timeout: 60_000 });
  await frame.locator('input').fill('2 695');
  await frame.getByRole('button', { name: 'Vérifier' }).click();
  await expect(frame.locator('[role="status"]')).toContainText('Juste');

  // The inline script the player wrote into its frame, hashed here, is the one the policy names.
  const inline = await frame.locator('script:not([src])').allTextContents();
  expect(inline).toHaveLength(1);
  expect(scriptSrc(csp)).toContain(`'sha256-${createHash('sha256').update(inline[0]!, 'utf8').digest('base64')}'`);
  expect(found).toEqual([]);
});

test('control: under the strict site-wide policy the same lesson’s frame bootstrap is refused', async ({ page }) => {
  test.setTimeout(120_000);
  const found = await watchViolations(page);
  await page.route(`**/${H5P_LESSON}`, async (route) => {
    const response = await route.fetch();
    const headers: Record<string, string> = { ...response.headers(), 'content-security-policy': baseRule.headers['Content-Security-Policy']! };
    delete headers['content-encoding'];
    delete headers['content-length'];
    await route.fulfill({ response, headers });
  });
  await page.goto(H5P_LESSON);
  await page.locator(ACTIVITY).scrollIntoViewIfNeeded();
  await expect.poll(() => found.join('\n'), { timeout: 60_000 }).toMatch(/inline script|script-src/);
});

test('an ordinary page blocks an injected inline script and an inline event handler', async ({ page }) => {
  const found = await watchViolations(page);
  const response = await page.goto('glossaire/');
  expect(scriptSrc(response!.headers()['content-security-policy'])).toEqual(["'self'"]);
  await expect(page.locator('h1')).toBeVisible();
  const outcome = await page.evaluate(async () => {
    const flags = window as unknown as { __inline?: boolean; __handler?: boolean };
    const script = document.createElement('script');
    script.textContent = 'window.__inline = true;';
    document.head.append(script);
    const holder = document.createElement('div');
    holder.innerHTML = '<img alt="" src="data:image/png;base64,AAAA" onerror="window.__handler = true">';
    document.body.append(holder);
    await new Promise((resolve) => setTimeout(resolve, 500));
    return { inline: flags.__inline === true, handler: flags.__handler === true };
  });
  expect(outcome).toEqual({ inline: false, handler: false });
  await expect.poll(() => found.join('\n')).toContain('script-src-elem');
  await expect.poll(() => found.join('\n')).toContain('script-src-attr');
});

test('learner and trainer flows run under the strict policy with no violation', async ({ page }) => {
  test.setTimeout(150_000);
  const found = await watchViolations(page);

  // An exercise solved step by step (the lazily loaded exercise island).
  await page.goto('exercices/');
  await page.locator('.card a').first().click();
  const widget = page.locator('x-exercise');
  await expect(widget).toHaveAttribute('data-seed', /.+/);
  const exercise = JSON.parse((await widget.locator('script[type="application/json"]').textContent())!) as Exercise;
  const evaluated = evaluateExercise(exercise, instantiate(exercise, (await widget.getAttribute('data-seed'))!));
  for (const step of exercise.steps) {
    const item = widget.locator(`[data-step="${step.id}"]`);
    await item.locator('input').fill(evaluated.quantities[step.quantity]!.toLocaleString('fr-FR', { maximumFractionDigits: 4 }));
    await item.getByRole('button', { name: 'Vérifier' }).click();
    await expect(item.locator('.exercise__feedback--correct')).toBeVisible();
  }
  await expect(widget.locator('[data-out="result"]')).toContainText('Exercice terminé');

  // « Ma progression » shows it.
  await page.goto('progression/');
  await expect(page.locator('[data-out="exercises"]')).toContainText(exercise.title);

  // Search, from the box's own page.
  await page.goto('recherche/?q=cotisation');
  await expect(page.locator('main .search-page__results a').first()).toBeVisible();

  // A tool recomputes on input.
  await page.goto('outils/simulateur-mutualisation/');
  await expect(page.locator('main')).toContainText(/\d/);

  // The trainer composes an assignment (zod codecs, QR code), a trainee opens it, the results page loads.
  await page.goto('formateur/');
  await page.getByLabel('Titre du devoir').fill('Devoir sous politique stricte');
  await page.locator('input[data-item="quiz"][value="calcul-cotisation"]').check();
  await page.getByRole('button', { name: 'Créer le devoir' }).click();
  await expect(page.locator('[data-out="qr"]')).toHaveAttribute('width', /\d+/);
  const link = await page.locator('#link-full').inputValue();
  await page.goto(link);
  await expect(page.locator('h1')).toHaveText('Devoir sous politique stricte');
  await page.goto('formateur/resultats/');
  await expect(page.locator('h1')).toBeVisible();
  await page.goto('formateur/animation/viabilite/');
  await expect(page.locator('h1')).toBeVisible();

  expect(found).toEqual([]);
});
