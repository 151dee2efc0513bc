import { describe, expect, it } from 'vitest';
import { licenseGroup, matchesFilters, NO_FILTERS, squash, type FilterableModel } from './model-filter';

const qwen: FilterableModel = { id: 'qwen3-30b-a3b', name: 'Qwen3 30B A3B', family: 'Qwen3', developer: 'Alibaba (Qwen)', licenseGroup: 'Apache 2.0', size: 'medium' };
const oss: FilterableModel = { id: 'gpt-oss-120b', name: 'gpt-oss-120b', family: 'gpt-oss', developer: 'OpenAI', licenseGroup: 'Apache 2.0', size: 'large' };
const llama: FilterableModel = { id: 'llama-3.1-8b', name: 'Llama 3.1 8B', family: 'Llama 3.1', developer: 'Meta', licenseGroup: 'Llama community licence', size: 'small' };
const all = [qwen, oss, llama];
const ids = (f: Partial<typeof NO_FILTERS>) => all.filter((m) => matchesFilters(m, { ...NO_FILTERS, ...f })).map((m) => m.id);

describe('model index filter', () => {
  it('passes everything with no filter set', () => {
    expect(ids({})).toEqual(['qwen3-30b-a3b', 'gpt-oss-120b', 'llama-3.1-8b']);
  });

  it('filters by developer, licence and size, together', () => {
    expect(ids({ developer: 'OpenAI' })).toEqual(['gpt-oss-120b']);
    expect(ids({ license: 'Apache 2.0' })).toEqual(['qwen3-30b-a3b', 'gpt-oss-120b']);
    expect(ids({ license: 'Apache 2.0', size: 'large' })).toEqual(['gpt-oss-120b']);
    expect(ids({ developer: 'Meta', size: 'large' })).toEqual([]);
  });

  it('matches sloppy names: case, spaces, dots and dashes ignored, every word must appear', () => {
    expect(squash('Llama-3.1 8B')).toBe('llama318b');
    expect(ids({ q: 'oss 120' })).toEqual(['gpt-oss-120b']);
    expect(ids({ q: 'QWEN3-30B' })).toEqual(['qwen3-30b-a3b']);
    expect(ids({ q: 'llama3.1' })).toEqual(['llama-3.1-8b']);
    expect(ids({ q: '  ' })).toHaveLength(3);
    expect(ids({ q: 'qwen 120' })).toEqual([]);
  });

  it('groups licences as readers filter them', () => {
    expect(licenseGroup('Apache-2.0')).toBe('Apache 2.0');
    expect(licenseGroup('MIT')).toBe('MIT');
    expect(licenseGroup('MIT (weights derived from Qwen2.5-14B, Apache-2.0)')).toBe('MIT');
    expect(licenseGroup('Meta Llama 3 Community License')).toBe('Llama community licence');
    expect(licenseGroup('Llama 3.1 Community License')).toBe('Llama community licence');
    expect(licenseGroup('Gemma Terms of Use')).toBe('Gemma terms of use');
    expect(licenseGroup('Qwen Research License')).toBe('Qwen licence');
    expect(licenseGroup('DeepSeek Model License (weights); MIT (code)')).toBe('DeepSeek model licence');
    expect(licenseGroup('Modified MIT')).toBe('Modified MIT');
  });
});
