/**
 * The best-local-models guide in a real browser: the dated note, the computed short list, the device
 * table, the speed chart, the licence table, the inline calculator and the deep links are there and
 * work, and the figures they print are the engine's for the same props (computed here through the
 * public API). Licences are checked against the catalog's own records, which carry the model cards.
 */
import { findModel } from '../lib/catalog';
import { POPULAR_DEVICE_IDS } from '../lib/catalog/popular';
import { scenario, toEstimateInput, type CalculatorState } from '../lib/calculator/state';
import { defaultContext } from '../lib/calculator/url';
import { estimate, type EstimateInput, type EstimateResult } from '../lib/estimator';
import { figure, roundRate } from '../lib/format/figures';
import { verdictSummary } from '../lib/format/verdict';
import { expect, test } from './fixtures';

const GUIDE = '/guides/best-local-models';

function engine(input: EstimateInput): EstimateResult {
  const r = estimate(input);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
const widget = (s: Partial<CalculatorState> & { model: string }) =>
  engine(toEstimateInput(scenario({ contextTokens: defaultContext(s.model), ...s })));

test('the guide is dated and its short list carries the engine’s speeds', async ({ page }) => {
  await page.goto(GUIDE);
  await expect(page.getByRole('complementary', { name: 'As of December 2026' })).toBeVisible();
  const table = page.locator('article table', { hasText: 'If you have' });
  const rows: Array<[string, EstimateInput]> = [
    ['Qwen3 8B', { model: 'qwen3-8b', device: 'rtx-4060' }],
    ['gpt-oss-20b', { model: 'gpt-oss-20b', device: 'rtx-4060-ti-16gb' }],
    ['Qwen3 30B-A3B 2507', { model: 'qwen3-30b-a3b-2507', device: 'rtx-4090' }],
    ['Qwen3-Coder 30B-A3B', { model: 'qwen3-coder-30b-a3b', device: 'rtx-4090', contextTokens: 32768 }],
    ['gpt-oss-120b', { model: 'gpt-oss-120b', device: 'ryzen-ai-max-plus-395' }],
    ['Qwen3 4B 2507', { model: 'qwen3-4b-2507', device: 'cpu-ddr5-5600-2ch' }],
  ];
  for (const [name, input] of rows) {
    const r = engine(input);
    expect(r.verdict, name).not.toBe('does-not-fit');
    const tr = table.getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) });
    await expect(tr.locator('data')).toHaveText(figure(r, 'decode', false).text);
    await expect(tr.locator('data')).toHaveAttribute('value', String(r.decodeTokensPerSecond.expected));
  }
  // The MoE pick writes faster than the dense model of similar size on the same card (the section's claim).
  const moe = engine({ model: 'qwen3-30b-a3b-2507', device: 'rtx-4090' });
  const dense = engine({ model: 'qwen3-32b', device: 'rtx-4090' });
  expect(moe.decodeTokensPerSecond.expected).toBeGreaterThan(2 * dense.decodeTokensPerSecond.expected);
});

test('the device table lists the popular devices with the engine’s speeds and sorts', async ({ page }) => {
  await page.goto(GUIDE);
  const region = page.getByRole('region', { name: /^gpt-oss-20b by device/ });
  const rows = region.locator('tbody tr');
  await expect(rows).toHaveCount(POPULAR_DEVICE_IDS.length);
  const r4090 = engine({ model: 'gpt-oss-20b', device: 'rtx-4090', quant: 'mxfp4', contextTokens: 8192 });
  await expect(region.locator('td[data-device="rtx-4090"]')).toHaveText(roundRate(r4090.decodeTokensPerSecond.expected));
  await expect(region.getByRole('columnheader', { name: /Tokens\/s/ })).toHaveAttribute('aria-sort', 'descending');
  await region.getByRole('button', { name: /^Memory/ }).click();
  await expect(region.getByRole('columnheader', { name: /^Memory/ })).toHaveAttribute('aria-sort', 'descending');
  const mem = (await rows.locator('td:nth-of-type(1)').allTextContents()).map(Number);
  expect(mem).toEqual([...mem].sort((a, b) => b - a));
});

test('the speed chart’s table has one row per device with the engine’s numbers', async ({ page }) => {
  await page.goto(GUIDE);
  const chart = page.locator('figure', { hasText: 'Qwen3 30B-A3B 2507 (Instruct / Thinking): generation speed by device' });
  await chart.scrollIntoViewIfNeeded();
  await chart.getByText('Show as a table').click();
  const rows = chart.locator('tbody tr');
  await expect(rows).toHaveCount(8);
  const r = widget({ model: 'qwen3-30b-a3b-2507', device: 'rtx-5090' });
  await expect(rows.filter({ hasText: 'RTX 5090' }).locator('td').first()).toHaveText(roundRate(r.decodeTokensPerSecond.expected));
});

test('the licence table agrees with the catalog', async ({ page }) => {
  await page.goto(GUIDE);
  const table = page.locator('article table', { hasText: 'Licence (from its model card)' });
  const licence = (id: string) => findModel(id)!.license;
  expect(licence('gpt-oss-20b')).toBe('Apache-2.0');
  expect(licence('qwen3-30b-a3b-2507')).toBe('Apache-2.0');
  expect(licence('phi-4')).toBe('MIT');
  expect(licence('glm-4.5-air')).toBe('MIT');
  expect(licence('gemma-3-27b')).toBe('Gemma Terms of Use');
  expect(licence('qwen2.5-3b')).toBe('Qwen Research License');
  const cell = (model: string) => table.getByRole('row').filter({ hasText: model }).getByRole('cell').nth(1);
  await expect(cell('gpt-oss-20b')).toHaveText('Apache 2.0');
  await expect(cell('Phi-4')).toHaveText('MIT');
  await expect(cell('GLM-4.5-Air')).toHaveText('MIT');
  await expect(cell('Gemma 3')).toHaveText(/^Gemma Terms of Use/);
  // Each licence links to its source.
  for (const link of await table.locator('a').all()) await expect(link).toHaveAttribute('href', /^https:\/\//);
});

test('the coding deep link opens the calculator on that scenario', async ({ page }) => {
  await page.goto(GUIDE);
  await page.getByRole('link', { name: 'Check yours in the calculator' }).click();
  await expect(page).toHaveURL(/\/calculator\?.*model=qwen3-coder-30b-a3b.*ctx=32768/);
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  const r = engine(toEstimateInput(scenario({ model: 'qwen3-coder-30b-a3b', device: 'rtx-4090', contextTokens: 32768 })));
  await expect(page.locator('[data-figure="verdict"]')).toHaveText(verdictSummary(r).headline);
  await expect(page.locator('[data-figure="decode"]')).toHaveText(roundRate(r.decodeTokensPerSecond.expected));
});

test('the inline calculator answers as the engine does when the model changes', async ({ page }) => {
  await page.goto(GUIDE);
  const calc = page.locator('[data-ready]').first();
  await calc.scrollIntoViewIfNeeded();
  await expect(calc).toHaveAttribute('data-ready', 'true');
  const first = widget({ model: 'gpt-oss-20b', device: 'rtx-4060-ti-16gb' });
  await expect(calc.locator('[data-figure="verdict"]')).toHaveText(verdictSummary(first).headline);
  await calc.getByRole('combobox', { name: 'Model' }).fill('phi 4');
  await page.getByRole('option', { name: /^Phi-4 \(14B\) \d/ }).first().click();
  await expect(calc.getByRole('combobox', { name: 'Model' })).toHaveValue(/Phi-4/);
  const next = widget({ model: 'phi-4', device: 'rtx-4060-ti-16gb' });
  await expect(calc.locator('[data-figure="verdict"]')).toHaveText(verdictSummary(next).headline);
  await expect(calc.locator('[data-figure="decode"]')).toHaveText(roundRate(next.decodeTokensPerSecond.expected));
});

test('the FAQ is a section of questions with answers, also as FAQPage data', async ({ page }) => {
  await page.goto(GUIDE);
  await expect(page.getByRole('heading', { level: 2, name: 'Frequently asked questions' })).toBeVisible();
  expect(await page.locator('article h3', { hasText: /\?#?$/ }).count()).toBeGreaterThanOrEqual(5);
  const html = await (await page.request.get(GUIDE)).text();
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
    (m) => JSON.parse(m[1]) as { '@type': string; mainEntity?: Array<{ name: string; acceptedAnswer: { text: string } }> },
  );
  const faq = blocks.find((b) => b['@type'] === 'FAQPage');
  const q = 'What is the best local model for a graphics card with little memory?';
  expect(faq?.mainEntity?.map((e) => e.name)).toContain(q);
  const r = engine({ model: 'qwen3-8b', device: 'rtx-4060' });
  expect(faq?.mainEntity?.find((e) => e.name === q)?.acceptedAnswer.text).toContain(figure(r, 'decode', false).text);
});
