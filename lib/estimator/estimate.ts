/**
 * The one entry point: input -> will it run, with how much memory, how fast, and how to run it.
 * Pure and synchronous; returns a typed error instead of throwing on bad input.
 */
import { formatById } from '../catalog/formats';
import type { FormatId } from '../catalog/types';
import { commandsFor, type Commands } from './commands';
import { ok, type Result } from './errors';
import { resolveScenario, type EstimateInput, type ReasoningEffort, type Scenario } from './input';
import { applyOllama, OLLAMA_VERSION } from './ollama';
import { place, type Verdict } from './placement';
import { REASONING_EFFORTS, REASONING_TOKENS_SOURCE, typicalReasoningTokens } from './reasoning';
import {
  decodeSecondsPerToken,
  defaultCalibration,
  effectiveTflops,
  prefillSeconds,
  type Band,
  type Calibration,
} from './speed';
import { BYTES_PER_GIB } from './units';
import { weightBytes } from './weights';

export interface Range {
  low: number;
  expected: number;
  high: number;
}

export interface PlacementSummary {
  kind: 'gpu' | 'cpu-moe' | 'gpu-layers' | 'cpu' | 'none';
  /** Repeating layers on the accelerator, out of `totalLayers`. */
  gpuLayers: number;
  totalLayers: number;
  /** Layers whose routed experts sit in system RAM (llama.cpp --n-cpu-moe). */
  cpuMoeLayers: number;
  /** Weights held in separate system RAM (GB, binary), 0 for unified and CPU-only memory. */
  systemRamGB: number;
  deviceCount: number;
  /** Memory on the fullest accelerator device (GB, binary). */
  perDeviceGB: number;
  description: string;
}

export interface EstimateResult {
  model: { id: string; name: string };
  /** `fromPublishedFile`: the size is a published file's; its source is in the catalog's provenance (`fileSizeSource`). */
  quant: { id: FormatId; name: string; fileSizeGB: number; fromPublishedFile: boolean };
  /** `id`: the catalog device (absent for custom hardware); `matchedFrom`: the device text as given and what was assumed reading it. */
  hardware: {
    name: string;
    id?: string;
    matchedFrom?: { text: string; assumed?: string };
    backend: string;
    memoryKind: string;
    bandwidthGBps: number;
    tflops: number;
    tflopsInferred: boolean;
  };
  verdict: Verdict;
  /** Memory in binary gigabytes (GiB), the unit VRAM is sold and reported in. */
  memoryGB: {
    weights: number;
    kvCache: number;
    compute: number;
    overhead: number;
    total: number;
    available: number;
    missing: number;
    /** Memory installed in the pool (all GPUs together), of which `available` may be used. */
    installed: number;
    /** Why `available` is less than `installed`, in one sentence. */
    reserve: string;
    /** Separate system RAM a discrete GPU's host may use for offloaded weights (0 for one shared pool). */
    systemRamAvailable: number;
  };
  /** The whole KV cache for `contextTokens`, wherever it is placed (GB, binary). */
  kvCacheTotalGB: number;
  contextTokens: number;
  promptTokens: number;
  decodeTokensPerSecond: Range;
  /** Decode speed once the whole context is full (long chats and agents slow down). */
  decodeAtFullContextTokensPerSecond: Range;
  prefillTokensPerSecond: Range;
  timeToFirstTokenSeconds: Range;
  /** Prompt + `outputTokens` generated tokens (plus reasoning tokens for gpt-oss with an effort level). */
  timeToAnswerSeconds: Range;
  /** gpt-oss only: time to a finished answer on a hard problem at each reasoning effort. */
  timeToAnswerByReasoningEffortSeconds?: Record<ReasoningEffort, Range>;
  outputTokens: number;
  reasoningTokens: number;
  placement: PlacementSummary;
  commands: Commands;
  /** Who runs it: llama.cpp as tuned by the flags in `commands`, or Ollama with the defaults it applied. */
  runtime: { name: 'llama.cpp' | 'ollama'; version?: string; defaults: { setting: string; value: string; source: string; change: string }[] };
  notes: string[];
}

const zeroRange: Range = { low: 0, expected: 0, high: 0 };
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
const gib = (bytes: number) => round(bytes / BYTES_PER_GIB);
/** A rate with its band: low rate = expected x band.low. */
const rateRange = (expected: number, b: Band): Range => ({
  low: round(expected * b.low, 1),
  expected: round(expected, 1),
  high: round(expected * b.high, 1),
});
export function estimate(input: EstimateInput, calibration: Calibration = defaultCalibration): Result<EstimateResult> {
  const scenario = resolveScenario(input);
  if (!scenario.ok) return scenario;
  const s = scenario.value.runtime === 'ollama' ? applyOllama(scenario.value) : scenario.value;
  return ok(estimateScenario(s, calibration));
}

export function estimateScenario(s: Scenario, c: Calibration = defaultCalibration): EstimateResult {
  const w = weightBytes(s.model, s.formatId);
  const p = place(s, w);
  const split = p.split;
  const hw = s.hardware;
  const L = s.model.architecture.layers;
  const notes = [...s.assumptions, ...p.budget.notes];
  const discrete = hw.memoryKind === 'discrete';
  const runs = p.verdict !== 'does-not-fit';

  const offloaded = discrete && (split.gpuLayers < L || split.cpuMoeLayers > 0);
  const decodeBand = offloaded ? c.bands.decodeOffload : c.bands.decode;
  const tf = effectiveTflops(s, c);
  const prefillBand = tf.inferred ? c.bands.prefillInferredTflops : c.bands.prefill;

  let decode = zeroRange;
  let decodeFull = zeroRange;
  let prefill = zeroRange;
  let ttft = zeroRange;
  let answer = zeroRange;
  let answerByEffort: Record<ReasoningEffort, Range> | undefined;
  const reasoningTokens = s.reasoningEffort ? typicalReasoningTokens(s.reasoningEffort) : 0;
  if (runs) {
    const perToken = decodeSecondsPerToken(s, split, s.promptTokens, c);
    decode = rateRange(1 / perToken, decodeBand);
    decodeFull = rateRange(1 / decodeSecondsPerToken(s, split, s.contextTokens, c), decodeBand);
    // promptTokens 0: an empty context (llama-bench tg128); no prompt to process, no first-token wait.
    const prefillTime = s.promptTokens > 0 ? prefillSeconds(s, split, s.promptTokens, 0, c) : 0;
    prefill = s.promptTokens > 0 ? rateRange(s.promptTokens / prefillTime, prefillBand) : zeroRange;
    const ttftSeconds = s.promptTokens > 0 ? prefillTime + perToken : 0;
    ttft = { low: round(ttftSeconds / Math.max(prefillBand.high, decodeBand.high)), expected: round(ttftSeconds), high: round(ttftSeconds / Math.min(prefillBand.low, decodeBand.low)) };
    // Generation slows as the context fills: integrate at the midpoint depth of the generated tokens.
    const answerFor = (extraTokens: number): Range => {
      const generated = Math.min(s.outputTokens + extraTokens, s.model.architecture.maxContextTokens - s.promptTokens);
      const genSeconds = generated * decodeSecondsPerToken(s, split, s.promptTokens + generated / 2, c);
      return {
        low: round(ttft.low + genSeconds / decodeBand.high),
        expected: round(ttftSeconds + genSeconds),
        high: round(ttft.high + genSeconds / decodeBand.low),
      };
    };
    answer = answerFor(reasoningTokens);
    if (s.model.family === 'gpt-oss')
      answerByEffort = Object.fromEntries(
        REASONING_EFFORTS.map((e) => [e, answerFor(typicalReasoningTokens(e))]),
      ) as Record<ReasoningEffort, Range>;
    const generated = s.outputTokens + reasoningTokens;
    if (s.promptTokens + generated > s.contextTokens)
      notes.push(`Prompt plus ${generated} generated tokens exceeds the ${s.contextTokens}-token context; the runtime would truncate or stop.`);
  }

  if (s.reasoningEffort)
    notes.push(`Reasoning effort ${s.reasoningEffort}: about ${reasoningTokens} reasoning tokens on hard problems (${REASONING_TOKENS_SOURCE}); everyday questions use far fewer.`);
  if (!c.decode.backends[hw.backend])
    notes.push(`No published ${hw.backend} measurements to calibrate against; speeds use the constants pooled over all backends.`);
  if (tf.inferred)
    notes.push(`${hw.name} has no published FP16 TFLOPS in the catalog; prompt speed is inferred from its bandwidth, so its range is wide.`);
  if (hw.systemRamAssumption && offloaded) notes.push(hw.systemRamAssumption);
  if (discrete && hw.deviceCount > 1)
    notes.push(`Layers are split across ${hw.deviceCount} GPUs (llama.cpp --split-mode layer): capacity adds up, but each token still passes every layer in turn, so speed does not.`);
  if (!w.fromPublishedFile) notes.push(`No published ${s.formatId} file size for ${s.model.name}; weights estimated from parameters.`);
  if (p.verdict === 'offload' && split.cpuMoeLayers > 0 && s.runtime !== 'ollama')
    notes.push(
      `Ollama (${OLLAMA_VERSION}) sets no layer split of its own: llama-server's automatic fit also moves experts to system RAM, but keeps its own memory margin, so its split can differ from the one shown; pin it with \`--n-cpu-moe\` in llama-server.`,
    );
  if (p.verdict === 'does-not-fit')
    notes.push(`Short by about ${gib(p.missingBytes)} GB. Try a smaller format, a shorter context, a quantised KV cache, or more memory.`);

  const acc = split.accelerator;
  const total = acc.weightBytes + acc.kvBytes + acc.computeBytes + acc.overheadBytes;
  const kind: PlacementSummary['kind'] = !runs
    ? 'none'
    : !discrete
      ? hw.backend === 'cpu'
        ? 'cpu'
        : 'gpu'
      : split.gpuLayers === 0
        ? 'cpu'
        : split.cpuMoeLayers > 0
          ? 'cpu-moe'
          : split.gpuLayers < L
            ? 'gpu-layers'
            : 'gpu';
  const description = {
    gpu: `All ${L} layers in ${discrete ? 'GPU memory' : 'unified memory'}.`,
    'cpu-moe': `All layers on the GPU, with the experts of ${split.cpuMoeLayers} of ${s.model.architecture.moe?.moeLayers ?? L} MoE layers in system RAM.`,
    'gpu-layers': `${split.gpuLayers} of ${L} layers on the GPU, the rest on the CPU.`,
    cpu: 'Everything in system RAM, computed by the CPU.',
    none: 'Does not fit in the available memory.',
  }[kind];

  const format = formatById.get(s.formatId)!;
  return {
    model: { id: s.model.id, name: s.model.name },
    quant: { id: s.formatId, name: format.name, fileSizeGB: gib(w.total), fromPublishedFile: w.fromPublishedFile },
    hardware: { name: hw.name, id: hw.deviceId, matchedFrom: hw.matchedFrom, backend: hw.backend, memoryKind: hw.memoryKind, bandwidthGBps: hw.bandwidthGBps, tflops: round(tf.tflops, 1), tflopsInferred: tf.inferred },
    verdict: p.verdict,
    memoryGB: {
      weights: gib(acc.weightBytes),
      kvCache: gib(acc.kvBytes),
      compute: gib(acc.computeBytes),
      overhead: gib(acc.overheadBytes),
      total: gib(total),
      available: gib(p.budget.perDevicePoolBytes * (discrete ? hw.deviceCount : 1)),
      missing: gib(p.missingBytes),
      installed: round(hw.memoryGiB * (discrete ? hw.deviceCount : 1)),
      reserve: p.budget.reserve,
      systemRamAvailable: gib(p.budget.systemRamUsableBytes),
    },
    kvCacheTotalGB: gib(split.accelerator.kvBytes + split.host.kvBytes),
    contextTokens: s.contextTokens,
    promptTokens: s.promptTokens,
    decodeTokensPerSecond: decode,
    decodeAtFullContextTokensPerSecond: decodeFull,
    prefillTokensPerSecond: prefill,
    timeToFirstTokenSeconds: ttft,
    timeToAnswerSeconds: answer,
    timeToAnswerByReasoningEffortSeconds: answerByEffort,
    outputTokens: s.outputTokens,
    reasoningTokens,
    placement: {
      kind,
      gpuLayers: discrete || hw.backend !== 'cpu' ? split.gpuLayers : 0,
      totalLayers: L,
      cpuMoeLayers: split.cpuMoeLayers,
      systemRamGB: gib(split.host.weightBytes + split.host.kvBytes + split.host.computeBytes),
      deviceCount: hw.deviceCount,
      perDeviceGB: gib(split.fullestDeviceBytes),
      description,
    },
    commands: commandsFor(s, p),
    runtime: s.runtime === 'ollama' ? { name: 'ollama', version: OLLAMA_VERSION, defaults: s.runtimeDefaults ?? [] } : { name: 'llama.cpp', defaults: [] },
    notes,
  };
}

