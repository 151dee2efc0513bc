import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './args';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = `${root}node_modules/.bin/tsx`;
const cli = (args: string[], stdin?: string) =>
  spawnSync(tsx, ['lib/cli/estimate.ts', ...args], { cwd: root, input: stdin, encoding: 'utf8', timeout: 60_000 });

describe('flag parsing', () => {
  it('maps kebab-case flags onto the engine input', () => {
    const r = parseCliArgs(['--model', 'gpt-oss-20b', '--device', 'RTX 4090', '--context', '8192', '--memory-gb', '24', '--offload', 'cpu-moe:3', '--json']);
    expect(r).toEqual({
      ok: true,
      args: {
        input: { model: 'gpt-oss-20b', device: 'RTX 4090', contextTokens: '8192', memoryGB: '24', offload: 'cpu-moe:3' },
        json: true,
        batch: false,
        help: false,
      },
    });
  });
  it('names an unknown flag', () => {
    const r = parseCliArgs(['--model', 'gpt-oss-20b', '--vram', '24']);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.field).toBe('vram');
  });
});

describe('the estimate command', () => {
  it('prints a JSON result with the documented fields', () => {
    const out = cli(['--model', 'gpt-oss-20b', '--device', '4090', '--context', '8192', '--json']);
    expect(out.status).toBe(0);
    const r = JSON.parse(out.stdout);
    expect(r.verdict).toBe('fits');
    for (const key of ['weights', 'kvCache', 'compute', 'overhead', 'total', 'available']) expect(typeof r.memoryGB[key]).toBe('number');
    for (const key of ['low', 'expected', 'high']) {
      expect(r.decodeTokensPerSecond[key]).toBeGreaterThan(0);
      expect(r.prefillTokensPerSecond[key]).toBeGreaterThan(0);
    }
    expect(r.commands.llamaCpp).toContain('llama-server');
    expect(Array.isArray(r.notes)).toBe(true);
  });

  it('exits 2 with a field-named error on bad input', () => {
    const out = cli(['--model', 'gpt-oss-20b', '--device', '4090', '--context', 'lots', '--json']);
    expect(out.status).toBe(2);
    expect(JSON.parse(out.stdout)).toEqual({
      error: { field: 'contextTokens', message: expect.stringMatching(/whole number from 1 to 131072/) },
    });
    expect(out.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });

  it('lists the candidates of an ambiguous device name', () => {
    const out = cli(['--model', 'gpt-oss-20b', '--device', 'm4 max']);
    expect(out.status).toBe(2);
    expect(out.stdout).toMatch(/apple-m4-max-14c32g/);
    expect(out.stdout).toMatch(/apple-m4-max-16c40g/);
  });

  it('answers a batch line by line, in order, and goes on after a bad line', () => {
    const lines = [
      JSON.stringify({ model: 'gpt-oss-20b', device: 'rtx-4090' }),
      '{not json',
      JSON.stringify({ model: 'llama-3.1-8b', memoryGB: 8, bandwidthGBps: 272, contextTokens: -1 }),
      JSON.stringify({ model: 'llama-3.1-8b', memoryGB: 8, bandwidthGBps: 272, memoryKind: 'discrete' }),
    ].join('\n');
    const out = cli(['--batch'], lines);
    expect(out.status).toBe(0);
    const results = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(results).toHaveLength(4);
    expect(results[0].verdict).toBe('fits');
    expect(results[1].error.field).toBe('line');
    expect(results[2].error.field).toBe('contextTokens');
    expect(results[3].model.id).toBe('llama-3.1-8b');
  });
});
