import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

// Each tool computes, keeps its scenario in the address (shareable), exports a French CSV.
async function csvOf(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter en CSV' }).click()]);
  return readFileSync((await download.path())!, 'utf8');
}

const resultLine = (page: Page, label: string) => page.locator('[data-out="lines"] tr', { hasText: label }).locator('td');

test('contribution simulator: computes, flags bad input, shares by URL, exports CSV', async ({ page, context }) => {
  await page.goto('outils/simulateur-cotisation/');
  // domain.md's illustration: 2 695 FCFA per beneficiary per year.
  await expect(resultLine(page, 'Cotisation annuelle par bénéficiaire')).toHaveText('2\u202F695');
  await expect(page.locator('[data-out="chart"] li').first()).toContainText('Prestations (prime pure)');

  const coverage = page.getByLabel('Prise en charge (%)').first();
  await coverage.fill('100 %');
  // 0,8 × 1 500 + 1 000 = 2 200; × 1,1 = 2 420; ÷ 0,8 = 3 025.
  await expect(resultLine(page, 'Cotisation annuelle par bénéficiaire')).toHaveText('3\u202F025');

  await page.getByLabel('Chargement de gestion g (%)').fill('vingt');
  await expect(page.getByLabel('Chargement de gestion g (%)')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.field-error')).toContainText('Nombre non reconnu');
  await expect(resultLine(page, 'Cotisation annuelle par bénéficiaire')).toHaveText('3\u202F025');
  await page.getByLabel('Chargement de gestion g (%)').fill('20');

  await page.getByRole('button', { name: 'Ajouter une prestation' }).click();
  const rows = page.locator('[data-benefit-rows] tr');
  await expect(rows).toHaveCount(3);
  const last = rows.nth(2);
  await last.locator('[data-field="label"]').fill('Accouchement');
  await last.locator('[data-field="frequency"]').fill('0,02');
  await last.locator('[data-field="averageCost"]').fill('15 000 FCFA'); // the unit may be typed
  await last.locator('[data-field="coverage"]').fill('100');
  await last.locator('[data-field="ceiling"]').fill('10 000');
  // + 0,02 × min(15 000, 10 000) = 200 → PP 2 400; × 1,1 = 2 640; ÷ 0,8 = 3 300.
  await expect(resultLine(page, 'Cotisation annuelle par bénéficiaire')).toHaveText('3\u202F300');

  await page.getByLabel('Frais fixes annuels G (FCFA)').fill('1 200 000');
  await page.getByLabel('Nombre de bénéficiaires N').fill('2 000');
  // Margin per beneficiary without fixed costs: 3 300 − 2 640 = 660 → ⌈1 200 000 / 660⌉ = 1 819.
  await expect(page.locator('[data-out="breakEven"]')).toContainText('1\u202F819 bénéficiaires');

  await page.waitForTimeout(300);
  const shared = page.url();
  expect(shared).toContain('p=Accouchement');
  const other = await context.newPage();
  await other.goto(shared);
  await expect(other.locator('[data-benefit-rows] tr')).toHaveCount(3);
  await expect(resultLine(other, 'Frais fixes par bénéficiaire')).toHaveText('600');
  await expect(resultLine(other, 'Cotisation annuelle par bénéficiaire')).toHaveText('3\u202F900');
  // Numbers come back as a learner types them, not as the compact address writes them.
  await expect(other.getByLabel('Frais fixes annuels G (FCFA)')).toHaveValue('1 200 000');
  await expect(other.locator('[data-benefit-rows] tr').last().locator('[data-field="label"]')).toHaveValue('Accouchement');

  const csv = await csvOf(page);
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain('Cotisation annuelle par bénéficiaire;3900');
  expect(csv).toContain('Accouchement;0,02;15000;100;10000;10000;200');
  expect(csv).toContain('Seuil de viabilité;');
});

test('viability dashboard: reads the figures, compares two years, exports CSV', async ({ page }) => {
  await page.goto('outils/tableau-de-bord/');
  const claims = page.locator('[data-indicator="claims-ratio"]');
  // 15 230 000 / 18 576 000 = 82,0 %.
  await expect(claims.locator('td').nth(1)).toHaveText('82\u00A0%');
  await expect(claims).toContainText('Bon');
  await page.getByLabel('Prestations payées ou dues (FCFA) – Année N', { exact: true }).fill('20 000 000');
  await expect(claims.locator('td').nth(1)).toHaveText('107,7\u00A0%');
  await expect(claims).toContainText('Alerte');
  await expect(claims).toContainText('déficit technique');

  await page.getByLabel('Comparer avec une seconde année').check();
  await page.getByLabel('Prestations payées ou dues (FCFA) – Année N−1', { exact: true }).fill('9 000 000');
  await page.getByLabel('Cotisations acquises (FCFA) – Année N−1', { exact: true }).fill('12 000 000');
  // The earlier year has its own status: 75 % is within the benchmark.
  await expect(claims.locator('td').first()).toHaveText('75\u00A0% Bon');
  await page.getByLabel('Adhérents de l’an dernier qui ont renouvelé – Année N', { exact: true }).fill('1 500');
  await expect(page.getByLabel('Adhérents de l’an dernier qui ont renouvelé – Année N', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('[data-indicator="renewal"]')).toContainText('Données manquantes');
  await page.getByLabel('Adhérents de l’an dernier qui ont renouvelé – Année N', { exact: true }).fill('1 020');
  await page.getByLabel('Réserves (FCFA) – Année N', { exact: true }).fill('');
  await expect(page.locator('[data-indicator="reserve-months"]')).toContainText('Données manquantes');

  await page.waitForTimeout(300);
  expect(page.url()).toContain('compare=1');
  const restored = await page.context().newPage();
  await restored.goto(page.url());
  await expect(restored.locator('[data-indicator="claims-ratio"] td').first()).toContainText('75\u00A0%');

  const csv = await csvOf(page);
  expect(csv).toContain('Ratio de sinistralité;%;75;Bon;107,7;Alerte;');
  expect(csv).toContain('Adhérents à la fin de l’année;;1290');
});

test('pool simulator: deficit risk falls with pool size, shares by URL, exports CSV', async ({ page }) => {
  await page.goto('outils/simulateur-mutualisation/');
  const deficit = page.locator('[data-out="deficit"]');
  await expect(deficit).not.toHaveText('–');
  const small = Number((await deficit.textContent())!.replace(/[^\d,]/g, '').replace(',', '.'));
  await page.getByLabel('Nombre de bénéficiaires').fill('20 000');
  await page.getByRole('button', { name: 'Lancer la simulation' }).click();
  await expect(deficit).not.toHaveText(`${String(small).replace('.', ',')}\u00A0%`);
  const large = Number((await deficit.textContent())!.replace(/[^\d,]/g, '').replace(',', '.'));
  expect(large).toBeLessThan(small);
  await expect(page.locator('[data-out="sizes"] tr')).toHaveCount(9);
  expect(page.url()).toContain('n=20000');
  const csv = await csvOf(page);
  expect(csv).toContain('Nombre de bénéficiaires;20000');
  // The file alone rebuilds the scenario: both benefits, variability and seed, shares in %.
  expect(csv).toContain('Hospitalisation;0,05;25000;80');
  expect(csv).toContain('Graine du hasard;1');
  expect(csv).toMatch(/Probabilité d’une année déficitaire \(en %\);\d+(,\d)?\r\n/);
});
