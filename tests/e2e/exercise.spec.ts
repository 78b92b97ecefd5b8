import { expect, test } from '@playwright/test';
import { evaluateExercise, instantiate } from '../../src/engine/exercises';
import type { Exercise } from '../../src/schemas/exercise';

// A learner solves a calculation exercise step by step; a typical mistake gets its own message;
// the attempt is saved and still there after a reload.
test('solve an exercise step by step, with a misconception recognised, then find the attempt saved', async ({ page }) => {
  await page.goto('exercices/');
  const first = page.locator('.card a').first();
  await first.click();
  const widget = page.locator('x-exercise');
  await expect(widget).toHaveAttribute('data-seed', /.+/);
  const exercise = JSON.parse((await widget.locator('script[type="application/json"]').textContent())!) as Exercise;
  const values = instantiate(exercise, (await widget.getAttribute('data-seed'))!);
  const evaluated = evaluateExercise(exercise, values);
  const typed = (value: number) => value.toLocaleString('fr-FR', { maximumFractionDigits: 4 });

  let sawMisconception = false;
  for (const step of exercise.steps) {
    const item = widget.locator(`[data-step="${step.id}"]`);
    const misconception = step.misconceptions.find((m) => {
      const wrong = evaluated.misconception(m.id)[step.quantity];
      return wrong !== undefined && Math.abs(wrong - evaluated.quantities[step.quantity]!) > 1;
    });
    if (misconception && !sawMisconception) {
      await item.locator('input').fill(typed(evaluated.misconception(misconception.id)[step.quantity]!));
      await item.getByRole('button', { name: 'Vérifier' }).click();
      await expect(item.locator('.exercise__feedback--misconception')).toContainText('Erreur fréquente');
      sawMisconception = true;
    }
    await item.locator('input').fill(typed(evaluated.quantities[step.quantity]!));
    await item.getByRole('button', { name: 'Vérifier' }).click();
    await expect(item.locator('.exercise__feedback--correct')).toBeVisible();
  }
  expect(sawMisconception).toBe(true);
  await expect(widget.locator('[data-out="solution"]')).toBeVisible();
  await expect(widget.locator('[data-out="result"]')).toContainText('Exercice terminé');

  await page.reload();
  await expect(page.locator('x-exercise [data-out="history"]')).toContainText('Essais enregistrés : 1');
  await page.goto('progression/');
  await expect(page.locator('[data-out="exercises"]')).toContainText(exercise.title);
});

test('a badly typed number is not counted and says why', async ({ page }) => {
  await page.goto('exercices/');
  await page.locator('.card a').first().click();
  // The island loads its data lazily: answer once it has drawn the learner's values.
  await expect(page.locator('x-exercise')).toHaveAttribute('data-seed', /.+/);
  const step = page.locator('x-exercise [data-step]').first();
  await step.locator('input').fill('1,5,3');
  await step.getByRole('button', { name: 'Vérifier' }).click();
  await expect(step.locator('.exercise__feedback--invalid')).toContainText('pas comptée');
  await step.getByRole('button', { name: 'Indice' }).click();
  await expect(step.locator('.exercise__feedback--hint')).toBeVisible();
});

test('after the solution is shown the attempt is over: nothing typed later counts', async ({ page }) => {
  await page.goto('exercices/');
  await page.locator('.card a').first().click();
  const widget = page.locator('x-exercise');
  await expect(widget).toHaveAttribute('data-seed', /.+/); // the island has drawn the learner's values
  await widget.getByRole('button', { name: 'Voir la solution' }).click();
  await expect(widget.locator('[data-out="solution"]')).toBeVisible();
  await expect(widget.locator('[data-out="result"]')).toContainText('0 étape sur');
  await expect(widget.locator('[data-step] input').first()).toBeDisabled();
  await expect(widget.locator('[data-step]').first().getByRole('button', { name: 'Vérifier' })).toBeDisabled();
  await widget.getByRole('button', { name: 'Nouvelles valeurs' }).click();
  await expect(widget.locator('[data-step] input').first()).toBeEnabled();
  await expect(widget.locator('[data-out="solution"]')).toBeHidden();
  // Reading the solution without trying is not an attempt: nothing is recorded.
  await page.reload();
  await expect(page.locator('x-exercise')).toHaveAttribute('data-seed', /.+/);
  await expect(page.locator('x-exercise [data-out="history"]')).toHaveText('');
});
