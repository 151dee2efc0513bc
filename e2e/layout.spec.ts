import { expect, test } from './fixtures';

const PAGES = ['/', '/calculator', '/guides', '/about', '/guides/tokens-per-second', '/guides/what-quantisation-does'];

test.describe('360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const path of PAGES) {
    test(`${path} has no horizontal scroll`, async ({ page }) => {
      await page.goto(path);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth, 'page width').toBeLessThanOrEqual(clientWidth);
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
      // Header controls keep their full size inside the viewport (a squeezed toggle is still "visible").
      const toggle = await page.getByRole('button', { name: 'Dark theme' }).boundingBox();
      expect(toggle?.width, 'theme toggle width').toBeGreaterThanOrEqual(40);
      expect((toggle?.x ?? 0) + (toggle?.width ?? 0), 'theme toggle right edge').toBeLessThanOrEqual(360);
      for (const name of ['Calculator', 'Guides', 'About']) {
        const link = await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).boundingBox();
        expect(link?.width, `${name} link width`).toBeGreaterThan(30);
      }
    });
  }
});

test.describe('1440 px screen', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('article text keeps a readable line length', async ({ page }) => {
    await page.goto('/guides/tokens-per-second');
    const width = await page.locator('.prose p').first().evaluate((p) => p.getBoundingClientRect().width);
    expect(width).toBeGreaterThan(500);
    expect(width).toBeLessThanOrEqual(760);
  });
});

test('the main navigation marks the current section', async ({ page }) => {
  await page.goto('/guides/what-quantisation-does');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Guides' })).toHaveAttribute('aria-current', 'true');
  await nav.getByRole('link', { name: 'About' }).click();
  await expect(page).toHaveURL(/\/about$/);
  await expect(nav.getByRole('link', { name: 'About' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Guides' })).not.toHaveAttribute('aria-current');
});
