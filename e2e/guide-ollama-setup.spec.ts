/**
 * The Ollama setup guide in a real browser: its widgets are there and work, the figures it prints
 * are the engine's for the same props (computed here through the public API, never copied), and
 * the FAQ reaches the structured data.
 */
import { scenario, toEstimateInput, type CalculatorState } from '../lib/calculator/state';
import { estimate, type EstimateInput, type EstimateResult } from '../lib/estimator';
import { figure, roundRate } from '../lib/format/figures';
import { verdictSummary } from '../lib/format/verdict';
import { expect, test } from './fixtures';

const GUIDE = '/guides/ollama-setup';

function engine(input: EstimateInput): EstimateResult {
  const r = estimate(input);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
/** What a widget computes for its props (calculator state, defaults for the rest). */
const widget = (s: Partial<CalculatorState> & { model: string; contextTokens: number }) => engine(toEstimateInput(scenario(s)));

const dataTag = (r: EstimateResult, name: Parameters<typeof figure>[1]) => {
  const f = figure(r, name);
  return `<data value="${f.value}">${f.text}</data>`;
};

test('the compact calculator starts at Ollama’s default context on an RTX 3060 and answers as the engine does', async ({ page }) => {
  const first = widget({ model: 'gpt-oss-20b', device: 'rtx-3060-12gb', contextTokens: 4096 });
  // The guide's point: at this context the fit keeps part of the model in system RAM.
  expect(first.verdict).toBe('offload');
  const html = await (await page.request.get(GUIDE)).text();
  expect(html).toContain(verdictSummary(first).headline);

  await page.goto(GUIDE);
  const calc = page.locator('[data-ready]').first();
  await calc.scrollIntoViewIfNeeded();
  await expect(calc).toHaveAttribute('data-ready', 'true');
  await expect(calc.getByRole('combobox', { name: 'Model' })).toHaveValue(/gpt-oss-20b/);
  await expect(calc.locator('[data-figure="verdict"]')).toHaveText(verdictSummary(first).headline);
  await expect(calc.locator('[data-figure="decode"]')).toHaveText(roundRate(first.decodeTokensPerSecond.expected));

  // Switching to a card with more memory: the whole model fits and the answer follows the engine.
  await calc.getByRole('combobox', { name: 'Device' }).fill('4090');
  await page.getByRole('option', { name: /^GeForce RTX 4090 \d/ }).first().click();
  const next = widget({ model: 'gpt-oss-20b', device: 'rtx-4090', contextTokens: 4096 });
  expect(next.verdict).toBe('fits');
  await expect(calc.locator('[data-figure="verdict"]')).toHaveText(verdictSummary(next).headline);
  await expect(calc.locator('[data-figure="decode"]')).toHaveText(roundRate(next.decodeTokensPerSecond.expected));
});

test('the memory breakdown shows Ollama’s middle-tier context on an RTX 4090 with the engine’s numbers', async ({ page }) => {
  const r = widget({ model: 'gpt-oss-20b', device: 'rtx-4090', contextTokens: 32768 });
  await page.goto(GUIDE);
  const section = page.locator('article').getByRole('region', { name: 'Memory' }).first();
  await expect(section).toBeVisible();
  const gb = (x: number) => `${x.toFixed(1)} GB`;
  await expect(section).toContainText(`${gb(r.memoryGB.total)} of ${gb(r.memoryGB.available)} usable`);
  await expect(section.getByRole('listitem').filter({ hasText: 'KV cache' })).toContainText(gb(r.memoryGB.kvCache));
  await expect(section.getByRole('listitem').filter({ hasText: 'Weights' })).toContainText(gb(r.memoryGB.weights));
  await expect(page.locator('article [data-figure="verdict"]').first()).toBeVisible();
});

test('inline figures are the engine’s: KV cache by context and cache type, the model’s limit, the offload speeds', async ({ page }) => {
  const html = await (await page.request.get(GUIDE)).text();
  const low = engine({ model: 'gpt-oss-20b', device: 'rtx-4090', contextTokens: 4096 });
  const full = engine({ model: 'gpt-oss-20b', device: 'rtx-4090', contextTokens: 131072 });
  const fullQ8 = engine({ model: 'gpt-oss-20b', device: 'rtx-4090', contextTokens: 131072, kvCache: 'q8_0' });
  expect(html).toContain(dataTag(low, 'kv-cache'));
  expect(html).toContain(dataTag(full, 'kv-cache'));
  expect(html).toContain(dataTag(fullQ8, 'kv-cache'));
  // Independent check of the prose: a q8_0 cache is 8.5 bits against f16's 16, so a bit over half.
  expect(fullQ8.kvCacheTotalGB / full.kvCacheTotalGB).toBeGreaterThan(0.5);
  expect(fullQ8.kvCacheTotalGB / full.kvCacheTotalGB).toBeLessThan(0.6);
  // gpt-oss's trained context, 131,072 tokens (config.json max_position_embeddings), printed by <Estimate context="max">.
  expect(html).toContain('<data value="131072">131,072 tokens</data>');

  // The split paragraph: two cards with nearly the same memory bandwidth, one holding the whole model.
  const ti = engine({ model: 'gpt-oss-20b', device: 'rtx-4060-ti-16gb', contextTokens: 4096 });
  const small = engine({ model: 'gpt-oss-20b', device: 'rtx-4060', contextTokens: 4096 });
  expect(ti.verdict).toBe('fits');
  expect(small.verdict).toBe('offload');
  expect(small.decodeTokensPerSecond.expected).toBeLessThan(ti.decodeTokensPerSecond.expected);
  await page.goto(GUIDE);
  const para = page.locator('article p', { hasText: 'A split like this one' });
  await expect(para.locator(`data[value="${ti.decodeTokensPerSecond.expected}"]`)).toHaveText(figure(ti, 'decode').text);
  await expect(para.locator(`data[value="${small.decodeTokensPerSecond.expected}"]`)).toHaveText(figure(small, 'decode').text);
});

test('the curl example, the context tiers and the deep links are on the page', async ({ page }) => {
  await page.goto(GUIDE);
  const code = page.locator('figure[data-rehype-pretty-code-figure] pre code', { hasText: '/v1/chat/completions' }).first();
  await expect(code).toContainText('"model": "gpt-oss:20b"');
  await expect(code).toContainText('"reasoning_effort": "low"');
  // The request body is valid JSON (copy-paste must work).
  const text = (await code.textContent()) ?? '';
  const body = text.slice(text.indexOf("'{") + 1, text.lastIndexOf("}'") + 1);
  expect(JSON.parse(body).messages).toHaveLength(2);
  await expect(page.locator('pre code', { hasText: 'default num_ctx' })).toContainText('262144');
  const deep = page.locator('article a[href^="/calculator?"]');
  expect(await deep.count()).toBeGreaterThanOrEqual(3);
  await expect(page.locator('article a[href="/calculator?model=gpt-oss-20b&device=rtx-4090&effort=high"]')).toBeVisible();
});

test('the FAQ questions reach the FAQPage structured data, and the page passes axe', async ({ page, expectAccessible }) => {
  await page.goto(GUIDE);
  await expectAccessible(page, GUIDE);
  const questions = await page.locator('article h3').filter({ hasText: '?' }).allTextContents();
  expect(questions.length).toBeGreaterThanOrEqual(5);
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const faq = blocks.map((b) => JSON.parse(b)).find((j) => j['@type'] === 'FAQPage');
  expect(faq).toMatchObject({ '@context': 'https://schema.org', '@type': 'FAQPage', mainEntity: expect.any(Array) });
  const names = (faq.mainEntity as { name: string }[]).map((q) => q.name);
  expect(names).toContain('Which version of Ollama do I need for gpt-oss?');
  expect(names).toContain('Does Ollama need an internet connection?');
});

test('the KV cache table is computed: a full-attention model’s cache grows with the context, gpt-oss’s barely', async ({ request }) => {
  const html = await (await request.get(GUIDE)).text();
  const kv = (model: string, contextTokens: number, kvCache?: string) =>
    engine({ model, device: 'h200-sxm', contextTokens, kvCache });
  for (const model of ['gpt-oss-20b', 'llama-3.1-8b', 'qwen3-30b-a3b'])
    for (const ctx of [4096, 32768, 131072]) expect(html).toContain(dataTag(kv(model, ctx), 'kv-cache'));
  // Llama 3.1 8B by hand (config.json): 32 layers x 8 KV heads x 128 dims x 2 (K, V) x 2 bytes = 128 KiB per token,
  // so 131,072 tokens take 16 GiB in f16 and 8.5/16 of that in q8_0.
  expect(kv('llama-3.1-8b', 131072).kvCacheTotalGB).toBeCloseTo(16, 1);
  expect(kv('llama-3.1-8b', 131072, 'q8_0').kvCacheTotalGB).toBeCloseTo(16 * (8.5 / 16), 1);
  expect(html).toContain(dataTag(kv('llama-3.1-8b', 131072, 'q8_0'), 'kv-cache'));
});
