/**
 * The standalone calculator, in a real browser against the static export. Every expected figure is
 * computed here through the engine's public API with the same inputs the test types, never copied.
 */
import { calculatorQuery } from '../lib/calculator/url';
import { scenario, toEstimateInput, type CalculatorState } from '../lib/calculator/state';
import { estimate, type EstimateResult } from '../lib/estimator';
import { formatSeconds, roundRate } from '../lib/format/figures';
import { verdictSummary } from '../lib/format/verdict';
import { expect, holdScripts, test, type ConsoleGuard } from './fixtures';
import type { Page } from '@playwright/test';

function engine(s: Partial<CalculatorState>): EstimateResult {
  const r = estimate(toEstimateInput(scenario(s)));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** The engine loads at the first touch of the calculator (or at once when the URL holds a scenario). */
async function ready(page: Page) {
  await page.locator('[data-ready]').first().hover();
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
}

async function expectFigures(page: Page, r: EstimateResult) {
  await expect(page.locator('[data-figure="verdict"]')).toHaveText(verdictSummary(r).headline);
  if (r.verdict === 'does-not-fit') return;
  await expect(page.locator('[data-figure="decode"]')).toHaveText(roundRate(r.decodeTokensPerSecond.expected));
  await expect(page.locator('[data-figure="ttft"]')).toHaveText(formatSeconds(r.timeToFirstTokenSeconds.expected));
  await expect(page.locator('[data-figure="decode-full"]')).toHaveText(roundRate(r.decodeAtFullContextTokensPerSecond.expected));
}

async function pick(page: Page, label: string, typed: string, option: RegExp) {
  const box = page.getByRole('combobox', { name: label });
  await box.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

test('a visitor who only reads the default answer never downloads the engine', async ({ page }) => {
  const chunks: string[] = [];
  page.on('request', (r) => r.url().endsWith('.js') && chunks.push(r.url()));
  await page.goto('/calculator');
  await page.waitForLoadState('networkidle');
  const before = chunks.length;
  await page.locator('[data-ready]').first().hover();
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  expect(chunks.length, 'the engine chunk arrives on the first hover').toBeGreaterThan(before);
});

test('typing into a picker before its code has loaded keeps the text, the focus and the list', async ({ page }) => {
  // No hover first: the pickers are still the server-rendered fields when the reader starts typing.
  await page.goto('/calculator');
  const model = page.getByRole('combobox', { name: 'Model' });
  await expect(model).toHaveValue('gpt-oss-20b');
  await model.click();
  await model.fill('qwen3 14');
  await expect(page.getByRole('option', { name: /Qwen3 14B/ }).first()).toBeVisible();
  await expect(model).toBeFocused();
  await expect(model).toHaveValue('qwen3 14');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(model).toHaveValue('Qwen3 14B');
  await expectFigures(page, engine({ model: 'qwen3-14b' }));
});

test('the server HTML already holds the default answer (no script needed)', async ({ page }) => {
  const r = engine({});
  const html = await (await page.request.get('/calculator')).text();
  expect(html).toContain(verdictSummary(r).headline);
  expect(html).toContain(`data-figure="decode">${roundRate(r.decodeTokensPerSecond.expected)}<`);
  expect(html).toContain(`data-figure="ttft">${formatSeconds(r.timeToFirstTokenSeconds.expected)}<`);
  expect(html).toContain(r.commands.llamaCpp.replaceAll('"', '&quot;'));
});

test('each input changes the answer exactly as the engine says, and the URL follows', async ({ page }) => {
  await page.goto('/calculator');
  await ready(page);
  await expectFigures(page, engine({}));

  await pick(page, 'Device', '3090', /^GeForce RTX 3090 \d/);
  let s: Partial<CalculatorState> = { device: 'rtx-3090' };
  await expectFigures(page, engine(s));
  await expect(page).toHaveURL(/device=rtx-3090/);

  await pick(page, 'Model', 'qwen3 14', /^Qwen3 14B \d/);
  s = { ...s, model: 'qwen3-14b' };
  await expectFigures(page, engine(s));

  await page.getByLabel('Format').selectOption('q8_0');
  s = { ...s, quant: 'q8_0' };
  await expectFigures(page, engine(s));

  const ctx = page.getByLabel('Context tokens');
  await ctx.fill('32768');
  await ctx.press('Enter');
  s = { ...s, contextTokens: 32768 };
  await expectFigures(page, engine(s));

  await page.getByText('Prompt, answer, KV cache and offload').click();
  await page.getByLabel('KV cache').selectOption('q8_0');
  s = { ...s, kvCache: 'q8_0' };
  await expectFigures(page, engine(s));
  const prompt = page.getByLabel('Prompt (tokens)');
  await prompt.fill('8000');
  await prompt.press('Enter');
  s = { ...s, promptTokens: 8000 };
  await expectFigures(page, engine(s));
  await expect(page).toHaveURL(`/calculator${calculatorQuery(scenario(s))}`);
});

test('choices made in the server HTML before the scripts run are taken over once they do', async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto('/calculator', { waitUntil: 'domcontentloaded' });
  await page.getByLabel('Format').selectOption('q8_0');
  await page.getByText('GPUs and system RAM').click();
  await page.getByLabel('Identical GPUs').fill('2');
  await page.getByLabel('System RAM', { exact: true }).selectOption('64');
  release();
  const s: Partial<CalculatorState> = { quant: 'q8_0', gpus: 2, systemRamGB: 64 };
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  await expectFigures(page, engine(s));
  await expect(page).toHaveURL(`/calculator${calculatorQuery(scenario(s))}`);
  await expect(page.getByLabel('Format')).toHaveValue('q8_0');
  await expect(page.getByLabel('Identical GPUs')).toHaveValue('2');
});

test('a shared link reproduces the answer; back and forward walk committed changes', async ({ page }) => {
  const s: Partial<CalculatorState> = { model: 'gpt-oss-120b', device: 'rtx-4090', systemRamGB: 64 };
  const url = `/calculator${calculatorQuery(scenario(s))}`;
  await page.goto(url);
  await ready(page);
  await expectFigures(page, engine(s));
  await expect(page.getByRole('combobox', { name: 'Device' })).toHaveValue('GeForce RTX 4090');

  await page.getByText('GPUs and system RAM').click();
  await page.getByLabel('System RAM', { exact: true }).selectOption('128');
  await expectFigures(page, engine({ ...s, systemRamGB: 128 }));
  await pick(page, 'Model', 'gpt-oss-20', /^gpt-oss-20b \d/);
  await expectFigures(page, engine({ ...s, systemRamGB: 128, model: 'gpt-oss-20b' }));

  await page.goBack();
  await expect(page).toHaveURL(/ram=128/);
  await expectFigures(page, engine({ ...s, systemRamGB: 128 }));
  await page.goBack();
  await expect(page).toHaveURL(url);
  await expectFigures(page, engine(s));
  await page.goForward();
  await expectFigures(page, engine({ ...s, systemRamGB: 128 }));
});

const HOSTILE = [
  'ctx=1e309',
  'gpus=-1',
  'ram=NaN',
  'prompt=',
  `device=${'x'.repeat(3000)}`,
  'model=%E2%9C%93%F0%9F%98%80%E2%80%AE',
  'device=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  'quant=%22%27%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  'model=no-such-model',
  'kv=q2',
];
test('hostile parameters get a notice, the defaults, no injected markup and no console error', async ({ page }) => {
  await page.goto(`/calculator?${HOSTILE.join('&')}`);
  await ready(page);
  const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
  await expect(notice).toBeVisible();
  await expect(notice.locator('li')).toHaveCount(HOSTILE.length);
  await expect(page.locator('main script:not([type="application/ld+json"]), main img')).toHaveCount(0);
  await expectFigures(page, engine({}));
});

test('a whole calculation with the keyboard alone', async ({ page }) => {
  await page.goto('/calculator');
  await ready(page);
  const device = page.getByRole('combobox', { name: 'Device' });
  await device.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('7900 xtx');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(device).toHaveValue('Radeon RX 7900 XTX');
  // Tab past the toggle button and detect button to the model picker.
  const model = page.getByRole('combobox', { name: 'Model' });
  for (let i = 0; i < 8 && !(await model.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(model).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('llama 3.1 8b');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(model).toHaveValue('Llama 3.1 8B');
  await expectFigures(page, engine({ device: 'rx-7900-xtx', model: 'llama-3.1-8b' }));
});

/** Replace the browser's GPU answers before any script runs. */
async function stubGpu(page: Page, renderer: string | null, webgpu?: { vendor: string; architecture: string; description?: string }) {
  await page.addInitScript(
    ([r, gpu]) => {
      const real = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
        if (kind !== 'webgl' && kind !== 'experimental-webgl') return (real as (...a: unknown[]) => unknown).call(this, kind, ...rest);
        if (r === null) return null;
        return {
          RENDERER: 0x1f01,
          VENDOR: 0x1f00,
          getExtension: (name: string) => (name === 'WEBGL_debug_renderer_info' ? { UNMASKED_RENDERER_WEBGL: 0x9246, UNMASKED_VENDOR_WEBGL: 0x9245 } : null),
          getParameter: (p: number) => (p === 0x9246 || p === 0x1f01 ? r : 'Google Inc.'),
        };
      } as typeof HTMLCanvasElement.prototype.getContext;
      Object.defineProperty(navigator, 'gpu', {
        configurable: true,
        value: gpu ? { requestAdapter: async () => ({ info: gpu }) } : undefined,
      });
    },
    [renderer, webgpu ?? null] as const,
  );
}

const DETECT: Array<{ name: string; renderer: string | null; webgpu?: { vendor: string; architecture: string }; device?: string; text: RegExp }> = [
  {
    name: 'Windows Chrome (ANGLE, Direct3D 11)',
    renderer: 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3070 (0x00002484) Direct3D11 vs_5_0 ps_5_0, D3D11)',
    device: 'GeForce RTX 3070',
    text: /Matched to GeForce RTX 3070/,
  },
  {
    name: 'macOS Chrome (ANGLE Metal)',
    renderer: 'ANGLE (Apple, ANGLE Metal Renderer: Apple M2 Max, Unspecified Version)',
    webgpu: { vendor: 'apple', architecture: 'metal-3' },
    text: /Apple M2 Max/,
  },
  {
    name: 'Linux Chromium (Mesa)',
    renderer: 'Mesa Intel(R) Xe Graphics (TGL GT2)',
    text: /Xe Graphics/,
  },
  {
    name: 'Firefox, which reports a stand-in "or similar"',
    renderer: 'NVIDIA GeForce GTX 980, or similar',
    text: /Please pick your device/,
  },
  {
    name: 'a software renderer',
    renderer: 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
    text: /Please pick your device/,
  },
  { name: 'no WebGL and no WebGPU', renderer: null, text: /nothing \(no WebGL or WebGPU\)/ },
];

for (const c of DETECT) {
  test(`detect my GPU: ${c.name}`, async ({ page }) => {
    await stubGpu(page, c.renderer, c.webgpu);
    await page.goto('/calculator');
    await ready(page);
    await page.getByRole('button', { name: 'Detect my GPU' }).click();
    const status = page.locator('[role="status"]').filter({ hasText: 'Your browser reports' });
    await expect(status).toContainText(c.text);
    if (c.renderer) await expect(status).toContainText(c.renderer.slice(0, 20));
    if (c.device) await expect(page.getByRole('combobox', { name: 'Device' })).toHaveValue(c.device);
  });
}

test('charts load when scrolled to, inside boxes reserved at their size', async ({ page }) => {
  await page.goto('/calculator');
  await ready(page);
  const box = page.locator('figure').first().locator('[aria-hidden="true"]').first();
  const before = await box.boundingBox();
  await box.scrollIntoViewIfNeeded();
  await expect(page.locator('figure svg.recharts-surface').first()).toBeVisible();
  const after = await box.boundingBox();
  expect(after?.height).toBeCloseTo(before?.height ?? 0, 0);
});

test('a bad number keeps the page working and says why next to the field', async ({ page, consoleGuard }: { page: Page; consoleGuard: ConsoleGuard }) => {
  void consoleGuard;
  await page.goto('/calculator');
  await ready(page);
  const ctx = page.getByLabel('Context tokens');
  await ctx.fill('abc');
  await expect(page.getByText('Enter a whole number.')).toBeVisible();
  await ctx.fill('999999999');
  await expect(page.getByRole('alert').filter({ hasText: 'contextTokens must be' })).toBeVisible();
  await expectFigures(page, engine({}));
  await expect(page.getByText('The figures below are for the last valid settings')).toBeVisible();
});

test('custom hardware and a forced offload give the engine’s answer for those inputs', async ({ page }) => {
  await page.goto('/calculator');
  await ready(page);
  await pick(page, 'Device', 'custom', /^Custom hardware/);
  // The custom form starts at 24 GB and 1,000 GB/s (a made-up card): type a 12 GB, 360 GB/s one.
  const mem = page.getByLabel('Memory (GB)', { exact: true });
  await mem.fill('12');
  await mem.press('Enter');
  const bw = page.getByLabel('Bandwidth (GB/s)', { exact: true });
  await bw.fill('360');
  await bw.press('Enter');
  const custom = { device: 'custom', custom: { memoryGB: 12, bandwidthGBps: 360, kind: 'discrete' as const } };
  await expectFigures(page, engine(custom));
  await expect(page).toHaveURL(/device=custom&mem=12&bw=360|device=custom.*mem=12.*bw=360/);

  await page.getByText('Prompt, answer, KV cache and offload').click();
  await page.getByLabel('Offload', { exact: true }).selectOption('cpu-moe');
  const layers = page.getByLabel('Layers with experts in RAM');
  await layers.fill('8');
  await layers.press('Enter');
  await expectFigures(page, engine({ ...custom, offload: 'cpu-moe:8' }));
  await expect(page.locator('[data-figure="verdict"]')).toHaveText(/experts of 8 layers/);
});

test('with the Ollama runtime the answer uses Ollama’s own defaults and says which', async ({ page }) => {
  await page.goto('/calculator?device=rtx-4090');
  await ready(page);
  await page.getByLabel('Runs in').selectOption('ollama');
  const s: Partial<CalculatorState> = { device: 'rtx-4090', runtime: 'ollama', runtimeContext: true };
  const r = engine(s);
  // Ollama v0.32.15 (server/routes.go): 23 GiB or more of VRAM gets a 32,768-token default context.
  expect(r.contextTokens).toBe(32768);
  await expectFigures(page, r);
  await expect(page.getByLabel('Context tokens')).toHaveValue('32768');
  await expect(page.getByRole('heading', { name: /What Ollama .* chose/ })).toBeVisible();
  await expect(page).toHaveURL(/runtime=ollama/);
  await expect(page).not.toHaveURL(/ctx=/);
});
