import { expect, test } from './fixtures';

test('an unknown URL gets the 404 page with the site nav and a link home', async ({ page, consoleGuard }) => {
  // The browser logs the document's own 404 status; that one is expected.
  consoleGuard.allow(/Failed to load resource: the server responded with a status of 404/);
  const response = await page.goto('/no-such-page-here');
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle(/Page not found/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Guides' })).toBeVisible();
  const home = page.getByRole('main').getByRole('link', { name: /home page/i });
  await expect(home).toHaveAttribute('href', '/');
  await home.click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Will this AI model run');
});

test('a missing guide is a 404 too', async ({ page, consoleGuard }) => {
  consoleGuard.allow(/Failed to load resource: the server responded with a status of 404/);
  const response = await page.goto('/guides/not-a-guide');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});
