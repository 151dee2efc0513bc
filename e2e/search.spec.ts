/**
 * Site search on the static site: opened from the header (the visible button and the "/" key), finds a
 * model and a device by partial or sloppy names (catalog matcher) and guide text (pagefind's static
 * index), keeps the query in the URL as text only, and survives hostile queries.
 */
import { expect, holdScripts, test } from './fixtures';

test('the header button and the "/" key open the search', async ({ page }) => {
  await page.goto('/guides');
  await page.getByRole('link', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search$/);
  await expect(page.getByRole('searchbox', { name: 'Model, device or question' })).toBeFocused();
  await page.goto('/models');
  await page.locator('body').press('/');
  await expect(page).toHaveURL(/\/search$/);
  await expect(page.getByRole('searchbox')).toBeFocused();
});

test('finds a device and a model by sloppy partial names', async ({ page }) => {
  await page.goto('/search');
  const box = page.getByRole('searchbox');
  await box.fill('4060ti');
  const devices = page.getByRole('region', { name: 'Models and devices' });
  await expect(devices.getByRole('link').first()).toHaveText(/RTX 4060 Ti/);
  await expect(devices.getByRole('link').first()).toHaveAttribute('href', /^\/devices\/rtx-4060-ti/);
  await box.fill('oss 120');
  await expect(devices.getByRole('link').first()).toHaveText('gpt-oss-120b');
  await expect(page).toHaveURL(/\?q=oss\+120$/);
  await devices.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/models\/gpt-oss-120b$/);
});

test('a query typed before the scripts have run is searched once they do', async ({ page }) => {
  // Hold Next's chunks until the reader has typed: the field is the server-rendered one until then.
  const release = await holdScripts(page);
  await page.goto('/search', { waitUntil: 'domcontentloaded' });
  const box = page.getByRole('searchbox');
  await box.fill('4060ti');
  release();
  const devices = page.getByRole('region', { name: 'Models and devices' });
  await expect(devices.getByRole('link').first()).toHaveText(/RTX 4060 Ti/);
  await expect(box).toHaveValue('4060ti');
  await expect(page).toHaveURL(/\?q=4060ti$/);
});

test('finds guides through the full-text index, with highlighted excerpts', async ({ page }) => {
  await page.goto('/search?q=quantisation');
  const pages = page.getByRole('region', { name: 'Pages' });
  await expect(pages.getByRole('link').first()).toBeVisible({ timeout: 15_000 });
  const hrefs = await pages.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs).toContain('/guides/what-quantisation-does');
  expect(hrefs.every((h) => h && !h.endsWith('.html'))).toBe(true);
  await expect(pages.locator('mark').first()).toBeVisible();
});

test('hostile queries are shown as text and find nothing harmful', async ({ page }) => {
  for (const q of ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', 'x'.repeat(5000), '💥💥', '%00']) {
    await page.goto(`/search?q=${encodeURIComponent(q)}`);
    await expect(page.getByRole('searchbox')).toHaveValue(q.slice(0, 200));
    await expect(page.locator('main img, main script:not([type="application/ld+json"])')).toHaveCount(0);
  }
  await page.goto('/search?q=qjxvwk');
  await expect(page.getByText('Nothing found for “qjxvwk”')).toBeVisible({ timeout: 15_000 });
});
