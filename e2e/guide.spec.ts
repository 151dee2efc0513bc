import { estimate } from '../lib/estimator';
import { expect, test } from './fixtures';

const GUIDE = '/guides/how-local-llm-speed-works';

test('a heading anchor link points at its heading and scrolls to it', async ({ page }) => {
  await page.goto(GUIDE);
  const heading = page.getByRole('heading', { level: 2, name: /Offload: when it does not quite fit/ });
  await expect(heading).toHaveAttribute('id', 'offload-when-it-does-not-quite-fit');
  const anchor = heading.locator('a.heading-anchor');
  await expect(anchor).toHaveAttribute('href', '#offload-when-it-does-not-quite-fit');
  await anchor.click();
  await expect(page).toHaveURL(new RegExp(`${GUIDE}#offload-when-it-does-not-quite-fit$`));
  await expect(heading).toBeInViewport();
});

test('a deep link to a heading and an in-page link both land on the heading', async ({ page }) => {
  await page.goto(`${GUIDE}#mixture-of-experts-large-on-disk-light-per-token`);
  await expect(page.locator('#mixture-of-experts-large-on-disk-light-per-token')).toBeInViewport();

  await page.getByRole('link', { name: 'KV cache', exact: true }).click();
  await expect(page).toHaveURL(/#does-it-fit-weights-and-the-kv-cache$/);
  await expect(page.locator('#does-it-fit-weights-and-the-kv-cache')).toBeInViewport();
});

test('guide content is rendered at build time: table, callout, highlighted code', async ({ page }) => {
  await page.goto(GUIDE);
  await expect(page.locator('article table')).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Context length is a memory setting' })).toBeVisible();
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
