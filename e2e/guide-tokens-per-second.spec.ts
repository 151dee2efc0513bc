/**
 * The tokens-per-second guide in a real browser: the explorer, the charts and the inline figures
 * are there and carry the engine's numbers for the same props (computed here, never copied).
 */
import { POPULAR_DEVICE_IDS } from '../lib/catalog/popular';
import { scenario, toEstimateInput, type CalculatorState } from '../lib/calculator/state';
import { defaultContext } from '../lib/calculator/url';
import { estimate, type EstimateInput, type EstimateResult } from '../lib/estimator';
import { figure, formatSeconds, roundRate } from '../lib/format/figures';
import { verdictSummary } from '../lib/format/verdict';
import { expect, test } from './fixtures';

const GUIDE = '/guides/tokens-per-second';

function engine(input: EstimateInput): EstimateResult {
  const r = estimate(input);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
const widget = (s: Partial<CalculatorState> & { model: string }) =>
  engine(toEstimateInput(scenario({ contextTokens: defaultContext(s.model), ...s })));

test('the explorer answers as the engine does, and follows a change of device', async ({ page }) => {
  await page.goto(GUIDE);
  const calc = page.locator('[data-ready]').first();
  await calc.scrollIntoViewIfNeeded();
  await expect(calc).toHaveAttribute('data-ready', 'true');
  const first = widget({ model: 'qwen3-8b', device: 'rtx-3060-12gb' });
  await expect(calc.locator('[data-figure="verdict"]')).toHaveText(verdictSummary(first).headline);
  await expect(calc.locator('[data-figure="decode"]')).toHaveText(roundRate(first.decodeTokensPerSecond.expected));

  await calc.getByRole('combobox', { name: 'Device' }).fill('4090');
  await page.getByRole('option', { name: /^GeForce RTX 4090 \d/ }).first().click();
  const next = widget({ model: 'qwen3-8b', device: 'rtx-4090' });
  await expect(calc.locator('[data-figure="decode"]')).toHaveText(roundRate(next.decodeTokensPerSecond.expected));
  await expect(calc.locator('[data-figure="ttft"]')).toHaveText(formatSeconds(next.timeToFirstTokenSeconds.expected));
  // Same model, faster memory: faster writing (the guide's central claim).
  expect(next.decodeTokensPerSecond.expected).toBeGreaterThan(first.decodeTokensPerSecond.expected);
});

test('a long context: the page quotes the engine’s slower full-context speed and its KV cache', async ({ page }) => {
  const html = await (await page.request.get(GUIDE)).text();
  const short = engine({ model: 'llama-3.1-8b', device: 'rtx-4090' });
  const long = engine({ model: 'llama-3.1-8b', device: 'rtx-4090', contextTokens: 131072 });
  expect(long.decodeAtFullContextTokensPerSecond.expected).toBeLessThan(short.decodeTokensPerSecond.expected);
  expect(html).toContain(`<data value="${long.decodeAtFullContextTokensPerSecond.expected}">${figure(long, 'decode-full-context').text}</data>`);
  expect(html).toContain(`<data value="${long.kvCacheTotalGB}">${figure(long, 'kv-cache').text}</data>`);
  // Llama 3.1 8B: 32 layers x 8 KV heads x 128 dims x 2 (K and V) x 2 bytes = 131,072 bytes per token;
  // x 131,072 tokens = 16 GiB at f16 (hand arithmetic from the model's config).
  expect(long.kvCacheTotalGB).toBeGreaterThan(15);
  expect(long.kvCacheTotalGB).toBeLessThan(18.5);
});

test('prefill and time to first token: the coding-agent figures are the engine’s', async ({ page }) => {
  await page.goto(GUIDE);
  const agent = engine({ model: 'gpt-oss-20b', device: 'rtx-4090', contextTokens: 65536, promptTokens: 50000 });
  const mac = engine({ model: 'gpt-oss-20b', device: 'apple-m4-max-16c40g', contextTokens: 65536, promptTokens: 50000 });
  const para = page.locator('article li', { hasText: 'Coding agents' });
  await expect(para.locator('data').first()).toHaveText(figure(agent, 'time-to-first-token').text);
  await expect(para.locator('data').nth(1)).toHaveText(figure(mac, 'time-to-first-token').text);
  // The Mac has a fraction of the card's compute: it reads the same prompt more slowly.
  expect(mac.timeToFirstTokenSeconds.expected).toBeGreaterThan(agent.timeToFirstTokenSeconds.expected);
});

test('the fixed-cost table: the smallest model is far below its bandwidth ceiling', async ({ page }) => {
  await page.goto(GUIDE);
  const table = page.locator('article table', { hasText: 'Qwen3 0.6B' });
  const tiny = engine({ model: 'qwen3-0.6b', device: 'rtx-4090' });
  const row = table.getByRole('row', { name: /Qwen3 0\.6B/ });
  await expect(row.locator('data').nth(1)).toHaveText(figure(tiny, 'decode', false).text);
  // RTX 4090: 1,008 GB/s (NVIDIA spec sheet); the ceiling is bandwidth / file bytes. The estimate is far below it.
  const ceiling = 1008 / (tiny.quant.fileSizeGB * 1.073741824);
  expect(tiny.decodeTokensPerSecond.expected).toBeLessThan(ceiling / 3);
});

test('the speed chart lists the popular devices; the offload curve falls as experts move to RAM', async ({ page }) => {
  await page.goto(GUIDE);
  const chart = page.locator('figure', { hasText: 'Llama 3.1 8B: generation speed by device' });
  await chart.getByText('Show as a table').click();
  await expect(chart.locator('tbody tr')).toHaveCount(POPULAR_DEVICE_IDS.length);
  const r4090 = widget({ model: 'llama-3.1-8b', device: 'rtx-4090' });
  await expect(chart.locator('tbody tr').filter({ hasText: 'GeForce RTX 4090' }).locator('td').first()).toHaveText(
    roundRate(r4090.decodeTokensPerSecond.expected),
  );

  const curve = page.locator('figure', { hasText: 'Qwen3 30B-A3B on GeForce RTX 4060 Ti' });
  await curve.getByText('Show as a table').click();
  // 48 MoE layers, every second N plotted: 0, 2, ..., 48.
  await expect(curve.locator('tbody tr')).toHaveCount(25);
  const row = (n: number) => curve.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: String(n), exact: true }) });
  const all = widget({ model: 'qwen3-30b-a3b', device: 'rtx-4060-ti-16gb', offload: 'cpu-moe:48' });
  const ten = widget({ model: 'qwen3-30b-a3b', device: 'rtx-4060-ti-16gb', offload: 'cpu-moe:10' });
  await expect(row(48).locator('td').first()).toHaveText(roundRate(all.decodeTokensPerSecond.expected));
  await expect(row(10).locator('td').first()).toHaveText(roundRate(ten.decodeTokensPerSecond.expected));
  expect(ten.decodeTokensPerSecond.expected).toBeGreaterThan(all.decodeTokensPerSecond.expected);
  // Even all experts in RAM beats the dense Qwen3 32B offloaded on the same card, as the guide says.
  expect(all.decodeTokensPerSecond.expected).toBeGreaterThan(engine({ model: 'qwen3-32b', device: 'rtx-4060-ti-16gb' }).decodeTokensPerSecond.expected);
});

test('the FAQ section holds questions, and the checklist links land on their sections', async ({ page }) => {
  await page.goto(GUIDE);
  await expect(page.getByRole('heading', { level: 2, name: 'Frequently asked questions' })).toBeVisible();
  expect(await page.locator('article h3', { hasText: /\?#?$/ }).count()).toBeGreaterThanOrEqual(4);
  await page.getByRole('link', { name: 'time to first token', exact: true }).click();
  await expect(page).toHaveURL(/#prefill-decode-and-the-time-to-first-token$/);
  await expect(page.locator('#prefill-decode-and-the-time-to-first-token')).toBeInViewport();
});
