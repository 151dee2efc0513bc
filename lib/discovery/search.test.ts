import { describe, expect, it } from 'vitest';
import { quickMatches, queryWords } from './search';

const firstId = (q: string) => quickMatches(q)[0]?.id;

describe('quick catalog matches for the site search', () => {
  it('finds devices from partial and sloppy names', () => {
    expect(firstId('4060ti')).toMatch(/^rtx-4060-ti/);
    expect(firstId('rtx 4090')).toBe('rtx-4090');
    expect(firstId('4090')).toBe('rtx-4090'); // the desktop card before the laptop one
    expect(quickMatches('4090').map((e) => e.id)).toContain('rtx-4090-laptop');
    expect(firstId('7900xtx')).toBe('rx-7900-xtx');
    expect(firstId('m3 max 40c')).toBe('apple-m3-max-16c40g');
    // What a tool prints: nvidia-smi's name and a Windows WebGL renderer string.
    expect(firstId('NVIDIA GeForce RTX 3060')).toMatch(/^rtx-3060/);
    expect(firstId('ANGLE (NVIDIA, NVIDIA GeForce RTX 3070 Direct3D11 vs_5_0 ps_5_0, D3D11)')).toBe('rtx-3070');
  });

  it('finds models from partial names', () => {
    expect(firstId('oss 120')).toBe('gpt-oss-120b');
    expect(firstId('gpt-oss-20b')).toBe('gpt-oss-20b');
    expect(firstId('qwen3 30b')).toMatch(/^qwen3-30b-a3b/);
    expect(firstId('llama 3.1 8b')).toBe('llama-3.1-8b');
    expect(quickMatches('gemma 3').every((e) => e.kind === 'model' && /gemma/i.test(e.name))).toBe(true);
  });

  it('links each result to its page', () => {
    expect(quickMatches('llama 3.1 8b')[0]!.href).toBe('/models/llama-3-1-8b');
    expect(quickMatches('rtx 4090')[0]!.href).toBe('/devices/rtx-4090');
  });

  it('finds nothing, without throwing, for empty or hostile queries', () => {
    for (const q of ['', '   ', '---', '<script>alert(1)</script>', '"\'', 'x'.repeat(5000), '💥', 'zzzz-no-such-thing']) {
      expect(() => quickMatches(q)).not.toThrow();
    }
    expect(quickMatches('')).toEqual([]);
    expect(quickMatches('---')).toEqual([]);
    expect(quickMatches('zzzz-no-such-thing')).toEqual([]);
    expect(quickMatches(undefined as unknown as string)).toEqual([]);
    expect(queryWords('  RTX, 4090 / ti ')).toEqual(['rtx', '4090', 'ti']);
  });
});
