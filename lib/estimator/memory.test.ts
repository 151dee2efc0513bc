import { describe, expect, it } from 'vitest';
import type { Hardware } from './input';
import { appleWiredLimitGiB, igpuSharedLimitGiB, memoryBudget } from './memory';
import { gibToBytes } from './units';

describe("Apple's default GPU working-set limit", () => {
  it('matches recommendedMaxWorkingSetSize values printed by llama.cpp and Metal', () => {
    // 16 GB Mac: "recommendedMaxWorkingSetSize = 10922.67 MB" (abetlen/llama-cpp-python#687) = 10.67 GiB.
    expect(appleWiredLimitGiB(16) * 1024).toBeCloseTo(10922.67, 1);
    // 64 GB M2 Max: "recommendedMaxWorkingSetSize = 49152.00 MiB" (ggml-org/llama.cpp#1870).
    expect(appleWiredLimitGiB(64) * 1024).toBeCloseTo(49152, 6);
    // 128 GB M5 Max on macOS 26: 107.52 GiB (antirez/ds4#893).
    expect(appleWiredLimitGiB(128)).toBeCloseTo(107.52, 6);
  });
});

describe('integrated GPU share of system RAM', () => {
  const hw = (segment: Hardware['segment'], vendor: Hardware['vendor'], memoryGiB: number): Hardware => ({
    name: 'test', memoryKind: 'unified', segment, vendor, memoryGiB, bandwidthGBps: 89.6, backend: 'vulkan',
    deviceCount: 1, systemRamGiB: 0, systemRamBandwidthGBps: 0,
  });
  it('follows the WDDM rule max(RAM / 2, 64 MB) (Microsoft, Calculating Graphics Memory)', () => {
    // 16 GB laptop: 16 / 2 = 8 GB; 32 GB: 16 GB; a 96 MB machine would get the 64 MB floor.
    expect(igpuSharedLimitGiB(16)).toBe(8);
    expect(igpuSharedLimitGiB(32)).toBe(16);
    expect(igpuSharedLimitGiB(96 / 1024)).toBeCloseTo(64 / 1024, 9);
  });
  it('budgets an iGPU at half its RAM and says how to raise it', () => {
    const b = memoryBudget(hw('igpu', 'amd', 32));
    expect(b.perDevicePoolBytes).toBe(gibToBytes(16));
    expect(b.notes.join(' ')).toMatch(/16\.0 of 32 GB/);
    expect(b.notes.join(' ')).toMatch(/amdgpu\.gttsize/);
  });
  it('keeps the shared-pool rule for unified SoCs such as Strix Halo', () => {
    // 128 GB less the OS reserve max(3, 8 % of 128 = 10.24) = 117.76 GiB; no iGPU note.
    const b = memoryBudget(hw('soc', 'amd', 128));
    expect(b.perDevicePoolBytes).toBeCloseTo(gibToBytes(128 - 10.24), 0);
    expect(b.notes).toEqual([]);
  });
});
