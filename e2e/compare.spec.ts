/**
 * /compare: the default comparison in the server HTML, a comparison from the URL, changes kept in the
 * URL, a third column added and removed, and hostile query values answered with notices. Figures are
 * checked against the engine through the public API (`parseCompareQuery`, `columnState`, `estimate`).
 */
import { columnState, DEFAULT_COMPARE, parseCompareQuery } from '../lib/calculator/compare';
import { toEstimateInput } from '../lib/calculator/state';
import { estimate } from '../lib/estimator';
import { roundRate } from '../lib/format/figures';
import { expect, holdScripts, test } from './fixtures';

function decodeOf(query: string): string[] {
  const { setup } = parseCompareQuery(query);
  return setup.columns.map((c) => {
    const r = estimate(toEstimateInput(columnState(c, setup)));
    if (!r.ok) throw new Error(r.error.message);
    return r.value.verdict === 'does-not-fit' ? '—' : roundRate(r.value.decodeTokensPerSecond.expected);
  });
}

const decodeCells = (page: import('@playwright/test').Page) => page.getByTestId('comparison').locator('tbody tr').filter({ hasText: 'Generation speed' }).locator('td');

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the default comparison is in the server HTML', async ({ page }) => {
    await page.goto('/compare');
    await expect(page.locator('h1')).toHaveText('Compare set-ups side by side');
    const cells = decodeCells(page);
    await expect(cells).toHaveCount(DEFAULT_COMPARE.columns.length);
    const expected = decodeOf('');
    for (let i = 0; i < expected.length; i++) await expect(cells.nth(i)).toContainText(`${expected[i]} tokens/s`);
  });
});

test('a comparison from the URL, changed in place and kept in the URL', async ({ page }) => {
  const query = '?m1=qwen3-8b&d1=rtx-4090&d2=rtx-4060';
  await page.goto(`/compare${query}`);
  const cells = decodeCells(page);
  await expect(cells).toHaveCount(2);
  const [a, b] = decodeOf(query);
  await expect(cells.nth(0)).toContainText(`${a} tokens/s`);
  await expect(cells.nth(1)).toContainText(`${b} tokens/s`);
  // Qwen3 8B: the best that fits is 8-bit on 24 GB, 4-bit-ish on 8 GB (an 8.7 GB Q8_0 file does not fit 8 GB).
  await expect(page.getByTestId('comparison').locator('thead th').nth(0)).toContainText('Q8_0 on');

  const setUp2 = page.getByRole('group', { name: 'Set-up 2' });
  await setUp2.getByLabel('Device').selectOption('rx-7900-xtx');
  await expect(page).toHaveURL(/d2=rx-7900-xtx/);
  const [, c] = decodeOf('?m1=qwen3-8b&d1=rtx-4090&d2=rx-7900-xtx');
  await expect(cells.nth(1)).toContainText(`${c} tokens/s`);

  await page.getByRole('button', { name: 'Add a third set-up' }).click();
  await expect(cells).toHaveCount(3);
  await page.getByRole('group', { name: 'Set-up 3' }).getByLabel('Model').selectOption('gemma-3-12b');
  await expect(page).toHaveURL(/m3=gemma-3-12b/);
  await page.getByRole('button', { name: 'Remove set-up 3' }).click();
  await expect(cells).toHaveCount(2);
  await expect(page).not.toHaveURL(/m3=/);
});

test('shared settings chosen before the scripts run are taken over once they do', async ({ page }) => {
  const release = await holdScripts(page);
  const query = '?m1=qwen3-8b&d1=rtx-4090&d2=rtx-4060';
  await page.goto(`/compare${query}`, { waitUntil: 'domcontentloaded' });
  await page.getByLabel('Context').selectOption('32768');
  await page.getByLabel('System RAM').selectOption('64');
  release();
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  // The reader's choices land on top of the URL's set-up, which the page reads only once its code is here.
  const cells = decodeCells(page);
  await expect(page).toHaveURL(/ctx=32768/);
  await expect(page).toHaveURL(/ram=64/);
  await expect(page).toHaveURL(/d2=rtx-4060/);
  const expected = decodeOf(`${query}&ctx=32768&ram=64`);
  for (let i = 0; i < expected.length; i++) await expect(cells.nth(i)).toContainText(`${expected[i]} tokens/s`);
  await expect(page.getByLabel('Context')).toHaveValue('32768');
});

test('hostile values give notices, defaults and no injected markup', async ({ page }) => {
  const bad = new URLSearchParams({ m1: '<img src=x onerror=alert(1)>', d1: '"><script>alert(1)</script>', d2: 'x'.repeat(5000), ctx: '1e309', ram: '-5', junk: '💥' });
  await page.goto(`/compare?${bad}`);
  const notices = page.getByRole('status').filter({ hasText: 'could not be used' });
  await expect(notices).toBeVisible();
  for (const key of ['m1', 'd1', 'd2', 'ctx', 'ram', 'junk']) await expect(notices.locator('code', { hasText: new RegExp(`^${key}$`) })).toHaveCount(1);
  await expect(page.locator('main img')).toHaveCount(0);
  await expect(page.locator('main script:not([type="application/ld+json"])')).toHaveCount(0);
  // Every column still answers, from the defaults.
  await expect(decodeCells(page)).toHaveCount(2);
  await expect(decodeCells(page).first()).toContainText('tokens/s');
});
