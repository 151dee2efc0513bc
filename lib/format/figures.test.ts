import { describe, expect, it } from 'vitest';
import { estimate, type EstimateResult } from '../estimator';
import { figure, roundRate } from './figures';

function result(input: Parameters<typeof estimate>[0]): EstimateResult {
  const r = estimate(input);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('figures for prose', () => {
  it('rounds to two significant figures', () => {
    expect(roundRate(208.7)).toBe('210');
    expect(roundRate(12791.8)).toBe('13,000');
    expect(roundRate(4.34)).toBe('4.3');
  });

  it('quotes a rate with its range, from the estimate', () => {
    const r = result({ model: 'gpt-oss-20b', device: 'rtx-4090' });
    const f = figure(r, 'decode');
    expect(f.value).toBe(r.decodeTokensPerSecond.expected);
    expect(f.text).toBe(`about ${roundRate(r.decodeTokensPerSecond.expected)} tokens/s`);
    expect(f.range).toBe(` (likely ${roundRate(r.decodeTokensPerSecond.low)}–${roundRate(r.decodeTokensPerSecond.high)})`);
    expect(figure(r, 'decode', false).range).toBe('');
  });

  it('gives memory in GB with one decimal', () => {
    const r = result({ model: 'gpt-oss-120b', device: 'apple-m2-ultra', memoryGB: 192 });
    expect(figure(r, 'file-size').text).toBe('59.0 GB'); // the 59.02 GiB ggml-org GGUF
  });

  it('says so when a model does not fit instead of printing zero', () => {
    const r = result({ model: 'deepseek-v3', device: 'rtx-4060', systemRamGB: 16 });
    expect(figure(r, 'decode').text).toBe('not possible (it does not fit)');
    expect(figure(r, 'verdict').text).toBe('does not fit');
  });

  it('uses milliseconds below a second', () => {
    const r = result({ model: 'llama-3.2-1b', device: 'rtx-4090', promptTokens: 100 });
    expect(figure(r, 'time-to-first-token').text).toMatch(/^about \d+ ms$/);
  });
});

describe('the context figure', () => {
  it('prints the scenario\'s context size', () => {
    // Llama 3.1's limit is 128K = 131,072 tokens (meta-llama/llama-models datatypes.py max_seq_len).
    expect(figure(result({ model: 'llama-3.1-8b', device: 'rtx-4090', contextTokens: 131072 }), 'context').text).toBe('131,072 tokens');
  });
});

describe('the KV cache figure', () => {
  it('is the whole cache even when part of it is offloaded', () => {
    // Llama 3.1 70B at 32K context: 80 layers x 8 KV heads x 128 x 2 (K, V) x 2 bytes x 32,768 = 10 GiB.
    const r = result({ model: 'llama-3.1-70b', device: 'rtx-4090', systemRamGB: 128, contextTokens: 32768 });
    expect(r.verdict).toBe('offload');
    expect(figure(r, 'kv-cache').text).toBe('10.0 GB');
  });
});
