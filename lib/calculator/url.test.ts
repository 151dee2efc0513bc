import { describe, expect, it } from 'vitest';
import { estimate } from '../estimator';
import { DEFAULT_STATE, scenario, toEstimateInput } from './state';
import { calculatorHref, calculatorQuery, parseCalculatorQuery } from './url';

describe('calculator URL', () => {
  it('leaves every default out, so the default scenario is the bare page', () => {
    expect(calculatorQuery(scenario())).toBe('');
    expect(calculatorHref({})).toBe('/calculator');
    expect(parseCalculatorQuery('')).toEqual({ state: { ...DEFAULT_STATE }, notices: [] });
  });

  it('round-trips a changed scenario exactly, with the same estimate', () => {
    const s = scenario({
      model: 'qwen3-30b-a3b',
      quant: 'q8_0',
      device: 'rtx-3090',
      gpus: 2,
      contextTokens: 32768,
      promptTokens: 4000,
      outputTokens: 800,
      kvCache: 'q8_0',
      offload: 'cpu-moe:4',
      systemRamGB: 64,
      systemRamBandwidthGBps: 51.2,
    });
    const q = calculatorQuery(s);
    expect(q).toBe('?model=qwen3-30b-a3b&quant=q8_0&device=rtx-3090&gpus=2&ctx=32768&prompt=4000&out=800&kv=q8_0&offload=cpu-moe%3A4&ram=64&ramBw=51.2');
    const back = parseCalculatorQuery(q);
    expect(back.notices).toEqual([]);
    expect(back.state).toEqual(s);
    expect(estimate(toEstimateInput(back.state))).toEqual(estimate(toEstimateInput(s)));
  });

  it('round-trips custom hardware and a chosen memory size', () => {
    const custom = scenario({ device: 'custom', custom: { memoryGB: 20, bandwidthGBps: 760, tflops: 80, kind: 'discrete' } });
    expect(parseCalculatorQuery(calculatorQuery(custom)).state).toEqual(custom);
    const mac = scenario({ device: 'apple-m4-pro', memoryGB: 48, gpus: 1 });
    expect(calculatorQuery(mac)).toBe('?device=apple-m4-pro&mem=48');
    expect(parseCalculatorQuery('?device=apple-m4-pro&mem=48').state).toEqual(mac);
  });

  it('turns forgiving names into catalog ids, so a shared link is canonical', () => {
    const { state, notices } = parseCalculatorQuery('?model=GPT-OSS%20120B&device=rtx-4090');
    expect(notices).toEqual([]);
    expect(state.model).toBe('gpt-oss-120b');
    expect(state.device).toBe('rtx-4090');
  });

  const hostile = [
    '<script>alert(1)</script>',
    '"\'><img src=x onerror=alert(1)>',
    '1e309',
    '-1',
    'NaN',
    'Infinity',
    '0x10',
    '８１９２',
    '😀'.repeat(30),
    'x'.repeat(5000),
  ];
  it.each(hostile)('rejects %s in every key with a notice and the default value', (value) => {
    for (const key of ['model', 'quant', 'device', 'gpus', 'ctx', 'prompt', 'out', 'kv', 'offload', 'effort', 'ram', 'ramBw']) {
      const { state, notices } = parseCalculatorQuery(new URLSearchParams([[key, value]]));
      expect(notices, `${key}=${value}`).toHaveLength(1);
      expect(notices[0]!.key).toBe(key);
      expect(notices[0]!.value.length).toBeLessThanOrEqual(40);
      expect(notices[0]!.message.length).toBeGreaterThan(10);
      expect(state, `${key}=${value}`).toEqual({ ...DEFAULT_STATE });
    }
  });

  it('names unknown keys, empty and repeated values', () => {
    const { state, notices } = parseCalculatorQuery('?colour=red&ctx=&model=gpt-oss-120b&model=phi-4');
    expect(state.model).toBe('gpt-oss-120b');
    expect(notices.map((n) => n.key)).toEqual(['colour', 'ctx', 'model']);
  });

  it('asks the engine about combinations: a context beyond the model, a format it lacks, effort on a non-gpt-oss model', () => {
    // gpt-oss-20b's limit is 131,072 tokens (OpenAI model card): one more is refused.
    const long = parseCalculatorQuery('?ctx=131073');
    expect(long.state.contextTokens).toBe(DEFAULT_STATE.contextTokens);
    expect(long.notices[0]!.message).toMatch(/131072/);
    const fmt = parseCalculatorQuery('?model=gpt-oss-20b&quant=iq2_xxs');
    expect(fmt.state.quant).toBeUndefined();
    expect(fmt.notices[0]!.key).toBe('quant');
    const effort = parseCalculatorQuery('?model=phi-4&effort=high');
    expect(effort.state).toMatchObject({ model: 'phi-4', reasoningEffort: undefined });
    expect(effort.notices[0]!.key).toBe('effort');
    // A prompt longer than the (default) context: the prompt is what goes.
    const prompt = parseCalculatorQuery('?prompt=9000');
    expect(prompt.state.promptTokens).toBe(DEFAULT_STATE.promptTokens);
    expect(prompt.notices[0]!.key).toBe('prompt');
  });

  it('takes a model whose limit is below the default context at its limit', () => {
    // Phi-4's context window is 16,384 tokens (microsoft/phi-4 config.json max_position_embeddings).
    const { state } = parseCalculatorQuery('?model=phi-4');
    expect(state.contextTokens).toBe(Math.min(8192, 16384));
    expect(calculatorQuery(state)).toBe('?model=phi-4');
  });
});

import { devicePickerItems, modelPickerItems } from './picker-items';

describe('picker lists', () => {
  it('keep each group in one run, so a grouped listbox shows every group once', () => {
    for (const items of [devicePickerItems(), modelPickerItems()]) {
      const runs = items.map((i) => i.group).filter((g, i, all) => i === 0 || all[i - 1] !== g);
      expect(new Set(runs).size, runs.join(' / ')).toBe(runs.length);
    }
  });
});

describe('the Ollama runtime in the URL', () => {
  it('lets Ollama pick the context unless ctx is given', () => {
    // Ollama v0.32.15 server/routes.go: below 23 GiB of VRAM the default context is 4,096 tokens, from 23 GiB 32,768.
    const small = parseCalculatorQuery('?runtime=ollama');
    expect(small.notices).toEqual([]);
    expect(small.state).toMatchObject({ runtime: 'ollama', runtimeContext: true });
    expect(estimate(toEstimateInput(small.state)).ok && (estimate(toEstimateInput(small.state)) as { value: { contextTokens: number } }).value.contextTokens).toBe(4096);
    const big = parseCalculatorQuery('?runtime=ollama&device=rtx-4090');
    const r = estimate(toEstimateInput(big.state));
    expect(r.ok && r.value.contextTokens).toBe(32768);
    expect(calculatorQuery(big.state)).toBe('?device=rtx-4090&runtime=ollama');
    const set = parseCalculatorQuery('?runtime=ollama&ctx=16384');
    expect(set.state).toMatchObject({ runtime: 'ollama', runtimeContext: false, contextTokens: 16384 });
    expect(calculatorQuery(set.state)).toBe('?ctx=16384&runtime=ollama');
  });
});
