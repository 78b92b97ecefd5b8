import { expect, test, type Page } from '@playwright/test';
import { ABSURD_NUMBERS, MARKUP_PAYLOADS } from '../fixtures/bad-input';
import { armScriptTrap, expectNoScriptRan, expectResponsive } from './bad-input-helpers';

// Bad input in every tool's URL state and fields (docs/bad-input.md). Field names are read from
// the page, so a field added to a tool is covered without touching this file.
const TOOLS = ['outils/simulateur-cotisation/', 'outils/tableau-de-bord/', 'outils/simulateur-mutualisation/'];

async function numberFieldNames(page: Page, tool: string): Promise<string[]> {
  await page.goto(tool);
  return page.locator('main form input[name]:not([type="checkbox"])').evaluateAll((inputs) =>
    inputs.filter((input) => (input as HTMLInputElement).inputMode !== 'text' && input.getAttribute('name') !== 'seed').map((input) => input.getAttribute('name')!),
  );
}

/** The visible text must never carry an engine or parser code instead of a French message. */
async function expectNoRawCodes(page: Page) {
  const text = (await page.locator('main').innerText()).replace(/FCFA|CMU|UTG|CSV|PDF|RAMU|AMU|OMS|BIT|STEP/g, '');
  expect(text).not.toMatch(/\b[A-Z]{2,}_[A-Z_]+\b|NaN|Infinity|undefined/);
}

const unreadable = ABSURD_NUMBERS.filter((v) => !v.readable && v.text !== "" && v.text.length < 40); // addresses keep 40 characters per field
for (const tool of TOOLS) {
  for (const value of unreadable) {
    test(`${tool}: every number field set to « ${value.label} » by the address is refused in French`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const names = await numberFieldNames(page, tool);
      expect(names.length).toBeGreaterThan(2);
      const query = names.map((name) => `${encodeURIComponent(name)}=${encodeURIComponent(value.text)}`).join('&');
      await page.goto(`${tool}?${query}&compare=1`); // compare=1: the dashboard's first year is shown too
      for (const name of names) {
        const input = page.locator(`form input[name="${name}"]`).first();
        await expect(input, name).toHaveAttribute('aria-invalid', 'true');
      }
      await expect(page.locator('.field-error').first()).toContainText(/[a-zé]/);
      await expectNoRawCodes(page);
      await expectResponsive(page);
      expect(errors).toEqual([]);
    });
  }
  test(`${tool}: readable but unusual numbers (negative, other digits, 1.500,5) give a result or a French message`, async ({ page }) => {
    test.setTimeout(90_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const names = await numberFieldNames(page, tool);
    // The first field a learner sees (the dashboard's comparison year is hidden until asked for).
    const input = page.locator(names.map((name) => `form input[name="${name}"]:visible`).join(', ')).first();
    for (const value of ABSURD_NUMBERS.filter((v) => v.readable)) {
      await input.fill(value.text);
      await input.press('Tab');
      // Either the value is taken, or the field says in French why not — never a silent refusal.
      const error = page.locator('.field-error', { hasText: /[a-zé]/ }).first();
      await expect(async () => {
        const invalid = (await input.getAttribute('aria-invalid')) === 'true';
        if (invalid) await expect(error).toBeVisible({ timeout: 100 });
      }, value.label).toPass({ timeout: 10_000 });
      await expectNoRawCodes(page);
    }
    expect(errors).toEqual([]);
  });
}

for (const [i, payload] of MARKUP_PAYLOADS.entries()) {
  test(`contribution simulator: markup payload ${i + 1} as a benefit name (address and CSV) stays text`, async ({ page }) => {
    const trap = await armScriptTrap(page);
    await page.goto(`outils/simulateur-cotisation/?p=${encodeURIComponent(`${payload}~0,8~1500~80~`)}`);
    await expect(page.locator('[data-benefit-rows] [data-field="label"]').first()).toHaveValue(payload.slice(0, 60));
    await expect(page.locator('[data-out="chart"]')).toBeVisible();
    await expectNoScriptRan(page, trap);
  });
}

test('pool simulator: markup payloads as the seed stay text, no script runs', async ({ page }) => {
  const trap = await armScriptTrap(page);
  for (const payload of MARKUP_PAYLOADS) {
    await page.goto(`outils/simulateur-mutualisation/?seed=${encodeURIComponent(payload)}`);
    await expect(page.locator('[name="seed"]')).toHaveValue(payload.slice(0, 40));
  }
  await expectNoScriptRan(page, trap);
});

test('contribution simulator: a « ~ » and a « % » in a benefit name survive the share link', async ({ page, context }) => {
  await page.goto('outils/simulateur-cotisation/');
  const label = page.locator('[data-benefit-rows] [data-field="label"]').first();
  await label.fill('Soins ~ 100 % pris');
  await label.press('Tab');
  await expect.poll(() => page.url()).toContain('p=Soins');
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.locator('[data-benefit-rows] [data-field="label"]').first()).toHaveValue('Soins ~ 100 % pris');
});

test('contribution simulator: a garbled address (broken rows, 500 rows, unknown names) loads with at most 20 rows', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const rows = Array.from({ length: 500 }, (_, i) => `p=${i}~~~~~~~~`).join('&');
  await page.goto(`outils/simulateur-cotisation/?${rows}&zz=1&__proto__=1&constructor=2`);
  await expect(page.locator('[data-benefit-rows] tr')).toHaveCount(20);
  await expectNoRawCodes(page);
  await expectResponsive(page);
  expect(errors).toEqual([]);
});
