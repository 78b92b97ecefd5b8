import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** One representative URL per page type, found by following the site's own links. */
export interface PageTypeUrls {
  home: string;
  module: string;
  lesson: string;
  'lesson-with-math': string;
  'module-test': string;
  glossary: string;
  search: string;
  exercises: string;
  exercise: string;
  tools: string;
  'tool-contribution': string;
  'tool-dashboard': string;
  'tool-pool': string;
  progress: string;
}

export async function pageTypeUrls(page: Page): Promise<PageTypeUrls> {
  await page.goto('./');
  const moduleHrefs = await page.locator('.cards a[href*="modules/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(moduleHrefs.length).toBeGreaterThanOrEqual(3);
  const [firstModule] = moduleHrefs as [string, ...string[]];
  await page.goto(firstModule);
  const lesson = (await page.locator('.lesson-list a').first().getAttribute('href'))!;
  // The module tests belong to the seminar modules; the last one (viability) teaches the maths.
  const lastModule = moduleHrefs.at(-1)!;
  await page.goto(lastModule);
  const moduleTest = (await page.locator('a[href$="/test/"]').first().getAttribute('href'))!;
  const lessonWithMath = (await page.locator('.lesson-list a[href*="calcul-cotisation"]').getAttribute('href'))!;
  await page.goto('exercices/');
  const exercise = (await page.locator('main a[href*="exercices/"]').first().getAttribute('href'))!;
  return {
    home: './',
    module: firstModule,
    lesson,
    'lesson-with-math': lessonWithMath,
    'module-test': moduleTest,
    glossary: 'glossaire/',
    search: 'recherche/?q=cotisation',
    exercises: 'exercices/',
    exercise,
    tools: 'outils/',
    'tool-contribution': 'outils/simulateur-cotisation/',
    'tool-dashboard': 'outils/tableau-de-bord/',
    'tool-pool': 'outils/simulateur-mutualisation/',
    progress: 'progression/',
  };
}

/** Runs axe-core and fails on serious or critical violations, listing them. */
export async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(report).toEqual([]);
}
