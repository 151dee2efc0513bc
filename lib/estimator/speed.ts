/**
 * Decode and prefill speed.
 *
 * Decode (one token at a time) is bound by memory reads. Seconds per token =
 *   accelerator weight bytes / (bandwidth x weightEfficiency[backend])
 * + KV bytes read at this depth / (bandwidth x kvEfficiency)
 * + host (system RAM) weight and KV bytes / (RAM bandwidth x weightEfficiency[cpu])
 * + msPerLayer[backend] x layers on the accelerator + msPerLayer[cpu] x layers with work on the CPU.
 * The weight read is bounded below by the time to dequantise the weights at the chip's FP16 rate
 * (dequantOpsPerWeight): chips with little compute per byte of bandwidth (M1 Max, MI50, P100) are
 * compute-bound on quantised files even at batch 1.
 * The per-layer term is the fixed cost of launching a layer's kernels and synchronising; it is why
 * small or sparse models fall far below bandwidth / size. MoE models read only the active experts.
 *
 * Prefill (the prompt, in micro-batches) is bound by compute. Seconds for P prompt tokens after D
 * already in context =
 *   (2 x active matmul parameters x P + attention FLOPs) / (FP16 TFLOPS x utilisation[backend])
 * + one pass over the accelerator's weights per micro-batch / (bandwidth x weightEfficiency)
 * + host-resident active parameters x 2 x P / CPU FLOPS.
 * Attention FLOPs per full layer = 4 x heads x headDim x (P x D + P^2 / 2); sliding layers see at
 * most their window. When a device's TFLOPS is unknown it is inferred from its bandwidth with the
 * median TFLOPS-per-bandwidth of catalog devices of the same memory kind, and the range widens.
 *
 * All constants come from `calibration.json`, fitted by `npm run calibrate`.
 */
import type { Backend, FormatId } from '../catalog/types';
import calibration from './calibration.json';
import type { Scenario } from './input';
import { MICRO_BATCH_TOKENS, kvBytesReadPerToken } from './kv-cache';
import type { LoadSplit } from './placement';
import { parameterBreakdown, weightBytes } from './weights';

export interface DecodeConstants {
  weightEfficiency: number;
  msPerLayer: number;
}
export interface PrefillConstants {
  utilisation: number;
}
export interface Band {
  low: number;
  high: number;
}
export interface Calibration {
  decode: {
    default: DecodeConstants;
    backends: Partial<Record<Backend, DecodeConstants>>;
    kvEfficiency: number;
    /**
     * Operations per quantised weight at batch 1 (unpack, scale, multiply-add), run at the device's
     * FP16 rate. Chips with little compute per byte of bandwidth become compute-bound here.
     */
    dequantOpsPerWeight: number;
  };
  prefill: {
    default: PrefillConstants;
    backends: Partial<Record<Backend, PrefillConstants>>;
    cpuTFLOPS: number;
    tflopsPerGBps: { discrete: number; unified: number };
  };
  bands: { decode: Band; decodeOffload: Band; prefill: Band; prefillInferredTflops: Band };
}

export const defaultCalibration = calibration as Calibration;

function decodeConstants(c: Calibration, backend: Backend): DecodeConstants {
  return c.decode.backends[backend] ?? c.decode.default;
}
function prefillConstants(c: Calibration, backend: Backend): PrefillConstants {
  return c.prefill.backends[backend] ?? c.prefill.default;
}

/** Seconds to generate one token with `depthTokens` already in context. */
export function decodeSecondsPerToken(s: Scenario, split: LoadSplit, depthTokens: number, c: Calibration): number {
  const hw = s.hardware;
  const acc = decodeConstants(c, hw.backend);
  const cpu = decodeConstants(c, 'cpu');
  const kvRead = kvBytesReadPerToken(s.model, depthTokens, s.kvCache);
  const accBw = hw.bandwidthGBps * 1e9;
  const readSeconds = split.accelerator.readBytesPerToken / (accBw * acc.weightEfficiency);
  const dequantSeconds = isQuantised(s.formatId) && hw.backend !== 'cpu'
    ? ((split.accelerator.readBytesPerToken / bytesPerWeight(s)) * c.decode.dequantOpsPerWeight) / (effectiveTflops(s, c).tflops * 1e12)
    : 0;
  let seconds =
    Math.max(readSeconds, dequantSeconds) +
    (kvRead * split.accelerator.layerShare) / (accBw * c.decode.kvEfficiency) +
    (acc.msPerLayer / 1000) * split.accelerator.layers;
  if (split.host.readBytesPerToken > 0 || split.host.layerShare > 0) {
    const ramBw = hw.systemRamBandwidthGBps * 1e9;
    const cpuLayers = split.host.layers + split.cpuMoeLayers;
    seconds +=
      split.host.readBytesPerToken / (ramBw * cpu.weightEfficiency) +
      (kvRead * split.host.layerShare) / (ramBw * c.decode.kvEfficiency) +
      (cpu.msPerLayer / 1000) * cpuLayers;
  }
  return seconds;
}

const isQuantised = (f: FormatId) => f !== 'f16' && f !== 'bf16' && f !== 'f32';

/** Average bytes per weight of the file (weights are counted, not bytes, for compute). */
function bytesPerWeight(s: Scenario): number {
  return weightBytes(s.model, s.formatId).total / (s.model.totalParamsB * 1e9);
}

/** The device's FP16 TFLOPS (all devices together), or an estimate from bandwidth when unknown. */
export function effectiveTflops(s: Scenario, c: Calibration): { tflops: number; inferred: boolean } {
  const hw = s.hardware;
  if (hw.backend === 'cpu') return { tflops: c.prefill.cpuTFLOPS, inferred: false };
  if (hw.fp16TFLOPS !== undefined) return { tflops: hw.fp16TFLOPS, inferred: false };
  const ratio = hw.memoryKind === 'discrete' ? c.prefill.tflopsPerGBps.discrete : c.prefill.tflopsPerGBps.unified;
  return { tflops: hw.bandwidthGBps * ratio, inferred: true };
}

function attentionFlops(s: Scenario, promptTokens: number, depthTokens: number): number {
  const a = s.model.architecture;
  const perElement = 4 * a.attentionHeads * a.headDim;
  const sliding = a.slidingWindow?.slidingLayers ?? 0;
  const full = a.layers - sliding;
  const P = promptTokens;
  const fullSum = P * depthTokens + (P * P) / 2;
  const window = a.slidingWindow?.windowTokens ?? 0;
  return perElement * (full * fullSum + sliding * P * Math.min(window, depthTokens + P / 2));
}

/** Seconds to process `promptTokens` of prompt after `depthTokens` already in context. */
export function prefillSeconds(s: Scenario, split: LoadSplit, promptTokens: number, depthTokens: number, c: Calibration): number {
  const hw = s.hardware;
  const p = parameterBreakdown(s.model);
  const L = s.model.architecture.layers;
  const moe = s.model.architecture.moe;
  // Matmul parameters per token, split by where they run (the output head only for the last token).
  const activeExpertsPerLayer = moe ? p.activeRoutedExperts / moe.moeLayers : 0;
  const accParams =
    (p.dense * split.accelerator.layers) / L +
    activeExpertsPerLayer * Math.max(0, Math.min(split.accelerator.layers, moe?.moeLayers ?? 0) - split.cpuMoeLayers);
  const hostParams = p.dense + p.activeRoutedExperts - accParams;
  const { tflops } = effectiveTflops(s, c);
  const util = prefillConstants(c, hw.backend).utilisation;
  const attention = attentionFlops(s, promptTokens, depthTokens);
  const accFlops = 2 * accParams * promptTokens + attention * split.accelerator.layerShare;
  const hostFlops = 2 * hostParams * promptTokens + attention * split.host.layerShare;
  const microBatches = Math.ceil(promptTokens / MICRO_BATCH_TOKENS);
  const acc = decodeConstants(c, hw.backend);
  let seconds =
    accFlops / (tflops * 1e12 * util) +
    (microBatches * split.accelerator.weightBytes) / (hw.bandwidthGBps * 1e9 * acc.weightEfficiency);
  if (hostFlops > 0 && split.host.layerShare + split.cpuMoeLayers > 0) seconds += hostFlops / (c.prefill.cpuTFLOPS * 1e12);
  return seconds;
}
