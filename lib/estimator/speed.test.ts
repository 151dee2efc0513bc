import { describe, expect, it } from 'vitest';
import { modelById } from '../catalog';
import { estimate } from './index';
import { cudaPeakFactors, type Calibration } from './speed';

/** Ideal constants: full bandwidth, no fixed cost, full compute. Isolates the arithmetic from the fit. */
const ideal: Calibration = {
  decode: {
    default: { weightEfficiency: 1, msPerLayer: 0 },
    backends: { cpu: { weightEfficiency: 1, msPerLayer: 0 } },
    ikCpu: { weightEfficiency: 1, msPerLayer: 0 },
    handoffMs: 0,
    kvEfficiency: 1,
    dequantOpsPerWeight: 0,
    cpuDequantOpsPerWeight: 0,
  },
  prefill: { default: { utilisation: 1 }, backends: {}, paths: {}, cpuTFLOPS: 1, ikCpuTFLOPS: 1, pcieGBps: 16, expertEfficiency: {}, batchHalfTokens: {}, attentionEfficiency: 1, tflopsPerGBps: { discrete: 0.1, unified: 0.1 } },
  bands: {
    decode: { low: 1, high: 1 },
    decodeOffload: { low: 1, high: 1 },
    prefill: { low: 1, high: 1 },
    prefillInferredTflops: { low: 1, high: 1 },
  },
};

describe('decode arithmetic with ideal constants', () => {
  it('a dense model reads every weight but the input embedding once per token', () => {
    // Llama 3.1 8B F16, published as 14.96 GiB (llama.cpp quantize README). Embedding 128,256 x 4,096
    // params of the file's 16.0005-bit average; on a 1,000 GB/s device at depth 1 (KV ~128 KiB):
    const m = modelById.get('llama-3.1-8b')!;
    const params = m.totalParamsB * 1e9;
    const embeddingShare = (128256 * 4096) / params;
    const fileBytes = (m.fileSizesGiB?.f16 ?? (params * 16.0005) / 8 / 2 ** 30) * 2 ** 30;
    const bytesPerToken = fileBytes * (1 - embeddingShare) + 2 * 32 * 8 * 128 * 2;
    const r = estimate({ model: 'llama-3.1-8b', quant: 'f16', memoryGB: 80, bandwidthGBps: 1000, tflops: 100, promptTokens: 1 }, ideal);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.decodeTokensPerSecond.expected).toBeCloseTo(1e12 / bytesPerToken, 0);
  });

  it('an MoE model reads only its active experts', () => {
    // gpt-oss-20b: 4 of 32 experts per token. Its decode must be far faster than size/bandwidth.
    const r = estimate({ model: 'gpt-oss-20b', memoryGB: 24, bandwidthGBps: 1000, tflops: 100, promptTokens: 1 }, ideal);
    if (!r.ok) throw new Error(r.error.message);
    const naive = 1e12 / (11.27 * 2 ** 30);
    expect(r.value.decodeTokensPerSecond.expected).toBeGreaterThan(3 * naive);
  });

  it('a long context slows decoding because each token reads the whole cache', () => {
    const at = (promptTokens: number) => {
      const r = estimate({ model: 'llama-3.1-8b', device: 'rtx-4090', contextTokens: 65536, promptTokens });
      if (!r.ok) throw new Error(r.error.message);
      return r.value.decodeTokensPerSecond.expected;
    };
    expect(at(60000)).toBeLessThan(at(100) * 0.8);
  });
});

describe('prefill arithmetic with ideal constants', () => {
  it('is 2 x active parameters FLOPs per token plus attention, over TFLOPS', () => {
    // Llama 3.1 8B F16, a 512-token prompt on a 100 TFLOPS, 20,000 GB/s device. Matmul parameters exclude
    // the input embedding (a lookup) and the output head (run for the last token only):
    // 8.03e9 - 2 x 128,256 x 4,096. Attention over 32 layers: 4 x 32 heads x 128 x 512^2 / 2 each.
    // Plus one pass over the GPU-resident weights for the one micro-batch, at 20,000 GB/s.
    const r = estimate({ model: 'llama-3.1-8b', quant: 'f16', memoryGB: 80, bandwidthGBps: 20000, tflops: 100, promptTokens: 512, contextTokens: 512 }, ideal);
    if (!r.ok) throw new Error(r.error.message);
    const m = modelById.get('llama-3.1-8b')!;
    const matmulParams = m.totalParamsB * 1e9 - 2 * 128256 * 4096;
    const attention = 32 * 4 * 32 * 128 * (512 * 512) / 2;
    const gpuWeightBytes = (m.totalParamsB * 1e9 - 128256 * 4096) * 2; // ~16 bits each, embedding stays in RAM
    const seconds = (2 * matmulParams * 512 + attention) / 100e12 + gpuWeightBytes / 20000e9;
    const ratio = r.value.prefillTokensPerSecond.expected / (512 / seconds);
    expect(ratio).toBeGreaterThan(0.97);
    expect(ratio).toBeLessThan(1.03);
  });
});

describe('calibrated ranges', () => {
  it('reports low <= expected <= high from the calibration residuals', () => {
    const r = estimate({ model: 'gpt-oss-20b', device: 'rtx-4090' });
    if (!r.ok) throw new Error(r.error.message);
    for (const range of [r.value.decodeTokensPerSecond, r.value.prefillTokensPerSecond]) {
      expect(range.low).toBeLessThanOrEqual(range.expected);
      expect(range.expected).toBeLessThanOrEqual(range.high);
      expect(range.high).toBeGreaterThan(range.low);
    }
  });
});

describe('time to a finished answer', () => {
  it('grows with gpt-oss reasoning effort, using the typical reasoning tokens', () => {
    const r = estimate({ model: 'gpt-oss-20b', device: 'rtx-4090', contextTokens: 32768 });
    if (!r.ok) throw new Error(r.error.message);
    const t = r.value.timeToAnswerByReasoningEffortSeconds!;
    expect(t.low.expected).toBeLessThan(t.medium.expected);
    expect(t.medium.expected).toBeLessThan(t.high.expected);
    // high effort ~19,200 reasoning tokens + 512 answer tokens at roughly the decode rate.
    const rate = r.value.decodeTokensPerSecond.expected;
    expect(t.high.expected).toBeGreaterThan((19000 + 512) / rate / 1.5);
    expect(t.high.expected).toBeLessThan(((19500 + 512) / rate) * 1.5);
  });

  it('is absent for models without reasoning effort', () => {
    const r = estimate({ model: 'llama-3.1-8b', device: 'rtx-4090' });
    expect(r.ok && r.value.timeToAnswerByReasoningEffortSeconds).toBeUndefined();
  });
});

describe('CUDA prompt-path peaks relative to the catalog figure (dense FP16 tensor, FP32 accumulate)', () => {
  const hw = (deviceId: string, segment: 'consumer' | 'workstation' | 'datacenter') =>
    ({ name: deviceId, deviceId, vendor: 'nvidia', segment, memoryKind: 'discrete', memoryGiB: 24, bandwidthGBps: 900, backend: 'cuda', deviceCount: 1, systemRamGiB: 64, systemRamBandwidthGBps: 80 }) as const;
  it('GeForce: INT8 tensor 4x, FP16-accumulate 2x (RTX 3090: 71 TFLOPS FP32-acc, 142 FP16-acc, 284 INT8 TOPS, GA102 whitepaper)', () => {
    const f = cudaPeakFactors(hw('rtx-3090', 'consumer'));
    expect(71 * f.cublas).toBe(142);
    expect(71 * f.mmq).toBe(284);
  });
  it('workstation: FP32 accumulate at full rate, INT8 2x (RTX A6000: 154.8 FP16, 309.7 INT8 TOPS)', () => {
    const f = cudaPeakFactors(hw('rtx-a6000', 'workstation'));
    expect(f.cublas).toBe(1);
    expect(154.8 * f.mmq).toBeCloseTo(309.7, 0);
  });
  it('V100 keeps cuBLAS for quantised prompts (no int8 MMQ; llama.cpp PR #8075)', () => {
    expect(cudaPeakFactors(hw('v100-pcie-16gb', 'datacenter')).mmqAvailable).toBe(false);
  });
});
