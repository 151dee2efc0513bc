/**
 * The quantisation guide: its figures are the engine's for the same props, its tables are computed,
 * and its FAQ reaches the structured data.
 */
import { estimate, type EstimateInput } from '../lib/estimator';
import { figure } from '../lib/format/figures';
import { expect, test } from './fixtures';

const GUIDE = '/guides/what-quantisation-does';
const fileSize = (input: EstimateInput) => {
  const r = estimate(input);
  if (!r.ok) throw new Error(r.error.message);
  const f = figure(r.value, 'file-size');
  return { tag: `<data value="${f.value}">${f.text}</data>`, gib: r.value.quant.fileSizeGB };
};

test('file sizes are the engine’s, and the gpt-oss ladder is nearly flat as the guide says', async ({ request }) => {
  const html = await (await request.get(GUIDE)).text();
  const mx = fileSize({ model: 'gpt-oss-20b', device: 'rtx-4090', quant: 'mxfp4' });
  const q4 = fileSize({ model: 'gpt-oss-20b', device: 'rtx-4090', quant: 'q4_k_m' });
  const q2 = fileSize({ model: 'gpt-oss-20b', device: 'rtx-4090', quant: 'q2_k' });
  for (const f of [mx, q4, q2]) expect(html).toContain(f.tag);
  // Published sizes: the ggml-org MXFP4 file (llama-bench: 11.27 GiB) and unsloth's Q2_K (11.5 GB = 10.71 GiB).
  expect(mx.gib).toBe(11.27);
  expect(q2.gib).toBeCloseTo(10.71, 2);
  expect(q2.gib / mx.gib).toBeGreaterThan(0.9);
  const ud = fileSize({ model: 'deepseek-r1', device: 'h200-sxm', quant: 'ud-q2_k_xl' });
  expect(html).toContain(ud.tag);
});

test('the computed tables are there and the device table sorts', async ({ page }) => {
  await page.goto(GUIDE);
  await expect(page.getByRole('region', { name: 'What fits each memory tier' }).locator('tbody tr')).not.toHaveCount(0);
  const table = page.getByRole('region', { name: /Qwen3 14B by device/ });
  const first = () => table.locator('tbody tr th').first().innerText();
  const before = await first();
  await table.getByRole('button', { name: 'Device' }).click();
  await expect.poll(first).not.toBe(before);
});

test('the FAQ reaches the FAQPage structured data', async ({ request }) => {
  const html = await (await request.get(GUIDE)).text();
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([^<]+)<\/script>/g)].map((m) => JSON.parse(m[1]!));
  const faq = blocks.find((b) => b['@type'] === 'FAQPage');
  expect(faq?.mainEntity.map((q: { name: string }) => q.name)).toEqual([
    'Is Q4_K_M good enough?',
    'Does quantisation make a model faster?',
    'Should I pick a bigger model at a low level or a smaller model at a high level?',
  ]);
});
