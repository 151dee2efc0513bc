/**
 * The VRAM-by-tier guide in a real browser: the tier tables, memory bars, inline calculators and
 * deep links are there and work, and the figures they print are the engine's for the same props
 * (computed here through the public API). Where a figure can be checked without the engine, the
 * check is written out by hand: KV-cache arithmetic from Llama 3.1 8B's config.json, and fit
 * questions against published file sizes and measured working-set limits.
 */
import { findModel } from '../lib/catalog';
import { scenario, toEstimateInput, type CalculatorState } from '../lib/calculator/state';
import { defaultContext } from '../lib/calculator/url';
import { estimate, type EstimateInput, type EstimateResult } from '../lib/estimator';
import { figure, roundRate } from '../lib/format/figures';
import { verdictSummary } from '../lib/format/verdict';
import { expect, test } from './fixtures';

const GUIDE = '/guides/vram-requirements';

function engine(input: EstimateInput): EstimateResult {
  const r = estimate(input);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
/** What a widget computes for its props: the calculator state with the model's default context. */
const widget = (s: Partial<CalculatorState> & { model: string }) =>
  engine(toEstimateInput(scenario({ contextTokens: defaultContext(s.model), ...s })));

const GIB = 2 ** 30;

/** A published file size from the catalog (GiB), each with its source in models.provenance.ts. */
function fileGiB(model: string, quant: 'mxfp4' | 'q4_k_m'): number {
  const v = findModel(model)?.fileSizesGiB?.[quant];
  if (v === undefined) throw new Error(`no published ${quant} size for ${model}`);
  return v;
}

test('the first paragraph answers the question and the tier table lists every tier', async ({ page }) => {
  await page.goto(GUIDE);
  // The first paragraph of the body (after the lead) answers the search question directly.
  await expect(page.locator('article p', { hasText: 'How much VRAM you need depends on' })).toContainText('parameter count');
  const tiers = page.getByRole('region', { name: 'What fits each memory tier' });
  await expect(tiers).toHaveCount(2); // default context and a long one
  const first = tiers.first();
  await expect(first.locator('caption')).toContainText('8,192 tokens of context');
  await expect(tiers.nth(1).locator('caption')).toContainText('32,768 tokens of context');
  const labels = await first.locator('tbody th[scope="row"]').allInnerTexts();
  for (const label of ['4 GB', '6 GB', '8 GB', '12 GB', '16 GB', '24 GB', '32 GB', '48 GB', '64 GB unified', '96 GB unified', '128 GB unified', '192 GB unified'])
    expect(labels.some((l) => l.startsWith(label)), `tier ${label}`).toBe(true);
});

test('tier rows carry the engine’s speeds, and fits agree with published file sizes', async ({ page }) => {
  await page.goto(GUIDE);
  const table = page.getByRole('region', { name: 'What fits each memory tier' }).first();
  const row = (label: string) => table.locator('tbody tr').filter({ has: page.locator('th', { hasText: new RegExp(`^${label}`) }) });

  // The 24 GB row (RTX 4090) lists Qwen3 32B at Q4_K_M with the engine's speed for that scenario.
  const q32 = engine({ model: 'qwen3-32b', device: 'rtx-4090', quant: 'q4_k_m', contextTokens: 8192 });
  expect(q32.verdict).toBe('fits');
  // Qwen3 32B is the best known of Qwen's 32B models (Qwen2.5 32B, Qwen2.5-Coder 32B, QwQ-32B), so it names the group.
  await expect(row('24 GB')).toContainText(new RegExp(`Qwen3 32B and \\d variants of the same size \\(Q4_K_M, ~${roundRate(q32.decodeTokensPerSecond.expected)} tokens/s\\)`));

  // gpt-oss-20b's published MXFP4 file is 11.27 GiB (ggml-org GGUF): larger than an 8 GB card,
  // smaller than a 16 GB one, so it is absent from the 8 GB row and present in the 16 GB row.
  const gptOssFileGiB = fileGiB('gpt-oss-20b', 'mxfp4');
  expect(gptOssFileGiB).toBeGreaterThan(8);
  expect(gptOssFileGiB).toBeLessThan(16);
  await expect(row('8 GB')).not.toContainText('gpt-oss-20b');
  // gpt-oss-safeguard-20b is the same network, so it is counted as a variant of gpt-oss-20b's entry.
  await expect(row('16 GB')).toContainText(/gpt-oss-20b and 1 variant of the same size \(MXFP4/);
});

test('the KV-cache table grows linearly with context, as the hand calculation says', async ({ page }) => {
  // Llama 3.1 8B config.json: 32 layers, 8 KV heads, head_dim 128. f16 cache per token:
  // 2 (K and V) x 32 x 8 x 128 x 2 bytes = 131,072 bytes = 1/8192 GiB.
  const bytesPerToken = 2 * 32 * 8 * 128 * 2;
  await page.goto(GUIDE);
  const table = page.locator('article table', { hasText: 'KV cache (f16)' });
  for (const ctx of [4096, 16384, 32768, 131072]) {
    const r = engine({ model: 'llama-3.1-8b', device: 'rtx-4060', contextTokens: ctx });
    const label = `${ctx.toLocaleString('en-US')} tokens`;
    const tr = table.getByRole('row').filter({ hasText: label });
    await expect(tr.locator('data').nth(1)).toHaveText(figure(r, 'kv-cache').text);
    expect(r.kvCacheTotalGB).toBeCloseTo((bytesPerToken * ctx) / GIB, 1);
    await expect(tr.getByRole('cell').nth(2)).toHaveText(figure(r, 'verdict').text);
  }
  // A q8_0 cache is 8.5 bits per element (34 bytes per 32): the full-context figure is 8.5/16 of f16.
  const q8 = engine({ model: 'llama-3.1-8b', device: 'rtx-4060', contextTokens: 131072, kvCache: 'q8_0' });
  expect(q8.kvCacheTotalGB).toBeCloseTo(((bytesPerToken * 131072) / GIB) * (8.5 / 16), 1);
  const html = await (await page.request.get(GUIDE)).text();
  expect(html).toContain(`<data value="${q8.kvCacheTotalGB}">${figure(q8, 'kv-cache').text}</data>`);
});

test('a quantised KV cache turns an offload into a fit, as the engine says', async ({ page }) => {
  const f16 = engine({ model: 'qwen3-32b', device: 'rtx-4090', contextTokens: 32768 });
  const q8 = engine({ model: 'qwen3-32b', device: 'rtx-4090', contextTokens: 32768, kvCache: 'q8_0' });
  expect(f16.verdict).toBe('offload');
  expect(q8.verdict).toBe('fits');
  await page.goto(GUIDE);
  const withF16 = page.locator('article li', { hasText: 'with an f16 cache it' });
  const withQ8 = page.locator('article li', { hasText: 'with a q8_0 cache it' });
  await expect(withF16).toContainText(figure(f16, 'verdict').text);
  await expect(withQ8).toContainText(figure(q8, 'verdict').text);
  await expect(withQ8.locator('data')).toHaveAttribute('value', String(q8.decodeTokensPerSecond.expected));
});

test('the Mac memory bar shows gpt-oss-20b not fitting the GPU share of a base M4', async ({ page }) => {
  // Measured: Metal's recommendedMaxWorkingSetSize on a 16 GB Mac is 10.67 GiB (llama-cpp-python#687
  // log); gpt-oss-20b's MXFP4 file alone is 11.27 GiB, so it cannot fit whatever the context.
  expect(fileGiB('gpt-oss-20b', 'mxfp4')).toBeGreaterThan(10.67);
  const r = widget({ model: 'gpt-oss-20b', device: 'apple-m4', memoryGB: 16 });
  expect(r.verdict).toBe('does-not-fit');
  expect(r.memoryGB.available).toBeCloseTo(10.67, 1);
  await page.goto(GUIDE);
  const section = page.locator('#apple-silicon-and-the-gpu-working-set-limit ~ div').filter({ hasText: verdictSummary(r).headline }).first();
  await expect(section).toBeVisible();
  await expect(section).toContainText(`${r.memoryGB.total.toFixed(1)} GB`);
});

test('the two-GPU calculator: one RTX 3090 spills Llama 3.3 70B, two hold it', async ({ page }) => {
  // Llama 3.3 70B Q4_K_M is a ~40 GiB file: more than one 24 GB card, less than two.
  const file = fileGiB('llama-3.3-70b', 'q4_k_m');
  expect(file).toBeGreaterThan(24);
  expect(file).toBeLessThan(48);
  const one = widget({ model: 'llama-3.3-70b', device: 'rtx-3090' });
  const two = engine({ model: 'llama-3.3-70b', device: 'rtx-3090', devices: 2 });
  expect(two.verdict).toBe('fits');

  await page.goto(GUIDE);
  const calc = page.locator('[data-ready]').first();
  await calc.scrollIntoViewIfNeeded();
  await expect(calc).toHaveAttribute('data-ready', 'true');
  await expect(calc.getByRole('combobox', { name: 'Model' })).toHaveValue(/Llama 3.3 70B/);
  await expect(calc.locator('[data-figure="verdict"]')).toHaveText(verdictSummary(one).headline);
  await expect(calc.locator('[data-figure="decode"]')).toHaveText(roundRate(one.decodeTokensPerSecond.expected));

  // The prose quotes the two-card figures, and the deep link opens the calculator with two GPUs.
  const html = await (await page.request.get(GUIDE)).text();
  expect(html).toContain(`<data value="${two.decodeTokensPerSecond.expected}">${figure(two, 'decode').text}</data>`);
  await page.getByRole('link', { name: 'Open the two-card setup in the calculator' }).click();
  await expect(page).toHaveURL(/\/calculator\?.*gpus=2/);
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  const deep = engine(toEstimateInput(scenario({ model: 'llama-3.3-70b', device: 'rtx-3090', gpus: 2, contextTokens: defaultContext('llama-3.3-70b') })));
  await expect(page.locator('[data-figure="verdict"]')).toHaveText(verdictSummary(deep).headline);
  await expect(page.locator('[data-figure="decode"]')).toHaveText(roundRate(deep.decodeTokensPerSecond.expected));
});

test('the closing calculator answers as the engine does when the device changes', async ({ page }) => {
  await page.goto(GUIDE);
  const calc = page.locator('[data-ready]').nth(1);
  await calc.scrollIntoViewIfNeeded();
  await expect(calc).toHaveAttribute('data-ready', 'true');
  await expect(calc.getByRole('combobox', { name: 'Model' })).toHaveValue(/Qwen3 14B/);
  await calc.getByRole('combobox', { name: 'Device' }).fill('3060 12');
  await page.getByRole('option', { name: /^GeForce RTX 3060 12GB/ }).first().click();
  const next = widget({ model: 'qwen3-14b', device: 'rtx-3060-12gb' });
  await expect(calc.locator('[data-figure="verdict"]')).toHaveText(verdictSummary(next).headline);
  await expect(calc.locator('[data-figure="decode"]')).toHaveText(roundRate(next.decodeTokensPerSecond.expected));
});

test('integrated GPUs: the half-of-RAM rule decides the verdict', async ({ page }) => {
  // WDDM: shared graphics memory = max(RAM / 2, 64 MB); gpt-oss-20b's file exceeds half of 16 GB
  // and is below half of 32 GB.
  const file = fileGiB('gpt-oss-20b', 'mxfp4');
  expect(file).toBeGreaterThan(16 / 2);
  expect(file).toBeLessThan(32 / 2);
  const small = engine({ model: 'gpt-oss-20b', device: 'radeon-780m', memoryGB: 16 });
  const large = engine({ model: 'gpt-oss-20b', device: 'radeon-780m', memoryGB: 32 });
  await page.goto(GUIDE);
  const para = page.locator('article p', { hasText: 'So the amount of RAM you bought' });
  await expect(para).toContainText(`${figure(small, 'verdict').text} with the smaller`);
  await expect(para).toContainText(figure(large, 'verdict').text);
  await expect(para.locator('data')).toHaveAttribute('value', String(large.decodeTokensPerSecond.expected));
});

test('the FAQ is a section of questions with answers, also as FAQPage data', async ({ page }) => {
  await page.goto(GUIDE);
  await expect(page.getByRole('heading', { level: 2, name: 'Frequently asked questions' })).toBeVisible();
  const questions = page.locator('article h3', { hasText: /\?#?$/ });
  expect(await questions.count()).toBeGreaterThanOrEqual(5);
  const html = await (await page.request.get(GUIDE)).text();
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
    (m) => JSON.parse(m[1]) as { '@type': string; mainEntity?: Array<{ name: string; acceptedAnswer: { text: string } }> },
  );
  const faq = blocks.find((b) => b['@type'] === 'FAQPage');
  const q = 'How much VRAM do I need for a 7B or 8B model?';
  expect(faq?.mainEntity?.map((e) => e.name)).toContain(q);
  const r = engine({ model: 'llama-3.1-8b', device: 'rtx-4060', quant: 'q4_k_m' });
  expect(faq?.mainEntity?.find((e) => e.name === q)?.acceptedAnswer.text).toContain(figure(r, 'file-size').text);
});
