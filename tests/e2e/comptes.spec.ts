import { expect, test } from '@playwright/test';
import { evaluateExercise, instantiate } from '../../src/engine/exercises';
import { loadExercises } from '../../src/course/load-exercises';

// A learner reads the lesson on a mutuelle's accounts, answers the first step of its exercise,
// then opens the dashboard prefilled with the worked example's accounts and finds the ratios
// the lesson computes (cas d'école: 16 600 000 / 22 000 000 ≈ 75,5 %, 15 %, 3 months, and a liquidity of
// 3 200 000 / (2 000 000 + 1 700 000) ≈ 0,86 once the claims provision counts as a short-term debt).
test('lesson comptes-mutuelle: first exercise step, then the dashboard from the worked example', async ({ page }) => {
  await page.goto('modules/viabilite/comptes-mutuelle/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Lire les comptes d’une mutuelle');

  await page.locator('details[data-lazy-exercise] summary', { hasText: 'Des comptes de la mutuelle aux ratios de viabilité' }).click();
  const widget = page.locator('x-exercise');
  await expect(widget).toHaveAttribute('data-seed', /.+/);
  // The lesson loads the exercise data lazily: read the same file the build read.
  const exercise = loadExercises(process.cwd()).exercises.get('comptes-et-ratios')!.exercise;
  const evaluated = evaluateExercise(exercise, instantiate(exercise, (await widget.getAttribute('data-seed'))!));
  const typed = (value: number) => value.toLocaleString('fr-FR', { maximumFractionDigits: 4 });
  const step = widget.locator('[data-step="cotisations-acquises"]');
  // Cash collected typed as earned: recognised as the typical mistake, then the right amount.
  await step.locator('input').fill(typed(evaluated.misconception('collected-instead-of-earned').contributionsEarned!));
  await step.getByRole('button', { name: 'Vérifier' }).click();
  await expect(step.locator('.exercise__feedback--misconception')).toContainText('encaissements');
  await step.locator('input').fill(typed(evaluated.quantities.contributionsEarned!));
  await step.getByRole('button', { name: 'Vérifier' }).click();
  await expect(step.locator('.exercise__feedback--correct')).toBeVisible();

  // Liquidity with the provision left out of the short-term debts: the new typical mistake.
  const liquidity = widget.locator('[data-step="liquidite"]');
  await liquidity.locator('input').fill(typed(Math.round(evaluated.misconception('liquidity-provision-left-out').liquidityRatio! * 100) / 100));
  await liquidity.getByRole('button', { name: 'Vérifier' }).click();
  await expect(liquidity.locator('.exercise__feedback--misconception')).toContainText('oublié la provision');
  await liquidity.locator('input').fill(typed(Math.round(evaluated.quantities.liquidityRatio! * 100) / 100));
  await liquidity.getByRole('button', { name: 'Vérifier' }).click();
  await expect(liquidity.locator('.exercise__feedback--correct')).toBeVisible();

  await page.getByRole('link', { name: 'Remplir le tableau de bord à partir de ces comptes' }).click();
  await expect(page).toHaveURL(/outils\/tableau-de-bord\/\?/);
  await expect(page.getByLabel('Cotisations acquises (FCFA) – Année N', { exact: true })).toHaveValue('22 000 000');
  const value = (id: string) => page.locator(`[data-indicator="${id}"] td`).nth(1);
  await expect(value('claims-ratio')).toHaveText('75,5\u00A0%');
  await expect(value('expense-ratio')).toHaveText('15\u00A0%');
  await expect(page.getByLabel('Dettes à court terme, soins restant à payer compris (FCFA) – Année N', { exact: true })).toHaveValue('3 700 000');
  await expect(value('liquidity')).toHaveText('0,86');
  await expect(page.locator('[data-indicator="liquidity"]')).toContainText('La trésorerie ne couvre pas les dettes à court terme');
  await expect(value('reserve-months')).toHaveText(/^3(,0)?\u00A0mois$/);
  // Membership figures are left empty rather than kept from the dashboard's own example year.
  await expect(page.locator('[data-indicator="renewal"]')).toContainText('Données manquantes');
});
