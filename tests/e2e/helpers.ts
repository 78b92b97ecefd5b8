import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** One representative URL per page type, found by following the site's own links. */
export interface PageTypeUrls {
  home: string;
  module: string;
  lesson: string;
  glossary: string;
  'module-test'?: string;
}

export async function pageTypeUrls(page: Page): Promise<PageTypeUrls> {
  await page.goto('./');
  const moduleHref = await page.locator('.cards a').first().getAttribute('href');
  await page.goto(moduleHref!);
  const lessonHref = await page.locator('.lesson-list a').first().getAttribute('href');
  const testLink = page.locator('a[href$="/test/"]');
  const urls: PageTypeUrls = { home: './', module: moduleHref!, lesson: lessonHref!, glossary: 'glossaire/' };
  if (await testLink.count()) urls['module-test'] = (await testLink.first().getAttribute('href'))!;
  return urls;
}

/** Runs axe-core and fails on serious or critical violations, listing them. */
export async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(report).toEqual([]);
}
