import { describe, expect, it } from 'vitest';
import { modelById } from '../catalog';
import { kvBytesPerTokenPerLayer, kvBytesReadPerToken, kvCacheBytes } from './kv-cache';

const model = (id: string) => modelById.get(id)!;
const KiB = 1024;
const GiB = 2 ** 30;

describe('KV cache size, checked by hand', () => {
  it('Llama 3.1 8B: 2 x 32 layers x 8 KV heads x 128 x 2 bytes = 128 KiB per token in f16', () => {
    const perToken = kvBytesPerTokenPerLayer(model('llama-3.1-8b'), 'f16') * 32;
    expect(perToken).toBe(2 * 32 * 8 * 128 * 2);
    expect(perToken).toBe(128 * KiB);
    // 32K context: 128 KiB x 32768 = 4 GiB; 128K: 16 GiB (data/reference/quants.md section 4).
    expect(kvCacheBytes(model('llama-3.1-8b'), 32768, 'f16')).toBe(4 * GiB);
    expect(kvCacheBytes(model('llama-3.1-8b'), 131072, 'f16')).toBe(16 * GiB);
  });

  it('quantised caches use the GGML block sizes: q8_0 34/32, q4_0 18/32 bytes per element', () => {
    // 2 x 32 x 8 x 128 = 65,536 elements per token: q8_0 69,632 B (68 KiB), q4_0 36,864 B (36 KiB).
    expect(kvCacheBytes(model('llama-3.1-8b'), 1, 'q8_0')).toBe(68 * KiB);
    expect(kvCacheBytes(model('llama-3.1-8b'), 1, 'q4_0')).toBe(36 * KiB);
  });

  it('gpt-oss-20b: only the 12 full-attention layers grow with context', () => {
    // Per layer per token: 2 x 8 KV heads x 64 x 2 B = 2,048 B.
    // Full layers at 131,072 tokens: 12 x 131,072 x 2,048 = 3 GiB.
    // Sliding layers cache window 128 + micro-batch 512 = 640 tokens: 12 x 640 x 2,048 = 15,728,640 B.
    expect(kvCacheBytes(model('gpt-oss-20b'), 131072, 'f16')).toBe(3 * GiB + 12 * 640 * 2048);
    // Without the window the cache would be 6 GiB: the saving is real.
    expect(kvCacheBytes(model('gpt-oss-20b'), 131072, 'f16')).toBeLessThan(6 * GiB * 0.51);
  });

  it('Gemma 3 27B: 10 global layers grow, 52 local layers keep 1,024 + 512 tokens', () => {
    // Per layer per token: 2 x 16 x 128 x 2 = 8,192 B. Global at 131,072: 10 x 131,072 x 8,192 = 10 GiB.
    // Local: 52 x 1,536 x 8,192 = 654,311,424 B.
    expect(kvCacheBytes(model('gemma-3-27b'), 131072, 'f16')).toBe(10 * GiB + 52 * 1536 * 8192);
  });

  it('DeepSeek-V3 caches the MLA latent: 61 x (512 + 64) x 2 B = 70,272 B per token', () => {
    expect(kvCacheBytes(model('deepseek-v3'), 1, 'f16')).toBe(70272);
  });

  it('a decode step reads the cached tokens of full layers and at most the window of sliding ones', () => {
    // gpt-oss-20b at depth 10,000: 12 full x 10,000 x 2,048 + 12 sliding x 128 x 2,048.
    expect(kvBytesReadPerToken(model('gpt-oss-20b'), 10000, 'f16')).toBe(12 * 10000 * 2048 + 12 * 128 * 2048);
    expect(kvBytesReadPerToken(model('llama-3.1-8b'), 0, 'f16')).toBe(0);
  });
});
