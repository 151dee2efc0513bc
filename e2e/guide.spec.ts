import { estimate } from '../lib/estimator';
import { expect, test } from './fixtures';

const GUIDE = '/guides/tokens-per-second';

test('a heading anchor link points at its heading and scrolls to it', async ({ page }) => {
  await page.goto(GUIDE);
  const heading = page.getByRole('heading', { level: 2, name: /Offload: why a model that almost fits is so slow/ });
  await expect(heading).toHaveAttribute('id', 'offload-why-a-model-that-almost-fits-is-so-slow');
  const anchor = heading.locator('a.heading-anchor');
  await expect(anchor).toHaveAttribute('href', '#offload-why-a-model-that-almost-fits-is-so-slow');
  await anchor.click();
  await expect(page).toHaveURL(new RegExp(`${GUIDE}#offload-why-a-model-that-almost-fits-is-so-slow$`));
  await expect(heading).toBeInViewport();
});

test('a deep link to a heading and an in-page link both land on the heading', async ({ page }) => {
  await page.goto(`${GUIDE}#mixture-of-experts-only-the-active-part-is-read`);
  await expect(page.locator('#mixture-of-experts-only-the-active-part-is-read')).toBeInViewport();

  await page.getByRole('link', { name: 'KV cache', exact: true }).click();
  await expect(page).toHaveURL(/#why-a-long-context-slows-it-down$/);
  await expect(page.locator('#why-a-long-context-slows-it-down')).toBeInViewport();
});

test('guide content is rendered at build time: table, callout, highlighted code', async ({ page }) => {
  await page.goto(GUIDE);
  await expect(page.locator('article table').first()).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Allocate the context you need, not the most you can' })).toBeVisible();
  const code = page.locator('figure[data-rehype-pretty-code-figure] pre code').first();
  await expect(code).toContainText('ollama run gpt-oss:20b');
  // Token colours come from CSS variables written at build time, not from client-side highlighting.
  expect(await code.locator('span[style*="--shiki-light"]').count()).toBeGreaterThan(0);
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto(GUIDE);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator('main')).toBeFocused();
});

test('figures in a guide are the estimator’s numbers, rendered as text at build time', async ({ page }) => {
  // The same engine the calculators use; the page must quote exactly what it computes.
  const r = estimate({ model: 'gpt-oss-20b', device: 'rtx-4090' });
  if (!r.ok) throw new Error(r.error.message);
  await page.goto(GUIDE);
  const figure = page.locator('article data', { hasText: 'tokens/s' }).first();
  await expect(figure).toHaveAttribute('value', String(r.value.decodeTokensPerSecond.expected));
  await expect(figure).toHaveText(/^about [\d,.]+ tokens\/s$/);
  // Server-rendered: present in the HTML before any script runs.
  const html = await (await page.request.get(GUIDE)).text();
  expect(html).toContain(`<data value="${r.value.decodeTokensPerSecond.expected}">`);
});
