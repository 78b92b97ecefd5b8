import { expect, test, type Frame, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { DEFAULT_KEY } from '../../src/engine/progress/store';
import { answer, quizOf, reachQuiz } from './quiz-helpers';

// The module package inside a minimal SCORM 1.2 LMS (tests/e2e/scorm-harness/), served under a
// Moodle-like path the build never heard of. Packages: `npm run package:scorm -- --unzipped`
// (made here when missing, which takes a build).
const ODD = '/pluginfile.php/42/mod_scorm/content/7/';
const packageDir = join(process.cwd(), 'scorm-packages/module-viabilite');
let server: Server;
let origin = '';
const missing: string[] = [];

test.beforeAll(async () => {
  test.setTimeout(400_000);
  if (!existsSync(join(packageDir, 'imsmanifest.xml'))) execFileSync(process.execPath, ['scripts/scorm/package.mjs', '--unzipped'], { stdio: 'inherit' });
  const sco = sirv(packageDir, { dev: true });
  const harness = sirv(join(process.cwd(), 'tests/e2e/scorm-harness'), { dev: true });
  server = createServer((req, res) => {
    const url = req.url ?? '/';
    const notFound = () => {
      missing.push(url);
      res.statusCode = 404;
      res.end();
    };
    if (url.startsWith(ODD)) {
      req.url = url.slice(ODD.length - 1);
      sco(req, res, notFound);
    } else if (url.startsWith('/lms/')) {
      req.url = url.slice('/lms'.length);
      harness(req, res, notFound);
    } else notFound();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

type Call = { name: string; args: string[]; result: string; state: string };
const calls = (page: Page) => page.evaluate(() => (window as unknown as { harness: { calls: Call[] } }).harness.calls);
const sets = (list: Call[], name: string) => list.filter((c) => c.name === 'LMSSetValue' && c.args[0] === name).map((c) => c.args[1] ?? '');

async function innerFrame(page: Page, path: string): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().endsWith(path))).toBe(true);
  const frame = page.frames().find((f) => f.url().endsWith(path))!;
  await frame.waitForLoadState();
  return frame;
}

test('a module package in a SCORM 1.2 LMS: lesson, module test, status, score, time and resume', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`${origin}/lms/index.html`);
  await page.evaluate((href) => (window as unknown as { harness: { launch(h: string): void } }).harness.launch(href), `${ODD}scorm/lancer-viabilite.html`);
  const module = await innerFrame(page, `${ODD}modules/viabilite/index.html`);
  await expect.poll(async () => sets(await calls(page), 'cmi.core.lesson_status')).toEqual(['incomplete']);

  // The search index loads under the odd path, and its results link to files.
  await module.getByRole('searchbox', { name: 'Rechercher dans la formation' }).fill('cotisation');
  const result = module.locator('#site-search-panel .search-result a').first();
  await expect(result).toHaveAttribute('href', /^\.\.\/\.\.\/[^/].*index\.html(#.*)?$/);

  // A lesson, reached by its link, its quiz passed: the lesson is completed, the module not yet.
  // (A lesson without an H5P activity: one with an activity also needs the activity done.)
  await module.locator('a[href$="etude-faisabilite/index.html"]').first().click();
  const lesson = await innerFrame(page, `${ODD}modules/viabilite/etude-faisabilite/index.html`);
  const asPage = lesson as unknown as Page;
  await reachQuiz(asPage);
  const quiz = await quizOf(asPage);
  for (const question of quiz.questions) {
    const fieldset = lesson.locator(`fieldset[data-question-id="${question.id}"]`);
    await answer(fieldset, question, true);
    await fieldset.getByRole('button', { name: 'Vérifier' }).click();
    await expect(fieldset.locator('.quiz__feedback')).toContainText('Explication');
  }
  await expect.poll(async () => sets(await calls(page), 'cmi.suspend_data').some((s) => JSON.parse(s).l['etude-faisabilite']?.[1])).toBe(true);
  expect(sets(await calls(page), 'cmi.core.lesson_status')).toEqual(['incomplete']);

  // The module test, all right: passed, with its score.
  await lesson.goto(`${origin}${ODD}modules/viabilite/test/index.html`);
  const testPage = lesson as unknown as Page;
  const moduleTest = await quizOf(testPage);
  for (const question of moduleTest.questions) await answer(lesson.locator(`fieldset[data-question-id="${question.id}"]`), question, true);
  await lesson.getByRole('button', { name: 'Terminer le test' }).click();
  await expect.poll(async () => sets(await calls(page), 'cmi.core.lesson_status')).toEqual(['incomplete', 'passed']);
  let list = await calls(page);
  expect(sets(list, 'cmi.core.score.raw').at(-1)).toBe('100');
  expect(sets(list, 'cmi.core.score.min').at(-1)).toBe('0');
  expect(sets(list, 'cmi.core.score.max').at(-1)).toBe('100');
  expect(list.at(-1)!.name).toBe('LMSCommit');
  expect(list.every((c) => c.result !== 'false')).toBe(true);

  // Leaving: session time, resume data, exit, commit, finish — no status at unload.
  const before = list.length;
  await page.evaluate(() => (window as unknown as { harness: { unload(): void } }).harness.unload());
  await expect.poll(async () => (await calls(page)).at(-1)?.name).toBe('LMSFinish');
  list = await calls(page);
  const atUnload = list.slice(before);
  expect(atUnload.map((c) => c.args[0] ?? c.name)).toEqual(['cmi.core.session_time', 'cmi.suspend_data', 'cmi.core.exit', '', '']);
  expect(sets(atUnload, 'cmi.core.session_time')[0]).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
  expect(sets(atUnload, 'cmi.core.exit')).toEqual(['suspend']);
  expect(sets(atUnload, 'cmi.core.lesson_status')).toEqual([]);
  expect(list.filter((c) => c.name === 'LMSSetValue' && c.args[0] === 'cmi.suspend_data').every((c) => c.args[1]!.length <= 4096)).toBe(true);

  // Another computer: empty local progress; the LMS's suspend data brings the lesson back.
  await page.evaluate(() => localStorage.clear());
  await page.evaluate((href) => (window as unknown as { harness: { launch(h: string): void } }).harness.launch(href), `${ODD}scorm/lancer-viabilite.html`);
  await innerFrame(page, `${ODD}modules/viabilite/index.html`);
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), DEFAULT_KEY);
  expect(stored.lessons?.['etude-faisabilite']?.completedAt).toBeTruthy();
  expect(stored.quizzes?.viabilite?.attempts?.length).toBe(1);
  expect(sets(await calls(page), 'cmi.core.lesson_status')).toEqual(['incomplete', 'passed']);

  // Every page, asset, data file and search index came from under the odd path.
  expect(missing.filter((u) => !u.endsWith('favicon.ico'))).toEqual([]);
});
