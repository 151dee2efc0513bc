/**
 * The CLI with bad flags, as a user would run it (a real process): exit code 2, exactly one line on
 * stderr naming the field, nothing on stdout (the JSON error too with --json), and never a stack trace.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = `${root}node_modules/.bin/tsx`;

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(tsx, ['lib/cli/estimate.ts', ...args], { cwd: root, timeout: 60_000, maxBuffer: 1 << 22 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const DEVICE = ['--model', 'gpt-oss-20b', '--device', 'rtx-4090'];
const CUSTOM = ['--model', 'gpt-oss-20b', '--memory-gb', '24', '--bandwidth-gbps', '1008'];

/** [what, argv, field the message must name, text it must contain] */
const CASES: [string, string[], string, RegExp][] = [
  ['unknown flag', ['--model', 'gpt-oss-20b', '--vram', '24'], 'vram', /Unknown option '--vram'/],
  ['missing value', ['--model'], 'model', /argument missing/],
  ['negative number read as a flag', [...DEVICE, '--context', '-5'], 'context', /--context=VALUE/],
  ['negative context', [...DEVICE, '--context=-5'], 'contextTokens', /got -5/],
  ['negative memory', ['--model', 'gpt-oss-20b', '--memory-gb=-24', '--bandwidth-gbps', '1008'], 'memoryGB', /from 0\.5 to 4096/],
  ['negative system RAM', [...DEVICE, '--system-ram-gb=-1'], 'systemRamGB', /got -1/],
  ['NaN', [...DEVICE, '--context', 'NaN'], 'contextTokens', /whole number/],
  ['NaN bandwidth', [...DEVICE, '--system-ram-bandwidth-gbps', 'NaN'], 'systemRamBandwidthGBps', /number from/],
  ['1e309 (Infinity) context', [...DEVICE, '--context', '1e309'], 'contextTokens', /whole number/],
  ['1e309 bandwidth', ['--model', 'gpt-oss-20b', '--memory-gb', '24', '--bandwidth-gbps', '1e309'], 'bandwidthGBps', /number from 1 to/],
  ['Infinity TFLOPS', [...CUSTOM, '--tflops', 'Infinity'], 'tflops', /number from/],
  ['fractional count', [...DEVICE, '--devices', '1.5'], 'devices', /whole number/],
  ['empty value', [...DEVICE, '--context', ''], 'context', /is empty/],
  ['unknown model', ['--model', 'no-such-model', '--device', 'rtx-4090'], 'model', /Unknown model "no-such-model"/],
  ['unknown device', ['--model', 'gpt-oss-20b', '--device', 'no-such-gpu'], 'device', /No device matches "no-such-gpu"/],
  ['markup as a device', ['--model', 'gpt-oss-20b', '--device', '<script>alert(1)</script>'], 'device', /No device matches/],
  ['unicode as a device', ['--model', 'gpt-oss-20b', '--device', '\u2713\u{1F600}\u202E'], 'device', /No device matches/],
  ['5,000 characters as a device', ['--model', 'gpt-oss-20b', '--device', 'x'.repeat(5000)], 'device', /No device matches/],
  ['unknown quant', [...DEVICE, '--quant', 'q9_z'], 'quant', /Unknown format "q9_z"/],
  ['unknown KV cache type', [...DEVICE, '--kv-cache', 'q2'], 'kvCache', /one of f16, q8_0, q4_0/],
  ['unknown memory kind', [...CUSTOM, '--memory-kind', 'gpu'], 'memoryKind', /discrete, unified or cpu/],
  ['unknown backend', [...DEVICE, '--backend', 'tpu'], 'backend', /one of cuda/],
  ['unknown runtime', [...DEVICE, '--runtime', 'vllm'], 'runtime', /vllm/],
  ['bad offload', [...DEVICE, '--offload', 'gpu-layers:-1'], 'offload', /auto, none, cpu-moe:N or gpu-layers:N/],
  ['offload past the layer count', [...DEVICE, '--offload', 'cpu-moe:999'], 'offload', /got 999/],
  ['positional argument', [...DEVICE, 'extra'], 'arguments', /Unexpected argument 'extra'/],
  ['conflict: a flag given twice', [...DEVICE, '--context', '8192', '--context', '4096'], 'context', /more than once/],
  ['conflict: --batch with input flags', ['--batch', '--model', 'gpt-oss-20b'], 'model', /--batch reads every input from stdin/],
  ['conflict: offload on a CPU', [...CUSTOM, '--memory-kind', 'cpu', '--offload', 'cpu-moe:3'], 'offload', /discrete GPUs/],
  ['conflict: prompt longer than the context', [...DEVICE, '--context', '4096', '--prompt-tokens', '8192'], 'promptTokens', /fit in contextTokens/],
  ['conflict: reasoning effort on a model without it', ['--model', 'llama-3.1-8b', '--device', 'rtx-4090', '--reasoning-effort', 'high'], 'reasoningEffort', /gpt-oss models only/],
  ['custom hardware without bandwidth', ['--model', 'gpt-oss-20b', '--memory-gb', '24'], 'bandwidthGBps', /both memoryGB and bandwidthGBps/],
];

const STACK = /^\s+at .+[:(]\d+/m;

describe.concurrent('bad flags exit 2 with one line on stderr', () => {
  for (const [what, argv, field, text] of CASES) {
    it(what, async () => {
      const r = await cli(argv);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr.split('\n').filter(Boolean);
      expect(lines, 'one line on stderr').toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^Error \\(${field}\\): `));
      expect(lines[0]).toMatch(text);
      expect(r.stderr).not.toMatch(STACK);
    });
  }

  it('with --json, stdout also carries the error as JSON (the same field and message)', async () => {
    const r = await cli([...DEVICE, '--context', '1e309', '--json']);
    expect(r.code).toBe(2);
    const { error } = JSON.parse(r.stdout);
    expect(error.field).toBe('contextTokens');
    expect(r.stderr.trim()).toBe(`Error (contextTokens): ${error.message}`);
  });

  it('a good run still exits 0 with nothing on stderr (the table is not trivially failing)', async () => {
    const r = await cli([...DEVICE, '--context', '8192']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/tokens\/s/);
  });
});
