import { describe, expect, it } from 'vitest';
import { estimate, type EstimateInput, type EstimateResult } from './index';

function run(input: EstimateInput): EstimateResult {
  const r = estimate(input);
  if (!r.ok) throw new Error(`${r.error.field}: ${r.error.message}`);
  return r.value;
}

describe('placement', () => {
  it('gpt-oss-20b fits a 24 GB card with room to spare', () => {
    const r = run({ model: 'gpt-oss-20b', device: 'rtx-4090', contextTokens: 8192 });
    expect(r.verdict).toBe('fits');
    expect(r.placement.kind).toBe('gpu');
    expect(r.commands.llamaCpp).toContain('-ngl 99');
    expect(r.commands.llamaCpp).not.toContain('--n-cpu-moe');
  });

  it('gpt-oss-120b with every expert in RAM keeps only attention, head, cache and buffers on the GPU', () => {
    // By hand: experts = 36 x 128 x 3 x 2880^2 params x 4.25/8 bytes = 60.91 GB = 56.73 GiB of the 59.02 GiB
    // file, so 2.29 GiB are other tensors, of which the input embedding (a 201,088 x 2,880 table, ~0.62 GiB at
    // the file's non-expert width) stays in system RAM: ~1.67 GiB of weights on the GPU.
    const r = run({ model: 'gpt-oss-120b', device: 'rtx-4090', systemRamGB: 96, offload: 'cpu-moe:36', contextTokens: 8192 });
    const expertsGiB = (36 * 128 * 3 * 2880 * 2880 * 4.25) / 8 / 2 ** 30;
    const embeddingGiB = ((59.02 - expertsGiB) * 201088 * 2880) / (116.8e9 - 36 * 128 * 3 * 2880 * 2880);
    expect(r.verdict).toBe('offload');
    expect(r.memoryGB.weights).toBeCloseTo(59.02 - expertsGiB - embeddingGiB, 1);
    expect(r.placement.systemRamGB).toBeCloseTo(expertsGiB + embeddingGiB, 1);
    // gperdrizet.github.io llms-demo reports "~5 GB VRAM" for --n-cpu-moe 36 (context not stated).
    expect(r.memoryGB.total).toBeGreaterThan(2);
    expect(r.memoryGB.total).toBeLessThan(6.5);
    expect(r.commands.llamaCpp).toContain('--n-cpu-moe 36');
  });

  it('gpt-oss-120b on a 24 GB card keeps the fewest expert layers in RAM that make it fit', () => {
    // By hand: experts are 36 x 128 x 3 x 2880^2 = 114.66 B params of 116.8 B; at 4.25 bits that is
    // ~56.7 GiB before scaling to the 59.02 GiB file, i.e. ~1.53 GiB of experts per layer. The GPU pool
    // is 24 - 0.5 display - 0.4 runtime = 23.1 GiB; attention, head, cache and compute take ~2.2 GiB,
    // leaving ~20.9 GiB: 13 layers' experts fit, so 36 - 13 = 23 layers' experts go to RAM.
    const r = run({ model: 'gpt-oss-120b', device: 'rtx-4090', systemRamGB: 64, contextTokens: 8192 });
    expect(r.verdict).toBe('offload');
    expect(r.placement.kind).toBe('cpu-moe');
    expect(r.placement.cpuMoeLayers).toBeGreaterThanOrEqual(22);
    expect(r.placement.cpuMoeLayers).toBeLessThanOrEqual(24);
    expect(r.memoryGB.total).toBeLessThanOrEqual(r.memoryGB.available);
  });

  it('runs gpt-oss-120b CPU-only in about the 60-66 GB Unsloth quotes', () => {
    // Unsloth announcement: gpt-oss-120b runs in ~66 GB of RAM; the file alone is 59.02 GiB.
    const r = run({ model: 'gpt-oss-120b', device: 'cpu-ddr5-5600-2ch', memoryGB: 96, contextTokens: 8192 });
    expect(r.verdict).toBe('cpu-only');
    expect(r.memoryGB.total).toBeGreaterThan(59);
    expect(r.memoryGB.total).toBeLessThan(66);
    expect(r.commands.llamaCpp).toContain('-ngl 0');
  });

  it('says how much is missing when nothing fits', () => {
    const r = run({ model: 'deepseek-v3', device: 'rtx-4090', systemRamGB: 64 });
    expect(r.verdict).toBe('does-not-fit');
    expect(r.memoryGB.missing).toBeGreaterThan(100);
    expect(r.decodeTokensPerSecond).toEqual({ low: 0, expected: 0, high: 0 });
    expect(r.notes.join(' ')).toMatch(/Short by about/);
  });

  it('splits a 70B model across two 24 GB cards instead of summing memory naively', () => {
    // Llama 3 70B Q4_K_M is 39.59 GiB (llama-bench); two RTX 3090s run it fully on GPU (XiongjieDai benchmarks).
    const two = run({ model: 'llama-3-70b', quant: 'q4_k_m', device: 'rtx-3090', devices: 2, contextTokens: 4096 });
    expect(two.verdict).toBe('fits');
    expect(two.placement.perDeviceGB).toBeLessThan(24);
    expect(two.placement.perDeviceGB).toBeGreaterThan(39.59 / 2);
    const one = run({ model: 'llama-3-70b', quant: 'q4_k_m', device: 'rtx-3090', contextTokens: 4096, offload: 'none' });
    expect(one.verdict).toBe('does-not-fit');
  });

  it('uses the Apple GPU working-set limit, not all of the RAM', () => {
    // 64 GB Mac: 48 GiB for the GPU. Llama 3.3 70B Q8_0 (~70 GiB) does not fit; Q4_K_M (~40 GiB) does.
    expect(run({ model: 'llama-3.3-70b', quant: 'q8_0', device: 'apple-m2-max', memoryGB: 64 }).verdict).toBe('does-not-fit');
    const r = run({ model: 'llama-3.3-70b', quant: 'q4_k_m', device: 'apple-m2-max', memoryGB: 64, contextTokens: 4096 });
    expect(r.verdict).toBe('fits');
    expect(r.memoryGB.available).toBeCloseTo(48, 1);
    expect(r.notes.join(' ')).toMatch(/iogpu\.wired_limit_mb/);
  });

  it('offloads whole layers of a dense model that does not fit', () => {
    const r = run({ model: 'llama-3.1-70b', device: 'rtx-4090', systemRamGB: 64, contextTokens: 4096 });
    expect(r.verdict).toBe('offload');
    expect(r.placement.kind).toBe('gpu-layers');
    expect(r.placement.gpuLayers).toBeGreaterThan(20);
    expect(r.placement.gpuLayers).toBeLessThan(80);
    expect(r.commands.llamaCpp).toContain(`-ngl ${r.placement.gpuLayers}`);
    // Offloaded layers run at system-RAM speed: far slower than the all-GPU 8B model.
    expect(r.decodeTokensPerSecond.expected).toBeLessThan(10);
  });

  it('a quantised KV cache shrinks memory and adds the flash-attention flags', () => {
    const f16 = run({ model: 'llama-3.1-8b', device: 'rtx-4060', contextTokens: 32768 });
    const q8 = run({ model: 'llama-3.1-8b', device: 'rtx-4060', contextTokens: 32768, kvCache: 'q8_0' });
    // 32K context: f16 4 GiB, q8_0 4 x 34/64 = 2.125 GiB.
    expect(f16.memoryGB.kvCache + (f16.placement.kind === 'gpu' ? 0 : 0)).toBeGreaterThan(q8.memoryGB.kvCache);
    expect(q8.commands.llamaCpp).toContain('-ctk q8_0 -ctv q8_0');
    expect(q8.commands.llamaCpp).toContain('-fa on');
    expect(q8.commands.ollama).toContain('OLLAMA_KV_CACHE_TYPE=q8_0');
  });
});

describe('commands', () => {
  it('gives the exact llama.cpp and Ollama commands for gpt-oss-20b', () => {
    const r = run({ model: 'gpt-oss-20b', device: 'rtx-4090', contextTokens: 16384 });
    expect(r.commands.llamaCpp).toBe('llama-server -hf ggml-org/gpt-oss-20b-GGUF -c 16384 -ngl 99 --jinja');
    expect(r.commands.ollama).toBe('OLLAMA_CONTEXT_LENGTH=16384 ollama serve\nollama run gpt-oss:20b');
  });
});

describe('Ollama commands for partial placements', () => {
  it('pins the estimated layer split with num_gpu', () => {
    const r = run({ model: 'llama-3.1-70b', device: 'rtx-4090', systemRamGB: 64, contextTokens: 4096 });
    expect(r.placement.kind).toBe('gpu-layers');
    expect(r.commands.ollama).toContain(`/set parameter num_gpu ${r.placement.gpuLayers}`);
  });
  it('pins CPU-only runs to zero GPU layers', () => {
    const r = run({ model: 'llama-3.1-8b', device: 'cpu-ddr5-5600-2ch' });
    expect(r.commands.ollama).toContain('/set parameter num_gpu 0');
  });
  it('adds nothing when everything fits', () => {
    const r = run({ model: 'gpt-oss-20b', device: 'rtx-4090' });
    expect(r.commands.ollama).not.toContain('num_gpu');
  });
});
