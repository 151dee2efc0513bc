/**
 * The local-vs-cloud guide in a real browser: the widgets are there and work, the speeds it prints
 * are the engine's for the same props (computed here through the public API, never copied), and the
 * cost table's arithmetic is redone here from the prices it quotes.
 */
import { POPULAR_DEVICE_IDS } from '../lib/catalog/popular';
import { scenario, toEstimateInput, type CalculatorState } from '../lib/calculator/state';
import { defaultContext } from '../lib/calculator/url';
import { estimate, type EstimateInput, type EstimateResult } from '../lib/estimator';
import { figure, roundRate } from '../lib/format/figures';
import { verdictSummary } from '../lib/format/verdict';
import { expect, test } from './fixtures';

const GUIDE = '/guides/local-vs-cloud';

function engine(input: EstimateInput): EstimateResult {
  const r = estimate(input);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
const widget = (s: Partial<CalculatorState> & { model: string }) =>
  engine(toEstimateInput(scenario({ contextTokens: defaultContext(s.model), ...s })));

test('the speed table quotes the engine’s prefill and decode for each model and machine', async ({ page }) => {
  const rows: [RegExp, EstimateInput][] = [
    [/^gpt-oss-20b, GeForce RTX 4090/, { model: 'gpt-oss-20b', device: 'rtx-4090' }],
    [/^gpt-oss-20b, GeForce RTX 3060/, { model: 'gpt-oss-20b', device: 'rtx-3060-12gb' }],
    [/^gpt-oss-120b, RTX 4090/, { model: 'gpt-oss-120b', device: 'rtx-4090', systemRamGB: 64 }],
    [/^gpt-oss-120b, Apple M4 Max/, { model: 'gpt-oss-120b', device: 'apple-m4-max-16c40g', memoryGB: 128 }],
  ];
  await page.goto(GUIDE);
  const table = page.locator('article table', { hasText: 'Prompt reading (prefill)' });
  for (const [label, input] of rows) {
    const r = engine({ ...input, contextTokens: 32768, promptTokens: 16000 });
    const row = table.getByRole('row').filter({ has: page.getByRole('cell', { name: label }) });
    await expect(row.locator('data').nth(0)).toHaveAttribute('value', String(r.prefillTokensPerSecond.expected));
    await expect(row.locator('data').nth(0)).toHaveText(figure(r, 'prefill').text);
    await expect(row.locator('data').nth(1)).toHaveAttribute('value', String(r.decodeTokensPerSecond.expected));
  }
  // The prose claims built on the table, checked against the engine's likely ranges:
  // the agent month (264M in, 13.2M out) fits in 150 h for gpt-oss-20b on the 4090 even at the slow end ...
  const hours = (r: EstimateResult, end: 'low' | 'high') =>
    264e6 / (r.prefillTokensPerSecond[end] * 3600) + 13.2e6 / (r.decodeTokensPerSecond[end] * 3600);
  const small = engine({ model: 'gpt-oss-20b', device: 'rtx-4090', contextTokens: 32768, promptTokens: 16000 });
  expect(hours(small, 'low')).toBeLessThan(150);
  // ... and does not fit in a working month (22 days x 8 h) for gpt-oss-120b on the same card even at the fast end.
  const big = engine({ model: 'gpt-oss-120b', device: 'rtx-4090', systemRamGB: 64, contextTokens: 32768, promptTokens: 16000 });
  expect(big.verdict).toBe('offload');
  expect(hours(big, 'high')).toBeGreaterThan(22 * 8);
});

test('the compact calculator is pre-set to gpt-oss-120b on an RTX 4090 with system RAM, and answers as the engine does', async ({ page }) => {
  const first = widget({ model: 'gpt-oss-120b', device: 'rtx-4090', systemRamGB: 64 });
  expect(first.verdict).toBe('offload');
  await page.goto(GUIDE);
  const calc = page.locator('[data-ready]').first();
  await calc.scrollIntoViewIfNeeded();
  await expect(calc).toHaveAttribute('data-ready', 'true');
  await expect(calc.getByRole('combobox', { name: 'Model' })).toHaveValue(/gpt-oss-120b/);
  await expect(calc.locator('[data-figure="verdict"]')).toHaveText(verdictSummary(first).headline);
  await expect(calc.locator('[data-figure="decode"]')).toHaveText(roundRate(first.decodeTokensPerSecond.expected));

  await calc.getByRole('combobox', { name: 'Model' }).fill('gpt-oss-20b');
  await page.getByRole('option', { name: /^gpt-oss-20b/ }).first().click();
  const next = widget({ model: 'gpt-oss-20b', device: 'rtx-4090', systemRamGB: 64 });
  await expect(calc.locator('[data-figure="verdict"]')).toHaveText(verdictSummary(next).headline);
  await expect(calc.locator('[data-figure="decode"]')).toHaveText(roundRate(next.decodeTokensPerSecond.expected));
});

test('the throughput chart’s table lists the popular devices with the engine’s speeds', async ({ page }) => {
  await page.goto(GUIDE);
  const fig = page.locator('figure', { hasText: 'gpt-oss-20b: generation speed by device' });
  await fig.scrollIntoViewIfNeeded();
  await expect(fig.locator('svg.recharts-surface').first()).toBeVisible();
  await fig.getByText('Show as a table').click();
  const region = fig.getByRole('region', { name: /: table$/ });
  await expect(region.locator('tbody tr')).toHaveCount(POPULAR_DEVICE_IDS.length);
  const r = widget({ model: 'gpt-oss-20b', device: 'rtx-4090' });
  const row = region.getByRole('row').filter({ has: page.getByRole('rowheader', { name: r.hardware.name, exact: true }) });
  await expect(row.locator('td').first()).toHaveText(roundRate(r.decodeTokensPerSecond.expected));
});

test('the cost table’s arithmetic follows from the prices it quotes', async ({ page }) => {
  // Usage levels (millions of tokens in, out) and prices ($ per million in, out), as the guide states them.
  const usage = { 'Light chat': [1.35, 0.36], 'Heavy chat': [9, 2.4], 'Coding agent': [264, 13.2] } as const;
  const prices = [[0.075, 0.3], [0.15, 0.6], [2, 10]] as const; // Groq gpt-oss-20b, Groq gpt-oss-120b, GPT-6 Sol
  const kWh = { 'Light chat': 0.55 * 10, 'Heavy chat': 0.55 * 40, 'Coding agent': 0.55 * 150 } as const;
  const usd = (x: number) => `$${x.toFixed(2)}`;
  // Workload shapes: 30 and 200 replies a day of 1,500 in / 400 out for 30 days; 300 agent steps of 40,000 / 2,000 for 22 days.
  expect(30 * 30 * 1500).toBe(1.35e6);
  expect(200 * 30 * 400).toBe(2.4e6);
  expect(300 * 22 * 40000).toBe(264e6);

  await page.goto(GUIDE);
  const table = page.locator('article table', { hasText: 'Frontier API (GPT-6 Sol)' });
  for (const [level, [mIn, mOut]] of Object.entries(usage)) {
    const cells = table.getByRole('row').filter({ has: page.getByRole('cell', { name: level, exact: true }) }).locator('td');
    for (const [i, [pIn, pOut]] of prices.entries()) {
      await expect(cells.nth(i + 1)).toContainText(usd(mIn * pIn + mOut * pOut));
    }
    const e = kWh[level as keyof typeof kWh];
    // EIA April 2025 residential: 13.67 to 29.61 cents per kWh.
    await expect(cells.nth(4)).toContainText(`${usd(e * 0.1367)}–${usd(e * 0.2961)}`);
    await expect(cells.nth(5)).toHaveText(usd(1599 / 36));
  }
});

test('the FAQ questions reach the FAQPage structured data, and the page passes axe', async ({ page, expectAccessible }) => {
  await page.goto(GUIDE);
  await expectAccessible(page, GUIDE);
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const faq = blocks.map((b) => JSON.parse(b)).find((j) => j['@type'] === 'FAQPage');
  expect(faq).toMatchObject({ '@context': 'https://schema.org', '@type': 'FAQPage', mainEntity: expect.any(Array) });
  const names = (faq.mainEntity as { name: string }[]).map((q) => q.name);
  expect(names).toContain('Does a local model send my data anywhere?');
  expect(names).toContain('Is running AI locally cheaper than using an API?');
  expect(await page.locator('article a[href^="/guides/"]').count()).toBeGreaterThanOrEqual(3);
});
