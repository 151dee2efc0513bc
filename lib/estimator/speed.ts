/**
 * Decode and prefill speed.
 *
 * Decode (one token at a time) is bound by memory reads. Seconds per token =
 *   accelerator weight bytes / (bandwidth x weightEfficiency[backend])
 * + KV bytes read at this depth / (bandwidth x kvEfficiency)
 * + host (system RAM) weight and KV bytes / (RAM bandwidth x weightEfficiency[cpu])
 * + msPerLayer[backend] x layers on the accelerator + msPerLayer[cpu] x layers with work on the CPU
 * + handoffMs x GPU<->CPU hand-offs per token.
 * Offload (discrete GPU with part of the model in system RAM), per token:
 * - read from RAM: the routed experts chosen for this token in layers whose experts are in RAM
 *   (--n-cpu-moe), every weight of layers in RAM (-ngl N < all), the output head whenever -ngl leaves a
 *   layer on the CPU (llama.cpp keeps the head on the GPU only when every layer is there), one embedding
 *   row; their KV cache lives and is read on the CPU side too; at the CPU's effective bandwidth
 *   (RAM bandwidth x weightEfficiency[cpu]: what llama.cpp's threads reach, well below the DIMMs' peak);
 * - hand-offs: each change of device in the graph synchronises the GPU stream, copies the hidden state
 *   over PCIe and wakes the CPU thread pool: one per layer with experts in RAM (its attention runs on
 *   the GPU, its experts on the CPU), two for -ngl N (into the GPU layers, back out to the head). This
 *   fixed cost is why the first expert layers or layers moved to RAM cost far more than their bytes, and
 *   why a model that "almost fits" runs much slower than one that fits: the head and the first
 *   hand-offs arrive with the first layer moved off the GPU, each further layer adds only its bytes.
 * The weight read is bounded below by the time to dequantise the weights at the chip's FP16 rate
 * (dequantOpsPerWeight): chips with little compute per byte of bandwidth (M1 Max, MI50, P100) are
 * compute-bound on quantised files even at batch 1.
 * The per-layer term is the fixed cost of launching a layer's kernels and synchronising; it is why
 * small or sparse models fall far below bandwidth / size. MoE models read only the active experts.
 *
 * Prefill (the prompt, in micro-batches of b = min(-ub, P) tokens) is bound by compute, except where
 * few tokens reach each weight. Seconds for P prompt tokens after D already in context =
 *   max(dense matmul FLOPs / (rate x eff(b)), dense weights read once per micro-batch / bandwidth)
 * + max(routed-expert FLOPs / (rate x eff(b x experts per token / experts)), experts used per
 *   micro-batch read once / bandwidth)
 * + attention FLOPs / (rate x attentionEfficiency)
 * with rate = FP16 TFLOPS x the path's peak factor x utilisation[kernel path], and
 * eff(t) = t / (t + batchHalfTokens[backend]): a matmul of t tokens reuses each weight tile t times;
 * routed experts (ggml mul_mat_id) see only their share of the micro-batch (gpt-oss-120b at ub 512: 16).
 * + for offload: the weights held in RAM cross PCIe once per micro-batch (llama.cpp runs a matmul of
 *   32 or more tokens on the GPU even when its weights live in RAM: ggml-cuda offload_op,
 *   op_offload_min_batch_size 32), at pcieGBps; below 32 tokens the CPU computes them at CPU TFLOPS;
 * + CPU only: all FLOPs / CPU TFLOPS.
 * Kernel paths: on CUDA, quantised weights run llama.cpp's MMQ integer kernels (int8 tensor cores) and
 * 16-bit weights run cuBLAS with FP16 accumulation; each path's utilisation is of its own peak
 * (cudaPeakFactors: GeForce runs FP32 accumulate, the catalog's figure, at half rate). V100, P100 and
 * builds before llama.cpp PR #8075 (calibration rows only) run quantised weights through cuBLAS after a
 * separate kernel writes them out as FP16; 2023 builds (calibration rows only) have their own utilisation.
 * On Vulkan, NVIDIA (cooperative-matrix-2 shaders on the tensor cores) takes cuBLAS's peak and, without
 * rows of its own, its utilisation; AMD and Intel get their own paths where rows allow. AMD parts whose
 * catalog figure is the RDNA3+ WMMA / dual-issue rate count at half of it (amdMatrixCores).
 * CPU decode (CPU only, layers or experts in RAM) is the larger of the RAM read and unpacking the
 * weights (cpuDequantOpsPerWeight operations each at the engine's CPU TFLOPS).
 * ik_llama.cpp (calibration rows only): its repacked CPU kernels and fused MoE get their own CPU pair
 * and CPU TFLOPS, fitted on its rows alone, so they never move the llama.cpp constants the site uses.
 * Attention FLOPs per full layer = 4 x heads x headDim x (P x D + P^2 / 2); sliding layers see at
 * most their window. When a device's TFLOPS is unknown it is inferred from its bandwidth with the
 * median TFLOPS-per-bandwidth of the calibration rows' devices of the same memory kind, and the range widens.
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
    /** ik_llama.cpp's CPU side (weight-read efficiency of RAM bandwidth, fixed ms per CPU layer). */
    ikCpu: DecodeConstants;
    /** Fixed milliseconds per GPU<->CPU hand-off per token (stream sync, PCIe copy, thread-pool wake). */
    handoffMs: number;
    kvEfficiency: number;
    /**
     * Operations per quantised weight at batch 1 (unpack, scale, multiply-add), run at the device's
     * FP16 rate. Chips with little compute per byte of bandwidth become compute-bound here.
     */
    dequantOpsPerWeight: number;
    /**
     * The same for weights the CPU multiplies (CPU only, and layers or experts in system RAM), run at the
     * engine's fitted CPU rate (prefill.cpuTFLOPS / ikCpuTFLOPS): few-bit files of huge MoE models
     * (DeepSeek-V3/R1 experts at 2-4 bits) are bound by unpacking, not by RAM bandwidth.
     */
    cpuDequantOpsPerWeight: number;
  };
  prefill: {
    default: PrefillConstants;
    backends: Partial<Record<Backend, PrefillConstants>>;
    /** Kernel paths with their own utilisation (see prefillPath). */
    paths: Partial<Record<PrefillPath, PrefillConstants>>;
    cpuTFLOPS: number;
    /** ik_llama.cpp's CPU prompt processing rate. */
    ikCpuTFLOPS: number;
    /** Effective host-to-GPU copy rate for weights in RAM during prompt processing (GB/s). */
    pcieGBps: number;
    /**
     * For display only (the estimate uses batchHalfTokens): the share of the dense rate that routed-expert
     * matmuls reach at llama-bench's default micro-batch of 512 with 32 tokens per expert (Qwen3-30B-A3B's
     * routing), per backend with its own batchHalfTokens.
     */
    expertEfficiency: Partial<Record<Backend, number>>;
    /** Fraction of the path's matmul rate that attention (flash-attention kernels over the KV cache) reaches. */
    attentionEfficiency: number;
    /**
     * Tokens per weight matrix per micro-batch at which a matmul reaches half of its path's large-batch
     * rate, per backend with MoE rows (default: the rest).
     */
    batchHalfTokens: Partial<Record<Backend | 'default', number>>;
    tflopsPerGBps: { discrete: number; unified: number };
  };
  bands: { decode: Band; decodeOffload: Band; prefill: Band; prefillInferredTflops: Band };
}

export const defaultCalibration = calibration as Calibration;

function decodeConstants(c: Calibration, backend: Backend): DecodeConstants {
  return c.decode.backends[backend] ?? c.decode.default;
}
export type PrefillPath = 'cuda-quantised' | 'cuda-f16' | 'cuda-2023' | 'vulkan-nvidia' | 'vulkan-amd' | 'vulkan-intel';
export const PREFILL_PATHS: readonly PrefillPath[] = ['cuda-quantised', 'cuda-f16', 'cuda-2023', 'vulkan-nvidia', 'vulkan-amd', 'vulkan-intel'];

/**
 * The build's kernel choice where it is not the current llama.cpp default. Calibration rows only: the
 * site always estimates a current build. `cublasForQuantised`: a CUDA build from before llama.cpp PR
 * #8075 (merged 2024-06-24), which dequantised quantised weights to FP16 and ran cuBLAS for prompt batches.
 */
export interface KernelOptions {
  cublasForQuantised?: boolean;
  /** A 2023 CUDA build (calibration rows only): cuBLAS for every weight type, at its own utilisation. */
  cuda2023?: boolean;
}

/**
 * Peak matmul rates of an NVIDIA GPU relative to the catalog's FP16 figure (dense FP16 tensor with FP32
 * accumulate, or the FP16/FP32 shader rate for GPUs without tensor cores), for llama.cpp's two CUDA
 * prompt paths:
 * - `cublas`: FP16 GEMM with FP16 accumulate (ggml-cuda calls cuBLAS with CUBLAS_COMPUTE_16F). GeForce RTX
 *   runs FP32 accumulate at half its FP16-accumulate rate, so its FP16-accumulate peak is 2x the catalog
 *   figure; workstation and data-centre parts run both at the same rate (1x). GPUs without FP16 tensor
 *   cores: the catalog figure (1x).
 * - `mmq`: llama.cpp's quantised MMQ kernels on int8 tensor cores (Turing and newer): INT8 dense is 2x the
 *   FP16-accumulate rate, so 4x the catalog figure on GeForce RTX and 2x elsewhere. Pascal GP102/GP104
 *   (GTX 10, P40) run MMQ on __dp4a at 4x their FP32 rate (the catalog figure); Turing GTX 16 at 4x FP32 =
 *   2x the catalog's shader FP16.
 * - `mmqAvailable`: false where PR #8075 keeps cuBLAS for quantised weights: V100 (FP16 tensor cores but no
 *   int8 MMQ) and P100 (no __dp4a).
 * Sources: NVIDIA Ampere GA102 and Ada whitepapers (GeForce: FP16 tensor with FP32 accumulate at half
 * rate; INT8 tensor 2x FP16), llama.cpp PR #8075 and ggml-cuda's cuBLAS call.
 */
export function cudaPeakFactors(hw: Scenario['hardware']): { cublas: number; mmq: number; mmqAvailable: boolean } {
  const id = hw.deviceId ?? '';
  if (hw.vendor !== 'nvidia') return { cublas: 1, mmq: 2, mmqAvailable: true };
  if (/^(tesla-)?p100|^v100/.test(id)) return { cublas: 1, mmq: 1, mmqAvailable: false };
  if (/^gtx-10|^(tesla-)?p40$/.test(id)) return { cublas: 1, mmq: 4, mmqAvailable: true };
  if (/^gtx-16/.test(id)) return { cublas: 1, mmq: 2, mmqAvailable: true };
  // GeForce RTX, and GB10 (DGX Spark): its GPU is a GeForce-class Blackwell (sm_121), rated in the catalog
  // like the RTX 5070 it matches in cores and tensor throughput.
  if (hw.segment === 'consumer' || hw.segment === 'laptop' || hw.segment === 'soc') return { cublas: 2, mmq: 4, mmqAvailable: true };
  return { cublas: 1, mmq: 2, mmqAvailable: true };
}

/**
 * AMD GPUs whose catalog FP16 figure is a matrix-core rate (RDNA3 / RDNA4 WMMA, CDNA MFMA: MI100, MI200,
 * MI300), at least twice the packed-FP16 shader rate per compute unit and clock that the catalog gives
 * parts without matrix cores (RDNA1/2, GCN, Vega): 64 lanes x 2 (FMA) x 2 (packed FP16) x 2 (RDNA3 dual
 * issue / WMMA); MI100 184.6 matrix vs 46.1 packed FP16 (AMD's spec table). On all of them llama.cpp's
 * prompt kernels are the matrix-core MMQ (RDNA3 WMMA-MMQ since PR #17576, CDNA MFMA-MMQ since PR #14949 /
 * #23227), whose int8 peak equals the FP16 matrix figure on RDNA3 and CDNA1.
 */
export function amdMatrixCores(hw: Scenario['hardware']): boolean {
  const id = hw.deviceId ?? '';
  return /^rx-[79]\d{3}|^radeon-pro-w7|^ryzen-ai-max|^radeon-(7[68]0m|8[689]0m)|^mi[123]\d\d/.test(id);
}

/**
 * Peak prompt rate relative to the catalog figure for AMD GPUs. llama.cpp's AMD kernels (MMQ on __dp4a-style
 * int8 dot products under ROCm, the scalar and cooperative-matrix mul_mm shaders under Vulkan) are fitted on
 * both generations; on parts whose catalog figure counts the RDNA3 dual-issue / WMMA doubling, the rate they
 * reach is half the catalog figure per unit of utilisation.
 */
function amdPeakFactor(hw: Scenario['hardware']): number {
  return hw.vendor === 'amd' && amdMatrixCores(hw) ? 0.5 : 1;
}

/** The prompt-processing kernel path of a scenario, where the data separates one. */
export function prefillPath(s: Scenario, k: KernelOptions = {}): PrefillPath | undefined {
  const hw = s.hardware;
  if (hw.backend === 'cuda' && k.cuda2023) return 'cuda-2023';
  if (hw.backend === 'cuda')
    return isQuantised(s.formatId) && !k.cublasForQuantised && cudaPeakFactors(hw).mmqAvailable ? 'cuda-quantised' : 'cuda-f16';
  if (hw.backend === 'vulkan' && (hw.vendor === 'nvidia' || hw.vendor === 'amd' || hw.vendor === 'intel')) return `vulkan-${hw.vendor}`;
  return undefined;
}

function prefillConstants(c: Calibration, s: Scenario, path: PrefillPath | undefined): PrefillConstants {
  // NVIDIA's Vulkan driver runs ggml's cooperative-matrix-2 shaders on the same tensor cores, FP16 in and
  // FP16 accumulate, as cuBLAS: without rows of its own the path takes cuBLAS's utilisation.
  if (path === 'vulkan-nvidia' && !c.prefill.paths?.[path] && c.prefill.paths?.['cuda-f16']) return c.prefill.paths['cuda-f16'];
  return (path && c.prefill.paths?.[path]) || c.prefill.backends[s.hardware.backend] || c.prefill.default;
}

const cpuDecodeConstants = (c: Calibration, s: Scenario) => (s.cpuKernels === 'ik_llama.cpp' ? c.decode.ikCpu : decodeConstants(c, 'cpu'));
const cpuTflops = (c: Calibration, s: Scenario) => (s.cpuKernels === 'ik_llama.cpp' ? c.prefill.ikCpuTFLOPS : c.prefill.cpuTFLOPS);

/**
 * GPU<->CPU hand-offs per generated token beyond the input embedding every run has: one per layer whose
 * experts are in RAM, two when -ngl leaves layers (and so the output head) on the CPU.
 */
export function handoffsPerToken(s: Scenario, split: LoadSplit): number {
  if (s.hardware.memoryKind !== 'discrete' || split.gpuLayers === 0) return 0;
  const partial = split.gpuLayers < s.model.architecture.layers ? 2 : 0;
  return partial + split.cpuMoeLayers;
}

/** Seconds to generate one token with `depthTokens` already in context. */
export function decodeSecondsPerToken(s: Scenario, split: LoadSplit, depthTokens: number, c: Calibration): number {
  const hw = s.hardware;
  const cpu = cpuDecodeConstants(c, s);
  const acc = hw.backend === 'cpu' ? cpu : decodeConstants(c, hw.backend);
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
    const hostRead = split.host.readBytesPerToken / (ramBw * cpu.weightEfficiency);
    const hostUnpack = ((split.host.readBytesPerToken / bytesPerWeight(s)) * c.decode.cpuDequantOpsPerWeight) / (cpuTflops(c, s) * 1e12);
    seconds +=
      Math.max(hostRead, hostUnpack) +
      (kvRead * split.host.layerShare) / (ramBw * c.decode.kvEfficiency) +
      (cpu.msPerLayer / 1000) * cpuLayers;
  }
  return seconds + (c.decode.handoffMs / 1000) * handoffsPerToken(s, split);
}

const isQuantised = (f: FormatId) => f !== 'f16' && f !== 'bf16' && f !== 'f32';

/** Average bytes per weight of the file (weights are counted, not bytes, for compute). */
function bytesPerWeight(s: Scenario): number {
  return weightBytes(s.model, s.formatId).total / (s.model.totalParamsB * 1e9);
}

/** The device's FP16 TFLOPS (all devices together), or an estimate from bandwidth when unknown. */
export function effectiveTflops(s: Scenario, c: Calibration): { tflops: number; inferred: boolean } {
  const hw = s.hardware;
  if (hw.backend === 'cpu') return { tflops: cpuTflops(c, s), inferred: false };
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

/** ggml-cuda's op_offload_min_batch_size: smaller batches stay on the CPU for weights in RAM. */
const OFFLOAD_MIN_BATCH_TOKENS = 32;

/** Seconds to process `promptTokens` of prompt after `depthTokens` already in context. */
export function prefillSeconds(
  s: Scenario,
  split: LoadSplit,
  promptTokens: number,
  depthTokens: number,
  c: Calibration,
  kernels: KernelOptions = {},
): number {
  const hw = s.hardware;
  const p = parameterBreakdown(s.model);
  const L = s.model.architecture.layers;
  const moe = s.model.architecture.moe;
  // Matmul parameters per token, split by where they run (the output head only for the last token).
  const activeExpertsPerLayer = moe ? p.activeRoutedExperts / moe.moeLayers : 0;
  const accDense = (p.dense * split.accelerator.layers) / L;
  const accExperts = activeExpertsPerLayer * Math.max(0, Math.min(split.accelerator.layers, moe?.moeLayers ?? 0) - split.cpuMoeLayers);
  const accParams = accDense + accExperts;
  const hostParams = p.dense + p.activeRoutedExperts - accParams;
  const hostExperts = p.activeRoutedExperts - accExperts;
  if (promptTokens <= 0) return 0;
  const path = prefillPath(s, kernels);
  const cudaPeak = hw.backend === 'cuda' ? cudaPeakFactors(hw) : undefined;
  const peak =
    path === 'cuda-quantised'
      ? cudaPeak!.mmq
      : path === 'cuda-f16' || path === 'cuda-2023'
        ? cudaPeak!.cublas
        : path === 'vulkan-nvidia'
          ? cudaPeakFactors(hw).cublas
          : amdPeakFactor(hw);
  const tflops = effectiveTflops(s, c).tflops * peak;
  const util = prefillConstants(c, s, path).utilisation;
  const attention = attentionFlops(s, promptTokens, depthTokens);
  const microBatch = s.microBatchTokens ?? MICRO_BATCH_TOKENS;
  const microBatches = Math.ceil(promptTokens / microBatch);
  const acc = decodeConstants(c, hw.backend);
  const hostFlops = 2 * hostParams * promptTokens + attention * split.host.layerShare;
  const hostWork = hostFlops > 0 && split.host.layerShare + split.cpuMoeLayers > 0;
  // Weights in RAM that a prompt's matmuls use (the embedding is a row lookup; the head sees one token).
  const w = weightBytes(s.model, s.formatId);
  const streamedBytes = Math.max(0, split.host.weightBytes - w.embedding - (split.gpuLayers < L ? w.outputHead : 0));
  // llama.cpp runs matmuls of >= 32 tokens on the GPU, copying weights held in RAM over PCIe.
  const streamToGpu = hostWork && split.gpuLayers > 0 && Math.min(microBatch, promptTokens) >= OFFLOAD_MIN_BATCH_TOKENS;
  // GPU work. Each weight matrix multiplies the tokens routed to it per micro-batch: the whole
  // micro-batch for dense matrices, micro-batch x experts per token / experts for a routed expert
  // (ggml mul_mat_id gathers them). A matmul of t tokens reaches t / (t + batchHalfTokens) of the
  // path's large-batch rate: below that many tokens each weight tile loaded is reused too few times.
  // Each class of matmul is the slower of its compute and of reading its weights once per micro-batch
  // (a roofline per class: MoE expert matmuls at a few tokens per expert are read-bound on chips
  // with little bandwidth per FLOP).
  const b = Math.min(microBatch, promptTokens);
  // CPU matmuls (llama.cpp's and ik_llama.cpp's) are measured at the rate the CPU-only rows give, whole.
  const half = hw.backend === 'cpu' ? 0 : (c.prefill.batchHalfTokens[hw.backend] ?? c.prefill.batchHalfTokens.default ?? 0);
  const batchEff = (t: number) => t / (t + half);
  const tokensPerExpert = moe ? (b * moe.expertsPerToken) / moe.expertsTotal : b;
  const xe = batchEff(tokensPerExpert);
  const de = batchEff(b);
  const ae = c.prefill.attentionEfficiency;
  const rate = tflops * 1e12 * util;
  const bw = hw.bandwidthGBps * 1e9 * acc.weightEfficiency;
  const moeLayersOnAcc = moe ? Math.max(0, Math.min(split.accelerator.layers, moe.moeLayers) - split.cpuMoeLayers) : 0;
  // Share of an MoE layer's experts that some token of a micro-batch uses.
  const touched = moe ? 1 - (1 - moe.expertsPerToken / moe.expertsTotal) ** b : 0;
  const accExpertBytes = moe ? (w.routedExperts * moeLayersOnAcc * touched) / moe.moeLayers : 0;
  const accDenseBytes = split.accelerator.weightBytes - (moe ? (w.routedExperts * moeLayersOnAcc) / moe.moeLayers : 0);
  // cuBLAS on quantised weights: a separate kernel first reads each matrix and writes it out as FP16
  // (2 bytes a weight), then the GEMM reads the FP16 copy, per micro-batch.
  const cublasDequant = (path === 'cuda-f16' || path === 'cuda-2023') && isQuantised(s.formatId);
  const gemmBytesFactor = cublasDequant ? 2 / bytesPerWeight(s) : 1;
  const dequantSeconds = cublasDequant ? (microBatches * (accDenseBytes + accExpertBytes) * (1 + 2 / bytesPerWeight(s))) / bw : 0;
  const denseCompute = (2 * promptTokens * accDense) / de / rate;
  const expertCompute = (2 * promptTokens * accExperts) / xe / rate;
  const denseRead = (microBatches * accDenseBytes * gemmBytesFactor) / bw;
  const expertRead = (microBatches * accExpertBytes * gemmBytesFactor) / bw;
  const attentionSeconds = (attention * split.accelerator.layerShare) / ae / rate;
  const streamedSeconds = streamToGpu
    ? (2 * promptTokens * (hostParams - hostExperts) / de + (2 * promptTokens * hostExperts) / xe + (attention * split.host.layerShare) / ae) / rate
    : 0;
  let seconds =
    dequantSeconds +
    Math.max(denseCompute, denseRead) +
    Math.max(expertCompute, expertRead) +
    attentionSeconds +
    streamedSeconds;
  if (streamToGpu) seconds += (microBatches * streamedBytes) / (c.prefill.pcieGBps * 1e9);
  else if (hostWork) seconds += hostFlops / (cpuTflops(c, s) * 1e12);
  return seconds;
}
