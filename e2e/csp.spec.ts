/**
 * Every page type runs under the Content-Security-Policy that scripts/postbuild/security.mjs writes
 * (out/_headers, served by scripts/serve.mjs, plus the <meta> copy in each page): no
 * `securitypolicyviolation` event, no console error (the fixtures fail on any), the page hydrates
 * (the theme toggle works), and the headers are there. One page per sitemap family (a guide with a
 * chart for guides), the fixed pages, and the 404 page; the calculator and a guide also load the
 * engine chunk and draw a chart, which is where lazy chunks and inline styles come in.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const ROOT = path.join(__dirname, '..');
const OUT = path.join(ROOT, 'out');

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** The headers of `/*` in out/_headers. */
function headersForAll(): Map<string, string> {
  const text = readFileSync(path.join(OUT, '_headers'), 'utf8');
  const block = text.split(/^(?=\/)/m).find((b) => b.startsWith('/*\n'));
  if (!block) throw new Error('out/_headers has no /* block');
  return new Map(
    block
      .split('\n')
      .slice(1)
      .filter((l) => /^\s+\S/.test(l))
      .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()] as [string, string]),
  );
}
const expected = headersForAll();
const policy = expected.get('Content-Security-Policy')!;

const sitemap = readFileSync(path.join(OUT, 'sitemap.xml'), 'utf8');
const sitemapPaths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
const html = (p: string) => readFileSync(path.join(OUT, p === '/' ? 'index.html' : `${p}.html`), 'utf8');

/** Top-level pages one by one; of each family (/guides/…, /models/…) one page, for guides one with a chart. */
function pagesToCheck(): string[] {
  const single = sitemapPaths.filter((p) => p.split('/').length <= 2);
  const families = new Map<string, string[]>();
  for (const p of sitemapPaths.filter((p) => p.split('/').length > 2)) {
    const family = p.split('/')[1]!;
    families.set(family, [...(families.get(family) ?? []), p]);
  }
  const picked = [...families.entries()].map(([family, list]) =>
    family === 'guides' ? (list.find((p) => html(p).includes('data-widget="chart"')) ?? list[0]!) : list[0]!,
  );
  return [...single, ...picked];
}
const PAGES = pagesToCheck();

/** Record violations from the first script on, before the page's own. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) => window.__cspViolations!.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} ${e.sample}`.trim()),
      true,
    );
  });
}
const violations = (page: Page) => page.evaluate(() => window.__cspViolations ?? []);

/** The page hydrated when the theme toggle (a client component in the header) responds. */
async function expectHydrated(page: Page) {
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  const before = await page.locator('html').getAttribute('data-theme');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', before === 'dark' ? 'light' : 'dark');
}

test('the policy is strict: no unsafe-eval, no unsafe-inline scripts, one pinned hash', () => {
  const scriptSrc = policy.split(/;\s*/).find((d) => d.startsWith('script-src '))!;
  expect(scriptSrc).not.toMatch(/'unsafe-eval'|'unsafe-inline'|\*|https?:/);
  expect(scriptSrc.match(/'sha256-[A-Za-z0-9+/=]+'/g), 'exactly one hashed inline script').toHaveLength(1);
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(PAGES.length, 'page types checked').toBeGreaterThanOrEqual(10);
});

for (const p of PAGES) {
  test(`${p} runs under the CSP with the security headers`, async ({ page }) => {
    await watchViolations(page);
    const response = await page.goto(p);
    expect(response?.status()).toBe(200);
    const headers = response!.headers();
    for (const [name, value] of expected) expect(headers[name.toLowerCase()], name).toBe(value);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['permissions-policy']).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
    // The meta copy sits before any script and carries the policy less frame-ancestors.
    const body = await response!.text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"\/>/.exec(body);
    expect(meta?.[1]).toBe(policy.replace(/;\s*frame-ancestors[^;]*/, ''));
    expect(body.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(body.indexOf('<script'));
    // Inline scripts left: the theme script and data blocks (JSON-LD, Next's payload as JSON), nothing else.
    const inline = [...body.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(inline.filter((m) => !/type="application\/(ld\+)?json"/.test(m[1]!)).length, 'executable inline scripts').toBe(1);
    expect(inline.some((m) => /data-next-boot="f"/.test(m[1]!)), "the page's payload is in the HTML as data").toBe(true);

    await page.waitForLoadState('networkidle');
    await expectHydrated(page);
    if (p === '/calculator') {
      await page.locator('[data-ready]').first().hover();
      await expect(page.locator('[data-ready="true"]')).toBeVisible();
      // A change makes the engine recompute in the browser and the charts redraw.
      const ctx = page.getByLabel('Context tokens');
      await ctx.fill('16384');
      await ctx.press('Enter');
      await expect(page).toHaveURL(/ctx=16384/);
      await page.locator('figure').first().scrollIntoViewIfNeeded();
      await expect(page.locator('figure svg.recharts-surface').first()).toBeVisible();
    }
    if (p === '/search') {
      // The full-text index: pagefind's worker and WebAssembly ('wasm-unsafe-eval', worker from 'self').
      await page.goto('/search?q=quantisation');
      await expect(page.getByRole('region', { name: 'Pages' }).getByRole('link').first()).toBeVisible({ timeout: 15_000 });
    }
    if (p.startsWith('/guides/')) {
      const chart = page.locator('[data-widget="chart"]').first();
      await chart.scrollIntoViewIfNeeded();
      await expect(chart.locator('svg.recharts-surface').first()).toBeVisible();
    }
    expect(await violations(page), `CSP violations on ${p}`).toEqual([]);
  });
}

test('the 404 page runs under the CSP too', async ({ page, consoleGuard }) => {
  consoleGuard.allow(/Failed to load resource: the server responded with a status of 404/);
  await watchViolations(page);
  const response = await page.goto('/no-such-page-for-csp');
  expect(response?.status()).toBe(404);
  expect(response!.headers()['content-security-policy']).toBe(policy);
  await page.waitForLoadState('networkidle');
  await expectHydrated(page);
  expect(await violations(page)).toEqual([]);
});

test('client-side navigation stays within the policy', async ({ page }) => {
  await watchViolations(page);
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guides' }).click();
  await expect(page).toHaveURL(/\/guides$/);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calculator' }).click();
  await expect(page).toHaveURL(/\/calculator$/);
  await page.locator('[data-ready]').first().hover();
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('the boot script is one cacheable file shared by every page: hashed name, immutable, JavaScript', async ({ request }) => {
  const src = /<script src="(\/_csp\/[0-9a-f]{20}\.js)" defer="">/.exec(html('/'))?.[1];
  expect(src, 'the home page loads the boot script from /_csp/').toBeDefined();
  expect(html('/guides'), 'another page loads the same boot script').toContain(`<script src="${src}" defer="">`);
  const res = await request.get(src!);
  expect(res.status()).toBe(200);
  expect(res.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(res.headers()['content-type']).toMatch(/^text\/javascript/);
  expect(res.headers()['content-security-policy']).toBe(policy);
});

test('the documented nginx snippet sends the same headers as out/_headers', () => {
  const nginx = readFileSync(path.join(ROOT, 'deploy', 'nginx.conf'), 'utf8');
  const sent = new Map([...nginx.matchAll(/^\s*add_header\s+([\w-]+)\s+"([^"]*)"\s+always;/gm)].map((m) => [m[1]!, m[2]!]));
  for (const [name, value] of expected) {
    expect(sent.get(name), `deploy/nginx.conf: add_header ${name} "${value}" always;`).toBe(value);
  }
});
