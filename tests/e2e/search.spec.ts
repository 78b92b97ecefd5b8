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

test('the search page shows 20 results at a time and fetches only part of the index', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(`recherche/?q=${encodeURIComponent('cotisation')}`);
  const results = page.locator('main .search-page__results > li');
  await expect(results).toHaveCount(20);
  const shards = () => fetched.filter((path) => /\/recherche\/[td]\d+\.json$/.test(path)).length;
  const before = shards();
  expect(before).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Afficher les résultats suivants' }).click();
  await expect(results).toHaveCount(40);
  await expect(results.nth(20).locator('a')).toBeFocused();
  expect(shards()).toBeGreaterThanOrEqual(before);
  // The index is split: a query does not fetch every shard.
  const all = await page.evaluate(async (base) => {
    const manifest = (await (await fetch(`${base}recherche/index.json`)).json()) as { termShards: number[]; docShards: number[] };
    return manifest.termShards.length + manifest.docShards.length;
  }, new URL('.', page.url()).pathname.replace(/recherche\/$/, ''));
  expect(shards()).toBeLessThan(all);
});
