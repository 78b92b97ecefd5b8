import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, pageTypeUrls, type PageTypeUrls } from './helpers';

test('home → module → lesson → next lesson', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('h1')).toBeVisible();
  const firstModule = page.locator('.cards a').first();
  const moduleTitle = (await firstModule.textContent())!.trim();
  await firstModule.click();
  await expect(page.locator('h1')).toHaveText(moduleTitle);

  const firstLesson = page.locator('.lesson-list a').first();
  const lessonTitle = (await firstLesson.textContent())!.trim();
  await firstLesson.click();
  await expect(page.locator('h1')).toHaveText(lessonTitle);
  await expect(page.getByRole('heading', { name: 'Objectifs de la leçon' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Sommaire' }).or(page.locator('nav.toc'))).toBeVisible();
  await expect(page.getByRole('heading', { name: 'À retenir' })).toBeVisible();

  const next = page.locator('a[rel="next"]');
  const nextTitle = (await next.locator('span').last().textContent())!.trim();
  await next.click();
  await expect(page.locator('h1')).toHaveText(nextTitle);
  await expect(page.locator('a[rel="prev"]')).toContainText(lessonTitle);
});

test('« Suivant » after a module’s last lesson opens the module test, then the next module', async ({ page }) => {
  await page.goto('./');
  const modules = await page.locator('.cards a[href*="modules/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  await page.goto(modules[1]!); // the first seminar module, which ends with a test
  const testHref = (await page.locator('a[href$="/test/"]').first().getAttribute('href'))!;
  await page.locator('.lesson-list a').last().click();
  await page.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(new RegExp(`${testHref}$`));
  await expect(page.locator('a[rel="prev"]')).toBeVisible();
  await page.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(new RegExp(`${modules[2]}[^/]+/$`)); // first lesson of the next module
});

test('the table of contents jumps to each section', async ({ page }) => {
  const { lesson } = await pageTypeUrls(page);
  await page.goto(lesson);
  const links = page.locator('nav.toc a');
  const count = await links.count();
  expect(count).toBeGreaterThanOrEqual(3);
  for (let i = 0; i < count; i++) {
    const href = (await links.nth(i).getAttribute('href'))!;
    await expect(page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`)).toHaveCount(1);
  }
});

test('the glossary lists terms and a glossary link in a lesson lands on its term', async ({ page }) => {
  await page.goto('glossaire/');
  await expect(page.locator('h1')).toHaveText('Glossaire');
  const entries = page.locator('.glossary__entry');
  expect(await entries.count()).toBeGreaterThanOrEqual(2);

  const { lesson } = await pageTypeUrls(page);
  await page.goto(lesson);
  const termLink = page.locator('.prose a.lien-glossaire').first();
  const termId = (await termLink.getAttribute('href'))!.split('#')[1]!;
  await termLink.click();
  await expect(page).toHaveURL(new RegExp(`/glossaire/#${termId}$`));
  await expect(page.locator(`[id="${termId}"]`)).toBeInViewport();
  // The term page links back to the lessons that use it.
  await expect(page.locator(`[id="${termId}"] a[href*="/modules/"]`).first()).toBeVisible();
});

test('formulas are rendered at build time, with accessible MathML', async ({ page }) => {
  const urls = await pageTypeUrls(page);
  await page.goto(urls['lesson-with-math']);
  const math = page.locator('.katex');
  expect(await math.count()).toBeGreaterThan(3);
  await expect(math.first().locator('math')).toHaveCount(1);
});

// One test per page type, so each stays well within the time limit and they run in parallel.
const pageTypes: (keyof PageTypeUrls)[] = ['home', 'module', 'lesson', 'lesson-with-math', 'module-test', 'glossary', 'search', 'exercises', 'exercise', 'tools', 'tool-contribution', 'tool-dashboard', 'tool-pool', 'progress'];

for (const type of pageTypes) {
  test(`${type}: readable at 320 px without horizontal scrolling, no serious accessibility violation`, async ({ page }, testInfo) => {
    // axe over a long page (the glossary) on a loaded 2-core machine can pass 30 s: a limit, not a goal.
    test.setTimeout(90_000);
    const url = (await pageTypeUrls(page))[type];
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${type} déborde de ${overflow} px`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: testInfo.outputPath(`320-${type}.png`), fullPage: true });
    await expectNoSeriousA11yViolations(page);
  });
}

test.describe('every page type', () => {
  test('makes no request outside the site it is served from', async ({ page, baseURL }) => {
    test.setTimeout(120_000); // visits every page type and waits for each to go quiet
    const origin = new URL(baseURL!).origin;
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const urls = await pageTypeUrls(page);
    for (const url of Object.values(urls)) {
      await page.goto(url);
      await page.waitForLoadState('networkidle');
    }
    const foreign = requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);
    expect(requests.length).toBeGreaterThan(5);
    expect(foreign).toEqual([]);
  });

  test('prints without the site chrome', async ({ page }) => {
    const { lesson } = await pageTypeUrls(page);
    await page.goto(lesson);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.pager')).toBeHidden();
    await expect(page.locator('h1')).toBeVisible();
  });
});
