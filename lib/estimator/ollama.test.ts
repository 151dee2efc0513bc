import { describe, expect, it } from 'vitest';
import { estimate } from './index';
import { ollamaDefaultContext } from './ollama';

describe('Ollama runtime (rules of ollama/ollama v0.32.15)', () => {
  it('default context by total VRAM: >= 47 GiB 262144, >= 23 GiB 32768, else 4096 (server/routes.go)', () => {
    expect(ollamaDefaultContext(8)).toBe(4096);
    expect(ollamaDefaultContext(22.9)).toBe(4096);
    expect(ollamaDefaultContext(24)).toBe(32768);
    expect(ollamaDefaultContext(48)).toBe(262144);
  });

  it('applies the default context, capped at the model limit, unless the input gives one', () => {
    const at = (input: Record<string, unknown>) => {
      const r = estimate({ model: 'llama-3.1-8b', runtime: 'ollama', ...input });
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    };
    expect(at({ device: 'rtx-3060-12gb' }).contextTokens).toBe(4096);
    expect(at({ device: 'rtx-4090' }).contextTokens).toBe(32768);
    // 96 GB: 262144 by VRAM, but Llama 3.1 stops at 131072.
    expect(at({ device: 'rtx-pro-6000-blackwell' }).contextTokens).toBe(131072);
    expect(at({ device: 'rtx-4090', contextTokens: 8192 }).contextTokens).toBe(8192);
    const llama = estimate({ model: 'llama-3.1-8b', device: 'rtx-4090' });
    expect(llama.ok && llama.value.runtime).toEqual({ name: 'llama.cpp', defaults: [] });
  });

  it("leaves 1 GiB free on the GPU for llama.cpp's fit, so a tight fit spills earlier than tuned llama.cpp", () => {
    // gpt-oss-20b (~12 GiB file) cannot fit a 12 GB RTX 4070 whole; under Ollama the GPU's share stays at
    // least 1 GiB below its 12 GB.
    const ollama = estimate({ model: 'gpt-oss-20b', device: 'rtx-4070', runtime: 'ollama', contextTokens: 4096 });
    const tuned = estimate({ model: 'gpt-oss-20b', device: 'rtx-4070', contextTokens: 4096 });
    if (!ollama.ok || !tuned.ok) throw new Error('estimate failed');
    expect(ollama.value.placement.cpuMoeLayers).toBeGreaterThanOrEqual(tuned.value.placement.cpuMoeLayers);
    expect(ollama.value.memoryGB.total).toBeLessThanOrEqual(12 - 1);
  });

  it('rejects an unknown runtime', () => {
    const r = estimate({ model: 'llama-3.1-8b', device: 'rtx-4090', runtime: 'vllm' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.field).toBe('runtime');
  });
});
