/**
 * The calculator's URL: a public interface. Guides, model and device pages link into the calculator
 * with `calculatorHref`, and the calculator reads its state back with `parseCalculatorQuery`, so both
 * sides share one definition of the keys.
 *
 * Keys: model, quant, device, gpus, ctx, prompt, out, kv, offload, effort, ram (GB), ramBw (GB/s),
 * runtime (llama.cpp | ollama; with ollama and no ctx, Ollama picks the context);
 * custom hardware (device=custom): mem, bw, tflops, kind; `mem` with a catalog device picks one of
 * the memory sizes it is sold with. Defaults are left out, so the shortest URL is the default scenario.
 *
 * Parsing never trusts the query: every value is checked for its type here, then the whole scenario is
 * checked by the engine's own validation (`resolveScenario`). A value that fails either is dropped
 * (the default applies) with a notice naming the key, and the notice quotes at most a short, plain-text
 * excerpt of what was given; nothing from the URL is ever treated as markup.
 */
import { resolveScenario } from '../estimator';
import { CUSTOM_DEVICE, DEFAULT_STATE, toEstimateInput, type CalculatorState, type CustomHardware } from './state';
import { deviceById, findDevices, findModel } from '../catalog';

export const QUERY_KEYS = [
  'model',
  'quant',
  'device',
  'gpus',
  'ctx',
  'prompt',
  'out',
  'kv',
  'offload',
  'effort',
  'ram',
  'ramBw',
  'mem',
  'bw',
  'tflops',
  'kind',
  'runtime',
] as const;
export type QueryKey = (typeof QUERY_KEYS)[number];

/** The engine's field name for each key, so an engine error can be traced back to the URL. */
const FIELD_OF_KEY: Record<QueryKey, string> = {
  model: 'model',
  quant: 'quant',
  device: 'device',
  gpus: 'devices',
  ctx: 'contextTokens',
  prompt: 'promptTokens',
  out: 'outputTokens',
  kv: 'kvCache',
  offload: 'offload',
  effort: 'reasoningEffort',
  ram: 'systemRamGB',
  ramBw: 'systemRamBandwidthGBps',
  mem: 'memoryGB',
  bw: 'bandwidthGBps',
  tflops: 'tflops',
  kind: 'memoryKind',
  runtime: 'runtime',
};

export interface QueryNotice {
  key: string;
  /** A short plain-text excerpt of the rejected value. */
  value: string;
  message: string;
}

export interface ParsedQuery {
  state: CalculatorState;
  notices: QueryNotice[];
}

const MAX_VALUE_LENGTH = 200;

/** A plain, short excerpt of a rejected value for a notice (control characters removed). */
export function excerpt(value: string): string {
  const plain = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
  return plain.length > 40 ? `${plain.slice(0, 37)}…` : plain;
}

const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

function parseNumber(text: string, integer: boolean): number | undefined {
  if (!NUMBER_TEXT.test(text)) return undefined;
  const n = Number(text);
  if (!Number.isFinite(n)) return undefined;
  if (integer && !Number.isInteger(n)) return undefined;
  return n;
}

type Draft = Partial<Record<QueryKey, string | number>>;

const INTEGER_KEYS = new Set<QueryKey>(['gpus', 'ctx', 'prompt', 'out']);
const NUMBER_KEYS = new Set<QueryKey>(['gpus', 'ctx', 'prompt', 'out', 'ram', 'ramBw', 'mem', 'bw', 'tflops']);
const CHOICES: Partial<Record<QueryKey, readonly string[]>> = {
  kv: ['f16', 'q8_0', 'q4_0'],
  effort: ['low', 'medium', 'high'],
  kind: ['discrete', 'unified', 'cpu'],
  runtime: ['llama.cpp', 'ollama'],
};

function stateFromDraft(d: Draft): CalculatorState {
  const num = (k: QueryKey) => (typeof d[k] === 'number' ? (d[k] as number) : undefined);
  const str = (k: QueryKey) => (typeof d[k] === 'string' ? (d[k] as string) : undefined);
  const device = str('device') ?? DEFAULT_STATE.device;
  let custom: CustomHardware | undefined;
  if (device === CUSTOM_DEVICE) {
    custom = {
      memoryGB: num('mem') ?? 24,
      bandwidthGBps: num('bw') ?? 1000,
      tflops: num('tflops'),
      kind: (str('kind') as CustomHardware['kind'] | undefined) ?? 'discrete',
    };
  }
  return {
    ...DEFAULT_STATE,
    model: str('model') ?? DEFAULT_STATE.model,
    quant: str('quant'),
    device,
    memoryGB: device === CUSTOM_DEVICE ? undefined : num('mem'),
    custom,
    gpus: num('gpus') ?? DEFAULT_STATE.gpus,
    contextTokens: num('ctx') ?? defaultContext(str('model') ?? DEFAULT_STATE.model),
    promptTokens: num('prompt') ?? DEFAULT_STATE.promptTokens,
    outputTokens: num('out') ?? DEFAULT_STATE.outputTokens,
    kvCache: (str('kv') as CalculatorState['kvCache'] | undefined) ?? DEFAULT_STATE.kvCache,
    offload: str('offload') ?? DEFAULT_STATE.offload,
    reasoningEffort: str('effort') as CalculatorState['reasoningEffort'],
    systemRamGB: num('ram') ?? DEFAULT_STATE.systemRamGB,
    systemRamBandwidthGBps: num('ramBw') ?? DEFAULT_STATE.systemRamBandwidthGBps,
    ...(str('runtime') === 'ollama' ? { runtime: 'ollama' as const, runtimeContext: num('ctx') === undefined } : {}),
  };
}

/** The default context for a model: the calculator's default, or the model's limit when that is smaller. */
export function defaultContext(modelId: string): number {
  const max = findModel(modelId)?.architecture.maxContextTokens;
  return max ? Math.min(DEFAULT_STATE.contextTokens, max) : DEFAULT_STATE.contextTokens;
}

/** Read a calculator state from a query string (or URLSearchParams); never throws. */
export function parseCalculatorQuery(query: string | URLSearchParams): ParsedQuery {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const notices: QueryNotice[] = [];
  const draft: Draft = {};
  const known = new Set<string>(QUERY_KEYS);
  const reject = (key: string, value: string, message: string) => notices.push({ key, value: excerpt(value), message });

  for (const [key, raw] of params) {
    if (!known.has(key)) {
      reject(key, raw, `Unknown setting "${excerpt(key)}"; it was ignored.`);
      continue;
    }
    const k = key as QueryKey;
    if (draft[k] !== undefined) {
      reject(key, raw, `"${key}" was given more than once; the first value was used.`);
      continue;
    }
    const value = raw.trim();
    if (value === '' || value.length > MAX_VALUE_LENGTH) {
      reject(key, raw, value === '' ? `"${key}" was empty; the default was used.` : `"${key}" was too long; the default was used.`);
      continue;
    }
    if (NUMBER_KEYS.has(k)) {
      const n = parseNumber(value, INTEGER_KEYS.has(k));
      if (n === undefined) {
        reject(key, raw, `"${key}" must be a finite ${INTEGER_KEYS.has(k) ? 'whole ' : ''}number; the default was used.`);
        continue;
      }
      draft[k] = n;
      continue;
    }
    const choices = CHOICES[k];
    if (choices && !choices.includes(value.toLowerCase())) {
      reject(key, raw, `"${key}" must be one of ${choices.join(', ')}; the default was used.`);
      continue;
    }
    draft[k] = choices ? value.toLowerCase() : value;
  }

  // Catalog lookups: forgiving names become ids, so a shared URL is canonical.
  if (typeof draft.model === 'string') {
    const m = findModel(draft.model);
    if (m) draft.model = m.id;
  }
  if (typeof draft.device === 'string' && draft.device !== CUSTOM_DEVICE && !deviceById.has(draft.device)) {
    const found = findDevices(draft.device);
    if (found.length === 1) draft.device = found[0]!.id;
  }

  // Custom-hardware figures mean nothing for a catalog device: say so rather than ignore them silently.
  if (draft.device !== CUSTOM_DEVICE) {
    for (const k of ['bw', 'tflops', 'kind'] as const) {
      if (draft[k] === undefined) continue;
      reject(k, String(draft[k]), `"${k}" applies only with device=custom; it was ignored.`);
      delete draft[k];
    }
  }

  // The engine decides what is valid together (a context within the model's limit, a format the model
  // is published in, ...). Drop the field it rejects and try again, until it accepts the scenario.
  for (let attempt = 0; attempt < QUERY_KEYS.length + 1; attempt++) {
    const state = stateFromDraft(draft);
    const r = resolveScenario(toEstimateInput(state));
    if (r.ok) return { state, notices };
    const key = keyOfField(r.error.field, draft);
    if (!key) return { state: { ...DEFAULT_STATE }, notices: [...notices, { key: '', value: '', message: r.error.message }] };
    reject(key, String(draft[key]), `${r.error.message} The default was used.`);
    delete draft[key];
  }
  return { state: { ...DEFAULT_STATE }, notices };
}

/** The URL key to drop for an engine error; for errors about a derived field, the key the reader set. */
function keyOfField(field: string, draft: Draft): QueryKey | undefined {
  const direct = QUERY_KEYS.find((k) => FIELD_OF_KEY[k] === field && draft[k] !== undefined);
  if (direct) return direct;
  // e.g. promptTokens larger than a defaulted context, or a device given with custom figures.
  const fallbacks: Record<string, QueryKey[]> = {
    promptTokens: ['ctx'],
    contextTokens: ['model'],
    quant: ['model'],
    reasoningEffort: ['model'],
    offload: ['model', 'device'],
    devices: ['device', 'kind'],
    backend: ['device'],
    memoryGB: ['device'],
    bandwidthGBps: ['device'],
  };
  return (fallbacks[field] ?? []).find((k) => draft[k] !== undefined);
}

/** The query string for a state, defaults left out ('' for the default scenario). */
export function calculatorQuery(s: CalculatorState): string {
  const out = new URLSearchParams();
  const set = (k: QueryKey, v: string | number | undefined, dflt?: string | number) => {
    if (v !== undefined && v !== dflt) out.set(k, String(v));
  };
  set('model', s.model, DEFAULT_STATE.model);
  set('quant', s.quant);
  set('device', s.device, DEFAULT_STATE.device);
  set('gpus', s.gpus, DEFAULT_STATE.gpus);
  if (!(s.runtime === 'ollama' && s.runtimeContext)) set('ctx', s.contextTokens, s.runtime === 'ollama' ? undefined : defaultContext(s.model));
  set('prompt', s.promptTokens, DEFAULT_STATE.promptTokens);
  set('out', s.outputTokens, DEFAULT_STATE.outputTokens);
  set('kv', s.kvCache, DEFAULT_STATE.kvCache);
  set('offload', s.offload, DEFAULT_STATE.offload);
  set('effort', s.reasoningEffort);
  set('ram', s.systemRamGB, DEFAULT_STATE.systemRamGB);
  set('ramBw', s.systemRamBandwidthGBps, DEFAULT_STATE.systemRamBandwidthGBps);
  if (s.device === CUSTOM_DEVICE && s.custom) {
    set('mem', s.custom.memoryGB);
    set('bw', s.custom.bandwidthGBps);
    set('tflops', s.custom.tflops);
    set('kind', s.custom.kind, 'discrete');
  } else set('mem', s.memoryGB);
  set('runtime', s.runtime);
  const q = out.toString();
  return q ? `?${q}` : '';
}

/** A link into the calculator with this state. */
export function calculatorHref(s: Partial<CalculatorState>): string {
  return `/calculator${calculatorQuery({ ...DEFAULT_STATE, contextTokens: defaultContext(s.model ?? DEFAULT_STATE.model), ...s })}`;
}
