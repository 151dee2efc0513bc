/**
 * Where the weights and cache go, and whether that fits.
 *
 * Two pools: the accelerator (a discrete GPU's VRAM, or the single pool of unified memory or of a
 * CPU-only machine) and, for discrete GPUs only, system RAM. llama.cpp's layout is modelled:
 * - the input embedding stays in system RAM (one row is read per token);
 * - `-ngl N` puts the last N repeating layers on the GPU, and the output head too when all are;
 *   a model with tied embeddings still multiplies by the whole embedding matrix for its logits every
 *   token (llama.cpp loads token_embd again as the output tensor), so that read counts as the head's;
 * - `--n-cpu-moe N` keeps the routed experts of N layers in system RAM, the rest on the GPU;
 * - each layer's KV cache lives with the layer; the compute buffer and runtime context sit on
 *   every GPU; layers are split across several GPUs as evenly as whole layers allow.
 * `auto` tries, in order: everything on the GPU; for MoE models the fewest expert layers in RAM;
 * the most whole layers on the GPU; CPU only. When nothing fits it reports how much is missing.
 */
import type { Scenario } from './input';
import { kvCacheBytes } from './kv-cache';
import { computeBufferBytes, memoryBudget, type MemoryBudget } from './memory';
import { gibToBytes } from './units';
import { tokenEmbeddingShare, type WeightBytes } from './weights';

export type Verdict = 'fits' | 'offload' | 'cpu-only' | 'does-not-fit';

export interface PoolLoad {
  weightBytes: number;
  kvBytes: number;
  computeBytes: number;
  overheadBytes: number;
  /** Weight bytes read from this pool per generated token. */
  readBytesPerToken: number;
  /** Fraction of the layers (and so of the KV cache) held here. */
  layerShare: number;
  layers: number;
}

export interface LoadSplit {
  gpuLayers: number;
  cpuMoeLayers: number;
  accelerator: PoolLoad;
  host: PoolLoad;
  /** Bytes on the fullest accelerator device. */
  fullestDeviceBytes: number;
  fitsAccelerator: boolean;
  fitsHost: boolean;
}

export interface Placement {
  verdict: Verdict;
  split: LoadSplit;
  budget: MemoryBudget;
  /** Bytes short when nothing fits (0 otherwise). */
  missingBytes: number;
}

const emptyPool = (): PoolLoad => ({
  weightBytes: 0,
  kvBytes: 0,
  computeBytes: 0,
  overheadBytes: 0,
  readBytesPerToken: 0,
  layerShare: 0,
  layers: 0,
});

/** The load of each pool for `gpuLayers` layers on the accelerator with the experts of `cpuMoeLayers` layers in RAM. */
export function loadSplit(s: Scenario, w: WeightBytes, budget: MemoryBudget, gpuLayers: number, cpuMoeLayers: number): LoadSplit {
  const a = s.model.architecture;
  const L = a.layers;
  const moe = a.moe;
  const activeFraction = moe ? moe.expertsPerToken / moe.expertsTotal : 0;
  const denseLayer = w.dense / L;
  const expertLayer = moe ? w.routedExperts / moe.moeLayers : 0;
  // MoE layers are the last moeLayers (DeepSeek's first three are dense); --n-cpu-moe counts from the first.
  const moeLayersOnGpu = moe ? Math.max(0, Math.min(gpuLayers, moe.moeLayers) - cpuMoeLayers) : 0;
  const moeLayersOnHost = moe ? moe.moeLayers - moeLayersOnGpu : 0;
  const headOnGpu = gpuLayers === L;
  // Bytes the output projection reads per token: the head, or the token embedding matrix when they are
  // tied (not a per-layer embedding table, which is only looked up).
  const headRead = w.outputHead > 0 ? w.outputHead : a.tiedEmbeddings ? w.embedding * tokenEmbeddingShare(a) : 0;
  const kvTotal = kvCacheBytes(s.model, s.contextTokens, s.kvCache);
  const compute = computeBufferBytes(s.model);
  const n = s.hardware.deviceCount;

  const acc = emptyPool();
  const host = emptyPool();
  acc.layers = gpuLayers;
  acc.layerShare = gpuLayers / L;
  acc.weightBytes = gpuLayers * denseLayer + moeLayersOnGpu * expertLayer + (headOnGpu ? w.outputHead : 0);
  acc.readBytesPerToken =
    gpuLayers * denseLayer + moeLayersOnGpu * expertLayer * activeFraction + (headOnGpu ? headRead : 0);
  acc.kvBytes = kvTotal * acc.layerShare;
  acc.computeBytes = gpuLayers > 0 ? compute * n : 0;
  acc.overheadBytes = budget.perDeviceOverheadBytes * n;

  host.layers = L - gpuLayers;
  host.layerShare = 1 - acc.layerShare;
  host.weightBytes = (L - gpuLayers) * denseLayer + moeLayersOnHost * expertLayer + (headOnGpu ? 0 : w.outputHead);
  host.readBytesPerToken =
    (L - gpuLayers) * denseLayer + moeLayersOnHost * expertLayer * activeFraction + (headOnGpu ? 0 : headRead);
  host.kvBytes = kvTotal * host.layerShare;
  host.computeBytes = gpuLayers === 0 ? compute : 0;

  const oneDevicePool = s.hardware.memoryKind !== 'discrete';
  if (oneDevicePool) {
    // Unified and CPU-only memory: one pool holds everything, the embedding included.
    acc.weightBytes += host.weightBytes + w.embedding;
    acc.readBytesPerToken += host.readBytesPerToken;
    acc.kvBytes += host.kvBytes;
    acc.computeBytes = compute;
    acc.layers = L;
    acc.layerShare = 1;
    Object.assign(host, emptyPool());
  } else {
    host.weightBytes += w.embedding;
  }

  const layerBytesOnGpu = acc.weightBytes - (headOnGpu && !oneDevicePool ? w.outputHead : 0) + acc.kvBytes;
  const layersOnFullest = Math.ceil(gpuLayers / n);
  const fullestDeviceBytes =
    n === 1 || gpuLayers === 0
      ? acc.weightBytes + acc.kvBytes + acc.computeBytes + acc.overheadBytes
      : (layerBytesOnGpu * layersOnFullest) / gpuLayers +
        (headOnGpu ? w.outputHead : 0) +
        compute +
        budget.perDeviceOverheadBytes;
  const hostNeed = host.weightBytes + host.kvBytes + host.computeBytes;
  return {
    gpuLayers,
    cpuMoeLayers,
    accelerator: acc,
    host,
    fullestDeviceBytes,
    fitsAccelerator: gpuLayers === 0 && !oneDevicePool ? true : fullestDeviceBytes <= budget.perDevicePoolBytes,
    fitsHost: hostNeed <= budget.systemRamUsableBytes || hostNeed === 0,
  };
}

/** Free memory llama.cpp's automatic fit leaves on each GPU under Ollama (common/fit.cpp; --fit-target default 1024 MiB). */
export const OLLAMA_FIT_MARGIN_GIB = 1;

export function place(s: Scenario, w: WeightBytes): Placement {
  const budget = memoryBudget(s.hardware);
  // Ollama leaves the layout to llama-server's fit, which keeps a margin free on every GPU (ollama.ts).
  if (s.runtime === 'ollama' && s.offload.kind === 'auto' && s.hardware.memoryKind === 'discrete')
    budget.perDevicePoolBytes = Math.max(0, budget.perDevicePoolBytes - gibToBytes(OLLAMA_FIT_MARGIN_GIB));
  const L = s.model.architecture.layers;
  const moe = s.model.architecture.moe;
  const fits = (x: LoadSplit) => x.fitsAccelerator && x.fitsHost;
  const full = loadSplit(s, w, budget, L, 0);
  const discrete = s.hardware.memoryKind === 'discrete';

  const verdictOf = (x: LoadSplit): Verdict => {
    if (!fits(x)) return 'does-not-fit';
    if (!discrete) return s.hardware.backend === 'cpu' ? 'cpu-only' : 'fits';
    if (x.gpuLayers === 0) return 'cpu-only';
    return x.gpuLayers === L && x.cpuMoeLayers === 0 ? 'fits' : 'offload';
  };
  const result = (x: LoadSplit): Placement => ({
    verdict: verdictOf(x),
    split: x,
    budget,
    missingBytes: fits(x) ? 0 : missingBytes(x, budget, discrete),
  });

  const req = s.offload;
  if (!discrete || req.kind === 'none') return result(full);
  if (req.kind === 'cpu-moe') return result(loadSplit(s, w, budget, L, req.layers));
  if (req.kind === 'gpu-layers') return result(loadSplit(s, w, budget, req.layers, 0));

  if (fits(full)) return result(full);
  // Moving expert layers to RAM (or whole layers off the GPU) only ever shrinks the GPU's share and
  // grows the host's, so the boundary is found by bisection; if the host cannot hold the load at the
  // boundary, it cannot at any layout further along.
  if (moe) {
    const n = firstTrue(1, moe.moeLayers, (k) => loadSplit(s, w, budget, L, k).fitsAccelerator);
    if (n !== undefined) {
      const x = loadSplit(s, w, budget, L, n);
      if (fits(x)) return result(x);
    }
  }
  const fewestOff = firstTrue(1, L - 1, (off) => loadSplit(s, w, budget, L - off, 0).fitsAccelerator);
  if (fewestOff !== undefined) {
    const x = loadSplit(s, w, budget, L - fewestOff, 0);
    if (fits(x)) return result(x);
  }
  const cpu = loadSplit(s, w, budget, 0, 0);
  if (fits(cpu)) return result(cpu);
  // Nothing fits: report the shortfall of the layout that needs the least extra memory.
  const candidates = [full, cpu, ...(moe ? [loadSplit(s, w, budget, L, moe.moeLayers)] : [])];
  return candidates.map(result).reduce((best, p) => (p.missingBytes < best.missingBytes ? p : best));
}

/** The smallest k in [lo, hi] for which `ok` holds, given that it stays true once true. */
function firstTrue(lo: number, hi: number, ok: (k: number) => boolean): number | undefined {
  if (lo > hi || !ok(hi)) return undefined;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ok(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function missingBytes(x: LoadSplit, b: MemoryBudget, discrete: boolean): number {
  const accShort = x.fitsAccelerator ? 0 : x.fullestDeviceBytes - b.perDevicePoolBytes;
  if (!discrete) return accShort;
  const hostNeed = x.host.weightBytes + x.host.kvBytes + x.host.computeBytes;
  const hostShort = Math.max(0, hostNeed - b.systemRamUsableBytes);
  return accShort + hostShort;
}
