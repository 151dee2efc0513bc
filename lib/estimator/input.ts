/**
 * The engine's input, as a page, a URL, the CLI's flags or a batch line gives it (camelCase, all
 * optional but the model and some hardware), and its validation into a resolved scenario.
 * Every rejection names the field and the accepted range; nothing here throws.
 */
import { findModel, formatById, kvCacheFormatById, matchDevice, modelById } from '../catalog';
import type { Backend, Device, FormatId, KvCacheType, MemoryKind, Model } from '../catalog/types';
import { fail, ok, type Result } from './errors';
import { DEFAULT_CONTEXT_TOKENS, DEFAULT_OUTPUT_TOKENS, DEFAULT_PROMPT_TOKENS, DEFAULT_SYSTEM_RAM, MAX_DEVICES } from './defaults';

export interface EstimateInput {
  /** Model id, e.g. "gpt-oss-20b". */
  model: string;
  /** Weight format id, e.g. "q4_k_m"; defaults to the model's usual download. */
  quant?: string;
  /** Device id or a forgiving name ("4090", "m2 ultra"). */
  device?: string;
  /** Memory per device in GB (binary, as sold: a "24 GB" card). Overrides the catalog value. */
  memoryGB?: number;
  bandwidthGBps?: number;
  /** Dense FP16 TFLOPS per device. */
  tflops?: number;
  memoryKind?: 'discrete' | 'unified' | 'cpu';
  /** Identical devices in the machine (layer split across them). */
  devices?: number;
  systemRamGB?: number;
  systemRamBandwidthGBps?: number;
  /** Context to allocate (KV cache size). */
  contextTokens?: number;
  /** Tokens in the prompt; decode speed is reported at this depth. */
  promptTokens?: number;
  /** Tokens to generate for the time-to-answer figure. */
  outputTokens?: number;
  kvCache?: string;
  /** "auto" | "none" | "cpu-moe:N" | "gpu-layers:N". */
  offload?: string;
  backend?: string;
  /** gpt-oss reasoning effort: adds typical reasoning tokens to the answer time. */
  reasoningEffort?: string;
  /**
   * "llama.cpp" (default: a tuned llama-server, the flags in `commands.llamaCpp`) or "ollama" (Ollama's
   * own defaults: its context length by VRAM, its layer fit; see ollama.ts).
   */
  runtime?: string;
}

export type Runtime = 'llama.cpp' | 'ollama';
export const RUNTIMES: readonly Runtime[] = ['llama.cpp', 'ollama'];

export type OffloadRequest =
  | { kind: 'auto' }
  | { kind: 'none' }
  | { kind: 'cpu-moe'; layers: number }
  | { kind: 'gpu-layers'; layers: number };

export type ReasoningEffort = 'low' | 'medium' | 'high';

/** The hardware after catalog lookup and overrides; memory in GiB per device. */
export interface Hardware {
  name: string;
  deviceId?: string;
  memoryKind: MemoryKind;
  segment?: Device['segment'];
  vendor?: Device['vendor'];
  memoryGiB: number;
  bandwidthGBps: number;
  /** Undefined when neither the catalog nor the input gives it. */
  fp16TFLOPS?: number;
  backend: Backend;
  deviceCount: number;
  /** Separate system RAM (discrete GPUs only; unified and CPU set-ups have one pool). */
  systemRamGiB: number;
  systemRamBandwidthGBps: number;
  /** What was assumed about system RAM the input did not describe (shown only when it matters). */
  systemRamAssumption?: string;
  /** The device text as given, and what the matcher assumed (a memory size, a core count); absent for custom hardware. */
  matchedFrom?: { text: string; assumed?: string };
}

export interface Scenario {
  model: Model;
  formatId: FormatId;
  hardware: Hardware;
  contextTokens: number;
  promptTokens: number;
  outputTokens: number;
  kvCache: KvCacheType;
  offload: OffloadRequest;
  reasoningEffort?: ReasoningEffort;
  /** Assumptions made while filling defaults, reported back as notes. */
  assumptions: string[];
  /** Who runs the model; Ollama applies its own defaults (ollama.ts). Absent means llama.cpp. */
  runtime?: Runtime;
  /** True when contextTokens came from the input rather than a default. */
  contextFromInput?: boolean;
  /** Prompt micro-batch (llama.cpp -ub); absent means MICRO_BATCH_TOKENS (512). Calibration rows set it. */
  microBatchTokens?: number;
  /**
   * CPU kernels of the program measured, for calibration rows only: ik_llama.cpp's repacked CPU kernels
   * are faster than llama.cpp's (speed.ts). The site always estimates llama.cpp / Ollama.
   */
  cpuKernels?: 'ik_llama.cpp';
  /** Defaults the runtime applied (Ollama), each with its source and how to change it; set by ollama.ts. */
  runtimeDefaults?: { setting: string; value: string; source: string; change: string }[];
}

export { DEFAULT_CONTEXT_TOKENS, DEFAULT_OUTPUT_TOKENS, DEFAULT_PROMPT_TOKENS, DEFAULT_SYSTEM_RAM, MAX_DEVICES };

const BACKENDS: readonly Backend[] = ['cuda', 'metal', 'rocm', 'vulkan', 'sycl', 'cpu'];

function numberField(
  field: string,
  value: unknown,
  min: number,
  max: number,
  opts: { integer?: boolean; unit?: string } = {},
): Result<number | undefined> {
  if (value === undefined || value === null || value === '') return ok(undefined);
  const n = typeof value === 'string' ? Number(value.trim()) : value;
  const range = () => `${opts.integer ? 'a whole number ' : 'a number '}from ${min} to ${max}${opts.unit ? ` ${opts.unit}` : ''}`;
  if (typeof n !== 'number' || !Number.isFinite(n)) return fail(field, `${field} must be ${range()}.`);
  if (opts.integer && !Number.isInteger(n)) return fail(field, `${field} must be ${range()}; got ${n}.`);
  if (n < min || n > max) return fail(field, `${field} must be ${range()}; got ${n}.`);
  return ok(n);
}

/**
 * A text field as a trimmed string (numbers are accepted as their digits); undefined when absent or
 * empty. Anything else (objects, arrays, booleans from a JSON batch line) is an error, never coerced:
 * coercing an object can throw.
 */
function textField(field: string, value: unknown): Result<string | undefined> {
  if (value === undefined || value === null) return ok(undefined);
  if (typeof value === 'number' && Number.isFinite(value)) return ok(String(value));
  if (typeof value !== 'string') return fail(field, `${field} must be text; got ${Array.isArray(value) ? 'a list' : typeof value}.`);
  const trimmed = value.trim();
  return ok(trimmed === '' ? undefined : trimmed);
}

const TEXT_FIELDS = ['model', 'quant', 'device', 'memoryKind', 'kvCache', 'offload', 'backend', 'reasoningEffort', 'runtime'] as const;
type TextFields = { [K in (typeof TEXT_FIELDS)[number]]?: string };

function parseOffload(value: string | undefined, model: Model): Result<OffloadRequest> {
  if (value === undefined || value === 'auto') return ok({ kind: 'auto' });
  if (value === 'none') return ok({ kind: 'none' });
  const accepted = 'auto, none, cpu-moe:N or gpu-layers:N';
  const m = /^(cpu-moe|gpu-layers):(\d{1,4})$/.exec(value);
  if (!m) return fail('offload', `offload must be one of ${accepted}; got "${value}".`);
  const layers = Number(m[2]);
  if (m[1] === 'cpu-moe') {
    const moe = model.architecture.moe;
    if (!moe) return fail('offload', `${model.name} is not a mixture-of-experts model, so cpu-moe does not apply; use gpu-layers:N.`);
    if (layers < 0 || layers > moe.moeLayers)
      return fail('offload', `cpu-moe:N takes N from 0 to ${moe.moeLayers} (the MoE layers of ${model.name}); got ${layers}.`);
    return ok({ kind: 'cpu-moe', layers });
  }
  if (layers > model.architecture.layers)
    return fail('offload', `gpu-layers:N takes N from 0 to ${model.architecture.layers} (the layers of ${model.name}); got ${layers}.`);
  return ok({ kind: 'gpu-layers', layers });
}

/** The device a name, tool output or browser string names (lib/catalog/match.ts); anything else is an error naming the candidates. */
function resolveDevice(query: string): Result<{ device: Device; matchedFrom: NonNullable<Hardware['matchedFrom']>; memoryGB?: number }> {
  const m = matchDevice(query);
  if (m.kind !== 'device') return fail('device', m.message);
  return ok({ device: m.device, matchedFrom: { text: query, ...(m.assumed ? { assumed: m.assumed } : {}) }, memoryGB: m.memoryGB });
}

/** The model's usual download: its native GGUF-able format for gpt-oss, Q4_K_M for the rest. */
export function defaultFormat(model: Model): FormatId {
  if (model.formats.includes('q4_k_m') && model.nativeFormat !== 'mxfp4') return 'q4_k_m';
  return model.formats.includes(model.nativeFormat) ? model.nativeFormat : model.formats[0]!;
}

export function resolveScenario(input: EstimateInput): Result<Scenario> {
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    return fail('model', 'Input must be an object with at least a model.');
  const assumptions: string[] = [];
  const t: TextFields = {};
  for (const field of TEXT_FIELDS) {
    const r = textField(field, (input as unknown as Record<string, unknown>)[field]);
    if (!r.ok) return r;
    t[field] = r.value;
  }
  const model = t.model === undefined ? undefined : findModel(t.model);
  if (!model) {
    return fail('model', `Unknown model "${t.model ?? ''}". Known ids: ${[...modelById.keys()].join(', ')}.`);
  }

  let formatId: FormatId;
  if (t.quant === undefined) formatId = defaultFormat(model);
  else {
    const q = t.quant.toLowerCase() as FormatId;
    if (!formatById.has(q)) return fail('quant', `Unknown format "${t.quant}". Known: ${[...formatById.keys()].join(', ')}.`);
    if (!model.formats.includes(q))
      return fail('quant', `${model.name} is not published as ${q}. Available: ${model.formats.join(', ')}.`);
    formatId = q;
  }

  const kvRaw = t.kvCache === undefined ? 'f16' : t.kvCache.toLowerCase();
  if (!kvCacheFormatById.has(kvRaw as KvCacheType))
    return fail('kvCache', `kvCache must be one of ${[...kvCacheFormatById.keys()].join(', ')}; got "${t.kvCache}".`);
  const kvCache = kvRaw as KvCacheType;

  const nums = {
    memoryGB: numberField('memoryGB', input.memoryGB, 0.5, 4096, { unit: 'GB' }),
    bandwidthGBps: numberField('bandwidthGBps', input.bandwidthGBps, 1, 20000, { unit: 'GB/s' }),
    tflops: numberField('tflops', input.tflops, 0.01, 20000, { unit: 'TFLOPS' }),
    devices: numberField('devices', input.devices, 1, MAX_DEVICES, { integer: true }),
    systemRamGB: numberField('systemRamGB', input.systemRamGB, 1, 16384, { unit: 'GB' }),
    systemRamBandwidthGBps: numberField('systemRamBandwidthGBps', input.systemRamBandwidthGBps, 1, 2000, { unit: 'GB/s' }),
    contextTokens: numberField('contextTokens', input.contextTokens, 1, model.architecture.maxContextTokens, {
      integer: true,
      unit: `tokens (the limit of ${model.name})`,
    }),
    outputTokens: numberField('outputTokens', input.outputTokens, 1, 1_000_000, { integer: true, unit: 'tokens' }),
  };
  for (const r of Object.values(nums)) if (!r.ok) return r;
  const v = Object.fromEntries(Object.entries(nums).map(([k, r]) => [k, r.ok ? r.value : undefined])) as {
    [K in keyof typeof nums]: number | undefined;
  };

  const contextTokens = v.contextTokens ?? Math.min(DEFAULT_CONTEXT_TOKENS, model.architecture.maxContextTokens);
  // 0 = an empty context: decode as llama-bench tg128 measures it, no prefill.
  const prompt = numberField('promptTokens', input.promptTokens, 0, contextTokens, {
    integer: true,
    unit: 'tokens (it must fit in contextTokens)',
  });
  if (!prompt.ok) return prompt;
  const promptTokens = prompt.value ?? Math.min(DEFAULT_PROMPT_TOKENS, contextTokens);

  let runtime: Runtime = 'llama.cpp';
  if (t.runtime !== undefined) {
    const r = t.runtime.toLowerCase();
    if (!(RUNTIMES as readonly string[]).includes(r))
      return fail('runtime', `runtime must be one of ${RUNTIMES.join(', ')}; got "${t.runtime}".`);
    runtime = r as Runtime;
  }

  let effort: ReasoningEffort | undefined;
  if (t.reasoningEffort !== undefined) {
    const e = t.reasoningEffort.toLowerCase();
    if (e !== 'low' && e !== 'medium' && e !== 'high')
      return fail('reasoningEffort', `reasoningEffort must be low, medium or high; got "${t.reasoningEffort}".`);
    if (model.family !== 'gpt-oss')
      return fail('reasoningEffort', `reasoningEffort applies to gpt-oss models only, not ${model.name}.`);
    effort = e;
  }

  // Hardware: a catalog device, overridden field by field, or fully custom figures.
  let device: Device | undefined;
  let matched: { matchedFrom: NonNullable<Hardware['matchedFrom']>; memoryGB?: number } | undefined;
  if (t.device !== undefined) {
    const d = resolveDevice(t.device);
    if (!d.ok) return d;
    device = d.value.device;
    matched = { matchedFrom: d.value.matchedFrom, memoryGB: d.value.memoryGB };
    if (d.value.matchedFrom.assumed) assumptions.push(d.value.matchedFrom.assumed);
  }
  let memoryKind: MemoryKind;
  if (t.memoryKind !== undefined) {
    const k = t.memoryKind.toLowerCase();
    if (k !== 'discrete' && k !== 'unified' && k !== 'cpu')
      return fail('memoryKind', `memoryKind must be discrete, unified or cpu; got "${t.memoryKind}".`);
    memoryKind = k === 'cpu' ? 'system' : k;
  } else memoryKind = device?.memoryKind ?? 'discrete';

  if (!device && (v.memoryGB === undefined || v.bandwidthGBps === undefined)) {
    const field = t.device ? 'device' : v.memoryGB === undefined ? 'memoryGB' : 'bandwidthGBps';
    return fail(field, 'Give a device, or both memoryGB and bandwidthGBps for custom hardware.');
  }
  const memoryGiB = v.memoryGB ?? matched?.memoryGB ?? device!.memoryGB;
  if (device?.memoryOptionsGB && v.memoryGB !== undefined && !device.memoryOptionsGB.includes(v.memoryGB))
    assumptions.push(`${device.name} is sold with ${device.memoryOptionsGB.join(', ')} GB; estimated for ${v.memoryGB} GB as asked.`);
  const bandwidthGBps = v.bandwidthGBps ?? device!.bandwidthGBps;
  const fp16TFLOPS = v.tflops ?? device?.fp16TFLOPS;

  let backend: Backend;
  if (t.backend !== undefined) {
    const b = t.backend.toLowerCase() as Backend;
    if (!BACKENDS.includes(b)) return fail('backend', `backend must be one of ${BACKENDS.join(', ')}; got "${t.backend}".`);
    if (memoryKind === 'system' && b !== 'cpu') return fail('backend', 'A CPU-only set-up runs on the cpu backend only.');
    if (device && memoryKind !== 'system' && b !== 'cpu' && !device.backends.includes(b))
      return fail('backend', `${device.name} runs ${device.backends.join(', ')}, not ${b}.`);
    backend = b;
  } else if (memoryKind === 'system') backend = 'cpu';
  else if (device && device.memoryKind === memoryKind) backend = device.backends[0]!;
  else {
    backend = memoryKind === 'unified' ? 'metal' : 'cuda';
    assumptions.push(`Assumed the ${backend} backend for custom ${memoryKind} hardware; pass backend to change it.`);
  }

  const deviceCount = v.devices ?? 1;
  if (deviceCount > 1 && memoryKind !== 'discrete')
    return fail('devices', 'Several devices are supported for discrete GPUs only; unified and CPU memory is one pool.');

  let systemRamGiB = 0;
  let systemRamBandwidthGBps = 0;
  let systemRamAssumption: string | undefined;
  if (memoryKind === 'discrete') {
    systemRamGiB = v.systemRamGB ?? DEFAULT_SYSTEM_RAM.gib;
    systemRamBandwidthGBps = v.systemRamBandwidthGBps ?? DEFAULT_SYSTEM_RAM.bandwidthGBps;
    const assumed = [
      v.systemRamGB === undefined && `${DEFAULT_SYSTEM_RAM.gib} GB of system RAM`,
      v.systemRamBandwidthGBps === undefined && `${DEFAULT_SYSTEM_RAM.label} bandwidth (${DEFAULT_SYSTEM_RAM.bandwidthGBps} GB/s)`,
    ].filter(Boolean);
    if (assumed.length)
      systemRamAssumption = `Assumed ${assumed.join(' and ')}; give systemRamGB and systemRamBandwidthGBps for your machine.`;
  } else if (v.systemRamGB !== undefined || v.systemRamBandwidthGBps !== undefined) {
    assumptions.push('systemRamGB and systemRamBandwidthGBps are ignored for unified and CPU-only memory: it is one pool.');
  }

  const offload = parseOffload(t.offload, model);
  if (!offload.ok) return offload;
  if (memoryKind !== 'discrete' && (offload.value.kind === 'cpu-moe' || offload.value.kind === 'gpu-layers'))
    return fail('offload', 'Offload to system RAM applies to discrete GPUs; unified and CPU memory is one pool.');

  const name = device
    ? `${deviceCount > 1 ? `${deviceCount} x ` : ''}${device.name}${v.memoryGB !== undefined && v.memoryGB !== device.memoryGB ? ` (${v.memoryGB} GB)` : ''}`
    : `Custom ${memoryKind === 'system' ? 'CPU' : memoryKind} (${memoryGiB} GB, ${bandwidthGBps} GB/s)`;

  return ok({
    model,
    formatId,
    hardware: {
      name,
      deviceId: device?.id,
      memoryKind,
      segment: device?.segment,
      vendor: device?.vendor,
      memoryGiB,
      bandwidthGBps,
      fp16TFLOPS,
      backend,
      deviceCount,
      systemRamGiB,
      systemRamBandwidthGBps,
      systemRamAssumption,
      matchedFrom: matched?.matchedFrom,
    },
    contextTokens,
    promptTokens,
    outputTokens: v.outputTokens ?? DEFAULT_OUTPUT_TOKENS,
    kvCache,
    offload: offload.value,
    reasoningEffort: effort,
    assumptions,
    runtime,
    contextFromInput: v.contextTokens !== undefined,
  });
}

