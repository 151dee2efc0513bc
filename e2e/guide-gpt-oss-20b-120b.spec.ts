/**
 * The gpt-oss guide in a real browser: each widget is there and works, and the figures it prints
 * are the engine's for the same props (computed here through the public API, never copied).
 */
import { POPULAR_DEVICE_IDS } from '../lib/catalog/popular';
import { scenario, toEstimateInput, type CalculatorState } from '../lib/calculator/state';
import { defaultContext } from '../lib/calculator/url';
import { estimate, type EstimateInput, type EstimateResult } from '../lib/estimator';
import { figure, formatSeconds, roundRate } from '../lib/format/figures';
import { verdictSummary } from '../lib/format/verdict';
import { expect, test } from './fixtures';

const GUIDE = '/guides/gpt-oss-20b-120b';

function engine(input: EstimateInput): EstimateResult {
  const r = estimate(input);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
/** What a widget computes for its props: the calculator state with the model's default context. */
const widget = (s: Partial<CalculatorState> & { model: string }) =>
  engine(toEstimateInput(scenario({ contextTokens: defaultContext(s.model), ...s })));

test('the inline calculator starts on gpt-oss-20b and answers as the engine does when the device changes', async ({ page }) => {
  const first = widget({ model: 'gpt-oss-20b', device: 'rtx-4060-ti-16gb' });
  const html = await (await page.request.get(GUIDE)).text();
  expect(html).toContain(verdictSummary(first).headline);

  await page.goto(GUIDE);
  const calc = page.locator('[data-ready]').first();
  await calc.scrollIntoViewIfNeeded();
  await expect(calc).toHaveAttribute('data-ready', 'true');
  await expect(calc.getByRole('combobox', { name: 'Model' })).toHaveValue(/gpt-oss-20b/);
  await expect(calc.locator('[data-figure="verdict"]')).toHaveText(verdictSummary(first).headline);
  await expect(calc.locator('[data-figure="decode"]')).toHaveText(roundRate(first.decodeTokensPerSecond.expected));

  await calc.getByRole('combobox', { name: 'Device' }).fill('4090');
  await page.getByRole('option', { name: /^GeForce RTX 4090 \d/ }).first().click();
  const next = widget({ model: 'gpt-oss-20b', device: 'rtx-4090' });
  await expect(calc.locator('[data-figure="verdict"]')).toHaveText(verdictSummary(next).headline);
  await expect(calc.locator('[data-figure="decode"]')).toHaveText(roundRate(next.decodeTokensPerSecond.expected));
  await expect(calc.locator('[data-figure="ttft"]')).toHaveText(formatSeconds(next.timeToFirstTokenSeconds.expected));
});

test('inline figures are the engine’s numbers, rendered at build time', async ({ page }) => {
  const html = await (await page.request.get(GUIDE)).text();
  // 120b on a 4090 with expert offload (first paragraph and FAQ).
  const offload = engine({ model: 'gpt-oss-120b', device: 'rtx-4090', systemRamGB: 64 });
  expect(offload.verdict).toBe('offload');
  expect(html).toContain(`<data value="${offload.decodeTokensPerSecond.expected}">${figure(offload, 'decode').text}</data>`);
  // Too little system RAM: the FAQ says it does not fit.
  const tooLittle = engine({ model: 'gpt-oss-120b', device: 'rtx-4090', systemRamGB: 32 });
  expect(figure(tooLittle, 'verdict').text).toBe('does not fit');
  // The flat quant ladder: each file size printed is the engine's, and Q2_K is not meaningfully smaller than MXFP4.
  await page.goto(GUIDE);
  const table = page.locator('article table', { hasText: 'Q5_K_M' });
  for (const [label, quant] of [['MXFP4', 'mxfp4'], ['F16', 'f16'], ['Q5_K_M', 'q5_k_m'], ['Q4_K_M', 'q4_k_m'], ['Q4_0', 'q4_0'], ['Q2_K', 'q2_k']] as const) {
    const r = engine({ model: 'gpt-oss-20b', device: 'rtx-4060-ti-16gb', quant });
    const row = table.getByRole('row').filter({ has: page.getByRole('cell', { name: new RegExp(`^${label}\\b`) }) });
    await expect(row.locator('data').first()).toHaveText(figure(r, 'file-size').text);
    await expect(row.locator('data').nth(1)).toHaveAttribute('value', String(r.decodeTokensPerSecond.expected));
  }
  const mx = engine({ model: 'gpt-oss-20b', device: 'rtx-4060-ti-16gb', quant: 'mxfp4' }).quant.fileSizeGB;
  const q2 = engine({ model: 'gpt-oss-20b', device: 'rtx-4060-ti-16gb', quant: 'q2_k' }).quant.fileSizeGB;
  // Published files: 11.27 GiB (ggml-org MXFP4) vs 11.5 GB = 10.71 GiB (Unsloth Q2_K): within 10%.
  expect(q2 / mx).toBeGreaterThan(0.9);
});

test('the device table lists the popular devices and sorts by a column', async ({ page }) => {
  await page.goto(GUIDE);
  const region = page.getByRole('region', { name: /^gpt-oss-20b by device/ });
  const rows = region.locator('tbody tr');
  await expect(rows).toHaveCount(POPULAR_DEVICE_IDS.length);
  const speedHeader = region.getByRole('columnheader', { name: /Tokens\/s/ });
  await expect(speedHeader).toHaveAttribute('aria-sort', 'descending');
  await region.getByRole('button', { name: /^Device/ }).click();
  await expect(region.getByRole('columnheader', { name: /^Device/ })).toHaveAttribute('aria-sort', 'ascending');
  const names = await rows.locator('th').allTextContents();
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
});

test('the speed chart and the offload curve carry the engine’s numbers in their tables', async ({ page }) => {
  await page.goto(GUIDE);
  const chart = page.locator('figure', { hasText: 'gpt-oss-120b: generation speed by device' });
  await chart.getByText('Show as a table').click();
  const chartRows = chart.locator('tbody tr');
  await expect(chartRows).toHaveCount(8);
  const ctx = defaultContext('gpt-oss-120b');
  const h100 = widget({ model: 'gpt-oss-120b', device: 'h100-pcie', contextTokens: ctx });
  await expect(chartRows.filter({ hasText: 'H100' }).locator('td').first()).toHaveText(roundRate(h100.decodeTokensPerSecond.expected));
  // With the default system RAM the 4090 cannot hold the offloaded experts.
  expect(widget({ model: 'gpt-oss-120b', device: 'rtx-4090' }).verdict).toBe('does-not-fit');
  await expect(chartRows.filter({ hasText: 'RTX 4090' }).locator('td').first()).toHaveText('does not fit');

  const curve = page.locator('figure', { hasText: 'experts in system RAM vs speed' });
  await expect(curve.getByText('With 64 GB of system RAM.', { exact: false })).toBeVisible();
  await curve.getByText('Show as a table').click();
  const row = (n: number) => curve.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: String(n), exact: true }) });
  // 36 MoE layers, every second N plotted: 0, 2, ..., 36.
  await expect(curve.locator('tbody tr')).toHaveCount(19);
  await expect(row(0).locator('td').first()).toHaveText('does not fit');
  const at24 = widget({ model: 'gpt-oss-120b', device: 'rtx-4090', systemRamGB: 64, offload: 'cpu-moe:24' });
  await expect(row(24).locator('td').first()).toHaveText(roundRate(at24.decodeTokensPerSecond.expected));
  const at36 = widget({ model: 'gpt-oss-120b', device: 'rtx-4090', systemRamGB: 64, offload: 'cpu-moe:36' });
  // Fewer experts in RAM is faster (the point of the section).
  expect(at24.decodeTokensPerSecond.expected).toBeGreaterThan(at36.decodeTokensPerSecond.expected);
});

test('the expert-offload deep link opens the calculator on that scenario', async ({ page }) => {
  await page.goto(GUIDE);
  await page.getByRole('link', { name: 'Open this scenario in the calculator' }).click();
  await expect(page).toHaveURL(/\/calculator\?.*offload=cpu-moe%3A24|\/calculator\?.*offload=cpu-moe:24/);
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  const r = engine(toEstimateInput(scenario({ model: 'gpt-oss-120b', device: 'rtx-4090', systemRamGB: 64, offload: 'cpu-moe:24' })));
  await expect(page.locator('[data-figure="verdict"]')).toHaveText(verdictSummary(r).headline);
  await expect(page.locator('[data-figure="decode"]')).toHaveText(roundRate(r.decodeTokensPerSecond.expected));
});

test('the FAQ is a section of questions with answers', async ({ page }) => {
  await page.goto(GUIDE);
  const faq = page.getByRole('heading', { level: 2, name: 'Frequently asked questions' });
  await expect(faq).toBeVisible();
  const questions = page.locator('article h3', { hasText: /\?#?$/ });
  expect(await questions.count()).toBeGreaterThanOrEqual(4);
  await expect(page.getByRole('heading', { level: 3, name: 'Can gpt-oss-120b run on a single RTX 4090?' })).toBeVisible();
  // The same questions reach search engines as FAQPage structured data, answers with the engine's figures.
  const html = await (await page.request.get(GUIDE)).text();
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]) as { '@type': string; mainEntity?: Array<{ name: string; acceptedAnswer: { text: string } }> });
  const faqPage = blocks.find((b) => b['@type'] === 'FAQPage');
  expect(faqPage?.mainEntity?.map((q) => q.name)).toContain('Can gpt-oss-120b run on a single RTX 4090?');
  const offload = engine({ model: 'gpt-oss-120b', device: 'rtx-4090', systemRamGB: 64 });
  const answer = faqPage?.mainEntity?.find((q) => q.name === 'Can gpt-oss-120b run on a single RTX 4090?')?.acceptedAnswer.text;
  expect(answer).toContain(figure(offload, 'decode').text);
});
