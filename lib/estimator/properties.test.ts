/**
 * Properties that must hold for every input, checked with fast-check over the whole catalog and
 * random custom hardware.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { devices, models } from '../catalog';
import { estimate, type EstimateInput, type EstimateResult, type Verdict } from './index';

const VERDICT_RANK: Record<Verdict, number> = { 'does-not-fit': 0, 'cpu-only': 1, offload: 2, fits: 3 };

const modelArb = fc.constantFrom(...models);
const scenarioArb = modelArb.chain((m) =>
  fc.record({
    model: fc.constant(m.id),
    quant: fc.constantFrom(...m.formats),
    memoryGB: fc.double({ min: 1, max: 512, noNaN: true }),
    bandwidthGBps: fc.double({ min: 20, max: 8000, noNaN: true }),
    tflops: fc.double({ min: 0.5, max: 2000, noNaN: true }),
    memoryKind: fc.constantFrom('discrete' as const, 'unified' as const, 'cpu' as const),
    systemRamGB: fc.double({ min: 4, max: 1024, noNaN: true }),
    systemRamBandwidthGBps: fc.double({ min: 10, max: 600, noNaN: true }),
    contextTokens: fc.integer({ min: 1, max: m.architecture.maxContextTokens }),
    kvCache: fc.constantFrom('f16', 'q8_0', 'q4_0'),
  }),
);

function value(input: EstimateInput): EstimateResult {
  const r = estimate(input);
  if (!r.ok) throw new Error(`${r.error.field}: ${r.error.message}`);
  return r.value;
}

function allFinite(x: unknown): boolean {
  if (typeof x === 'number') return Number.isFinite(x);
  if (Array.isArray(x)) return x.every(allFinite);
  if (x && typeof x === 'object') return Object.values(x).every(allFinite);
  return true;
}

describe('properties', () => {
  it('every output is finite for every valid input', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const r = value(input);
        expect(allFinite(r)).toBe(true);
        expect(r.memoryGB.total).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it('more bandwidth never lowers speed', () => {
    fc.assert(
      fc.property(scenarioArb, fc.double({ min: 1.01, max: 10, noNaN: true }), (input, factor) => {
        const slow = value(input);
        const fast = value({ ...input, bandwidthGBps: Math.min(input.bandwidthGBps * factor, 20000) });
        expect(fast.verdict).toBe(slow.verdict);
        expect(fast.decodeTokensPerSecond.expected).toBeGreaterThanOrEqual(slow.decodeTokensPerSecond.expected);
        expect(fast.prefillTokensPerSecond.expected).toBeGreaterThanOrEqual(slow.prefillTokensPerSecond.expected);
      }),
      { numRuns: 300 },
    );
  });

  it('more memory never turns a run into a worse verdict', () => {
    fc.assert(
      fc.property(scenarioArb, fc.double({ min: 1.01, max: 8, noNaN: true }), (input, factor) => {
        const small = value(input);
        const big = value({ ...input, memoryGB: Math.min(input.memoryGB * factor, 4096) });
        expect(VERDICT_RANK[big.verdict]).toBeGreaterThanOrEqual(VERDICT_RANK[small.verdict]);
        if (small.verdict === 'fits') expect(big.verdict).toBe('fits');
      }),
      { numRuns: 300 },
    );
  });

  it('a longer context never lowers memory', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 1, max: 131072 }), (input, extra) => {
        const model = models.find((m) => m.id === input.model)!;
        const longer = Math.min(input.contextTokens + extra, model.architecture.maxContextTokens);
        const a = value({ ...input, offload: 'none' });
        const b = value({ ...input, offload: 'none', contextTokens: longer });
        expect(b.memoryGB.kvCache).toBeGreaterThanOrEqual(a.memoryGB.kvCache);
        expect(b.memoryGB.total).toBeGreaterThanOrEqual(a.memoryGB.total);
      }),
      { numRuns: 300 },
    );
  });

  it('every catalog device x model x format gives a valid result', () => {
    let count = 0;
    for (const d of devices)
      for (const m of models)
        for (const quant of m.formats) {
          const r = estimate({ model: m.id, quant, device: d.id, contextTokens: Math.min(8192, m.architecture.maxContextTokens) });
          if (!r.ok) throw new Error(`${d.id} ${m.id} ${quant}: ${r.error.message}`);
          if (!allFinite(r.value)) throw new Error(`${d.id} ${m.id} ${quant}: non-finite output`);
          const { low, expected, high } = r.value.decodeTokensPerSecond;
          if (!(low <= expected && expected <= high)) throw new Error(`${d.id} ${m.id} ${quant}: range out of order`);
          count++;
        }
    expect(count).toBeGreaterThan(devices.length * models.length * 3);
  });
});

describe('arbitrary input', () => {
  it('never throws and never returns a non-finite number, whatever the fields hold', () => {
    const field = fc.oneof(
      fc.anything(),
      fc.constantFrom('gpt-oss-20b', 'rtx-4090', '4090', 'q4_k_m', 'auto', 'cpu-moe:3', 'gpu-layers:5', 'cuda', 'cpu', ''),
      fc.double(),
      fc.integer({ min: -1e9, max: 1e9 }),
    );
    const inputArb = fc.record(
      {
        model: fc.oneof(fc.constantFrom(...models.map((m) => m.id)), field),
        quant: field,
        device: fc.oneof(fc.constantFrom(...devices.map((d) => d.id)), field),
        memoryGB: field,
        bandwidthGBps: field,
        tflops: field,
        memoryKind: field,
        devices: field,
        systemRamGB: field,
        systemRamBandwidthGBps: field,
        contextTokens: field,
        promptTokens: field,
        outputTokens: field,
        kvCache: field,
        offload: field,
        backend: field,
        reasoningEffort: field,
      },
      { requiredKeys: ['model'] },
    );
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = estimate(input as unknown as EstimateInput);
        if (r.ok) expect(allFinite(r.value)).toBe(true);
        else {
          expect(typeof r.error.field).toBe('string');
          expect(r.error.message.length).toBeGreaterThan(10);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
