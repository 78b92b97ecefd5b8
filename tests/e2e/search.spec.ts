import { expect, test } from '@playwright/test';
import { pageTypeUrls } from './helpers';

// Search works offline from the site's own index, from the header box and from /recherche/.
test('typing in the header box shows results, Enter opens the search page', async ({ page }) => {
  const { lesson } = await pageTypeUrls(page);
  await page.goto(lesson);
  const title = (await page.locator('h1').textContent())!.trim();
  const box = page.getByRole('searchbox', { name: 'Rechercher dans la formation' });
  await box.fill(title);
  const panel = page.locator('#site-search-panel');
  await expect(panel).toBeVisible();
  await expect(panel.locator('.search-result').first()).toBeVisible();
  await expect(panel.getByRole('status')).toContainText('résultat');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/recherche\/\?q=/);
  await expect(page.locator('main .search-page__results a').first()).toBeVisible();
});

test('"/" focuses the search box and Escape closes the results', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('/');
  const box = page.getByRole('searchbox', { name: 'Rechercher dans la formation' });
  await expect(box).toBeFocused();
  await box.pressSequentially('prime');
  await expect(page.locator('#site-search-panel')).toBeVisible();
  await box.press('Escape');
  await expect(page.locator('#site-search-panel')).toBeHidden();
});

test('a search result opens the right lesson section', async ({ page }) => {
  const { lesson } = await pageTypeUrls(page);
  await page.goto(lesson);
  const heading = page.locator('.prose h2').first();
  const headingText = (await heading.textContent())!.trim();
  const headingId = (await heading.getAttribute('id'))!;
  await page.goto(`recherche/?q=${encodeURIComponent(headingText)}`);
  const result = page.locator(`main .search-page__results a[href$="#${encodeURI(headingId)}"], main .search-page__results a[href$="#${headingId}"]`).first();
  await expect(result).toBeVisible();
  await result.click();
  await expect(page).toHaveURL(new RegExp(`#${encodeURI(headingId).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await expect(page.locator(`[id="${headingId}"]`)).toBeInViewport();
});

test('the search page reads ?q= from the address and handles noise without error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`recherche/?q=${encodeURIComponent('~^ ??? : +')}`);
  await expect(page.locator('.search-page__status')).toContainText('Aucun résultat');
  await expect(page.getByRole('searchbox', { name: 'Rechercher dans la formation' }).last()).toHaveValue('~^ ??? : +');
  // lunr syntax typed by accident is read as words: results or "aucun résultat", never an error.
  await page.goto(`recherche/?q=${encodeURIComponent('title:cotisation~2 ^')}`);
  await expect(page.locator('.search-page__status')).toContainText('résultat');
  expect(errors).toEqual([]);
});
