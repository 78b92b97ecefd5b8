import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { buildReceipt, checksum, decodeAssignmentFragment, encodeReceiptFile } from '../../src/engine/assignments';
import { evaluateExercise, instantiate } from '../../src/engine/exercises';
import { emptyProgress } from '../../src/engine/progress/schema';
import type { Exercise } from '../../src/schemas/exercise';
import { expectNoSeriousA11yViolations } from './helpers';
import { answer, quizOf, reachQuiz } from './quiz-helpers';

// The trainer's assignments end to end (issue 11): compose, hand out by link, two trainees in
// their own browsers, hand back, import with bad receipts mixed in, read the class report.

async function compose(page: Page, options: { check?: boolean } = {}): Promise<string> {
  await page.goto('formateur/');
  await page.getByLabel('Titre du devoir').fill('Devoir : cotisation <b>et</b> viabilité');
  await page.getByLabel('Consignes (facultatif)').fill('Faites tout avant vendredi.');
  await page.getByLabel('Groupe ou classe (facultatif)').fill('Thiès 2026');
  await page.getByLabel('Votre contact, affiché si un lien est abîmé (facultatif)').fill('Awa Ndiaye, 77 000 00 00');
  await page.locator('input[data-item="quiz"][value="calcul-cotisation"]').check();
  await page.locator('input[data-item="test"][value="viabilite"]').check();
  await page.locator('input[data-item="exercise"][value="marge-et-chargements"]').check();
  await page.locator('select[data-values="marge-et-chargements"]').selectOption('each');
  await page.getByRole('button', { name: 'Créer le devoir' }).click();
  await expect(page.locator('[data-out="handout"]')).toBeVisible();
  await expect(page.locator('[data-out="qr"]')).toHaveAttribute('width', /\d+/);
  const link = await page.locator('#link-full').inputValue();
  expect(link).toContain('/formation/devoir/#v=1&c=');
  if (options.check) {
    await page.screenshot({ path: test.info().outputPath('trainer-handout.png'), fullPage: true });
    await expectNoSeriousA11yViolations(page);
  }
  // The projector view fills the screen with the code and closes with Escape.
  await page.getByRole('button', { name: 'Afficher au projecteur' }).click();
  await expect(page.locator('[data-out="projector"]')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-out="projector"]')).toBeHidden();
  return link;
}

async function doAssignment(browser: Browser, link: string, name: string, right: boolean): Promise<{ file: string; page: Page }> {
  const context = await browser.newContext({ locale: 'fr-FR', acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.locator('h1')).toHaveText('Devoir : cotisation <b>et</b> viabilité'); // text, not markup
  await page.getByLabel('Votre nom et prénom').fill(name);
  await page.getByRole('button', { name: 'Commencer le devoir' }).click();
  await expect(page.locator('[data-out="you"]')).toContainText(name);

  // The lesson quiz, from the assignment's list.
  await page.locator('[data-item="quiz:calcul-cotisation"] a').click();
  await reachQuiz(page);
  const quiz = await quizOf(page);
  for (const question of quiz.questions) {
    const fieldset = page.locator(`fieldset[data-question-id="${question.id}"]`);
    await answer(fieldset, question, right);
    await fieldset.getByRole('button', { name: 'Vérifier' }).click();
  }
  await expect(page.locator('.quiz__summary')).toContainText('Score');

  await page.goto(link);
  await page.locator('[data-item="test:viabilite"] a').click();
  await reachQuiz(page);
  const moduleTest = await quizOf(page);
  for (const question of moduleTest.questions) await answer(page.locator(`fieldset[data-question-id="${question.id}"]`), question, right);
  await page.getByRole('button', { name: 'Terminer le test' }).click();
  await expect(page.locator('.quiz__summary')).toContainText('Score');

  // The exercise with this trainee's own values: the right answers computed by the engine.
  await page.goto(link);
  await page.locator('[data-item="exercise:marge-et-chargements"] a').click();
  const widget = page.locator('x-exercise');
  await expect(widget.locator('.exercise__assigned')).toContainText('Devoir : cotisation');
  await expect(widget.locator('[data-action="new"]')).toBeHidden();
  const seed = (await widget.getAttribute('data-seed'))!;
  const exercise = JSON.parse((await widget.locator('script[type="application/json"]').textContent())!) as Exercise;
  const evaluated = evaluateExercise(exercise, instantiate(exercise, seed));
  const typed = (value: number) => value.toLocaleString('fr-FR', { maximumFractionDigits: 2 });
  for (const step of exercise.steps) {
    const item = widget.locator(`[data-step="${step.id}"]`);
    if (!right && step.id === 'cotisation-brute') {
      await item.locator('input').fill(typed(evaluated.misconception('loading-multiplied')[step.quantity]!));
      await item.getByRole('button', { name: 'Vérifier' }).click();
      await expect(item).toContainText('Erreur fréquente');
    }
    await item.locator('input').fill(typed(evaluated.quantities[step.quantity]!));
    await item.getByRole('button', { name: 'Vérifier' }).click();
    await expect(item).toHaveAttribute('data-state', 'correct');
  }

  await page.goto(link);
  await expect(page.locator('[data-item="exercise:marge-et-chargements"]')).toHaveAttribute('data-state', 'done');
  await page.getByRole('button', { name: 'Rendre le devoir' }).click();
  await expect(page.locator('#receipt-code')).toHaveValue(/^FMR1\./);
  if (!right) {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.screenshot({ path: test.info().outputPath('devoir-320.png'), fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoSeriousA11yViolations(page);
  }
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Enregistrer le reçu dans un fichier' }).click();
  const file = readFileSync((await (await download).path())!, 'utf8');
  // The receipt survives a reload: the assignment still knows its trainee and its hand-back.
  await page.reload();
  await expect(page.locator('[data-out="last"]')).toContainText('Dernier rendu');
  return { file, page };
}

test('a trainer composes, two trainees hand back, the report re-scores and counts the mistakes', async ({ browser }) => {
  test.setTimeout(180_000);
  const trainerContext = await browser.newContext({ locale: 'fr-FR', acceptDownloads: true });
  const trainer = await trainerContext.newPage();
  const link = await compose(trainer, { check: true });

  const awa = await doAssignment(browser, link, 'Awa Sarr', true);
  const ibrahima = await doAssignment(browser, link, 'Ibrahima Fall', false);

  // A receipt of another assignment, made by the same code with another id.
  const decoded = decodeAssignmentFragment(new URL(link).hash);
  if (!decoded.ok) throw new Error('link does not decode');
  const foreign = encodeReceiptFile(buildReceipt(emptyProgress('x', new Date()), { ...decoded.assignment, id: 'autredevoir1' }, { name: 'Binta' }, new Date().toISOString(), new Date()));

  await trainer.goto('formateur/resultats/');
  await trainer.locator('#r-files').setInputFiles([
    { name: 'awa.json', mimeType: 'application/json', buffer: Buffer.from(awa.file) },
    { name: 'ibrahima.json', mimeType: 'application/json', buffer: Buffer.from(ibrahima.file) },
    { name: 'modifie.json', mimeType: 'application/json', buffer: Buffer.from(awa.file.replace('"name": "Awa Sarr"', '"name": "Awa Sar"')) },
    { name: 'coupe.json', mimeType: 'application/json', buffer: Buffer.from(awa.file.slice(0, 400)) },
    { name: 'autre.json', mimeType: 'application/json', buffer: Buffer.from(foreign) },
  ]);
  const result = trainer.locator('[data-out="import"]');
  await expect(result).toContainText('Reçus importés : 2 ; refusés : 3.');
  await expect(result).toContainText('modifie.json : reçu modifié après sa création');
  await expect(result).toContainText('coupe.json : reçu incomplet');
  await expect(result).toContainText('autre.json : reçu d’un devoir qui n’est pas dans ce navigateur');

  const report = trainer.locator('[data-out="report"]');
  const awaRow = report.locator('tr[data-trainee="Awa Sarr"]');
  const ibrahimaRow = report.locator('tr[data-trainee="Ibrahima Fall"]');
  await expect(awaRow.locator('td.num').last()).toContainText('100\u00A0%');
  await expect(awaRow).toContainText('réussi');
  await expect(ibrahimaRow).toContainText('non réussi');
  // The wrong trainee's exercise: 3 of 4 steps right at the first try, whatever was claimed.
  await expect(ibrahimaRow.locator('td.num').nth(2)).toContainText('75\u00A0%');
  await expect(report.locator('[data-step="cotisation-brute"] [data-misconception="loading-multiplied"]')).toHaveText(/1 sur 2 ont appliqué les chargements en × \(1 \+ g \+ r\)/);
  await expect(report.locator('[data-question]').first()).toBeVisible();
  await trainer.screenshot({ path: test.info().outputPath('trainer-report.png'), fullPage: true });
  await report.locator('.report-scroll').screenshot({ path: test.info().outputPath('trainer-report-table.png') });
  await report.locator('[data-step="cotisation-brute"]').screenshot({ path: test.info().outputPath('trainer-report-mistake.png') });
  await expectNoSeriousA11yViolations(trainer);

  // Handing back again replaces the first receipt, and the report says so.
  await ibrahima.page.getByRole('button', { name: 'Rendre à nouveau' }).click();
  const again = await ibrahima.page.locator('#receipt-code').inputValue();
  await trainer.locator('#r-paste').fill(again);
  await trainer.getByRole('button', { name: 'Importer les codes' }).click();
  await expect(result).toContainText('nouveau reçu de Ibrahima Fall, il remplace le précédent');

  const csvDownload = trainer.waitForEvent('download');
  await trainer.getByRole('button', { name: 'Exporter le tableau (CSV)' }).click();
  const csv = readFileSync((await (await csvDownload).path())!, 'utf8');
  expect(csv.startsWith('\uFEFFNom;Identifiant;Rendu le;En retard;')).toBe(true);
  const lines = csv.trim().split('\r\n');
  expect(lines).toHaveLength(3);
  expect(lines[1]).toMatch(/^Awa Sarr;;.*;non;100;1;[\d,]+;100;1;[\d,]+;100;1;[\d,]+;100;oui$/);
  expect(lines[2]).toMatch(/^Ibrahima Fall;;.*;75;1;[\d,]+;[\d,]+;non$/);
  const moodleDownload = trainer.waitForEvent('download');
  await trainer.getByRole('button', { name: 'Exporter pour Moodle (CSV)' }).click();
  const moodle = readFileSync((await (await moodleDownload).path())!, 'utf8').trim().split('\n');
  expect(moodle[0]).toMatch(/^Identifiant,Nom,/);
  expect(moodle[1]).toBe('Awa Sarr,Awa Sarr,100,100,100,100');
});

test('a truncated or newer assignment link says so in French, with the trainer contact', async ({ page }) => {
  test.setTimeout(90_000);
  const link = await compose(page);
  await page.goto(link.slice(0, link.length - 30));
  await expect(page.locator('[data-out="error"]')).toContainText('Le lien est incomplet');
  await expect(page.locator('[data-out="error"]')).toContainText('Awa Ndiaye, 77 000 00 00');
  await page.goto(link.replace('#v=1', '#v=7'));
  await page.reload();
  await expect(page.locator('[data-out="error"]')).toContainText('version plus récente');
});

test('over plain http (no secure-context APIs) a trainer hands out and a trainee hands back', async ({ browser }) => {
  test.setTimeout(90_000);
  // Playwright serves on 127.0.0.1, which browsers treat as secure; a LAN address over http is
  // not: remove what such a page lacks (crypto.subtle, clipboard, share) before any script runs.
  const context = await browser.newContext({ locale: 'fr-FR' });
  await context.addInitScript(() => {
    Object.defineProperty(window, 'isSecureContext', { value: false });
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
    Object.defineProperty(Navigator.prototype, 'share', { get: () => undefined });
    Object.defineProperty(Crypto.prototype, 'subtle', { get: () => undefined });
  });
  const page = await context.newPage();
  const link = await compose(page);
  await page.goto(link);
  await page.getByLabel('Votre nom et prénom').fill('Coumba Ba');
  await page.getByRole('button', { name: 'Commencer le devoir' }).click();
  await page.getByRole('button', { name: 'Rendre le devoir' }).click();
  await expect(page.locator('#receipt-code')).toHaveValue(/^FMR1\.[A-Za-z0-9_-]+\.[0-9a-f]{16}$/);
  await expect(page.getByRole('button', { name: 'Partager le fichier' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Copier le code' }).click();
  await expect(page.locator('[data-out="receipt"] [role="status"]')).toHaveText(/Code (copié|sélectionné)/);
  // Nothing done yet: the receipt still goes, and says so; a receipt this small is also a QR code.
  await expect(page.locator('[data-out="receipt"]')).toContainText('Vous n’avez encore rien fait');
  await expect(page.locator('[data-out="receipt"] canvas.qr')).toHaveAttribute('width', /\d+/);
});

test('an H5P activity as an assignment item: played, handed back with its raw result, shown as the package declared it', async ({ browser }) => {
  test.setTimeout(240_000);
  const trainerContext = await browser.newContext({ locale: 'fr-FR', acceptDownloads: true });
  const trainer = await trainerContext.newPage();
  await trainer.goto('formateur/');
  await trainer.getByLabel('Titre du devoir').fill('Devoir : activité interactive');
  await trainer.locator('input[data-item="h5p"][value="cotisation-par-beneficiaire"]').check();
  await trainer.getByRole('button', { name: 'Créer le devoir' }).click();
  const link = await trainer.locator('#link-full').inputValue();

  // The trainee plays the activity from the assignment's list: wrong once, then right.
  const context = await browser.newContext({ locale: 'fr-FR', acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(link);
  await page.getByLabel('Votre nom et prénom').fill('Mariama Diallo');
  await page.getByRole('button', { name: 'Commencer le devoir' }).click();
  const row = page.locator('[data-item="h5p:cotisation-par-beneficiaire"]');
  await expect(row).toContainText('Activité interactive');
  await expect(row).toHaveAttribute('data-state', 'todo');
  await row.locator('a').click();
  await expect(page).toHaveURL(/calcul-cotisation\/#h5p-title-cotisation-par-beneficiaire$/);
  const host = page.locator('x-h5p[data-h5p-id="cotisation-par-beneficiaire"]');
  await host.scrollIntoViewIfNeeded();
  const frame = page.frameLocator('x-h5p[data-h5p-id="cotisation-par-beneficiaire"] iframe.h5p-iframe');
  await expect(frame.locator('input')).toBeVisible({ timeout: 60_000 });
  await frame.locator('input').fill('2 156');
  await frame.getByRole('button', { name: 'Vérifier' }).click();
  await expect(host.locator('.h5p-score')).toContainText('0 sur 1');
  await frame.getByRole('button', { name: 'Recommencer' }).click();
  await frame.locator('input').fill('2 695');
  await frame.getByRole('button', { name: 'Vérifier' }).click();
  await expect(host.locator('.h5p-score')).toContainText('1 sur 1');

  await page.goto(link);
  await expect(row).toHaveAttribute('data-state', 'done');
  await expect(row).toContainText('dernier résultat 1 sur 1 (100\u00A0%)');
  await page.getByRole('button', { name: 'Rendre le devoir' }).click();
  await expect(page.locator('#receipt-code')).toHaveValue(/^FMR1\./);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Enregistrer le reçu dans un fichier' }).click();
  const file = readFileSync((await (await download).path())!, 'utf8');
  // The raw xAPI result travels: raw score out of the package's max, success, completion, version.
  const carried = (JSON.parse(file) as { receipt: { items: { kind: string; attempts: Record<string, unknown>[] }[] } }).receipt.items[0]!;
  expect(carried.kind).toBe('h5p');
  expect(carried.attempts).toEqual([expect.objectContaining({ score: 1, max: 1, scaled: 1, success: true, completion: true, contentVersion: expect.stringMatching(/^[0-9a-f]{12}$/) })]);

  // A second receipt whose result was garbled and its checksum made again (not a real trainee's file).
  const forged = JSON.parse(file) as { checksum: string; receipt: { trainee: { name: string }; items: { attempts: Record<string, unknown>[] }[] } };
  forged.receipt.trainee.name = 'Reçu Abîmé';
  forged.receipt.items[0]!.attempts[0]!.score = 7;
  forged.checksum = checksum(JSON.stringify(forged.receipt));

  await trainer.goto('formateur/resultats/');
  await trainer.locator('#r-files').setInputFiles([
    { name: 'mariama.json', mimeType: 'application/json', buffer: Buffer.from(file) },
    { name: 'modifie.json', mimeType: 'application/json', buffer: Buffer.from(file.replace('"score": 1', '"score": 2')) },
    { name: 'abime.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(forged)) },
  ]);
  const result = trainer.locator('[data-out="import"]');
  await expect(result).toContainText('Reçus importés : 2 ; refusés : 1.');
  await expect(result).toContainText('modifie.json : reçu modifié après sa création');
  const report = trainer.locator('[data-out="report"]');
  const cell = report.locator('tr[data-trainee="Mariama Diallo"] td[data-kind="h5p"]');
  await expect(cell).toContainText('100\u00A0%');
  await expect(cell).toContainText('1 sur 1, réussie selon l’activité, score déclaré par l’activité');
  await expect(report.locator('tr[data-trainee="Reçu Abîmé"] td[data-kind="h5p"]')).toContainText('résultat de l’activité illisible dans le reçu');
  await report.locator('.report-scroll').screenshot({ path: test.info().outputPath('trainer-report-h5p.png') });
  await expectNoSeriousA11yViolations(trainer);
});
