import { describe, expect, it } from 'vitest';
import { estimate, type EstimateInput } from './index';

function errorOf(input: EstimateInput) {
  const r = estimate(input);
  if (r.ok) throw new Error('expected an error');
  return r.error;
}

describe('bad input gets a typed error naming the field and the accepted range', () => {
  it.each([
    [{ model: 'gpt-7' }, 'model', /Unknown model "gpt-7"/],
    [{ model: 'gpt-oss-20b', device: 'rtx-4090', quant: 'q9_k' }, 'quant', /Unknown format/],
    [{ model: 'gpt-oss-20b', device: 'rtx-4090', quant: 'q5_k_s' }, 'quant', /not published as q5_k_s/],
    [{ model: 'gpt-oss-20b', device: 'rtx-4090', contextTokens: 200000 }, 'contextTokens', /from 1 to 131072/],
    [{ model: 'gpt-oss-20b', device: 'rtx-4090', contextTokens: -1 }, 'contextTokens', /got -1/],
    [{ model: 'gpt-oss-20b', device: 'rtx-4090', contextTokens: 1.5 }, 'contextTokens', /whole number/],
    [{ model: 'gpt-oss-20b', device: 'rtx-4090', contextTokens: Number.NaN }, 'contextTokens', /must be/],
    [{ model: 'gpt-oss-20b', device: 'rtx-4090', contextTokens: Number.POSITIVE_INFINITY }, 'contextTokens', /must be/],
    [{ model: 'gpt-oss-20b', device: 'rtx-4090', contextTokens: 4096, promptTokens: 5000 }, 'promptTokens', /fit in contextTokens/],
    [{ model: 'gpt-oss-20b', memoryGB: 24 }, 'bandwidthGBps', /memoryGB and bandwidthGBps/],
    [{ model: 'gpt-oss-20b', memoryGB: -24, bandwidthGBps: 100 }, 'memoryGB', /from 0.5 to 4096/],
    [{ model: 'gpt-oss-20b', device: 'rtx-4090', devices: 0 }, 'devices', /from 1 to 16/],
    [{ model: 'gpt-oss-20b', device: 'apple-m2-ultra', devices: 2 }, 'devices', /discrete GPUs only/],
    [{ model: 'gpt-oss-20b', device: 'rtx-4090', kvCache: 'q2' }, 'kvCache', /f16, q8_0, q4_0/],
    [{ model: 'gpt-oss-20b', device: 'rtx-4090', offload: 'half' }, 'offload', /auto, none, cpu-moe:N or gpu-layers:N/],
    [{ model: 'gpt-oss-20b', device: 'rtx-4090', offload: 'cpu-moe:99' }, 'offload', /from 0 to 24/],
    [{ model: 'llama-3.1-8b', device: 'rtx-4090', offload: 'cpu-moe:2' }, 'offload', /not a mixture-of-experts/],
    [{ model: 'gpt-oss-20b', device: 'rtx-4090', backend: 'metal' }, 'backend', /runs cuda/],
    [{ model: 'gpt-oss-20b', device: 'rtx-4090', backend: 'directml' }, 'backend', /cuda, metal/],
    [{ model: 'gpt-oss-20b', device: 'nonexistent gpu' }, 'device', /No device matches/],
    [{ model: 'gpt-oss-20b', device: '3060' }, 'device', /matches \d+ devices/],
    [{ model: 'llama-3.1-8b', device: 'rtx-4090', reasoningEffort: 'high' }, 'reasoningEffort', /gpt-oss models only/],
    [{ model: 'gpt-oss-20b', device: 'rtx-4090', reasoningEffort: 'max' }, 'reasoningEffort', /low, medium or high/],
    [{ model: 'gpt-oss-20b', device: 'rtx-4090', memoryKind: 'hbm' as never }, 'memoryKind', /discrete, unified or cpu/],
  ] as const)('%o -> %s', (input, field, message) => {
    const e = errorOf(input as EstimateInput);
    expect(e.field).toBe(field);
    expect(e.message).toMatch(message);
  });

  it('never throws on nonsense', () => {
    for (const junk of [null, undefined, 42, 'gpt-oss-20b', [], { model: 7 }, { model: 'gpt-oss-20b', device: 7 }]) {
      const r = estimate(junk as unknown as EstimateInput);
      expect(r.ok).toBe(false);
    }
  });

  it('accepts numeric strings, as URLs and CLI flags deliver them', () => {
    const r = estimate({ model: 'gpt-oss-20b', device: 'RTX 4090', contextTokens: '4096' as unknown as number });
    expect(r.ok && r.value.contextTokens).toBe(4096);
  });
});

describe('memory sizes a device is not sold with', () => {
  it('are estimated as asked, with a note', () => {
    const r = estimate({ model: 'gpt-oss-20b', device: 'apple-m4-max-14c32g', memoryGB: 128 });
    expect(r.ok && r.value.notes.join(' ')).toMatch(/is sold with 36 GB; estimated for 128 GB/);
  });
});

describe('backends without calibration data', () => {
  it('say so in a note (SYCL on Intel Arc)', () => {
    const r = estimate({ model: 'llama-3.1-8b', device: 'arc-b580', backend: 'sycl' });
    expect(r.ok && r.value.notes.join(' ')).toMatch(/No published sycl measurements/);
    const cuda = estimate({ model: 'llama-3.1-8b', device: 'rtx-4090' });
    expect(cuda.ok && cuda.value.notes.join(' ')).not.toMatch(/No published/);
  });
});

describe('values of the wrong type, as a JSON batch line can carry', () => {
  it('are rejected by field instead of being coerced (coercing an object can throw)', () => {
    const r = estimate({ model: { toString: 0 } } as unknown as EstimateInput);
    expect(r).toEqual({ ok: false, error: { field: 'model', message: 'model must be text; got object.' } });
    const q = estimate({ model: 'gpt-oss-20b', device: 'rtx-4090', quant: ['q4_k_m'] } as unknown as EstimateInput);
    expect(q).toEqual({ ok: false, error: { field: 'quant', message: 'quant must be text; got a list.' } });
  });
});

describe('the device field goes through the one matcher (lib/catalog/match.ts)', () => {
  it('reports the catalog id and the text it was read from', () => {
    const r = estimate({ model: 'llama-3.1-8b', device: 'NVIDIA GeForce RTX 4060 Laptop GPU (8GB)' });
    expect(r.ok && r.value.hardware.id).toBe('rtx-4060-laptop');
    expect(r.ok && r.value.hardware.matchedFrom).toEqual({ text: 'NVIDIA GeForce RTX 4060 Laptop GPU (8GB)' });
  });

  it('says what it assumed, in matchedFrom and in the notes', () => {
    const r = estimate({ model: 'llama-3.1-8b', device: 'rtx 3060' });
    expect(r.ok && r.value.hardware.id).toBe('rtx-3060-12gb');
    const assumed = r.ok ? r.value.hardware.matchedFrom?.assumed : undefined;
    expect(assumed).toMatch(/assumed 12 GB/);
    expect(r.ok && r.value.notes).toContain(assumed);
  });

  it('has no id or matchedFrom for custom hardware', () => {
    const r = estimate({ model: 'llama-3.1-8b', memoryGB: 8, bandwidthGBps: 272 });
    expect(r.ok && r.value.hardware.id).toBeUndefined();
    expect(r.ok && r.value.hardware.matchedFrom).toBeUndefined();
  });

  it('uses the memory a unified-memory device name states', () => {
    const r = estimate({ model: 'llama-3.1-8b', device: 'Apple M1 Max GPU (64GB)' });
    const base = estimate({ model: 'llama-3.1-8b', device: 'Apple M1 Max (24-core GPU)' });
    expect(r.ok && base.ok && [r.value.hardware.id, base.value.hardware.id]).toEqual(['apple-m1-max', 'apple-m1-max-24g']);
    // apple-m1-max-24g defaults to 32 GB; the 64 GB stated on the other name is what is estimated.
    expect(r.ok && base.ok && r.value.memoryGB.available > base.value.memoryGB.available).toBe(true);
  });

  it.each([
    ['3060', /"3060" matches 4 devices: .*rtx-3060-ti/],
    ['Apple GPU', /Safari reports every Apple GPU/],
    ['ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)', /software renderer/],
    ['NVIDIA A100-SXM4-40GB', /not 40 GB/],
  ])('refuses %s with a message that says why', (device, message) => {
    const e = errorOf({ model: 'llama-3.1-8b', device });
    expect(e.field).toBe('device');
    expect(e.message).toMatch(message);
  });
});
