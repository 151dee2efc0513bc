import { describe, expect, it } from 'vitest';
import { estimate } from '../estimator';
import { columnState, compareOutcomes, compareQuery, DEFAULT_COMPARE, parseCompareQuery } from './compare';

describe('the comparison URL', () => {
  it('an empty query is the default comparison, with no notices', () => {
    expect(parseCompareQuery('')).toEqual({ setup: DEFAULT_COMPARE, notices: [] });
  });

  it('later columns take the first column’s model and device unless given', () => {
    const { setup, notices } = parseCompareQuery('?m1=gpt-oss-20b&d1=rtx-4090&d2=rx-7900-xtx');
    expect(notices).toEqual([]);
    expect(setup.columns).toEqual([
      { model: 'gpt-oss-20b', device: 'rtx-4090', quant: undefined },
      { model: 'gpt-oss-20b', device: 'rx-7900-xtx', quant: undefined },
    ]);
    const three = parseCompareQuery('?m1=qwen3-8b&d1=rtx-4060&q2=q8_0&m3=gemma-3-12b').setup;
    expect(three.columns.map((c) => [c.model, c.device, c.quant])).toEqual([
      ['qwen3-8b', 'rtx-4060', undefined],
      ['qwen3-8b', 'rtx-4060', 'q8_0'],
      ['gemma-3-12b', 'rtx-4060', undefined],
    ]);
  });

  it('round-trips through compareQuery', () => {
    for (const setup of [
      DEFAULT_COMPARE,
      { columns: [{ model: 'qwen3-8b', device: 'rtx-4060' }, { model: 'qwen3-8b', device: 'rtx-4060', quant: 'q8_0' }], contextTokens: 32768 },
      { columns: [{ model: 'llama-3.1-8b', device: 'apple-m4' }, { model: 'qwen3-8b', device: 'apple-m4' }, { model: 'gemma-3-12b', device: 'apple-m4' }], systemRamGB: 64 },
    ]) {
      const back = parseCompareQuery(compareQuery(setup));
      expect(back.notices).toEqual([]);
      expect(back.setup.columns.map((c) => ({ ...c, quant: c.quant ?? undefined }))).toEqual(setup.columns.map((c) => ({ quant: undefined, ...c })));
      expect(back.setup.contextTokens).toBe(setup.contextTokens);
      expect(back.setup.systemRamGB).toBe(setup.systemRamGB);
    }
  });

  it('hostile values fall back with a notice naming the key, quoting plain text only', () => {
    const hostile = ['-1', 'NaN', '1e309', '', 'x'.repeat(5000), '💥', '<script>alert(1)</script>', '"\'><img src=x>', 'no-such-id'];
    for (const v of hostile) {
      for (const key of ['m1', 'd2', 'q1', 'ctx', 'ram']) {
        const { setup, notices } = parseCompareQuery(new URLSearchParams({ m1: 'gpt-oss-20b', d1: 'rtx-4090', d2: 'rtx-3090', [key]: v }));
        expect(setup.columns.length).toBeGreaterThanOrEqual(2);
        if (!(key === 'q1' && v === '')) expect(notices.map((n) => n.key), `${key}=${v.slice(0, 20)}`).toContain(key);
        for (const n of notices) {
          expect(n.value.length).toBeLessThanOrEqual(40);
          expect(n.message).not.toContain('x'.repeat(201));
        }
        // Every column still gets an answer from the engine.
        for (const o of compareOutcomes(setup)) expect(o.result ?? o.error).toBeDefined();
      }
    }
    expect(parseCompareQuery('?evil=1').notices[0]!.key).toBe('evil');
  });
});

describe('columns answer the stated scenario', () => {
  it('a column without a format gets the best that fits; the figures are the engine’s', () => {
    const setup = parseCompareQuery('?m1=qwen3-8b&d1=rtx-4090&d2=rtx-4060').setup;
    const [big, small] = setup.columns.map((c) => columnState(c, setup));
    // Qwen3 8B at Q8_0 is an 8.7 GB file: it fits a 24 GB card; on an 8 GB card only a 4-bit file fits.
    expect(big!.quant).toBe('q8_0');
    expect(small!.quant).not.toBe('q8_0');
    const [o] = compareOutcomes(setup);
    const again = estimate({ model: 'qwen3-8b', device: 'rtx-4090', quant: 'q8_0', contextTokens: 8192 });
    if (!again.ok) throw new Error(again.error.message);
    expect(o!.result!.decodeTokensPerSecond.expected).toBe(again.value.decodeTokensPerSecond.expected);
  });

  it('the shared context is capped by each model’s limit', () => {
    const setup = parseCompareQuery('?m1=gpt-oss-20b&d1=rtx-4090&m2=llama-2-13b&ctx=32768').setup;
    expect(setup.contextTokens).toBe(32768);
    const states = setup.columns.map((c) => columnState(c, setup));
    expect(states[0]!.contextTokens).toBe(32768);
    expect(states[1]!.contextTokens).toBe(4096); // Llama 2 was trained with 4,096 tokens of context
  });
});
