/**
 * Device pages and the device index in a real browser: the answer and the table carry the engine's
 * figures for each page's scenario (recomputed here through the public API: catalog, `scenario`,
 * `bestRun`, `estimate`), structured data parses with its required fields, the JavaScript-off view
 * shows the answer and the full list, and the index filters narrow the list and keep their state in the URL.
 */
import { deviceById, devices, models } from '../lib/catalog';
import { POPULAR_MODEL_IDS } from '../lib/catalog/popular';
import { bestRun } from '../lib/calculator/tables';
import { scenario } from '../lib/calculator/state';
import { calculatorHref } from '../lib/calculator/url';
import type { EstimateResult } from '../lib/estimator';
import { roundRate } from '../lib/format/figures';
import { expect, test } from './fixtures';

/** Every model on the device at its best format, at the calculator's default context capped by the model. */
function engineRows(device: string, gpus = 1) {
  const d = deviceById.get(device)!;
  return models.map((m) => {
    const r = bestRun(scenario({ device, gpus, contextTokens: Math.min(8192, m.architecture.maxContextTokens) }), m)!;
    const entire = r.verdict === 'fits' || (r.verdict === 'cpu-only' && d.memoryKind !== 'discrete');
    return { m, r, entire };
  });
}

function headline(device: string) {
  const rows = engineRows(device);
  const entire = rows.filter((x) => x.entire);
  const largest = entire.reduce<(typeof rows)[number] | undefined>((a, x) => (!a || x.m.totalParamsB > a.m.totalParamsB ? x : a), undefined);
  const popular = entire.filter((x) => (POPULAR_MODEL_IDS as readonly string[]).includes(x.m.id));
  const fastest = popular.reduce<(typeof rows)[number] | undefined>((a, x) => (!a || x.r.decodeTokensPerSecond.expected > a.r.decodeTokensPerSecond.expected ? x : a), undefined);
  return { usableGB: rows[0]!.r.memoryGB.available, largest, fastest, rows };
}

const speed = (r: EstimateResult) => `about ${roundRate(r.decodeTokensPerSecond.expected)} tokens/s`;

for (const id of ['rtx-4090', 'apple-m4-pro', 'cpu-ddr5-5600-2ch', 'rtx-3060-12gb']) {
  test(`${id}: the answer and the table are the engine's`, async ({ page }) => {
    const d = deviceById.get(id)!;
    const h = headline(id);
    await page.goto(`/devices/${id}`);
    await expect(page.locator('h1')).toHaveText(`What runs on the ${d.name}?`);
    const answer = page.getByTestId('device-answer');
    await expect(answer).toContainText(`may use ${h.usableGB.toFixed(1)} GB`);
    await expect(answer).toContainText(`is ${h.largest!.m.name} at ${h.largest!.r.quant.name}, at ${speed(h.largest!.r)}`);
    await expect(answer).toContainText(`${h.fastest!.m.name} (${h.fastest!.r.quant.name}), generates ${speed(h.fastest!.r)}`);
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description).toContain(`${h.usableGB.toFixed(1)} GB`);
    expect(description).toContain(h.largest!.m.name);
    expect(description!.length).toBeLessThanOrEqual(160);

    const table = page.getByRole('region', { name: `Catalog models on one ${d.name}: best format that fits` });
    await expect(table.locator('tbody tr')).toHaveCount(models.length);
    const oss = h.rows.find((x) => x.m.id === 'gpt-oss-20b')!.r;
    await expect(table.locator('td[data-model="gpt-oss-20b"]')).toHaveText(oss.verdict === 'does-not-fit' ? '—' : roundRate(oss.decodeTokensPerSecond.expected));
    await expect(page.getByRole('link', { name: `Open the calculator with the ${d.name}` })).toHaveAttribute('href', calculatorHref({ device: id }));
  });
}

test('two cards: a second table for discrete GPUs of 8 GB or more, none for a Mac', async ({ page }) => {
  const two = engineRows('rtx-3090', 2);
  await page.goto('/devices/rtx-3090');
  const one = engineRows('rtx-3090');
  const rank = { fits: 3, offload: 2, 'cpu-only': 1, 'does-not-fit': 0 } as const;
  // Listed: models that do not run entirely on one card and run better (verdict, or >= 10 % faster) on two.
  const gains = two.filter((x, i) => {
    const a = one[i]!;
    if (a.entire) return false;
    const [rb, ra] = [rank[x.r.verdict], rank[a.r.verdict]];
    return rb !== ra ? rb > ra : x.r.decodeTokensPerSecond.expected > a.r.decodeTokensPerSecond.expected * 1.1;
  });
  const table = page.getByRole('region', { name: 'What a second GeForce RTX 3090 adds: best format that fits on two cards' });
  await expect(table.locator('tbody tr')).toHaveCount(gains.length);
  const llama = two.find((x) => x.m.id === 'llama-3.3-70b')!.r;
  expect(llama.verdict).toBe('fits'); // 70.6B x ~4.8 bits = 42 GB: more than one 24 GB card, less than two
  await expect(table.locator('td[data-model="llama-3.3-70b"]')).toHaveText(roundRate(llama.decodeTokensPerSecond.expected));
  await page.goto('/devices/apple-m4-pro');
  await expect(page.getByRole('heading', { name: /With two/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'By memory size' })).toBeVisible();
});

test('the model table sorts by a column heading', async ({ page }) => {
  await page.goto('/devices/rtx-4060');
  const table = page.getByRole('region', { name: /Catalog models on one/ });
  const header = table.getByRole('columnheader', { name: /Tokens\/s/ });
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await table.getByRole('button', { name: /Parameters/ }).click();
  await expect(table.getByRole('columnheader', { name: /Parameters/ })).toHaveAttribute('aria-sort', 'descending');
  const biggest = [...models].sort((a, b) => b.totalParamsB - a.totalParamsB)[0]!;
  await expect(table.locator('tbody tr').first().locator('th')).toHaveText(biggest.name);
});

test('structured data: BreadcrumbList and FAQPage with their required fields', async ({ page }) => {
  await page.goto('/devices/rtx-4060-ti-16gb');
  const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t));
  const crumbs = blocks.find((b) => b['@type'] === 'BreadcrumbList');
  expect(crumbs.itemListElement.map((e: { position: number; name: string }) => [e.position, e.name])).toEqual([
    [1, 'Home'],
    [2, 'Devices'],
    [3, deviceById.get('rtx-4060-ti-16gb')!.name],
  ]);
  for (const e of crumbs.itemListElement) expect(new URL(e.item).pathname).toMatch(/^\/(devices(\/rtx-4060-ti-16gb)?)?$/);
  const faq = blocks.find((b) => b['@type'] === 'FAQPage');
  expect(faq.mainEntity.length).toBeGreaterThanOrEqual(3);
  for (const q of faq.mainEntity) {
    expect(q['@type']).toBe('Question');
    expect(q.name).toMatch(/\?$/);
    expect(q.acceptedAnswer['@type']).toBe('Answer');
    expect(q.acceptedAnswer.text.length).toBeGreaterThan(20);
  }
  const h = headline('rtx-4060-ti-16gb');
  expect(faq.mainEntity[0].acceptedAnswer.text).toContain(`${h.usableGB.toFixed(1)} GB`);
  const index = await page.goto('/devices');
  expect(index?.status()).toBe(200);
  const indexLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
  expect(indexLd['@type']).toBe('BreadcrumbList');
});

test('the index filters by vendor, kind and memory, and keeps them in the URL', async ({ page }) => {
  await page.goto('/devices');
  const rows = page.getByRole('region', { name: 'Devices' }).locator('tbody tr');
  await expect(rows).toHaveCount(devices.length);
  const form = page.getByRole('form', { name: 'Filter devices' });
  await form.getByRole('combobox', { name: 'Vendor', exact: true }).selectOption('apple');
  await expect(rows).toHaveCount(devices.filter((d) => d.vendor === 'apple').length);
  await form.getByRole('combobox', { name: 'Memory', exact: true }).selectOption('64');
  const bigMacs = devices.filter((d) => d.vendor === 'apple' && d.memoryGB >= 64);
  await expect(rows).toHaveCount(bigMacs.length);
  await expect(page).toHaveURL(/\?vendor=apple&mem=64$/);
  await page.reload();
  await expect(rows).toHaveCount(bigMacs.length);
  await form.getByRole('combobox', { name: 'Vendor', exact: true }).selectOption('');
  await form.getByRole('combobox', { name: 'Memory', exact: true }).selectOption('0');
  await form.getByRole('combobox', { name: 'Kind', exact: true }).selectOption('laptop');
  await expect(rows).toHaveCount(devices.filter((d) => d.segment === 'laptop').length);
  await expect(form.getByRole('status')).toHaveText(`${devices.filter((d) => d.segment === 'laptop').length} of ${devices.length} devices`);
  await rows.first().getByRole('link').click();
  await expect(page).toHaveURL(/\/devices\/[a-z0-9-]+$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a device page shows its answer and table, the index lists every device', async ({ page }) => {
    const h = headline('rtx-4090');
    await page.goto('/devices/rtx-4090');
    await expect(page.getByTestId('device-answer')).toContainText(`is ${h.largest!.m.name} at ${h.largest!.r.quant.name}`);
    await expect(page.getByRole('region', { name: /Catalog models on one/ }).locator('tbody tr')).toHaveCount(models.length);
    await page.goto('/devices');
    await expect(page.getByRole('region', { name: 'Devices' }).locator('tbody tr')).toHaveCount(devices.length);
    await expect(page.locator('tr[data-device="rtx-4090"]')).toContainText(`${h.largest!.m.name} (${h.largest!.r.quant.name})`);
    await expect(page.getByRole('form', { name: 'Filter devices' })).toHaveCount(0);
  });
});
