import { describe, expect, it } from 'vitest';
import { appleWiredLimitGiB } from './memory';

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
