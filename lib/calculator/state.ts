/**
 * The calculator's state: one object per scenario, in the engine's own terms, with the defaults that
 * the standalone page, the inline widgets and every link into the calculator share. `toEstimateInput`
 * is the only bridge to the engine, so the UI never re-derives a figure.
 */
import type { EstimateInput } from '../estimator';
import { DEFAULT_CONTEXT_TOKENS, DEFAULT_OUTPUT_TOKENS, DEFAULT_PROMPT_TOKENS, DEFAULT_SYSTEM_RAM } from '../estimator/defaults';

export type KvCacheChoice = 'f16' | 'q8_0' | 'q4_0';
export type EffortChoice = 'low' | 'medium' | 'high';
export type CustomMemoryKind = 'discrete' | 'unified' | 'cpu';

/** Custom hardware: what a reader types when the device is not in the catalog. */
export interface CustomHardware {
  memoryGB: number;
  bandwidthGBps: number;
  tflops?: number;
  kind: CustomMemoryKind;
}

export interface CalculatorState {
  model: string;
  /** Weight format id; undefined = the model's usual download. */
  quant?: string;
  /** Catalog device id, or 'custom' for `custom` hardware. */
  device: string;
  /** Memory size of a catalog device sold in several sizes (unified memory, iGPU RAM); undefined = its default. */
  memoryGB?: number;
  custom?: CustomHardware;
  gpus: number;
  contextTokens: number;
  promptTokens: number;
  outputTokens: number;
  kvCache: KvCacheChoice;
  /** auto | none | cpu-moe:N | gpu-layers:N */
  offload: string;
  reasoningEffort?: EffortChoice;
  systemRamGB: number;
  systemRamBandwidthGBps: number;
  /** Who runs the model: undefined = a tuned llama-server (the commands shown); 'ollama' = Ollama's own defaults. */
  runtime?: 'ollama';
  /** With Ollama: let it pick the context (its default by GPU memory) instead of `contextTokens`. */
  runtimeContext?: boolean;
}

export const CUSTOM_DEVICE = 'custom';

export const DEFAULT_STATE: Readonly<CalculatorState> = Object.freeze({
  model: 'gpt-oss-20b',
  device: 'rtx-4060-ti-16gb',
  gpus: 1,
  contextTokens: DEFAULT_CONTEXT_TOKENS,
  promptTokens: DEFAULT_PROMPT_TOKENS,
  outputTokens: DEFAULT_OUTPUT_TOKENS,
  kvCache: 'f16',
  offload: 'auto',
  systemRamGB: DEFAULT_SYSTEM_RAM.gib,
  systemRamBandwidthGBps: DEFAULT_SYSTEM_RAM.bandwidthGBps,
});

/** A state with the given changes over the defaults (for widgets and links). */
export function scenario(patch: Partial<CalculatorState> = {}): CalculatorState {
  return { ...DEFAULT_STATE, ...patch };
}

/** The engine input for a calculator state. */
export function toEstimateInput(s: CalculatorState): EstimateInput {
  const custom = s.device === CUSTOM_DEVICE ? s.custom : undefined;
  return {
    model: s.model,
    quant: s.quant,
    device: custom ? undefined : s.device,
    memoryGB: custom ? custom.memoryGB : s.memoryGB,
    bandwidthGBps: custom?.bandwidthGBps,
    tflops: custom?.tflops,
    memoryKind: custom?.kind,
    devices: s.gpus,
    systemRamGB: s.systemRamGB,
    systemRamBandwidthGBps: s.systemRamBandwidthGBps,
    contextTokens: s.runtime === 'ollama' && s.runtimeContext ? undefined : s.contextTokens,
    promptTokens: s.promptTokens,
    outputTokens: s.outputTokens,
    kvCache: s.kvCache,
    offload: s.offload,
    reasoningEffort: s.reasoningEffort,
    runtime: s.runtime,
  };
}
