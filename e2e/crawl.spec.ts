/**
 * Every URL in /sitemap.xml, in a real browser: it loads, has exactly one h1,
 * a canonical link, a meta description and an og:image, logs nothing to the
 * console, throws nothing, and has no serious or critical axe violations in
 * either theme. Internal links found on the way must resolve too.
 */
import { expect, setTheme, test } from './fixtures';

test('every page in the sitemap renders cleanly', async ({ page, request, baseURL, consoleGuard, expectAccessible }) => {
  const sitemap = await request.get('/sitemap.xml');
  expect(sitemap.status()).toBe(200);
  const urls = [...(await sitemap.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  expect(urls.length, 'sitemap URLs').toBeGreaterThanOrEqual(4);
  test.setTimeout(urls.length * 20_000);

  const internalLinks = new Set<string>();
  for (const url of urls) {
    const { pathname, search } = new URL(url);
    const local = new URL(pathname + search, baseURL).toString();
    await test.step(pathname, async () => {
      const response = await page.goto(local);
      expect(response?.status(), `status of ${pathname}`).toBe(200);
      await page.waitForLoadState('networkidle');

      await expect(page.locator('h1'), `h1 on ${pathname}`).toHaveCount(1);
      // Canonical, og:url and the sitemap all come from SITE_URL, so they must agree.
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(canonical && new URL(canonical).href, `canonical of ${pathname}`).toBe(new URL(url).href);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S.{20,}/);
      const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content');
      expect(ogImage, `og:image on ${pathname}`).toMatch(/^https?:\/\/.+\/og\.png$/);
      await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');

      for (const theme of ['light', 'dark'] as const) {
        await setTheme(page, theme);
        await expectAccessible(page, `${pathname} (${theme})`);
      }

      for (const href of await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
        internalLinks.add(href.split('#')[0]);
      }
      expect(consoleGuard.take(), `console output on ${pathname}`).toEqual([]);
    });
  }

  await test.step('internal links and the social image resolve', async () => {
    for (const href of [...internalLinks, '/og.png', '/robots.txt', '/icon.svg']) {
      const res = await request.get(href);
      expect(res.status(), `GET ${href}`).toBe(200);
    }
    expect((await request.get('/og.png')).headers()['content-type']).toBe('image/png');
  });
});
