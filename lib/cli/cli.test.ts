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
    const out = cli(['--model', 'gpt-oss-20b', '--device', 'rtx 4090', '--context', '8192', '--json']);
    expect(out.status).toBe(0);
    const r = JSON.parse(out.stdout);
    expect(r.verdict).toBe('fits');
    expect(r.hardware.id).toBe('rtx-4090');
    expect(r.hardware.matchedFrom).toEqual({ text: 'rtx 4090' });
    for (const key of ['weights', 'kvCache', 'compute', 'overhead', 'total', 'available']) expect(typeof r.memoryGB[key]).toBe('number');
    for (const key of ['low', 'expected', 'high']) {
      expect(r.decodeTokensPerSecond[key]).toBeGreaterThan(0);
      expect(r.prefillTokensPerSecond[key]).toBeGreaterThan(0);
    }
    expect(r.commands.llamaCpp).toContain('llama-server');
    expect(Array.isArray(r.notes)).toBe(true);
  });

  it('exits 2 with a field-named error on bad input', () => {
    const out = cli(['--model', 'gpt-oss-20b', '--device', 'rtx 4090', '--context', 'lots', '--json']);
    expect(out.status).toBe(2);
    expect(JSON.parse(out.stdout)).toEqual({
      error: { field: 'contextTokens', message: expect.stringMatching(/whole number from 1 to 131072/) },
    });
    expect(out.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });

  it('lists the candidates of an ambiguous device name', () => {
    const out = cli(['--model', 'gpt-oss-20b', '--device', 'm4 max']);
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/apple-m4-max-14c32g/);
    expect(out.stderr).toMatch(/apple-m4-max-16c40g/);
  });

  it('says which device a name was read as and what was assumed', () => {
    const out = cli(['--model', 'llama-3.1-8b', '--device', 'rtx 3060']);
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('Device: "rtx 3060" read as rtx-3060-12gb (assumed, see notes)');
    expect(out.stdout).toMatch(/- The name does not say the memory size; assumed 12 GB .*rtx-3060-8gb/);
    const json = JSON.parse(cli(['--model', 'llama-3.1-8b', '--device', 'rtx 3060', '--json']).stdout);
    expect(json.hardware.id).toBe('rtx-3060-12gb');
    expect(json.hardware.matchedFrom.assumed).toMatch(/assumed 12 GB/);
  });

  it('refuses a bare number that names several products, listing them', () => {
    const out = cli(['--model', 'gpt-oss-20b', '--device', '4090', '--json']);
    expect(out.status).toBe(2);
    const e = JSON.parse(out.stdout).error;
    expect(e.field).toBe('device');
    expect(e.message).toMatch(/rtx-4090 .*rtx-4090-laptop/);
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

describe('empty context, Ollama runtime and closed pipes', () => {
  it('--prompt-tokens 0 is an empty context: decode at depth 0, no prefill, no time to first token', () => {
    const empty = JSON.parse(cli(['--model', 'llama-3.1-8b', '--device', 'rtx-4090', '--prompt-tokens', '0', '--json']).stdout);
    const one = JSON.parse(cli(['--model', 'llama-3.1-8b', '--device', 'rtx-4090', '--prompt-tokens', '1', '--json']).stdout);
    expect(empty.promptTokens).toBe(0);
    expect(empty.prefillTokensPerSecond).toEqual({ low: 0, expected: 0, high: 0 });
    expect(empty.timeToFirstTokenSeconds).toEqual({ low: 0, expected: 0, high: 0 });
    // One token of context changes decode by far less than 1 %.
    expect(Math.abs(empty.decodeTokensPerSecond.expected / one.decodeTokensPerSecond.expected - 1)).toBeLessThan(0.01);
    expect(empty.timeToAnswerSeconds.expected).toBeGreaterThan(0);
  });

  it('--runtime ollama applies Ollama defaults and says how to change them', () => {
    // A 24 GB card: Ollama v0.32.15 picks 32768 tokens for 23-47 GiB of VRAM (server/routes.go).
    const r = JSON.parse(cli(['--model', 'llama-3.1-8b', '--device', 'rtx-4090', '--runtime', 'ollama', '--json']).stdout);
    expect(r.runtime.name).toBe('ollama');
    expect(r.contextTokens).toBe(32768);
    const settings = r.runtime.defaults.map((d: { setting: string }) => d.setting);
    expect(settings).toEqual(expect.arrayContaining(['num_ctx', 'OLLAMA_KV_CACHE_TYPE', 'OLLAMA_FLASH_ATTENTION', 'num_gpu']));
    expect(r.notes.join(' ')).toMatch(/OLLAMA_CONTEXT_LENGTH/);
    const bad = cli(['--model', 'llama-3.1-8b', '--device', 'rtx-4090', '--runtime', 'vllm', '--json']);
    expect(bad.status).toBe(2);
    expect(JSON.parse(bad.stdout).error.field).toBe('runtime');
  });

  it('writing into a closed pipe ends quietly with exit code 0', () => {
    // 400 batch lines: the CLI keeps writing after head has read one line and closed the pipe.
    const lines = Array.from({ length: 400 }, () => JSON.stringify({ model: 'gpt-oss-20b', device: 'rtx-4090' })).join('\n');
    const out = spawnSync('bash', ['-c', `"${tsx}" lib/cli/estimate.ts --batch | head -1 > /dev/null; echo "status=\${PIPESTATUS[0]}"`], {
      cwd: root,
      input: lines,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(out.stdout).toMatch(/status=0/);
    expect(out.stderr).not.toMatch(/EPIPE|Error/);
  });
});
