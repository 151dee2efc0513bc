/**
 * Property tests for every runtime export of lib/estimator (its index). The first test compares the
 * module's export names with the blocks below, so a new export without properties fails here.
 *
 * For each function: hostile numeric or text input gives either a finite answer or a clear error
 * (a thrown RangeError/Error with a message, or the engine's { ok: false, error }), never a silent
 * NaN, Infinity or negative size; and monotonicity where the physics says so (more bandwidth is
 * never slower, more context never needs less memory, more bits per weight never fewer bytes, a
 * smaller KV cache type never more bytes). lib/estimator/properties.test.ts holds more properties of
 * estimate() over random hardware.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { devices, models } from '../catalog';
import { formatById } from '../catalog/formats';
import type { KvCacheType, Model } from '../catalog/types';
import * as estimator from './index';
import type { EstimateInput, EstimateResult } from './index';

const {
  appleWiredLimitGiB,
  defaultFormat,
  estimate,
  estimateScenario,
  kvBytesPerTokenPerLayer,
  kvCacheBytes,
  parameterBreakdown,
  resolveScenario,
  typicalReasoningTokens,
  weightBytes,
} = estimator;

/** Numbers a caller should never send, and a few it may. */
const hostileNumber = fc.oneof(
  fc.double(), // includes NaN, ±Infinity, -0 and huge values
  fc.constantFrom(Number.NaN, Infinity, -Infinity, 1e309, -1e309, Number.MAX_VALUE, Number.MIN_VALUE, -0, 0, -1, 2 ** 53 + 1),
  fc.integer({ min: -1e9, max: 1e9 }),
);
/** The same as text, as URLs, the CLI and batch lines deliver them. */
const hostileText = fc.oneof(
  fc.constantFrom('NaN', '1e309', '-1e309', 'Infinity', '-5', '', ' ', '0x10', '1_000', '12abc', '٣', '\u00a0', '<script>alert(1)</script>', '"\'', 'x'.repeat(5000)),
  fc.string(),
  hostileNumber.map(String),
);
const modelArb = fc.constantFrom(...models);
const kvArb = fc.constantFrom<KvCacheType>('f16', 'q8_0', 'q4_0');
const NUMERIC_FIELDS = [
  'memoryGB',
  'bandwidthGBps',
  'tflops',
  'devices',
  'systemRamGB',
  'systemRamBandwidthGBps',
  'contextTokens',
  'promptTokens',
  'outputTokens',
] as const;
const INPUT_FIELDS = new Set([
  ...NUMERIC_FIELDS,
  'model',
  'quant',
  'device',
  'memoryKind',
  'kvCache',
  'offload',
  'backend',
  'reasoningEffort',
  'runtime',
]);

function allFinite(x: unknown): boolean {
  if (typeof x === 'number') return Number.isFinite(x);
  if (Array.isArray(x)) return x.every(allFinite);
  if (x && typeof x === 'object') return Object.values(x).every(allFinite);
  return true;
}

/** Either a finite result (checked by `ok`) or a thrown error with a message; never a silent bad number. */
function finiteOrThrows<T>(f: () => T, ok: (value: T) => void) {
  let value: T;
  try {
    value = f();
  } catch (e) {
    expect(e).toBeInstanceOf(Error);
    expect((e as Error).message.length).toBeGreaterThan(10);
    return;
  }
  ok(value);
}

function value(input: EstimateInput): EstimateResult {
  const r = estimate(input);
  if (!r.ok) throw new Error(`${r.error.field}: ${r.error.message}`);
  return r.value;
}

const validInputArb = modelArb.chain((m) =>
  fc.record({
    model: fc.constant(m.id),
    quant: fc.constantFrom(...m.formats),
    device: fc.constantFrom(...devices.map((d) => d.id)),
    contextTokens: fc.integer({ min: 1, max: Math.min(m.architecture.maxContextTokens, 65536) }),
    kvCache: kvArb,
  }),
);

/** One block per runtime export; the names must match the module's exports exactly. */
const PROPERTIES: Record<keyof typeof estimator, () => void> = {
  estimate() {
    it('hostile numbers and text in any numeric field: a finite result or an error naming that field', () => {
      fc.assert(
        fc.property(validInputArb, fc.constantFrom(...NUMERIC_FIELDS), fc.oneof(hostileNumber, hostileText), (base, field, bad) => {
          const r = estimate({ ...base, [field]: bad } as unknown as EstimateInput);
          if (r.ok) expect(allFinite(r.value)).toBe(true);
          else {
            // The bad field itself, or one it must agree with (a prompt longer than the context, custom hardware).
            expect(INPUT_FIELDS.has(r.error.field), r.error.field).toBe(true);
            expect(r.error.message).not.toMatch(/\n/);
            expect(r.error.message).not.toMatch(/NaN|Infinity/);
          }
        }),
        { numRuns: 600 },
      );
    });

    it('more bandwidth is never slower (custom hardware, same memory)', () => {
      fc.assert(
        fc.property(
          validInputArb,
          fc.double({ min: 50, max: 5000, noNaN: true }),
          fc.double({ min: 1.01, max: 4, noNaN: true }),
          ({ model, quant, contextTokens, kvCache }, bw, factor) => {
            const base = { model, quant, contextTokens, kvCache, memoryGB: 24, memoryKind: 'discrete' as const };
            const slow = value({ ...base, bandwidthGBps: bw });
            const fast = value({ ...base, bandwidthGBps: bw * factor });
            expect(fast.decodeTokensPerSecond.expected).toBeGreaterThanOrEqual(slow.decodeTokensPerSecond.expected);
            expect(fast.decodeAtFullContextTokensPerSecond.expected).toBeGreaterThanOrEqual(slow.decodeAtFullContextTokensPerSecond.expected);
          },
        ),
        { numRuns: 150 },
      );
    });

    it('more context never needs less memory (catalog devices)', () => {
      fc.assert(
        fc.property(validInputArb, fc.integer({ min: 1, max: 65536 }), (input, extra) => {
          const m = models.find((x) => x.id === input.model)!;
          const longer = Math.min(input.contextTokens + extra, m.architecture.maxContextTokens);
          const a = value({ ...input, offload: 'none' });
          const b = value({ ...input, offload: 'none', contextTokens: longer });
          expect(b.kvCacheTotalGB).toBeGreaterThanOrEqual(a.kvCacheTotalGB);
          expect(b.memoryGB.total).toBeGreaterThanOrEqual(a.memoryGB.total);
        }),
        { numRuns: 150 },
      );
    });
  },

  estimateScenario() {
    it('any scenario resolveScenario accepts gives finite, ordered ranges, the same as estimate()', () => {
      fc.assert(
        fc.property(validInputArb, (input) => {
          const s = resolveScenario(input);
          expect(s.ok).toBe(true);
          if (!s.ok) return;
          const r = estimateScenario(s.value);
          expect(allFinite(r)).toBe(true);
          for (const range of [r.decodeTokensPerSecond, r.prefillTokensPerSecond, r.timeToFirstTokenSeconds, r.timeToAnswerSeconds]) {
            expect(range.low).toBeLessThanOrEqual(range.expected);
            expect(range.expected).toBeLessThanOrEqual(range.high);
            expect(range.low).toBeGreaterThanOrEqual(0);
          }
          expect(r).toEqual(value(input));
        }),
        { numRuns: 200 },
      );
    });
  },

  resolveScenario() {
    it('never throws on anything; accepts with finite figures or refuses with a field and one sentence', () => {
      const field = fc.oneof(fc.anything(), hostileNumber, hostileText);
      const inputArb = fc.oneof(
        fc.anything(),
        fc.record(
          {
            model: fc.oneof(fc.constantFrom(...models.map((m) => m.id)), field),
            device: fc.oneof(fc.constantFrom(...devices.map((d) => d.id)), field),
            ...Object.fromEntries([...INPUT_FIELDS].filter((f) => f !== 'model' && f !== 'device').map((f) => [f, field])),
          },
          { requiredKeys: ['model'] },
        ),
      );
      fc.assert(
        fc.property(inputArb, (input) => {
          const r = resolveScenario(input as EstimateInput);
          if (r.ok) {
            const { model, ...rest } = r.value;
            void model;
            expect(allFinite(rest)).toBe(true);
            expect(r.value.contextTokens).toBeGreaterThanOrEqual(1);
            expect(r.value.hardware.bandwidthGBps).toBeGreaterThan(0);
          } else {
            expect(INPUT_FIELDS.has(r.error.field), r.error.field).toBe(true);
            expect(r.error.message.length).toBeGreaterThan(10);
            expect(r.error.message).not.toMatch(/\n/);
          }
        }),
        { numRuns: 2000 },
      );
    });
  },

  defaultFormat() {
    it('is always one of the model’s own formats, whichever formats it is published in', () => {
      fc.assert(
        fc.property(
          modelArb.chain((m) => fc.tuple(fc.constant(m), fc.shuffledSubarray([...m.formats], { minLength: 1 }))),
          ([m, formats]) => {
            const f = defaultFormat({ ...m, formats } as Model);
            expect(formats).toContain(f);
            if (formats.includes('q4_k_m') && m.nativeFormat !== 'mxfp4') expect(f).toBe('q4_k_m');
          },
        ),
      );
    });
  },

  kvCacheBytes() {
    it('hostile context or layer share: a finite size of at least 0, or a RangeError', () => {
      fc.assert(
        fc.property(modelArb, hostileNumber, fc.oneof(fc.constant(1), hostileNumber), kvArb, (m, ctx, share, kv) =>
          finiteOrThrows(
            () => kvCacheBytes(m, ctx, kv, share),
            (bytes) => {
              expect(Number.isFinite(bytes)).toBe(true);
              expect(bytes).toBeGreaterThanOrEqual(0);
            },
          ),
        ),
        { numRuns: 1000 },
      );
    });

    it('more context never needs less; a share of the layers takes that share; a smaller type never more', () => {
      fc.assert(
        fc.property(modelArb, fc.integer({ min: 0, max: 1 << 20 }), fc.integer({ min: 0, max: 1 << 20 }), fc.double({ min: 0, max: 1, noNaN: true }), (m, a, b, share) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(kvCacheBytes(m, hi, 'f16')).toBeGreaterThanOrEqual(kvCacheBytes(m, lo, 'f16'));
          const whole = kvCacheBytes(m, hi, 'q8_0');
          expect(kvCacheBytes(m, hi, 'q8_0', share)).toBeCloseTo(whole * share, 0);
          expect(kvCacheBytes(m, hi, 'q8_0')).toBeLessThanOrEqual(kvCacheBytes(m, hi, 'f16'));
          expect(kvCacheBytes(m, hi, 'q4_0')).toBeLessThanOrEqual(kvCacheBytes(m, hi, 'q8_0'));
        }),
        { numRuns: 500 },
      );
    });
  },

  kvBytesPerTokenPerLayer() {
    it('positive and finite for every catalog model and cache type, in the order f16 > q8_0 > q4_0', () => {
      for (const m of models) {
        const [f16, q8, q4] = (['f16', 'q8_0', 'q4_0'] as const).map((kv) => kvBytesPerTokenPerLayer(m, kv));
        expect(Number.isFinite(f16) && f16 > 0, m.id).toBe(true);
        expect(q8, m.id).toBeLessThan(f16!);
        expect(q4, m.id).toBeLessThan(q8!);
      }
    });

    it('an unknown cache type is a RangeError, not a silent 16-bit guess', () => {
      fc.assert(
        fc.property(modelArb, hostileText, (m, kv) =>
          finiteOrThrows(
            () => kvBytesPerTokenPerLayer(m, kv as KvCacheType),
            (bytes) => {
              expect(['f16', 'q8_0', 'q4_0']).toContain(kv);
              expect(bytes).toBeGreaterThan(0);
            },
          ),
        ),
        { numRuns: 300 },
      );
      expect(() => kvBytesPerTokenPerLayer(models[0]!, 'q2' as KvCacheType)).toThrow(RangeError);
    });
  },

  weightBytes() {
    it('every catalog model and format: finite, non-negative classes that add up to the total', () => {
      for (const m of models)
        for (const f of m.formats) {
          const w = weightBytes(m, f);
          const parts = [w.embedding, w.outputHead, w.routedExperts, w.dense];
          expect(parts.every((x) => Number.isFinite(x) && x >= 0), `${m.id} ${f}`).toBe(true);
          expect(parts.reduce((a, b) => a + b, 0) / w.total, `${m.id} ${f}`).toBeCloseTo(1, 6);
        }
    });

    it('more bits per weight never gives fewer bytes (computed sizes; published files may differ)', () => {
      fc.assert(
        fc.property(modelArb.chain((m) => fc.tuple(fc.constant(m), fc.constantFrom(...m.formats), fc.constantFrom(...m.formats))), ([m, a, b]) => {
          const [wa, wb] = [weightBytes(m, a), weightBytes(m, b)];
          fc.pre(!wa.fromPublishedFile && !wb.fromPublishedFile);
          fc.pre(formatById.get(a)!.fileBitsPerWeight < formatById.get(b)!.fileBitsPerWeight);
          expect(wb.total).toBeGreaterThanOrEqual(wa.total);
        }),
        { numRuns: 300 },
      );
    });

    it('an unknown format is a thrown error, never NaN bytes', () => {
      fc.assert(
        fc.property(modelArb, hostileText, (m, f) =>
          finiteOrThrows(
            () => weightBytes(m, f as never),
            (w) => expect(allFinite(w)).toBe(true),
          ),
        ),
        { numRuns: 300 },
      );
    });
  },

  parameterBreakdown() {
    it('every class is finite and at least 0, the classes cover the total, and active experts are a part of all experts', () => {
      for (const m of models) {
        const p = parameterBreakdown(m);
        expect(allFinite(p), m.id).toBe(true);
        for (const x of Object.values(p)) expect(x, m.id).toBeGreaterThanOrEqual(0);
        expect(p.total, m.id).toBe(m.totalParamsB * 1e9);
        expect(p.embedding + p.outputHead + p.routedExperts + p.dense, m.id).toBeGreaterThanOrEqual(p.total * (1 - 1e-12));
        expect(p.activeRoutedExperts, m.id).toBeLessThanOrEqual(p.routedExperts);
        if (!m.architecture.moe) expect(p.routedExperts, m.id).toBe(0);
      }
    });
  },

  appleWiredLimitGiB() {
    it('hostile RAM: a finite limit from 0 to the RAM installed, or a RangeError', () => {
      fc.assert(
        fc.property(hostileNumber, (ram) =>
          finiteOrThrows(
            () => appleWiredLimitGiB(ram),
            (limit) => {
              expect(Number.isFinite(limit)).toBe(true);
              expect(limit).toBeGreaterThanOrEqual(0);
              expect(limit).toBeLessThanOrEqual(ram);
            },
          ),
        ),
        { numRuns: 1000 },
      );
    });

    it('more RAM never lowers the limit, and some always stays with macOS', () => {
      fc.assert(
        fc.property(fc.double({ min: 0.5, max: 4096, noNaN: true }), fc.double({ min: 0, max: 4096, noNaN: true }), (ram, extra) => {
          expect(appleWiredLimitGiB(ram + extra)).toBeGreaterThanOrEqual(appleWiredLimitGiB(ram));
          expect(appleWiredLimitGiB(ram)).toBeLessThan(ram);
        }),
        { numRuns: 500 },
      );
    });
  },

  typicalReasoningTokens() {
    it('low < medium < high, whole positive numbers; anything else is a RangeError', () => {
      const [low, medium, high] = (['low', 'medium', 'high'] as const).map(typicalReasoningTokens);
      expect(Number.isInteger(low) && low! > 0).toBe(true);
      expect(low).toBeLessThan(medium!);
      expect(medium).toBeLessThan(high!);
      fc.assert(
        fc.property(fc.oneof(hostileText, fc.constantFrom('toString', '__proto__', 'constructor', 'LOW')), (effort) =>
          finiteOrThrows(
            () => typicalReasoningTokens(effort as never),
            (n) => {
              expect(['low', 'medium', 'high']).toContain(effort);
              expect(Number.isInteger(n)).toBe(true);
            },
          ),
        ),
        { numRuns: 300 },
      );
    });
  },

  DEFAULT_CONTEXT_TOKENS() {
    it('is a whole positive number of tokens and what estimate() allocates when none is given', () => {
      expect(Number.isInteger(estimator.DEFAULT_CONTEXT_TOKENS) && estimator.DEFAULT_CONTEXT_TOKENS > 0).toBe(true);
      expect(value({ model: 'llama-3.1-8b', device: 'rtx-4090' }).contextTokens).toBe(estimator.DEFAULT_CONTEXT_TOKENS);
    });
  },
  DEFAULT_PROMPT_TOKENS() {
    it('is a whole number no larger than the default context', () => {
      expect(Number.isInteger(estimator.DEFAULT_PROMPT_TOKENS)).toBe(true);
      expect(estimator.DEFAULT_PROMPT_TOKENS).toBeLessThanOrEqual(estimator.DEFAULT_CONTEXT_TOKENS);
      expect(value({ model: 'llama-3.1-8b', device: 'rtx-4090' }).promptTokens).toBe(estimator.DEFAULT_PROMPT_TOKENS);
    });
  },
  DEFAULT_OUTPUT_TOKENS() {
    it('is a whole positive number', () => {
      expect(Number.isInteger(estimator.DEFAULT_OUTPUT_TOKENS) && estimator.DEFAULT_OUTPUT_TOKENS > 0).toBe(true);
    });
  },
  DEFAULT_SYSTEM_RAM() {
    it('has a positive size and bandwidth', () => {
      expect(estimator.DEFAULT_SYSTEM_RAM.gib).toBeGreaterThan(0);
      expect(estimator.DEFAULT_SYSTEM_RAM.bandwidthGBps).toBeGreaterThan(0);
    });
  },
  MAX_DEVICES() {
    it('is a whole number of at least 1, and one more is refused by name', () => {
      expect(Number.isInteger(estimator.MAX_DEVICES) && estimator.MAX_DEVICES >= 1).toBe(true);
      const r = estimate({ model: 'llama-3.1-8b', device: 'rtx-4090', devices: estimator.MAX_DEVICES + 1 });
      expect(r.ok ? null : r.error.field).toBe('devices');
    });
  },
};

describe('lib/estimator exports', () => {
  it('every runtime export has a block of properties here (add one with each new export)', () => {
    expect(Object.keys(estimator).sort()).toEqual(Object.keys(PROPERTIES).sort());
  });
});

for (const [name, properties] of Object.entries(PROPERTIES)) describe(name, properties);
