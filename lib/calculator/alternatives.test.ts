import { describe, expect, it } from 'vitest';
import { estimate } from '../estimator';
import { alternatives, needsAlternatives } from './alternatives';
import { READING_TOKENS_PER_SECOND } from './reading';
import { runsBetter } from './run';
import { scenario, toEstimateInput } from './state';

const run = (s: ReturnType<typeof scenario>) => {
  const r = estimate(toEstimateInput(s));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('what to change', () => {
  it('reading speed is 238 words a minute at 0.75 words per token', () => {
    expect(READING_TOKENS_PER_SECOND).toBeCloseTo(238 / 60 / 0.75, 10);
  });

  it('offers only changes that run better, each with the engine result for that change', () => {
    // Llama 3.1 70B at Q4_K_M is about 40 GiB: far more than an 8 GB card.
    const s = scenario({ model: 'llama-3.1-70b', device: 'rtx-4060', contextTokens: 32768 });
    const current = run(s);
    expect(needsAlternatives(current)).toBe(true);
    const alt = alternatives(s, current);
    expect(alt.changes.length).toBeGreaterThan(0);
    for (const a of alt.changes) {
      expect(runsBetter(a.result, current), a.label).toBe(true);
      expect(a.result).toEqual(run({ ...s, ...a.patch }));
    }
    // Even Q2_K (26 GiB) plus a 32K cache exceeds 8 GB of VRAM plus 32 GB of RAM; more RAM is the one fix.
    expect(alt.changes.map((a) => a.kind)).toEqual(['system-ram']);
  });

  it('suggests a shorter context or a quantised cache when the cache is what does not fit', () => {
    // Llama 3.1 8B at 128K tokens: 32 layers x 8 KV heads x 128 x 2 (K and V) x 2 bytes x 131072 = 16 GiB
    // of f16 cache (config.json), twice the card's 8 GB.
    const s = scenario({ model: 'llama-3.1-8b', device: 'rtx-4060', contextTokens: 131072 });
    const current = run(s);
    expect(current.kvCacheTotalGB).toBeCloseTo(16, 1);
    const kinds = alternatives(s, current).changes.map((a) => a.kind);
    expect(kinds).toContain('context');
    expect(kinds).toContain('kv-cache');
  });

  it('lists devices that hold it all, smallest usable memory first', () => {
    const s = scenario({ model: 'gpt-oss-120b', device: 'rtx-4060-ti-16gb' });
    const alt = alternatives(s, run(s));
    expect(alt.devices.length).toBe(4);
    const mem = alt.devices.map((d) => d.result.memoryGB.available);
    expect([...mem].sort((a, b) => a - b)).toEqual(mem);
    for (const d of alt.devices) expect(d.result.verdict).toBe('fits');
    // gpt-oss-120b's MXFP4 file is 59 GiB (calibration.csv, llama-bench): nothing smaller than that can hold it.
    for (const m of mem) expect(m).toBeGreaterThan(59);
  });

  it('has nothing to say about a comfortable fit', () => {
    const s = scenario({ model: 'llama-3.1-8b', device: 'rtx-4090' });
    expect(needsAlternatives(run(s))).toBe(false);
  });
});
