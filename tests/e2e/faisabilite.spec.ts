import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parseSurveyCsv, shareAboveThreshold, surveyStatistics } from '../../src/engine/survey';

// The feasibility study done by hand: the trainee downloads the survey, computes each step from
// the file (here with the engine's statistics standing in for the spreadsheet), prices the
// contribution in the simulator opened from the exercise, and finds the attempts saved.

/** As a trainee types a number: ordinary spaces between thousands, decimal comma ("1 500,5"). */
function typed(value: number, digits: number): string {
  const [whole = '', decimals] = value.toFixed(digits).split('.');
  return whole.replace(/\B(?=(\d{3})+$)/g, ' ') + (decimals ? `,${decimals}` : '');
}

async function answer(widget: Locator, stepId: string, value: string) {
  const step = widget.locator(`[data-step="${stepId}"]`);
  await step.locator('input').fill(value);
  await step.getByRole('button', { name: 'Vérifier' }).click();
  return step;
}

async function downloadSurvey(page: Page) {
  const link = page.locator('x-exercise [data-survey-csv]');
  await expect(link).toContainText('chiffres fictifs');
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM for spreadsheets
  expect(bytes.length).toBeLessThan(10_000);
  return parseSurveyCsv(bytes.toString('utf8'));
}

test('feasibility study by hand: download the survey, do every step, keep the progress', async ({ page }) => {
  await page.goto('modules/viabilite/etude-faisabilite/');
  await expect(page.getByRole('heading', { name: /Activité guidée/ })).toBeVisible();

  await page.goto('exercices/enquete-menages-prime-pure/');
  const first = page.locator('x-exercise');
  await expect(first).toHaveAttribute('data-seed', /.+/);
  const households = await downloadSurvey(page);
  expect(households).toHaveLength(48);
  const s = surveyStatistics(households);

  // Step 1, with the classic mistake first: consultations divided by households.
  const wrong = await answer(first, 'frequence-consultations', typed(surveyStatistics(households, { perHousehold: true }).consultationFrequency, 3));
  await expect(wrong.locator('.exercise__feedback--misconception')).toContainText('nombre de ménages');
  await expect((await answer(first, 'frequence-consultations', typed(s.consultationFrequency, 3))).locator('.exercise__feedback--correct')).toBeVisible();
  await expect((await answer(first, 'cout-consultation', typed(s.consultationCost, 0))).locator('.exercise__feedback--correct')).toBeVisible();
  await expect((await answer(first, 'frequence-hospitalisations', typed(s.hospitalFrequency, 4))).locator('.exercise__feedback--correct')).toBeVisible();
  await expect((await answer(first, 'cout-hospitalisation', typed(s.hospitalCost, 1))).locator('.exercise__feedback--correct')).toBeVisible();
  // Step 2: pure premium with 80 % coverage.
  const pure = 0.8 * (s.consultationFrequency * s.consultationCost + s.hospitalFrequency * s.hospitalCost);
  await expect((await answer(first, 'prime-pure', typed(pure, 1))).locator('.exercise__feedback--correct')).toBeVisible();
  await expect(first.locator('[data-out="result"]')).toContainText('Exercice terminé');

  await page.goto('exercices/enquete-menages-capacite-cotisation/');
  const second = page.locator('x-exercise');
  await expect(second).toHaveAttribute('data-seed', /.+/);
  // Step 3: non-food spending per person and the affordable contribution at 5 %.
  const food = await answer(second, 'depenses-non-alimentaires', typed(surveyStatistics(households, { foodIncluded: true }).nonFoodPerPerson, 0));
  await expect(food.locator('.exercise__feedback--misconception')).toContainText('alimentation');
  await expect((await answer(second, 'depenses-non-alimentaires', typed(s.nonFoodPerPerson, 0))).locator('.exercise__feedback--correct')).toBeVisible();
  await expect((await answer(second, 'capacite-contributive', typed(0.05 * s.nonFoodPerPerson, 0))).locator('.exercise__feedback--correct')).toBeVisible();

  // Step 4: the simulator, opened from the exercise with the survey's results filled in.
  // It opens in a new tab, so the answers already checked in the exercise stay on screen.
  const [simulator] = await Promise.all([page.context().waitForEvent('page'), second.locator('[data-survey-simulator]').click()]);
  await expect(simulator).toHaveURL(/outils\/simulateur-cotisation\/\?p=/);
  await expect(simulator.locator('[data-benefit-rows] tr')).toHaveCount(2);
  const annualCell = simulator.locator('[data-out="lines"] tr', { hasText: 'Cotisation annuelle par bénéficiaire' }).locator('td');
  await expect(annualCell).toHaveText(/\d/);
  const fromSimulator = Number((await annualCell.textContent())!.replace(/[\s\u202F\u00A0]/g, '').replace(',', '.'));
  expect(Math.abs(fromSimulator - (pure * 1.1) / 0.85)).toBeLessThan(0.01 * fromSimulator);
  await simulator.close();
  await expect((await answer(second, 'cotisation-chargee', typed(fromSimulator, 0))).locator('.exercise__feedback--correct')).toBeVisible();
  // Step 5: the share of households above the threshold, in %.
  const above = 100 * shareAboveThreshold(households, (pure * 1.1) / 0.85, 0.05);
  await expect((await answer(second, 'menages-au-dessus-du-seuil', typed(above, 1))).locator('.exercise__feedback--correct')).toBeVisible();
  await expect(second.locator('[data-out="result"]')).toContainText('Exercice terminé');

  // The conclusion, in the lesson quiz.
  await page.goto('modules/viabilite/etude-faisabilite/');
  await expect(page.getByText('Conclusion de l’activité sur l’enquête auprès des 48 ménages')).toHaveCount(1);

  await page.reload();
  await page.goto('progression/');
  await expect(page.locator('[data-out="exercises"]')).toContainText('Enquête auprès des ménages (1)');
  await expect(page.locator('[data-out="exercises"]')).toContainText('Enquête auprès des ménages (2)');
  await page.goto('exercices/enquete-menages-capacite-cotisation/');
  await expect(page.locator('x-exercise [data-out="history"]')).toContainText('Essais enregistrés : 1');
});
