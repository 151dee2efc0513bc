/**
 * Command-line flags -> EstimateInput. Kebab-case flags map one-to-one onto the camelCase input
 * fields that batch lines, URLs and widgets use, so every entry point shares one validation.
 */
import { parseArgs } from 'node:util';
import type { EstimateInput } from '../estimator';

/** flag -> input field */
export const FLAG_FIELDS = {
  model: 'model',
  quant: 'quant',
  device: 'device',
  'memory-gb': 'memoryGB',
  'bandwidth-gbps': 'bandwidthGBps',
  tflops: 'tflops',
  'memory-kind': 'memoryKind',
  devices: 'devices',
  'system-ram-gb': 'systemRamGB',
  'system-ram-bandwidth-gbps': 'systemRamBandwidthGBps',
  context: 'contextTokens',
  'prompt-tokens': 'promptTokens',
  'output-tokens': 'outputTokens',
  'kv-cache': 'kvCache',
  offload: 'offload',
  backend: 'backend',
  'reasoning-effort': 'reasoningEffort',
  runtime: 'runtime',
} as const satisfies Record<string, keyof EstimateInput>;

export interface CliArgs {
  input: EstimateInput;
  json: boolean;
  batch: boolean;
  help: boolean;
}

export type ParsedArgs = { ok: true; args: CliArgs } | { ok: false; field: string; message: string };

/** node:util's parse errors, reworded where they confuse (a negative number reads as a flag). */
function parseErrorMessage(e: unknown): { field: string; message: string } {
  const raw = (e instanceof Error ? e.message : String(e)).split('\n')[0]!.replace(/\.+$/, '');
  const flag = /'(--?[\w-]+)/.exec(raw)?.[1] ?? 'arguments';
  const field = flag.replace(/^-+/, '');
  const code = (e as { code?: string } | null)?.code;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /ambiguous/.test(raw))
    return { field, message: `${flag} needs a value; a value that starts with "-" (a negative number) must be written ${flag}=VALUE` };
  return { field, message: `${raw}. Run with --help for the flags.` };
}

export function parseCliArgs(argv: string[]): ParsedArgs {
  const options = Object.fromEntries(Object.keys(FLAG_FIELDS).map((f) => [f, { type: 'string' as const }]));
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...options, json: { type: 'boolean' }, batch: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
      tokens: true,
    });
  } catch (e) {
    return { ok: false, ...parseErrorMessage(e) };
  }
  const v = parsed.values as Record<string, string | boolean | undefined>;
  // A flag given twice would silently take the last value: refuse, since one of the two is a mistake.
  const seen = new Set<string>();
  for (const t of parsed.tokens ?? []) {
    if (t.kind !== 'option') continue;
    if (seen.has(t.name)) return { ok: false, field: t.name, message: `--${t.name} is given more than once; give it once.` };
    seen.add(t.name);
  }
  const input: Record<string, unknown> = {};
  for (const [flag, field] of Object.entries(FLAG_FIELDS)) {
    const value = v[flag];
    if (typeof value !== 'string') continue;
    // An empty value would read as "not given" and quietly fall back to the default.
    if (value.trim() === '') return { ok: false, field: flag, message: `--${flag} is empty; give a value or leave the flag out.` };
    input[field] = value;
  }
  if (v.batch === true && !v.help) {
    const given = Object.keys(FLAG_FIELDS).find((f) => typeof v[f] === 'string');
    if (given) return { ok: false, field: given, message: `--batch reads every input from stdin; --${given} cannot be combined with it.` };
  }
  return {
    ok: true,
    args: { input: input as unknown as EstimateInput, json: v.json === true, batch: v.batch === true, help: v.help === true },
  };
}

export const HELP = `Estimate whether a model runs on a machine, with how much memory and how fast.

Usage:
  npm run --silent estimate -- --model gpt-oss-20b --device "RTX 4090" --context 8192 [--json]
  npm run --silent estimate -- --batch < inputs.jsonl      (one JSON input per line, camelCase fields)

Model and format:
  --model ID                 e.g. gpt-oss-20b, llama-3.1-8b, qwen3-30b-a3b
  --quant FORMAT             q4_k_m, q8_0, mxfp4, f16, ... (default: the model's usual download)
Hardware (a catalog device, custom figures, or a device with overrides):
  --device NAME              id, name or tool/browser GPU string: "rtx 4090", "m3 max 40c",
                             "NVIDIA GeForce RTX 4060 Laptop GPU (8GB)"; ambiguous names list the candidates
  --memory-gb N              memory per device (GB as sold)
  --bandwidth-gbps N         memory bandwidth (GB/s)
  --tflops N                 dense FP16 TFLOPS per device
  --memory-kind KIND         discrete | unified | cpu
  --devices N                identical GPUs (layers split across them)
  --system-ram-gb N          host RAM for offload (default 32)
  --system-ram-bandwidth-gbps N   host RAM bandwidth (default 89.6, DDR5-5600 dual channel)
  --backend NAME             cuda | metal | rocm | vulkan | sycl | cpu
Run:
  --context N                context tokens to allocate (default 8192)
  --prompt-tokens N          prompt length for time to first token (default 512; 0 = empty
                             context: decode as llama-bench tg128, prefill and time to first token 0)
  --output-tokens N          answer length for time to answer (default 512)
  --kv-cache TYPE            f16 | q8_0 | q4_0
  --offload MODE             auto | none | cpu-moe:N | gpu-layers:N
  --reasoning-effort LEVEL   low | medium | high (gpt-oss)
  --runtime NAME             llama.cpp (default: tuned llama-server flags) | ollama (Ollama's own
                             defaults: context by VRAM, KV cache, flash attention, its layer fit)
Output:
  --json                     one JSON object (errors: {"error": {"field", "message"}}, exit code 2)
`;
