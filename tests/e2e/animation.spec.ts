import { expect, test } from '@playwright/test';

// The trainer reaches the facilitator notes from the trainer page, reads a module's timed plan,
// role cards and expected results, and prints them without the site's navigation.
test('facilitator notes: from the trainer page to a module, timings, role cards, print layout', async ({ page }, testInfo) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('formateur/');
  await page.getByRole('link', { name: 'Notes d’animation des travaux de groupe' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Notes d’animation');
  await page.getByRole('link', { name: /Module 2/ }).click();

  // The timed plan adds up to the module's 120 minutes of group work.
  const minutes = await page.locator('.animation-plan tbody td[data-minutes]').evaluateAll((cells) => cells.map((c) => Number(c.textContent)));
  expect(minutes.length).toBeGreaterThanOrEqual(5);
  expect(minutes.reduce((a, b) => a + b, 0)).toBe(120);
  await expect(page.locator('.animation-plan [data-total]')).toHaveText('120');

  const cards = page.locator('.role-card');
  await expect(cards).toHaveCount(5);
  for (const role of ['Président du conseil d’administration', 'Trésorier', 'Gérant (salarié)', 'Représentant des prestataires', 'Membre de base']) {
    await expect(cards.getByRole('heading', { name: role, exact: true })).toBeVisible();
  }
  // 7 500 000 FCFA of claims on 10 000 000 FCFA earned: 75 %.
  await expect(page.locator('[data-step="sinistralite"] [data-expected]').first()).toHaveText('75\u00A0%');
  await expect(page.getByText('Cas d’école, chiffres fictifs.').first()).toBeVisible();

  const print = page.getByRole('button', { name: 'Imprimer' });
  await expect(print).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('animation-screen.png'), fullPage: true });

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.locator('.breadcrumb')).toBeHidden();
  await expect(print).toBeHidden();
  await expect(cards.first()).toBeVisible();
  // Each role card starts its own printed page.
  expect(await cards.first().evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
  await page.screenshot({ path: testInfo.outputPath('animation-print.png'), fullPage: true });

  // Module 3 hands out the household survey as an optional file the site serves, and a subsidy
  // sheet whose expected family amount the engine computed: 7 × 3 500 = 24 500 FCFA.
  await page.emulateMedia({ media: 'screen' });
  await page.goto('formateur/animation/viabilite/');
  const survey = page.locator('.handout', { hasText: 'L’enquête auprès des ménages' });
  await expect(survey.getByRole('heading')).toContainText('facultatif');
  const csv = survey.locator('a[data-handout-file]');
  await expect(csv).toHaveText('enquete-menages.csv');
  const download = await page.request.get(new URL((await csv.getAttribute('href'))!, page.url()).href);
  expect(download.status()).toBe(200);
  expect(await download.text()).toContain('ménage');
  await expect(page.locator('.handout', { hasText: 'Fiche 4' }).locator('[data-step="famille-par-an"] [data-expected]')).toHaveText('24 500 FCFA');

  const origin = new URL(page.url()).origin;
  expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
});
