/**
 * Model-page data against independent checks: the engine's own estimate for each scenario (called here
 * through the public API, not through the page code), KV-cache arithmetic from config.json written out by
 * hand, published file sizes, and hand-made inputs for the pure helpers (article, source links, guides).
 */
import { describe, expect, it } from 'vitest';
import { deviceById, modelById, models } from '../catalog';
import { POPULAR_DEVICE_IDS } from '../catalog/popular';
import { DEFAULT_STATE, scenario, toEstimateInput } from '../calculator/state';
import type { DeviceRow } from '../calculator/tables';
import { estimate } from '../estimator';
import {
  contextLabel,
  headline,
  linkedSource,
  MEMORY_REFERENCE_DEVICE,
  memoryContexts,
  memoryTable,
  modelBySlug,
  modelIndexRows,
  modelSlug,
  modelPageData,
  relatedGuides,
  sizeClass,
  smallestFit,
  withArticle,
  type GuideRef,
} from './model-page';
import { generatedPaths, modelPath, PAGE_FAMILIES } from './routes';

const GIB = 2 ** 30;

function engine(model: string, device: string, quant: string | undefined, contextTokens: number, extra: Record<string, unknown> = {}) {
  const r = estimate(toEstimateInput(scenario({ model, device, quant, contextTokens, ...extra })));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('memory table', () => {
  it('lists 4K, 8K, 32K and the limit, only up to the limit', () => {
    expect(memoryContexts(131072)).toEqual([4096, 8192, 32768, 131072]);
    expect(memoryContexts(40960)).toEqual([4096, 8192, 32768, 40960]);
    expect(memoryContexts(32768)).toEqual([4096, 8192, 32768]);
    expect(memoryContexts(4096)).toEqual([4096]);
  });

  it('labels context lengths as they are quoted', () => {
    expect(contextLabel(4096)).toBe('4K');
    expect(contextLabel(131072)).toBe('128K');
    expect(contextLabel(40960)).toBe('40K');
    expect(contextLabel(1048576)).toBe('1M');
    expect(contextLabel(10485760)).toBe('10M');
    expect(contextLabel(1000)).toBe('1,000');
  });

  it('has every published format, each cell equal to the engine on one GPU with offload off', () => {
    for (const id of ['gpt-oss-20b', 'llama-3.1-8b', 'qwen3-30b-a3b', 'deepseek-v3']) {
      const m = modelById.get(id)!;
      const rows = memoryTable(m);
      expect(rows.map((r) => r.formatId).sort()).toEqual([...m.formats].sort());
      expect(rows.filter((r) => r.usual)).toHaveLength(1);
      expect(rows[0]!.usual).toBe(true);
      for (const row of rows)
        for (const cell of row.cells) {
          const e = engine(id, MEMORY_REFERENCE_DEVICE, row.formatId, cell.contextTokens, { offload: 'none' });
          expect(cell.totalGB).toBe(e.memoryGB.total);
        }
    }
  });

  it('grows with context by the f16 KV cache of Llama 3.1 8B, as its config.json says', () => {
    // config.json: 32 layers, 8 KV heads, head_dim 128. f16 K and V per token:
    // 2 x 32 x 8 x 128 x 2 bytes = 131,072 bytes, so 32,768 - 4,096 more tokens add 28,672 x 131,072 bytes = 3.5 GiB.
    const row = memoryTable(modelById.get('llama-3.1-8b')!).find((r) => r.formatId === 'q4_k_m')!;
    const at = (c: number) => row.cells.find((x) => x.contextTokens === c)!.totalGB;
    expect(at(32768) - at(4096)).toBeCloseTo((28672 * 131072) / GIB, 1);
  });

  it('needs at least the published file for the weights (gpt-oss-20b MXFP4: 11.27 GiB, ggml-org GGUF via llama-bench)', () => {
    const row = memoryTable(modelById.get('gpt-oss-20b')!).find((r) => r.formatId === 'mxfp4')!;
    // The whole file is 11.27 GiB; the embedding table stays in system RAM in llama.cpp, so what the GPU
    // holds can be a little less than the file, but never less than 90 % of it, and never more than file + 4 GiB at 8K.
    const c8 = row.cells.find((c) => c.contextTokens === 8192)!.totalGB;
    expect(c8).toBeGreaterThan(11.27 * 0.9);
    expect(c8).toBeLessThan(11.27 + 4);
  });
});

describe('headline', () => {
  it('is the usual download at the default context: MXFP4 for gpt-oss, Q4_K_M otherwise', () => {
    expect(headline(modelById.get('gpt-oss-20b')!).formatId).toBe('mxfp4');
    expect(headline(modelById.get('qwen3-8b')!).formatId).toBe('q4_k_m');
    const h = headline(modelById.get('qwen3-8b')!);
    expect(h.contextTokens).toBe(DEFAULT_STATE.contextTokens);
    expect(h.totalGB).toBe(engine('qwen3-8b', MEMORY_REFERENCE_DEVICE, 'q4_k_m', DEFAULT_STATE.contextTokens, { offload: 'none' }).memoryGB.total);
  });

  it('uses the model limit when it is below the default (Llama 2: 4,096 tokens)', () => {
    const h = headline(modelById.get('llama-2-7b')!);
    expect(h.contextTokens).toBe(4096);
    expect(h.maxContext.contextTokens).toBe(4096);
  });
});

const row = (deviceId: string, memoryGB: number, verdict: DeviceRow['verdict'], decode = 10): DeviceRow => ({
  deviceId,
  device: deviceId,
  memoryGB,
  format: 'Q4_K_M',
  verdict,
  headline: '',
  decodeTokensPerSecond: decode,
  timeToFirstTokenSeconds: 1,
});

describe('helpers', () => {
  it('picks the popular device with the least memory that holds the model, the earlier one on a tie', () => {
    expect(smallestFit([row('a', 24, 'fits'), row('b', 16, 'fits', 5), row('c', 16, 'fits', 50), row('d', 8, 'offload')])?.deviceId).toBe('b');
    expect(smallestFit([row('d', 8, 'offload'), row('e', 4, 'does-not-fit')])).toBeUndefined();
  });

  it('puts the article the name is spoken with', () => {
    expect(withArticle('GeForce RTX 4090')).toBe('a GeForce RTX 4090');
    expect(withArticle('RTX 6000 Ada')).toBe('an RTX 6000 Ada');
    expect(withArticle('Apple M4 Pro')).toBe('an Apple M4 Pro');
    expect(withArticle('H100 SXM5 80GB')).toBe('an H100 SXM5 80GB');
    expect(withArticle('L4')).toBe('an L4');
    expect(withArticle('NVIDIA DGX Spark')).toBe('an NVIDIA DGX Spark');
    expect(withArticle('Radeon RX 7900 XTX')).toBe('a Radeon RX 7900 XTX');
    expect(withArticle('Ryzen AI Max+ 395')).toBe('a Ryzen AI Max+ 395');
  });

  it('sorts models into size classes by total parameters', () => {
    expect(sizeClass(0.6)).toBe('tiny');
    expect(sizeClass(3.99)).toBe('tiny');
    expect(sizeClass(4)).toBe('small');
    expect(sizeClass(14.8)).toBe('small');
    expect(sizeClass(32.8)).toBe('medium');
    expect(sizeClass(70.6)).toBe('large');
    expect(sizeClass(671)).toBe('huge');
  });

  it('links https addresses and huggingface.co repositories in a source, keeping the text', () => {
    const src = 'huggingface.co/openai/gpt-oss-20b config.json; see https://example.org/a_b. Also meta-llama/llama-models sku_list.py';
    const parts = linkedSource(src);
    expect(parts.map((p) => p.text).join('')).toBe(src);
    expect(parts.filter((p) => p.href).map((p) => p.href)).toEqual(['https://huggingface.co/openai/gpt-oss-20b', 'https://example.org/a_b']);
    expect(linkedSource('no address here')).toEqual([{ text: 'no address here' }]);
  });

  it('relates guides by family tag, by id in a widget prop, then the defaults', () => {
    const g = (slug: string, tags: string[], source = ''): GuideRef => ({ slug, route: `/guides/${slug}`, title: slug, tags, source });
    const guides = [
      g('gpt-oss-20b-120b', ['gpt-oss', 'hardware']),
      g('ollama-setup', ['ollama'], '<Estimate model="qwen3-8b" device="rtx-4090" show="decode" />'),
      g('quantisation', ['basics']),
      g('vram-requirements', ['memory']),
      g('best-local-models', ['models']),
    ];
    expect(relatedGuides({ id: 'gpt-oss-120b', family: 'gpt-oss' }, guides).map((x) => x.slug)).toEqual(['gpt-oss-20b-120b', 'vram-requirements', 'best-local-models']);
    expect(relatedGuides({ id: 'qwen3-8b', family: 'Qwen3' }, guides).map((x) => x.slug)).toEqual(['ollama-setup', 'vram-requirements', 'best-local-models']);
    // "qwen3-8b" must not match a widget for "qwen3-8b-instruct": the id is matched with its quotes.
    expect(relatedGuides({ id: 'qwen3', family: 'x' }, guides).map((x) => x.slug)).toEqual(['vram-requirements', 'best-local-models']);
  });
});

describe('model page data', () => {
  it('exists for every catalog model, with a description of at most 160 characters that states the memory', () => {
    for (const m of models) {
      const d = modelPageData(m.id)!;
      expect(d.description.length, m.id).toBeLessThanOrEqual(160);
      expect(d.description, m.id).toContain(`${m.name} needs about ${d.headline.text}`);
      expect(d.title, m.id).toContain(m.name);
      expect(d.faq.length, m.id).toBeGreaterThanOrEqual(2);
      expect(d.faq.length, m.id).toBeLessThanOrEqual(4);
      for (const f of d.faq) {
        expect(f.question.endsWith('?')).toBe(true);
        expect(f.answer.length).toBeGreaterThan(40);
      }
    }
  });

  it('states the engine’s figures: gpt-oss-20b on an RTX 4090 and the smallest popular device', () => {
    const d = modelPageData('gpt-oss-20b')!;
    const e = engine('gpt-oss-20b', 'rtx-4090', 'mxfp4', 8192);
    const q = d.faq.find((f) => f.question.includes('RTX 4090'))!;
    expect(e.verdict).toBe('fits');
    expect(q.answer).toMatch(/^Yes\./);
    expect(q.answer).toContain(`about ${new Intl.NumberFormat('en-US', { maximumSignificantDigits: 2 }).format(e.decodeTokensPerSecond.expected)} tokens/s`);
    // The published MXFP4 file (11.27 GiB) is larger than any 8 GB or 12 GB card can hold, so the smallest
    // popular device that holds it has 16 GB.
    expect(d.commands?.device.memoryGB).toBe(16);
    expect(POPULAR_DEVICE_IDS).toContain(d.commands!.device.id as (typeof POPULAR_DEVICE_IDS)[number]);
    expect(d.commands!.result.verdict).toBe('fits');
  });

  it('says plainly when nothing single holds a model (Kimi K2, over 500 GB at Q4_K_M)', () => {
    const d = modelPageData('kimi-k2')!;
    // 1,026B parameters at 4.5+ bits per weight is over 500 GiB: more than any single device.
    expect(d.headline.totalGB).toBeGreaterThan(500);
    expect(d.fitCount).toBe(0);
    expect(d.commands).toBeUndefined();
    expect(d.answer).toContain('None of the');
    expect(d.faq.find((f) => f.question.includes('Mac'))!.answer).toContain('does not fit');
  });

  it('counts devices that hold the model from the engine, device by device', () => {
    const d = modelPageData('qwen3-14b')!;
    let fits = 0;
    for (const r of d.allRows) {
      const e = engine('qwen3-14b', r.deviceId, undefined, 8192);
      // The row's format is the best that fits; the usual download fitting implies the row fits too.
      if (e.verdict === 'fits') expect(r.verdict, r.deviceId).toBe('fits');
      if (r.verdict === 'fits') fits++;
    }
    expect(d.fitCount).toBe(fits);
    expect(deviceById.get('rtx-4090')).toBeDefined();
  });
});

describe('index and routes', () => {
  it('lists every model once, each with its page', () => {
    const rows = modelIndexRows();
    expect(rows.map((r) => r.id).sort()).toEqual(models.map((m) => m.id).sort());
    for (const r of rows) expect(r.href).toBe(modelPath(r.id));
  });

  it('registers the models family with one distinct path per model, without dots', () => {
    const family = PAGE_FAMILIES.find((f) => f.name === 'models')!;
    const paths = family.paths();
    expect(paths).toHaveLength(models.length);
    expect(new Set(paths).size).toBe(models.length);
    for (const p of paths) expect(p).toMatch(/^\/models\/[a-z0-9-]+$/);
    expect(modelPath('llama-3.1-8b')).toBe('/models/llama-3-1-8b');
    expect(modelPath('gpt-oss-20b')).toBe('/models/gpt-oss-20b');
    expect(generatedPaths()).toEqual(expect.arrayContaining(paths));
  });

  it('maps each path segment back to its model', () => {
    for (const m of models) expect(modelBySlug(modelSlug(m.id))?.id).toBe(m.id);
    expect(modelBySlug('llama-3.1-8b')).toBeUndefined();
    expect(modelBySlug('no-such-model')).toBeUndefined();
  });
});
