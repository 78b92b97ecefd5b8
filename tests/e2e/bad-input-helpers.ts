import { expect, type Page } from '@playwright/test';

/**
 * Arms a page to notice an injected script: `window.__pwned` and any dialog are recorded.
 * Call before the first `goto`. `expectNoScriptRan` then fails if anything fired.
 */
export async function armScriptTrap(page: Page): Promise<{ dialogs: string[] }> {
  const trap = { dialogs: [] as string[] };
  page.on('dialog', (dialog) => {
    trap.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    Object.defineProperty(window, '__pwned', {
      configurable: true,
      set() {
        document.documentElement.dataset.pwned = '1';
      },
      get() {
        return document.documentElement.dataset.pwned;
      },
    });
  });
  return trap;
}

export async function expectNoScriptRan(page: Page, trap: { dialogs: string[] }): Promise<void> {
  // Give onerror/onload handlers of injected elements the time to fire.
  await page.waitForTimeout(150);
  expect(await page.evaluate(() => document.documentElement.dataset.pwned ?? null)).toBeNull();
  expect(trap.dialogs).toEqual([]);
  // An injected element would be there even if its handler was blocked.
  expect(await page.locator('main img[src="x"], main svg[onload], main script:not([type]):not([src])').count()).toBe(0);
}

/** The page still answers quickly (its main thread is not stuck). */
export async function expectResponsive(page: Page): Promise<void> {
  expect(await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(1))))).toBe(1);
}
