import { describe, expect, it } from 'vitest';
import { applyPatch } from './patch';
import { scenario } from './state';

describe('applyPatch', () => {
  it('keeps the chosen context when the new model allows it, clamps it when not', () => {
    const s = scenario({ model: 'gpt-oss-20b', contextTokens: 65536, promptTokens: 60000 });
    // Phi-4 allows 16,384 tokens (config.json max_position_embeddings).
    const phi = applyPatch(s, { model: 'phi-4' });
    expect(phi.contextTokens).toBe(16384);
    expect(phi.promptTokens).toBe(16384);
    // gpt-oss-120b allows 131,072.
    expect(applyPatch(s, { model: 'gpt-oss-120b' }).contextTokens).toBe(65536);
  });

  it('drops a format, an effort and an expert offload the new model does not have', () => {
    const s = scenario({ model: 'gpt-oss-20b', quant: 'mxfp4', reasoningEffort: 'high', offload: 'cpu-moe:10' });
    const next = applyPatch(s, { model: 'llama-3.1-8b' });
    expect(next.quant).toBeUndefined();
    expect(next.reasoningEffort).toBeUndefined();
    expect(next.offload).toBe('auto');
  });

  it('gives a unified-memory machine one pool: one device, no offload, its default memory', () => {
    const s = scenario({ device: 'rtx-3090', gpus: 2, offload: 'gpu-layers:10', memoryGB: 24 });
    const mac = applyPatch(s, { device: 'apple-m4-max-16c40g' });
    expect(mac).toMatchObject({ gpus: 1, offload: 'auto', memoryGB: undefined });
  });
});

describe('applyPatch and the runtime', () => {
  it('hands the context to Ollama when switching to it, and takes it back when the reader types one', () => {
    const s = applyPatch(scenario(), { runtime: 'ollama' });
    expect(s.runtimeContext).toBe(true);
    expect(applyPatch(s, { contextTokens: 16384 }).runtimeContext).toBe(false);
    expect(applyPatch(s, { runtime: undefined }).runtimeContext).toBeUndefined();
  });
});
