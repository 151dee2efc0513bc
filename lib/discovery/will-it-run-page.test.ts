import { describe, expect, it } from 'vitest';
import { deviceById, devices, modelById } from '../catalog';
import { WILL_IT_RUN_ALL_DEVICES_MODEL_IDS, WILL_IT_RUN_DEVICE_IDS, WILL_IT_RUN_MODEL_IDS } from '../catalog/popular';
import { estimate } from '../estimator';
import { roundRate } from '../format/figures';
import { hasWillItRunPage, willItRunPairs, willItRunPath } from './routes';
import { pairBySlugs, willItRunPageData, willItRunParams } from './will-it-run-page';

describe('which pairs get a page', () => {
  it('names only catalog records (a renamed id must not silently drop pages)', () => {
    for (const id of [...WILL_IT_RUN_ALL_DEVICES_MODEL_IDS, ...WILL_IT_RUN_MODEL_IDS]) expect(modelById.has(id), id).toBe(true);
    for (const id of WILL_IT_RUN_DEVICE_IDS) expect(deviceById.has(id), id).toBe(true);
  });

  it('covers both gpt-oss models on every device and the popular grid, at least 1,500 pages, each once', () => {
    const pairs = willItRunPairs();
    expect(pairs.length).toBeGreaterThanOrEqual(1500);
    for (const m of ['gpt-oss-20b', 'gpt-oss-120b']) for (const d of devices) expect(hasWillItRunPage(m, d.id), `${m} ${d.id}`).toBe(true);
    for (const m of WILL_IT_RUN_MODEL_IDS) for (const d of WILL_IT_RUN_DEVICE_IDS) expect(hasWillItRunPage(m, d)).toBe(true);
    const paths = pairs.map((p) => willItRunPath(p.modelId, p.deviceId));
    expect(new Set(paths).size).toBe(paths.length);
    // Not every model on every device: an unpopular pair has no page.
    expect(hasWillItRunPage('llama-2-13b', 'gtx-1050')).toBe(false);
  });

  it('route segments resolve back to their pair; dots in model ids become dashes', () => {
    expect(willItRunPath('llama-3.1-8b', 'rtx-4090')).toBe('/will-it-run/llama-3-1-8b/rtx-4090');
    for (const p of willItRunParams()) expect(pairBySlugs(p.model, p.device)).toBeDefined();
    expect(pairBySlugs('gpt-oss-20b', 'no-such-card')).toBeUndefined();
  });
});

describe('a page answers its own scenario', () => {
  it('the headline figures are a fresh engine run of the stated scenario', () => {
    for (const [model, device] of [
      ['gpt-oss-20b', 'rtx-4090'],
      ['gemma-3-27b', 'rtx-2060'],
      ['qwen3-8b', 'cpu-ddr5-5600-2ch'],
      ['llama-3.1-8b', 'apple-m4'],
    ] as const) {
      const data = willItRunPageData(model, device)!;
      // The scenario as the page states it: its format, 8,192 tokens (or the model's limit), a 512-token prompt, 32 GB of RAM.
      const run = estimate({
        model,
        device,
        quant: data.result.quant.id,
        contextTokens: Math.min(8192, data.model.architecture.maxContextTokens),
        promptTokens: 512,
        systemRamGB: 32,
      });
      if (!run.ok) throw new Error(run.error.message);
      const again = run.value;
      expect(data.result.decodeTokensPerSecond.expected).toBe(again.decodeTokensPerSecond.expected);
      expect(data.result.memoryGB.total).toBe(again.memoryGB.total);
      expect(data.lead).toContain(`about ${roundRate(again.decodeTokensPerSecond.expected)} tokens/s`);
      expect(data.title).toContain(`about ${roundRate(again.decodeTokensPerSecond.expected)} tokens/s`);
    }
  });

  it('answers agree with hand arithmetic on the published file sizes', () => {
    // gpt-oss-20b's MXFP4 file is 11.27 GiB = 12.1 GB (llama-bench size column, llama.cpp discussion #15396): well inside a 24 GB RTX 4090.
    expect(willItRunPageData('gpt-oss-20b', 'rtx-4090')!.answer).toBe('yes');
    // gpt-oss-120b's file is 59 GiB (63.4 GB): more than 24 GB of VRAM plus 32 GB of RAM (56 GB before any reserve).
    const big = willItRunPageData('gpt-oss-120b', 'rtx-4090')!;
    expect(big.answer).toBe('no');
    expect(big.title).toMatch(/^Can the GeForce RTX 4090 run gpt-oss-120b\? No, \d+\.\d GB short$/);
    // ... and it fits a 128 GB Strix Halo machine.
    expect(willItRunPageData('gpt-oss-120b', 'ryzen-ai-max-plus-395')!.answer).toBe('yes');
    // Gemma 3 27B at Q4_K_M is a 16.5 GB file: more than a 6 GB RTX 2060 holds, less than 6 + 32 GB.
    expect(willItRunPageData('gemma-3-27b', 'rtx-2060')!.answer).toBe('partly');
  });

  it('every page has a unique title, a description of at most 160 characters and an FAQ', () => {
    const titles = new Set<string>();
    for (const p of willItRunPairs()) {
      const data = willItRunPageData(p.modelId, p.deviceId)!;
      expect(titles.has(data.title), data.title).toBe(false);
      titles.add(data.title);
      expect(data.description.length, data.description).toBeLessThanOrEqual(160);
      expect(data.description).toMatch(/[.]$/);
      expect(data.faq.length).toBeGreaterThanOrEqual(1);
      for (const text of [data.title, data.description, data.lead, data.keyFigure, ...data.faq.flatMap((f) => [f.question, f.answer])])
        expect(text, `${p.modelId} ${p.deviceId}`).not.toMatch(/NaN|Infinity|undefined/);
    }
  }, 120_000);

  it('neighbours link only to pages that exist, like with like', () => {
    const data = willItRunPageData('gpt-oss-20b', 'rtx-4090')!;
    expect(data.otherDevices.length).toBeGreaterThan(3);
    const known = new Set(willItRunPairs().map((p) => willItRunPath(p.modelId, p.deviceId)));
    for (const r of [...data.otherDevices, ...data.otherModels]) expect(known.has(r.href), r.href).toBe(true);
    for (const r of data.otherDevices) expect(r.href).not.toMatch(/iris|radeon-7|apple|cpu-/);
    expect(data.otherModels.map((r) => r.href)).not.toContain(willItRunPath('gpt-oss-20b', 'rtx-4090'));
  });
});
