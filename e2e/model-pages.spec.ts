/**
 * Model pages (/models/<id>) and the model index (/models) in a real browser: the headline and the
 * memory table print the engine's figures for the page's scenario (computed here through the public
 * API: estimate() and the catalog), the structured data parses with its required fields, the answer is
 * in the HTML with JavaScript off, and the index filters narrow the list to what the catalog says.
 */
import { models } from '../lib/catalog';
import { scenario, toEstimateInput } from '../lib/calculator/state';
import { calculatorHref, defaultContext, parseCalculatorQuery } from '../lib/calculator/url';
import { defaultFormat, estimate, type EstimateInput, type EstimateResult } from '../lib/estimator';
import { figure, roundRate } from '../lib/format/figures';
import { expect, test } from './fixtures';

function engine(input: EstimateInput): EstimateResult {
  const r = estimate(input);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** What one CUDA GPU must hold (the memory scenario the page states): an H200, offload off. */
const memory = (model: string, quant: string, contextTokens: number) =>
  engine(toEstimateInput(scenario({ model, device: 'h200-sxm', quant, contextTokens, offload: 'none' })));

const gptOss = models.find((m) => m.id === 'gpt-oss-20b')!;

test('the gpt-oss-20b page states the engine’s memory and speed', async ({ page }) => {
  await page.goto('/models/gpt-oss-20b');
  await expect(page.locator('h1')).toHaveText('gpt-oss-20b hardware requirements');

  const head = memory('gpt-oss-20b', 'mxfp4', 8192);
  const full = memory('gpt-oss-20b', 'mxfp4', gptOss.architecture.maxContextTokens);
  const answer = page.getByTestId('answer');
  await expect(answer).toContainText(`gpt-oss-20b needs about ${figure(head, 'memory').text} of memory at MXFP4 with 8,192 tokens of context`);
  await expect(answer).toContainText(`${figure(full, 'memory').text} at its full 131,072 tokens`);
  await expect(page).toHaveTitle(new RegExp(`^gpt-oss-20b hardware requirements: ${figure(head, 'memory').text} at MXFP4`));
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', new RegExp(`^gpt-oss-20b needs about ${figure(head, 'memory').text} \\(MXFP4, 8K context\\)`));

  // The memory table: every published format × 4K / 8K / 32K / 128K, each cell the engine's total.
  const table = page.getByTestId('memory-table');
  await expect(table.locator('tbody tr')).toHaveCount(gptOss.formats.length);
  for (const quant of ['mxfp4', 'q4_k_m', 'f16'])
    for (const ctx of [4096, 8192, 32768, 131072])
      await expect(table.locator(`tr[data-format="${quant}"] td[data-context="${ctx}"]`)).toHaveText(figure(memory('gpt-oss-20b', quant, ctx), 'memory').text);

  // The device table (every device) carries the engine's speed for the RTX 4090 at MXFP4, 8K context.
  const rtx4090 = engine(toEstimateInput(scenario({ model: 'gpt-oss-20b', device: 'rtx-4090', quant: 'mxfp4', contextTokens: 8192 })));
  await expect(page.locator('#devices ~ div td[data-device="rtx-4090"]')).toHaveText(roundRate(rtx4090.decodeTokensPerSecond.expected));
  // Every catalog device is one click away (closed by default: the popular ones come first).
  await page.locator('#devices ~ details summary').click();
  await expect(page.locator('#devices ~ details td[data-device="rtx-4090"]')).toHaveText(roundRate(rtx4090.decodeTokensPerSecond.expected));
  expect(await page.locator('#devices ~ details tbody tr').count()).toBeGreaterThan(100);

  // Commands for a popular 16 GB card, and links into the calculator with that state.
  await expect(page.locator('pre code').filter({ hasText: 'ollama run gpt-oss:20b' })).toHaveCount(1);
  await expect(page.locator('pre code').filter({ hasText: 'llama-server' })).toHaveCount(1);
  const calc = page.getByRole('link', { name: 'Open gpt-oss-20b in the calculator' });
  const href = (await calc.getAttribute('href'))!;
  // gpt-oss-20b is the calculator's default model, so the URL leaves it out; the state it parses to has it.
  const parsed = parseCalculatorQuery(href.split('?')[1] ?? '');
  expect(parsed.notices).toEqual([]);
  expect(parsed.state.model).toBe('gpt-oss-20b');
  expect(parsed.state.quant).toBe('mxfp4');
  expect(href).toBe(calculatorHref(parsed.state));
});

test('structured data: a breadcrumb trail and an FAQ that matches the visible questions', async ({ page }) => {
  await page.goto('/models/qwen3-30b-a3b');
  const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t) as Record<string, unknown>);
  const crumbs = blocks.find((b) => b['@type'] === 'BreadcrumbList') as { itemListElement: Array<{ position: number; name: string; item: string }> };
  expect(crumbs.itemListElement.map((c) => c.position)).toEqual([1, 2, 3]);
  expect(crumbs.itemListElement.map((c) => c.name)).toEqual(['Home', 'Models', models.find((m) => m.id === 'qwen3-30b-a3b')!.name]);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(crumbs.itemListElement[2]!.item).toBe(canonical);
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Models' })).toHaveAttribute('href', '/models');

  const faq = blocks.find((b) => b['@type'] === 'FAQPage') as { mainEntity: Array<{ '@type': string; name: string; acceptedAnswer: { '@type': string; text: string } }> };
  const questions = await page.locator('#faq ~ div h3').allTextContents();
  expect(questions.length).toBeGreaterThanOrEqual(2);
  expect(faq.mainEntity.map((q) => q.name)).toEqual(questions);
  for (const q of faq.mainEntity) {
    expect(q['@type']).toBe('Question');
    expect(q.acceptedAnswer['@type']).toBe('Answer');
    await expect(page.locator('#faq ~ div', { has: page.locator('h3', { hasText: q.name }) }).locator('p')).toHaveText(q.acceptedAnswer.text);
  }

  // The VRAM answer quotes the engine's memory for the usual download at each context length.
  const vram = faq.mainEntity.find((q) => q.name.startsWith('How much VRAM'))!;
  for (const ctx of [4096, 8192, 32768]) expect(vram.acceptedAnswer.text).toContain(`${figure(memory('qwen3-30b-a3b', 'q4_k_m', ctx), 'memory').text} with ${ctx.toLocaleString('en-US')} tokens`);
  // The RTX 4090 answer quotes the engine's speed at the format the device table picked.
  const card = faq.mainEntity.find((q) => q.name.includes('RTX 4090'))!;
  const format = /At (\S+) with/.exec(card.acceptedAnswer.text)?.[1];
  const quant = models.find((m) => m.id === 'qwen3-30b-a3b')!.formats.find((f) => f.toUpperCase() === format);
  expect(quant, `format in "${card.acceptedAnswer.text}"`).toBeDefined();
  const r = engine(toEstimateInput(scenario({ model: 'qwen3-30b-a3b', device: 'rtx-4090', quant, contextTokens: 8192 })));
  expect(r.verdict).toBe('fits');
  expect(card.acceptedAnswer.text).toContain(`about ${roundRate(r.decodeTokensPerSecond.expected)} tokens/s`);
});

test('a model no single device holds says so and shows no commands', async ({ page }) => {
  const kimi = models.find((m) => m.id === 'kimi-k2')!;
  await page.goto('/models/kimi-k2');
  const head = memory('kimi-k2', defaultFormat(kimi), defaultContext('kimi-k2'));
  await expect(page.getByTestId('answer')).toContainText(`needs about ${figure(head, 'memory').text} of memory at Q4_K_M`);
  await expect(page.getByTestId('answer')).toContainText('None of the');
  await expect(page.locator('pre code')).toHaveCount(0);
  await expect(page.locator('#run ~ p')).toContainText('None of the popular devices holds');
});

test('a model whose id has a dot gets a dotless path; facts with linked sources', async ({ page }) => {
  const m = models.find((x) => x.id === 'llama-3.1-8b')!;
  const res = await page.goto('/models/llama-3-1-8b');
  expect(res?.status()).toBe(200);
  const facts = page.locator('#facts ~ dl');
  await expect(facts).toContainText(m.developer);
  await expect(facts).toContainText(`${m.architecture.maxContextTokens.toLocaleString('en-US')} tokens`);
  await expect(facts).toContainText(m.license);
  await expect(facts.getByRole('link', { name: m.ggufRepo! })).toHaveAttribute('href', `https://huggingface.co/${m.ggufRepo}`);
  await expect(page.getByRole('heading', { name: 'Related guides' })).toBeVisible();
  expect(await page.locator('#related ~ ul a').count()).toBeGreaterThanOrEqual(2);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a model page shows its answer, memory table and FAQ', async ({ page }) => {
    await page.goto('/models/gpt-oss-120b');
    const head = memory('gpt-oss-120b', 'mxfp4', 8192);
    await expect(page.getByTestId('answer')).toContainText(`gpt-oss-120b needs about ${figure(head, 'memory').text}`);
    await expect(page.getByTestId('memory-table').locator('tbody tr')).toHaveCount(models.find((m) => m.id === 'gpt-oss-120b')!.formats.length);
    await expect(page.locator('#faq ~ div h3').first()).toHaveText('How much VRAM does gpt-oss-120b need?');
  });

  test('the index lists every model with the memory it needs', async ({ page }) => {
    await page.goto('/models');
    await expect(page.locator('h1')).toHaveCount(1);
    const rows = page.getByTestId('model-index').locator('tbody tr');
    await expect(rows).toHaveCount(models.length);
    const qwen = models.find((m) => m.id === 'qwen3-8b')!;
    const r = memory('qwen3-8b', defaultFormat(qwen), defaultContext('qwen3-8b'));
    await expect(page.locator('tr[data-model="qwen3-8b"] td[data-memory]')).toContainText(figure(r, 'memory').text);
    await expect(page.locator('tr[data-model="qwen3-8b"] a')).toHaveAttribute('href', '/models/qwen3-8b');
    await expect(page.locator('tr[data-model="llama-3.1-8b"] a')).toHaveAttribute('href', '/models/llama-3-1-8b');
  });
});

test('the index filters by developer, size, licence and a sloppy name', async ({ page }) => {
  await page.goto('/models');
  const rows = page.getByTestId('model-index').locator('tbody tr');
  await expect(rows).toHaveCount(models.length);
  const listed = async () => (await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-model')!))).sort();

  const developer = page.getByLabel('Developer', { exact: true });
  await expect(developer).toBeEnabled();
  await developer.selectOption('OpenAI');
  expect(await listed()).toEqual(models.filter((m) => m.developer === 'OpenAI').map((m) => m.id).sort());
  await expect(page.getByTestId('model-count')).toHaveText(`${models.filter((m) => m.developer === 'OpenAI').length} of ${models.length} models`);

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(rows).toHaveCount(models.length);

  await page.getByLabel('Size', { exact: true }).selectOption({ label: '150B and more' });
  expect(await listed()).toEqual(models.filter((m) => m.totalParamsB >= 150).map((m) => m.id).sort());
  // MIT groups "MIT" and "MIT (weights derived from …)"; "Modified MIT" (Kimi K2) is its own group.
  await page.getByLabel('Licence', { exact: true }).selectOption('MIT');
  expect(await listed()).toEqual(models.filter((m) => m.totalParamsB >= 150 && m.license.startsWith('MIT')).map((m) => m.id).sort());

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByLabel('Name', { exact: true }).fill('oss 120');
  const found = await listed();
  expect(found).toContain('gpt-oss-120b');
  expect(found).not.toContain('gpt-oss-20b');
  await page.getByLabel('Name', { exact: true }).fill('llama3.1 8b');
  expect(await listed()).toContain('llama-3.1-8b');
});

test('the calculator link of a model page opens the calculator on that model', async ({ page }) => {
  await page.goto('/models/qwen3-8b');
  const link = page.getByRole('link', { name: 'Open Qwen3 8B in the calculator' });
  const href = (await link.getAttribute('href'))!;
  // The link is the calculator's own URL for a state on Qwen3 8B that the calculator accepts as it is.
  const parsed = parseCalculatorQuery(href.split('?')[1] ?? '');
  expect(parsed.notices).toEqual([]);
  expect(parsed.state.model).toBe('qwen3-8b');
  expect(href).toBe(calculatorHref(parsed.state));
  await link.click();
  await expect(page).toHaveURL(/\/calculator\?.*model=qwen3-8b/);
  await expect(page.locator('h1')).toHaveCount(1);
});
