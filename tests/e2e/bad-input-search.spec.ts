import { expect, test } from '@playwright/test';
import { ABSURD_TEXTS, MARKUP_PAYLOADS } from '../fixtures/bad-input';
import { armScriptTrap, expectNoScriptRan, expectResponsive } from './bad-input-helpers';

// Bad input on the search surfaces: the /recherche/ page's ?q= and the header box (docs/bad-input.md).

for (const [i, payload] of MARKUP_PAYLOADS.entries()) {
  test(`search ?q=: markup payload ${i + 1} is shown as text, no script runs`, async ({ page }) => {
    const trap = await armScriptTrap(page);
    await page.goto(`recherche/?q=${encodeURIComponent(payload)}`);
    const status = page.locator('.search-page__status');
    await expect(status).toContainText(/résultat/);
    await expect(page.locator('main input[type="search"]').last()).toHaveValue(payload);
    await expectNoScriptRan(page, trap);
  });
}

test('search header box: markup payloads typed in the box are shown as text, no script runs', async ({ page }) => {
  const trap = await armScriptTrap(page);
  await page.goto('./');
  const box = page.locator('#site-search');
  for (const payload of MARKUP_PAYLOADS) {
    await box.fill(payload);
    await expect(page.locator('.search-box__status')).toContainText(/résultat/);
  }
  await expectNoScriptRan(page, trap);
});

for (const [i, text] of ABSURD_TEXTS.entries()) {
  test(`search ?q=: absurd text ${i + 1} (${text.length} characters) gives a French message, the tab stays responsive`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`recherche/?q=${encodeURIComponent(text)}`);
    if (text.trim() !== '') await expect(page.locator('.search-page__status')).toContainText(/résultat|trop longue/);
    await expectResponsive(page);
    // A long query is not echoed in full: the message stays readable.
    expect((await page.locator('.search-page__status').textContent())!.length).toBeLessThan(300);
    expect(errors).toEqual([]);
  });
}

test('search header box: the placeholder fits the box on a 360 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('./');
  const fits = await page.locator('#site-search').evaluate((input: HTMLInputElement) => {
    const style = getComputedStyle(input);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const text = context.measureText(input.placeholder).width;
    const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return { text, room };
  });
  expect(fits.text).toBeLessThanOrEqual(fits.room);
});
