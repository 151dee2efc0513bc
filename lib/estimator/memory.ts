/**
 * How much memory a run may use, and what it spends besides weights and KV cache.
 *
 * Usable memory (GiB, as memory is sold):
 * - discrete GPU: VRAM less a display/driver reserve (a desktop compositor and the driver hold some
 *   VRAM; headless datacenter cards less), then less the runtime's own context per device;
 * - Apple silicon: Metal's default GPU working-set limit (recommendedMaxWorkingSetSize):
 *   two thirds of RAM up to 36 GB, above that the larger of three quarters and RAM - 20.48 GiB.
 *   Measured: 16 GB -> 10.67 GiB (llama-cpp-python#687 log), 64 GB -> 48 GiB (llama.cpp#1870 log),
 *   128 GB -> 107.52 GiB (antirez/ds4#893, macOS 26). Raise it with `sudo sysctl iogpu.wired_limit_mb=N`;
 * - integrated GPUs (segment 'igpu'): half of system RAM, the default share the OS and driver give a
 *   GPU without VRAM. Windows WDDM: TotalSystemMemoryAvailableForGraphics = max(TotalSystemMemory / 2,
 *   64 MB) (Microsoft WDDM docs "Calculating Graphics Memory", msdn.microsoft.com/en-us/library/windows/
 *   hardware/ff538322, read via a copy at topic.alibabacloud.com). Linux amdgpu: default GTT size
 *   max(3 GiB, RAM / 2) since kernel commit f7ba887f606b ("drm/amdgpu: Adjust logic around GTT size",
 *   2022; git.zx2c4.com mirror), raised with amdgpu.gttsize (MiB) or ttm.pages_limit; a BIOS UMA
 *   frame-buffer carve-out adds dedicated memory. Intel's i915/xe limits were
 *   not checked; the WDDM rule is used for every iGPU;
 * - other unified memory (Strix Halo, GB10: segment 'soc') and CPU-only RAM: RAM less an OS reserve.
 * Compute buffer: llama.cpp reserves a worst-case graph for one micro-batch of 512 tokens with flash
 * attention; its largest tensors are the logits (ubatch x vocab x 4 bytes) and activations
 * (ubatch x ~8 x hidden x 4 bytes).
 */
import type { Backend, Model } from '../catalog/types';
import type { Hardware } from './input';
import { MICRO_BATCH_TOKENS } from './kv-cache';
import { gibToBytes } from './units';

/** Runtime context per device (CUDA/ROCm context, cuBLAS/hipBLAS workspaces, Vulkan/Metal pipelines). */
const RUNTIME_OVERHEAD_GIB: Record<Backend, number> = {
  cuda: 0.4,
  rocm: 0.4,
  sycl: 0.4,
  vulkan: 0.3,
  metal: 0.1,
  cpu: 0.1,
};

function displayReserveGiB(hw: Hardware): number {
  if (hw.memoryKind !== 'discrete') return 0;
  return hw.segment === 'datacenter' ? 0.25 : 0.5;
}

export function appleWiredLimitGiB(ramGiB: number): number {
  if (!Number.isFinite(ramGiB) || ramGiB < 0) throw new RangeError(`appleWiredLimitGiB: RAM must be a finite number of GB, at least 0; got ${ramGiB}`);
  if (ramGiB <= 36) return (ramGiB * 2) / 3;
  return Math.max(ramGiB * 0.75, ramGiB - 20.48);
}

/** The share of system RAM an integrated GPU may use by default (WDDM: max(RAM / 2, 64 MB)). */
export function igpuSharedLimitGiB(ramGiB: number): number {
  return Math.max(ramGiB / 2, 64 / 1024);
}

/** OS and applications' share of a single shared pool. */
function osReserveGiB(ramGiB: number): number {
  return Math.max(3, ramGiB * 0.08);
}

export interface MemoryBudget {
  /** Bytes of one accelerator (or of the one shared pool) that a run may use, overhead included. */
  perDevicePoolBytes: number;
  /** Runtime overhead bytes per device, spent out of the pool. */
  perDeviceOverheadBytes: number;
  /** Bytes of separate system RAM available for offloaded weights (discrete GPUs only). */
  systemRamUsableBytes: number;
  /** Why a run may use less than the memory installed, in one sentence (for the memory bar). */
  reserve: string;
  notes: string[];
}

export function memoryBudget(hw: Hardware): MemoryBudget {
  const notes: string[] = [];
  const overheadGiB = RUNTIME_OVERHEAD_GIB[hw.backend];
  let poolGiB: number;
  let reserve: string;
  if (hw.memoryKind === 'discrete') {
    poolGiB = hw.memoryGiB - displayReserveGiB(hw);
    reserve =
      hw.segment === 'datacenter'
        ? `The driver keeps about ${displayReserveGiB(hw)} GB of each card's memory.`
        : `The desktop, the driver and other programs keep about ${displayReserveGiB(hw)} GB of each card's memory.`;
  } else if (hw.memoryKind === 'unified' && hw.vendor === 'apple') {
    poolGiB = appleWiredLimitGiB(hw.memoryGiB);
    reserve = "macOS lets the GPU use only part of unified memory (Metal's working-set limit); the rest stays with the system and apps.";
    notes.push(
      `macOS lets the GPU use about ${poolGiB.toFixed(1)} of ${hw.memoryGiB} GB by default; \`sudo sysctl iogpu.wired_limit_mb=${Math.round((hw.memoryGiB - 4) * 1024)}\` raises it (until reboot), leaving less for apps.`,
    );
  } else if (hw.memoryKind === 'unified' && hw.segment === 'igpu') {
    poolGiB = Math.min(igpuSharedLimitGiB(hw.memoryGiB), hw.memoryGiB - osReserveGiB(hw.memoryGiB));
    reserve = 'By default an integrated GPU may use only part of system RAM; the rest stays with the system and apps.';
    notes.push(
      `An integrated GPU may use about ${poolGiB.toFixed(1)} of ${hw.memoryGiB} GB of system RAM by default (half: Windows' shared GPU memory, Linux amdgpu's default GTT). On Linux, amdgpu.gttsize=<MiB> or ttm.pages_limit raises it; a larger UMA frame buffer in the BIOS (AMD Variable Graphics Memory) adds dedicated memory.`,
    );
  } else {
    poolGiB = hw.memoryGiB - osReserveGiB(hw.memoryGiB);
    reserve = `The operating system and other programs keep about ${osReserveGiB(hw.memoryGiB).toFixed(1)} GB.`;
  }
  const systemRamUsableGiB = hw.memoryKind === 'discrete' ? Math.max(0, hw.systemRamGiB - osReserveGiB(hw.systemRamGiB)) : 0;
  return {
    perDevicePoolBytes: gibToBytes(Math.max(0, poolGiB)),
    perDeviceOverheadBytes: gibToBytes(overheadGiB),
    systemRamUsableBytes: gibToBytes(systemRamUsableGiB),
    reserve,
    notes,
  };
}

export function computeBufferBytes(model: Model): number {
  const a = model.architecture;
  return MICRO_BATCH_TOKENS * (a.vocabSize + 8 * a.hiddenSize) * 4;
}
