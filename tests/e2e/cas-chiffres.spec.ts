import { expect, test } from '@playwright/test';
import { evaluateExercise, instantiate } from '../../src/engine/exercises';
import { loadExercises } from '../../src/course/load-exercises';
import { expectNoSeriousA11yViolations } from './helpers';

// The two case lessons print figures computed by the engine from content/cases/*.yaml
// (cas d'école, chiffres fictifs). On a 360 px phone the page must not scroll sideways (wide
// tables and formulas scroll inside their own box), and each lesson's exercise checks a case's
// numbers with the engine, telling the typical mistake apart.
const NBSP = '\u00A0';
const lessons = [
  { path: 'modules/gestion-gouvernance/cas-modeles-gestion/', figures: [`9,1${NBSP}%`, `84${NBSP}%`, `33${NBSP}%`], exercise: 'cotisation d’une mutuelle qui porte seule' },
  { path: 'modules/viabilite/cas-information-contractualisation/', figures: [`2${NBSP}113${NBSP}FCFA`, '1,42', `19${NBSP}360${NBSP}000${NBSP}FCFA`], exercise: 'bénéficiaires-années en droits' },
];

for (const lesson of lessons) {
  test(`${lesson.path}: engine figures readable on a 360 px phone`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(lesson.path);
    const boxes = page.locator('aside.encadre--cas');
    await expect(boxes).toHaveCount(2);
    for (const figure of lesson.figures) await expect(page.locator('.chiffre', { hasText: figure }).first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.locator('details[data-lazy-exercise] summary', { hasText: lesson.exercise })).toBeVisible();
    await page.screenshot({ path: `test-results/cas-chiffres-${lesson.path.split('/')[2]}.png`, fullPage: true });
    await expectNoSeriousA11yViolations(page);
  });
}

test('network-extract exercise: utilisation on the enrolled is recognised, then the exposure answer is right', async ({ page }) => {
  await page.goto('modules/viabilite/cas-information-contractualisation/');
  await page.locator('details[data-lazy-exercise] summary', { hasText: 'bénéficiaires-années en droits' }).click();
  const widget = page.locator('x-exercise');
  await expect(widget).toHaveAttribute('data-seed', /.+/);
  const exercise = loadExercises(process.cwd()).exercises.get('cas-extrait-reseau-exposition')!.exercise;
  const evaluated = evaluateExercise(exercise, instantiate(exercise, (await widget.getAttribute('data-seed'))!));
  const typed = (value: number) => value.toLocaleString('fr-FR', { maximumFractionDigits: 4 });
  const step = widget.locator('[data-step="utilisation"]');
  await step.locator('input').fill(typed(evaluated.misconception('utilisation-on-enrolled').utilisationRate!));
  await step.getByRole('button', { name: 'Vérifier' }).click();
  await expect(step.locator('.exercise__feedback--misconception')).toContainText('inscrits');
  await step.locator('input').fill(typed(evaluated.quantities.utilisationRate!));
  await step.getByRole('button', { name: 'Vérifier' }).click();
  await expect(step.locator('.exercise__feedback--correct')).toBeVisible();
});
