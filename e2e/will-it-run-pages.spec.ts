/**
 * "Can X run Y" pages in a real browser: the answer, the figures and the title are the engine's for
 * the page's scenario (recomputed here through the public API: `scenario`, `bestRun`, `estimate`),
 * the JavaScript-off view shows the whole answer, structured data parses, "what to change" and "open
 * in the calculator" carry the scenario into the calculator, and model and device pages link here.
 */
import { deviceById, modelById } from '../lib/catalog';
import { bestRun } from '../lib/calculator/tables';
import { scenario } from '../lib/calculator/state';
import { roundRate } from '../lib/format/figures';
import { expect, test } from './fixtures';

function engine(model: string, device: string) {
  const m = modelById.get(model)!;
  return bestRun(scenario({ model, device, contextTokens: Math.min(8192, m.architecture.maxContextTokens) }), m)!;
}

const ldOfType = async (page: import('@playwright/test').Page, type: string) => {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((b) => JSON.parse(b)).find((x) => x['@type'] === type);
};

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a "yes" page: answer, figures, memory, commands and structured data in the HTML', async ({ page }) => {
    const r = engine('gpt-oss-20b', 'rtx-4090');
    expect(r.verdict).toBe('fits'); // a 12.1 GB file (11.27 GiB) on a 24 GB card
    await page.goto('/will-it-run/gpt-oss-20b/rtx-4090');
    await expect(page.locator('h1')).toHaveText('Can the GeForce RTX 4090 run gpt-oss-20b?');
    await expect(page).toHaveTitle(`Can the GeForce RTX 4090 run gpt-oss-20b? Yes, about ${roundRate(r.decodeTokensPerSecond.expected)} tokens/s · Will It Run`);
    const answer = page.getByTestId('wir-answer');
    await expect(answer).toHaveAttribute('data-answer', 'yes');
    await expect(answer).toContainText(`needs ${r.memoryGB.total.toFixed(1)} GB of the ${r.memoryGB.available.toFixed(1)} GB`);
    await expect(page.locator('[data-figure="decode"]').first()).toHaveText(roundRate(r.decodeTokensPerSecond.expected));
    await expect(page.getByText('Weights', { exact: false }).first()).toBeVisible();
    await expect(page.locator('pre code').first()).toContainText('ollama');
    await expect(page.locator('pre code').last()).toContainText('llama-server');

    const crumbs = await ldOfType(page, 'BreadcrumbList');
    expect(crumbs.itemListElement.map((i: { name: string }) => i.name)).toEqual(['Home', 'Models', 'gpt-oss-20b', 'On the GeForce RTX 4090']);
    expect(crumbs.itemListElement.at(-1).item).toMatch(/\/will-it-run\/gpt-oss-20b\/rtx-4090$/);
    const faq = await ldOfType(page, 'FAQPage');
    expect(faq.mainEntity.length).toBeGreaterThanOrEqual(2);
    for (const q of faq.mainEntity) {
      expect(q['@type']).toBe('Question');
      expect(q.acceptedAnswer.text.length).toBeGreaterThan(20);
    }
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toMatch(/\/will-it-run\/gpt-oss-20b\/rtx-4090$/);
  });

  test('a "no" page states how much is missing, and what would run it', async ({ page }) => {
    const r = engine('gpt-oss-120b', 'rtx-4090');
    expect(r.verdict).toBe('does-not-fit'); // 63 GB of weights against 24 GB of VRAM + 32 GB of RAM
    await page.goto('/will-it-run/gpt-oss-120b/rtx-4090');
    await expect(page).toHaveTitle(`Can the GeForce RTX 4090 run gpt-oss-120b? No, ${r.memoryGB.missing.toFixed(1)} GB short · Will It Run`);
    await expect(page.getByTestId('wir-answer')).toContainText(`needs ${r.memoryGB.missing.toFixed(1)} GB more memory`);
    await expect(page.getByRole('heading', { name: 'What to change' })).toBeVisible();
    // No speed for a run that cannot start.
    await expect(page.locator('[data-figure="decode"]')).toHaveCount(0);
  });
});

test('a "partly" page: the first change opens the calculator with that change applied', async ({ page }) => {
  const d = deviceById.get('rtx-2060')!;
  const r = engine('gemma-3-27b', d.id);
  expect(['offload', 'cpu-only']).toContain(r.verdict); // a 16.5 GB file on a 6 GB card
  await page.goto('/will-it-run/gemma-3-27b/rtx-2060');
  await expect(page.getByTestId('wir-answer')).toHaveAttribute('data-answer', 'partly');
  await expect(page.locator('[data-figure="decode"]').first()).toHaveText(roundRate(r.decodeTokensPerSecond.expected));
  const change = page.getByRole('heading', { name: 'What to change' }).locator('..').getByRole('link').first();
  const href = await change.getAttribute('href');
  expect(href).toMatch(/^\/calculator\?/);
  expect(href).toContain('model=gemma-3-27b');
  expect(href).toContain(`device=${d.id}`);
  await change.click();
  await expect(page).toHaveURL(/\/calculator\?/);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('[data-figure="verdict"]').first()).not.toHaveText('');
});

test('"Open this in the calculator" shows the same answer there', async ({ page }) => {
  const r = engine('qwen3-8b', 'apple-m4');
  await page.goto('/will-it-run/qwen3-8b/apple-m4');
  await page.getByRole('link', { name: 'Open this in the calculator' }).click();
  await expect(page).toHaveURL(/\/calculator\?.*model=qwen3-8b/);
  await expect(page.locator('[data-figure="decode"]').first()).toHaveText(roundRate(r.decodeTokensPerSecond.expected));
});

test('model and device pages link to the pair page', async ({ page }) => {
  await page.goto('/models/gpt-oss-20b');
  await expect(page.locator('a[href="/will-it-run/gpt-oss-20b/rtx-4090"]').first()).toBeAttached();
  await page.goto('/devices/rtx-4090');
  await expect(page.locator('a[href="/will-it-run/qwen3-8b/rtx-4090"]').first()).toBeAttached();
  // A model without a page for this device links to the calculator instead.
  await expect(page.locator('a[href="/will-it-run/llama-2-13b/rtx-4090"]')).toHaveCount(0);
});

test('settings in the address are not used, and the page says so as plain text', async ({ page }) => {
  await page.goto('/will-it-run/gpt-oss-20b/rtx-4090');
  await expect(page.getByTestId('address-notice')).toHaveCount(0);
  const bad = new URLSearchParams({ ctx: '1e309', ram: '-5', '<img src=x onerror=alert(1)>': '1', device: '"><script>alert(1)</script>', q: 'x'.repeat(5000) });
  await page.goto(`/will-it-run/gpt-oss-20b/rtx-4090?${bad}`);
  const notice = page.getByTestId('address-notice');
  await expect(notice).toBeVisible();
  await expect(notice.locator('li code')).toHaveText(['ctx', 'ram', '<img src=x onerror=al…', 'device', 'q']);
  await expect(notice.getByRole('link', { name: 'open this set-up in the calculator' })).toHaveAttribute('href', /^\/calculator\?/);
  await expect(page.locator('main img')).toHaveCount(0);
  await expect(page.locator('main script:not([type="application/ld+json"])')).toHaveCount(0);
  // The answer is the page's own scenario, untouched by the address.
  const r = engine('gpt-oss-20b', 'rtx-4090');
  await expect(page.locator('[data-figure="decode"]').first()).toHaveText(roundRate(r.decodeTokensPerSecond.expected));
});
