/**
 * Every URL in /sitemap.xml, in a real browser: it loads, has exactly one h1,
 * a canonical link, a meta description and an og:image, logs nothing to the
 * console, throws nothing, and has no serious or critical axe violations in
 * either theme. Internal links found on the way must resolve too.
 *
 * The sitemap is read from the built out/ when the spec loads, so each shard of
 * URLs is its own test and shards run in parallel. Generated pages (one per model,
 * device or pair) are crawled as a deterministic sample of at least 300 (all of
 * them while there are fewer); every other page is crawled.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, setTheme, test, type ConsoleGuard } from './fixtures';

const sitemapXml = readFileSync(path.join(__dirname, '..', 'out', 'sitemap.xml'), 'utf8');
const allUrls = [...sitemapXml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
const GENERATED = /^\/(models|devices|will-it-run|compare)\//;
const isGenerated = (u: string) => GENERATED.test(new URL(u).pathname);
const generated = allUrls.filter(isGenerated);
const SAMPLE = 300;
// Every k-th generated page, so the sample spreads over every family and is the same on every run.
const step = Math.max(1, Math.floor(generated.length / SAMPLE));
const urls = [...allUrls.filter((u) => !isGenerated(u)), ...generated.filter((_, i) => i % step === 0)];
const SHARD = 12;
const shards = Array.from({ length: Math.ceil(urls.length / SHARD) }, (_, i) => urls.slice(i * SHARD, (i + 1) * SHARD));

test('the sitemap lists the site', () => {
  expect(allUrls.length, 'sitemap URLs').toBeGreaterThanOrEqual(4);
  expect(urls.length, 'crawled URLs').toBeGreaterThanOrEqual(Math.min(allUrls.length, SAMPLE));
});

async function crawl(page: Page, request: APIRequestContext, baseURL: string | undefined, consoleGuard: ConsoleGuard, expectAccessible: (p: Page, l?: string) => Promise<void>, list: string[]) {
  const internalLinks = new Set<string>();
  for (const url of list) {
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

  await test.step('internal links resolve', async () => {
    for (const href of internalLinks) {
      const res = await request.get(href);
      expect(res.status(), `GET ${href}`).toBe(200);
    }
  });
}

shards.forEach((list, i) => {
  test(`sitemap pages ${i * SHARD + 1}–${i * SHARD + list.length} of ${urls.length} render cleanly`, async ({ page, request, baseURL, consoleGuard, expectAccessible }) => {
    // Device and model pages carry large tables, and axe runs twice on each: allow 40 s a page.
    test.setTimeout(list.length * 40_000);
    await crawl(page, request, baseURL, consoleGuard, expectAccessible, list);
  });
});

test('the social image, robots.txt and icon resolve', async ({ request }) => {
  for (const href of ['/og.png', '/robots.txt', '/icon.svg']) expect((await request.get(href)).status(), `GET ${href}`).toBe(200);
  expect((await request.get('/og.png')).headers()['content-type']).toBe('image/png');
});
