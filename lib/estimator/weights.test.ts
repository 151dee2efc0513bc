import { describe, expect, it } from 'vitest';
import { formatById, modelById, models } from '../catalog';
import type { FormatId, Model } from '../catalog/types';
import { estimate } from './index';
import { parameterBreakdown, weightBytes } from './weights';

const GiB = 2 ** 30;
const withoutPublishedSizes = (id: string): Model => ({ ...modelById.get(id)!, fileSizesGiB: undefined });

describe('parameters from the architecture', () => {
  it('gpt-oss-20b: 24 layers x 32 experts x 3 x 2880 x 2880 routed expert weights', () => {
    const p = parameterBreakdown(modelById.get('gpt-oss-20b')!);
    expect(p.routedExperts).toBe(24 * 32 * 3 * 2880 * 2880); // 19.11 B
    // Active per token: 4 of 32 experts.
    expect(p.activeRoutedExperts).toBe((24 * 32 * 3 * 2880 * 2880 * 4) / 32);
  });

  it('reproduces the published active-parameter counts of MoE models within 10%', () => {
    // Model cards: gpt-oss-20b 3.6B, gpt-oss-120b 5.1B, Qwen3-30B-A3B 3.3B, Mixtral 8x7B 12.9B, DeepSeek-V3 37B active.
    // Active counts exclude the input embedding (a table lookup, not a matmul): the gpt-oss model card's
    // 3.61B = attention 0.64B + 4/32 of the 19.12B MLP + the 0.58B unembedding.
    const published: Record<string, number> = {
      'gpt-oss-20b': 3.6e9,
      'gpt-oss-120b': 5.1e9,
      'qwen3-30b-a3b': 3.3e9,
      'mixtral-8x7b': 12.9e9,
      'deepseek-v3': 37e9,
    };
    for (const [id, active] of Object.entries(published)) {
      const p = parameterBreakdown(modelById.get(id)!);
      const computed = p.dense + p.outputHead + p.activeRoutedExperts;
      expect(Math.abs(computed - active) / active, id).toBeLessThan(0.1);
    }
  });
});

describe('every catalog model', () => {
  it('has a parameter total that covers its embeddings and experts (within rounding of the published total)', () => {
    for (const m of models) {
      const p = parameterBreakdown(m);
      const computedFloor = p.embedding + p.outputHead + p.routedExperts;
      expect(computedFloor / p.total, m.id).toBeLessThan(1.02);
    }
  });
});

describe('file sizes estimated without the published figure', () => {
  it('Llama 3.1 8B Q4_K_M comes within 3% of the 4.58 GiB in llama.cpp tools/quantize/README.md', () => {
    const w = weightBytes(withoutPublishedSizes('llama-3.1-8b'), 'q4_k_m');
    expect(w.fromPublishedFile).toBe(false);
    expect(Math.abs(w.total / GiB - 4.58) / 4.58).toBeLessThan(0.03);
  });

  it('gpt-oss-20b MXFP4 (experts 4.25 bits, the rest BF16) matches the 13.76 GB native checkpoint', () => {
    // openai/gpt-oss-20b safetensors shards: 4.79 + 4.80 + 4.17 GB = 13.76 GB (quants.md section 3).
    // (ggml-org's GGUF is smaller, 11.27 GiB, because it stores some non-expert tensors narrower: the
    // engine uses that published size when it has it.)
    const w = weightBytes(withoutPublishedSizes('gpt-oss-20b'), 'mxfp4');
    expect(Math.abs(w.total / 1e9 - 13.76) / 13.76).toBeLessThan(0.03);
  });

  it('gpt-oss K-quant files stay near the MXFP4 size because the experts stay MXFP4', () => {
    // unsloth/gpt-oss-20b-GGUF lists Q4_K_M 11.6 GB against F16 13.8 GB (quants.md section 3).
    const m = withoutPublishedSizes('gpt-oss-20b');
    const q4 = weightBytes(m, 'q4_k_m').total;
    const f16 = weightBytes(m, 'f16').total;
    expect(q4 / f16).toBeGreaterThan(0.75);
    expect(f16 / GiB).toBeLessThan(16); // a dense f16 20.9B model would be 38.9 GiB
  });

  it('uses a published size when there is one', () => {
    const w = weightBytes(modelById.get('gpt-oss-120b')!, 'mxfp4');
    expect(w.fromPublishedFile).toBe(true);
    expect(w.total / GiB).toBeCloseTo(59.02, 6);
    expect(w.embedding + w.outputHead + w.routedExperts + w.dense).toBeCloseTo(w.total, 0);
  });
});

describe('format ids as people type them (issue 7)', () => {
  it('resolves the dynamic-quant names uploaders use ("UD-Q2_K_XL") to the catalog id and its published file', () => {
    // unsloth/DeepSeek-R1-GGUF DeepSeek-R1-UD-Q2_K_XL: 49.8 + 3 x 50 + 26.8 = 226.6 GB = 211.04 GiB.
    const r = estimate({ model: 'deepseek-r1', device: 'rtx-4090', quant: 'UD-Q2_K_XL' });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.quant).toMatchObject({ id: 'ud-q2_k_xl', fromPublishedFile: true });
      expect(r.value.quant.fileSizeGB).toBeCloseTo(226.6e9 / GiB, 1);
    }
  });

  it('rejects a format the catalog cannot size, naming the known ones (including the new i-quants)', () => {
    const r = estimate({ model: 'deepseek-r1', device: 'rtx-4090', quant: 'UD-Q3_K_XXL' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.field).toBe('quant');
      expect(r.error.message).toMatch(/Unknown format "UD-Q3_K_XXL"\. Known: .*iq1_s.*ud-q2_k_xl/);
    }
  });

  it('says which formats a model is published in when asked for another', () => {
    const r = estimate({ model: 'llama-3.1-8b', device: 'rtx-4090', quant: 'ud-iq1_s' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/not published as ud-iq1_s\. Available: .*q4_k_m/);
  });
});

describe('i-quant block layouts (bits per weight from bytes per 256-weight block)', () => {
  it('matches the hand arithmetic of each GGML type', () => {
    // IQ1_S: 256 weights in 50 bytes = 1.5625 bpw; IQ1_M 56 B = 1.75; IQ2_XS 74 B = 2.3125; IQ3_XXS 98 B = 3.0625;
    // IQ4_NL: 32 weights in 18 bytes = 4.5 (ggml-common.h block sizes; quants.md section 1).
    const expected: Record<string, number> = { iq1_s: 1.5625, iq1_m: 1.75, iq2_xs: 2.3125, iq3_xxs: 3.0625, iq4_nl: 4.5 };
    for (const [id, bits] of Object.entries(expected)) expect(formatById.get(id as FormatId)?.nominalBitsPerWeight, id).toBe(bits);
  });
});
