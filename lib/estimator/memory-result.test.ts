import { describe, expect, it } from 'vitest';
import { estimate } from './estimate';

const run = (input: Parameters<typeof estimate>[0]) => {
  const r = estimate(input);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('memory pools in the result', () => {
  it('states what is installed and why less is usable', () => {
    // RTX 4090: 24 GB GDDR6X (NVIDIA spec sheet).
    const card = run({ model: 'llama-3.1-8b', device: 'rtx-4090' });
    expect(card.memoryGB.installed).toBe(24);
    expect(card.memoryGB.available).toBeLessThan(24);
    expect(card.memoryGB.reserve).toMatch(/desktop, the driver/);
    // A 64 GB Mac: Metal's recommendedMaxWorkingSetSize was logged as 48 GiB (llama.cpp #1870).
    const mac = run({ model: 'llama-3.1-8b', device: 'apple-m4-max-16c40g', memoryGB: 64 });
    expect(mac.memoryGB.installed).toBe(64);
    expect(mac.memoryGB.available).toBe(48);
    expect(mac.memoryGB.reserve).toMatch(/working-set limit/);
    expect(mac.memoryGB.systemRamAvailable).toBe(0);
  });

  it('gives the system RAM a discrete GPU may offload to, for two cards the sum of both', () => {
    const r = run({ model: 'gpt-oss-120b', device: 'rtx-4090', systemRamGB: 64 });
    expect(r.verdict).toBe('offload');
    expect(r.memoryGB.systemRamAvailable).toBeGreaterThan(r.placement.systemRamGB);
    expect(r.memoryGB.systemRamAvailable).toBeLessThan(64);
    expect(run({ model: 'llama-3.1-8b', device: 'rtx-4090', devices: 2 }).memoryGB.installed).toBe(48);
  });
});
