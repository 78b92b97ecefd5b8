import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { expect, test } from '@playwright/test';
import { answer, quizOf, reachQuiz } from './quiz-helpers';

// Fault check (issue 13): the host's server stops while a learner is mid-quiz and comes back.
// Progress lives in the browser, so nothing is lost; the page works again once the server is up.
// The test runs its own server (the one `npm start` runs) so it can stop it without touching
// the suite's; against an external server (E2E_URL) there is nothing to stop.
const port = Number(process.env.E2E_PORT ?? 4399) + 17;
const base = process.env.E2E_BASE ?? '/formation/';
const distDir = process.env.E2E_DIST ?? 'dist-test';
const origin = `http://127.0.0.1:${port}${base}`;
const KEY = 'formation-mutuelles:mutuelles-sante:progress';

test.skip(Boolean(process.env.E2E_URL), 'needs a server this test can stop');

async function startServer(): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--no-build', '--quiet', '--dir', distDir, '--port', String(port), '--host', '127.0.0.1'], { stdio: 'ignore' });
  await expect
    .poll(async () => {
      try {
        return (await fetch(origin)).status;
      } catch {
        return 0;
      }
    }, { timeout: 20_000 })
    .toBe(200);
  return server;
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  server.kill('SIGTERM');
  await once(server, 'exit');
}

test('the server stops mid-quiz and restarts: answers are kept and the page works again', async ({ page }) => {
  test.setTimeout(90_000);
  let server = await startServer();
  try {
    await page.goto(`${origin}modules/strategies-nationales/assurance-maladie/`);
    await reachQuiz(page);
    const quiz = await quizOf(page);
    const [first, second, ...rest] = quiz.questions;
    const check = async (question: typeof first) => {
      const fieldset = page.locator(`fieldset[data-question-id="${question!.id}"]`);
      await answer(fieldset, question!, true);
      await fieldset.getByRole('button', { name: 'Vérifier' }).click();
      await expect(fieldset.locator('.quiz__feedback')).toContainText('Explication');
    };
    await check(first);

    await stopServer(server);
    await expect.poll(async () => fetch(origin).then(() => 'up', () => 'down')).toBe('down');
    // The page already has everything it needs: answering goes on with the server down.
    await check(second);
    for (const question of rest) await check(question);
    const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY))!) as { quizzes: Record<string, { attempts: unknown[] }> };
    const quizId = (await page.locator('x-quiz').first().getAttribute('data-quiz-id'))!;
    expect(stored.quizzes[quizId]?.attempts).toHaveLength(1);

    server = await startServer();
    await page.reload();
    await reachQuiz(page);
    await expect(page.locator('.quiz__history summary')).toContainText('(1)');
    // And the rest of the site answers again: the next page loads.
    await page.goto(`${origin}progression/`);
    await expect(page.locator('main tr', { hasText: 'L’assurance maladie' })).toContainText('100 %');
  } finally {
    await stopServer(server);
  }
});
