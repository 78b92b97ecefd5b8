import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { MARKUP_PAYLOADS } from '../fixtures/bad-input';
import { armScriptTrap, expectNoScriptRan, expectResponsive } from './bad-input-helpers';

// Bad input on the assignment surfaces (docs/bad-input.md): what a trainer types travels in a
// link and is shown on trainees' screens; what trainees send back is read by the trainer's page.

const [imgPayload, scriptPayload, svgPayload, , linkPayload] = MARKUP_PAYLOADS;

async function composeWith(page: Page, fields: { title: string; instructions: string; group: string; contact: string }): Promise<string> {
  await page.goto('formateur/');
  await page.getByLabel('Titre du devoir').fill(fields.title);
  await page.getByLabel('Consignes (facultatif)').fill(fields.instructions);
  await page.getByLabel('Groupe ou classe (facultatif)').fill(fields.group);
  await page.getByLabel('Votre contact, affiché si un lien est abîmé (facultatif)').fill(fields.contact);
  await page.locator('input[data-item="quiz"][value="calcul-cotisation"]').check();
  await page.getByRole('button', { name: 'Créer le devoir' }).click();
  await expect(page.locator('[data-out="handout"]')).toBeVisible();
  return page.locator('#link-full').inputValue();
}

test('markup typed by a trainer or a trainee is shown as text on every assignment page', async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ locale: 'fr-FR', acceptDownloads: true });
  const page = await context.newPage();
  const trap = await armScriptTrap(page);
  const link = await composeWith(page, { title: imgPayload!, instructions: scriptPayload!, group: svgPayload!, contact: linkPayload! });
  await expect(page.locator('[data-out="handout"]')).toContainText(imgPayload!);
  await expectNoScriptRan(page, trap);

  await page.goto(link);
  await expect(page.locator('h1')).toHaveText(imgPayload!);
  await expect(page.locator('main')).toContainText(scriptPayload!);
  await page.getByLabel('Votre nom et prénom').fill(svgPayload!);
  await page.getByRole('button', { name: 'Commencer le devoir' }).click();
  await expect(page.locator('[data-out="you"]')).toContainText(svgPayload!);
  await expectNoScriptRan(page, trap);

  // A cut link shows the contact, still as text.
  await page.goto(link.slice(0, link.length - 30));
  await expect(page.locator('[data-out="error"]')).toContainText(linkPayload!);
  await expect(page.locator('main a[href^="javascript:"]')).toHaveCount(0);
  await expectNoScriptRan(page, trap);

  // The receipt of that trainee, imported by the trainer: the name is text in the report too.
  await page.goto(link);
  await page.getByRole('button', { name: 'Rendre le devoir' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Enregistrer le reçu dans un fichier' }).click();
  const file = readFileSync((await (await download).path())!);
  await page.goto('formateur/resultats/');
  await page.locator('#r-files').setInputFiles([{ name: 'recu.json', mimeType: 'application/json', buffer: file }]);
  await expect(page.locator('[data-out="import"]')).toContainText('1 reçu importé, 0 refusé.');
  await expect(page.locator('[data-out="report"]')).toContainText(svgPayload!);
  await expectNoScriptRan(page, trap);
  await context.close();
});

test('bad receipt files are refused one by one in French and the receipts already imported stay', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ locale: 'fr-FR', acceptDownloads: true });
  const page = await context.newPage();
  const link = await composeWith(page, { title: 'Devoir de contrôle', instructions: '', group: '', contact: 'Awa Ndiaye' });
  await page.goto(link);
  await page.getByLabel('Votre nom et prénom').fill('Moussa Diallo');
  await page.getByRole('button', { name: 'Commencer le devoir' }).click();
  await page.getByRole('button', { name: 'Rendre le devoir' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Enregistrer le reçu dans un fichier' }).click();
  const good = readFileSync((await (await download).path())!, 'utf8');

  await page.goto('formateur/resultats/');
  await page.locator('#r-files').setInputFiles([{ name: 'moussa.json', mimeType: 'application/json', buffer: Buffer.from(good) }]);
  const result = page.locator('[data-out="import"]');
  await expect(result).toContainText('1 reçu importé, 0 refusé.');

  const progressBackup = JSON.stringify({ format: 'formation-mutuelles/progress', version: 1, learnerId: 'abcdef0123456789', updatedAt: '2026-12-01T10:00:00.000Z', lessons: {}, quizzes: {}, exercises: {} });
  const bad = [
    { name: 'vide.json', text: '' },
    { name: 'coupe.json', text: good.slice(0, Math.floor(good.length / 2)) },
    { name: 'futur.json', text: good.replace('"version": 1', '"version": 9') },
    { name: 'autre-produit.json', text: JSON.stringify({ type: 'FeatureCollection', features: [] }) },
    { name: 'progression.json', text: progressBackup },
    { name: 'balises.json', text: `{"format":"${imgPayload!.replace(/"/g, '\\"')}"}` },
  ];
  // Playwright passes files over 50 MB only by path.
  const huge = test.info().outputPath('enorme.json');
  writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 0x20));
  await page.locator('#r-files').setInputFiles(huge);
  // Refused by its size before anything is read (over the 20 MB batch limit as well).
  await expect(result).toContainText(/L’ensemble dépasse|enorme\.json\s:\sfichier trop volumineux/);
  await expectResponsive(page);

  await page.locator('#r-files').setInputFiles(bad.map(({ name, text }) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) })));
  await expect(result).toContainText(new RegExp(`refusés\\s:\\s${bad.length}\\.|${bad.length}\\srefusé`));
  await expect(result).toContainText('vide.json : ');
  await expect(result).toContainText('coupe.json : reçu incomplet');
  await expect(result).toContainText('futur.json : reçu fait avec une version plus récente');
  await expect(result).toContainText('autre-produit.json : ce n’est pas un reçu de devoir');
  await expect(result).toContainText('progression.json : c’est une sauvegarde de progression, pas un reçu');
  await expect(result).toContainText('balises.json : ');
  await expect(page.locator('main img[src="x"]')).toHaveCount(0);

  await page.locator('#r-files').setInputFiles([{ name: 'enorme.json', mimeType: 'application/json', buffer: Buffer.alloc(300 * 1024, 0x20) }]);
  await expect(result).toContainText('enorme.json : fichier trop volumineux');
  await expect(result).toContainText('0 reçu importé, 1 refusé.');
  await expectResponsive(page);

  // Nothing was lost: the first trainee is still in the report, after a reload too.
  await expect(page.locator('[data-out="report"] tr[data-trainee="Moussa Diallo"]')).toHaveCount(1);
  await page.reload();
  await expect(page.locator('[data-out="report"] tr[data-trainee="Moussa Diallo"]')).toHaveCount(1);
  await context.close();
});
