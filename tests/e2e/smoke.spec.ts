import { expect, test, type Page } from '@playwright/test';
import { cacheControlFor, headerRulesFor, securityHeadersFor, sitePolicyFile, type SitePolicy } from '../../scripts/hosting/headers.mjs';
import { answer, quizOf } from './quiz-helpers';

// Smoke tests of a hosted site, run against every way of hosting it: the built-in server (in
// `npm test`), and the release under nginx (at / and /formation/) and kiwix-serve
// (scripts/hosting/smoke.mjs sets E2E_SERVER and E2E_URL). Every page type must load with
// no Content-Security-Policy violation and no console error (ordinary pages under the strict
// policy, H5P pages under their own, read from the site's h5p/csp.json as every host does);
// a quiz answer must be stored; search, a tool and the 404 page must work.
const server = process.env.E2E_SERVER ?? 'builtin';
/** kiwix-serve has no directories: a link to 'glossaire/' must name 'glossaire/index.html'. */
const explicitIndex = server === 'kiwix';
const at = (path: string) => (explicitIndex ? path.replace(/(^|\/)(?=$|[?#])/, '$1index.html') : path);

const pageTypes: Record<string, string> = {
  home: '',
  module: 'modules/strategies-nationales/',
  glossary: 'glossaire/',
  search: 'recherche/?q=cotisation',
  exercises: 'exercices/',
  tools: 'outils/',
  'tool-contribution': 'outils/simulateur-cotisation/',
  'tool-dashboard': 'outils/tableau-de-bord/',
  'tool-pool': 'outils/simulateur-mutualisation/',
  progress: 'progression/',
  activities: 'activites/',
  'h5p-lesson': 'modules/viabilite/calcul-cotisation/',
  trainer: 'formateur/',
  'trainer-facilitation': 'formateur/animation/',
  'trainer-module-notes': 'formateur/animation/viabilite/',
  'trainer-results': 'formateur/resultats/',
  assignment: 'devoir/',
};

/** Collects CSP violations and console errors of a page from its first script on. */
async function watch(page: Page) {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

/** The first lesson and the last module's pages, found by following the site's own links. */
async function discover(page: Page) {
  await page.goto(at('./'));
  const modules = await page.locator('.cards a[href*="modules/"]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  expect(modules.length).toBeGreaterThanOrEqual(3);
  await page.goto(modules[0]!);
  const lesson = await page.locator('.lesson-list a').first().evaluate((a) => (a as HTMLAnchorElement).href);
  await page.goto(modules.at(-1)!);
  const moduleTest = await page.locator('a[href*="/test/"]').first().evaluate((a) => (a as HTMLAnchorElement).href);
  await page.goto(at('exercices/'));
  const exercise = await page.locator('main a[href*="exercices/"]').first().evaluate((a) => (a as HTMLAnchorElement).href);
  return { lesson, moduleTest, exercise };
}

test('every page type loads without CSP violation or console error, with the shared headers', async ({ page, baseURL, request }) => {
  test.setTimeout(150_000);
  const problems = await watch(page);
  const found = await discover(page);
  // The H5P pages' rules come from the build output the host serves, as the server and configs read it.
  const policyFile = await request.get(sitePolicyFile);
  const rules = headerRulesFor(policyFile.ok() ? ((await policyFile.json()) as SitePolicy) : null);
  const urls = [...Object.values(pageTypes).map((path) => new URL(at(path), baseURL).href), ...Object.values(found)];
  const base = new URL(baseURL!).pathname;
  for (const url of urls) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    await expect(page.locator('h1').first()).toBeVisible();
    if (server !== 'kiwix') {
      // kiwix-serve sends its own headers and policy; every other host sends ours.
      const sitePath = new URL(url).pathname.slice(base.length);
      const headers = response!.headers();
      for (const [name, value] of Object.entries(securityHeadersFor(sitePath, rules))) expect(headers[name.toLowerCase()], `${name} on ${url}`).toBe(value);
      expect(headers['cache-control'], url).toBe(cacheControlFor(sitePath));
    }
  }
  expect(problems).toEqual([]);
});

test('hashed assets are cached for a year; a byte range is served', async ({ page, request }) => {
  test.skip(server === 'kiwix', 'kiwix-serve decides its own caching');
  await page.goto(at('./'));
  const sheets = await page.locator('link[rel="stylesheet"]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
  for (const css of sheets) {
    const asset = await request.get(css);
    expect(asset.status()).toBe(200);
    expect(asset.headers()['cache-control']).toBe(cacheControlFor('_astro/x.css'));
  }
  // Media and large files are fetched in ranges (video seek, resumed downloads).
  const range = await request.get(at('favicon.svg'), { headers: { Range: 'bytes=0-99', 'Accept-Encoding': 'identity' } });
  expect(range.status()).toBe(206);
  expect((await range.body()).length).toBe(100);
});

test('a quiz taken is stored and still there after a reload', async ({ page }) => {
  test.setTimeout(90_000);
  const problems = await watch(page);
  const { lesson } = await discover(page);
  await page.goto(lesson);
  const quiz = await quizOf(page);
  for (const question of quiz.questions) {
    const fieldset = page.locator(`fieldset[data-question-id="${question.id}"]`);
    await answer(fieldset, question, true);
    await fieldset.getByRole('button', { name: 'Vérifier' }).click();
    await expect(fieldset.locator('.quiz__feedback')).toContainText('Explication');
  }
  await expect(page.locator('.quiz__summary')).toContainText('Réussi');
  await page.reload();
  await expect(page.locator('.quiz__history summary')).toContainText('(1)');
  await expect(page.locator('[data-progress-lesson]')).toContainText('Leçon terminée');
  expect(problems).toEqual([]);
});

test('search finds lessons and a result opens its page', async ({ page }) => {
  const problems = await watch(page);
  await page.goto(at('recherche/?q=cotisation'));
  const first = page.locator('main .search-page__results a').first();
  await expect(first).toBeVisible();
  const href = await first.evaluate((a) => (a as HTMLAnchorElement).href);
  await first.click();
  await expect(page.locator('h1').first()).toBeVisible();
  expect(page.url().split('#')[0]).toBe(href.split('#')[0]);
  expect(problems).toEqual([]);
});

test('the contribution simulator computes', async ({ page }) => {
  const problems = await watch(page);
  await page.goto(at('outils/simulateur-cotisation/'));
  // domain.md's illustration: 2 695 FCFA per beneficiary per year.
  await expect(page.locator('[data-out="lines"] tr', { hasText: 'Cotisation annuelle par bénéficiaire' }).locator('td')).toHaveText('2\u202F695');
  expect(problems).toEqual([]);
});

test('an unknown page answers 404 with the site’s page', async ({ request }) => {
  const response = await request.get('page-qui-n-existe-pas/');
  expect(response.status()).toBe(404);
  if (server !== 'kiwix') expect(await response.text()).toContain('Page introuvable');
});
