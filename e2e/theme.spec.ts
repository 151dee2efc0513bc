import { expect, test } from './fixtures';

declare global {
  interface Window {
    __themeAtBody?: string | null;
  }
}

/**
 * Record data-theme at the moment <body> is inserted, before anything can be
 * painted. Mutation records arrive in order, so attribute changes on <html>
 * made by the head script are seen before the body's insertion.
 */
const recordThemeAtBody = () => {
  let theme: string | null = null;
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes') theme = document.documentElement.getAttribute('data-theme');
      if (r.type === 'childList' && [...r.addedNodes].some((n) => n.nodeName === 'BODY')) {
        window.__themeAtBody = theme;
        observer.disconnect();
        return;
      }
    }
  });
  // Init scripts run before <html> exists, so watch the whole document.
  observer.observe(document, { attributes: true, attributeFilter: ['data-theme'], childList: true, subtree: true });
};

test.describe('light system preference', () => {
  test.use({ colorScheme: 'light' });

  test('the toggle persists across reload, applied before first paint', async ({ page, context }) => {
    await page.addInitScript(recordThemeAtBody);
    await page.goto('/');
    expect(await page.evaluate(() => window.__themeAtBody)).toBe('light');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');

    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');

    await page.reload();
    expect(await page.evaluate(() => window.__themeAtBody), 'theme set before <body> exists').toBe('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(15, 17, 21)');

    // Survives navigation to another page, and switching back persists too.
    await page.goto('/guides');
    expect(await page.evaluate(() => window.__themeAtBody)).toBe('dark');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await page.reload();
    expect(await page.evaluate(() => window.__themeAtBody)).toBe('light');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');

    expect(await context.cookies(), 'no cookies').toEqual([]);
  });
});

test.describe('dark system preference', () => {
  test.use({ colorScheme: 'dark' });

  test('follows the system setting when nothing is saved', async ({ page }) => {
    await page.addInitScript(recordThemeAtBody);
    await page.goto('/about');
    expect(await page.evaluate(() => window.__themeAtBody)).toBe('dark');
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  });
});
