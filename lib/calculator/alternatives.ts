/**
 * "What to change": computed alternatives to a scenario that does not fit or runs slowly. Each is a
 * change to the state and the engine's full result for it, so the page shows real numbers, never a
 * rule of thumb. Pure; a few hundred estimates at most (the device scan), well under a millisecond each.
 */
import { devices, formatById, modelById, type Device } from '../catalog';
import type { EstimateResult } from '../estimator';
import { READING_TOKENS_PER_SECOND } from './reading';
import { runsBetter, tryEstimate } from './run';
import { CUSTOM_DEVICE, type CalculatorState } from './state';
import { RAM_SIZES_GB } from './ram-presets';

export type AlternativeKind = 'format' | 'context' | 'kv-cache' | 'offload' | 'system-ram' | 'device';

export interface Alternative {
  kind: AlternativeKind;
  /** What to do, in a few words ("Use Q3_K_M"). */
  label: string;
  patch: Partial<CalculatorState>;
  result: EstimateResult;
}

export interface Alternatives {
  changes: Alternative[];
  /** Catalog devices that hold the whole scenario in GPU or unified memory, smallest memory first. */
  devices: Alternative[];
}

/** Whether the page should offer alternatives: it does not fit fully, or it writes slower than a person reads. */
export function needsAlternatives(r: EstimateResult): boolean {
  return r.verdict !== 'fits' || r.decodeTokensPerSecond.expected < READING_TOKENS_PER_SECOND * 2;
}

export function alternatives(state: CalculatorState, current: EstimateResult, maxDevices = 4): Alternatives {
  const changes: Alternative[] = [];
  const offer = (kind: AlternativeKind, label: string, patch: Partial<CalculatorState>) => {
    const result = tryEstimate({ ...state, ...patch });
    if (result && runsBetter(result, current)) {
      changes.push({ kind, label, patch, result });
      return true;
    }
    return false;
  };
  const model = modelById.get(current.model.id);
  if (!model) return { changes, devices: [] };

  // A smaller format: the largest one that runs better than the current.
  const smaller = model.formats
    .map((id) => ({ id, result: tryEstimate({ ...state, quant: id }) }))
    .filter((f) => f.result && f.result.quant.fileSizeGB < current.quant.fileSizeGB * 0.97)
    .sort((a, b) => b.result!.quant.fileSizeGB - a.result!.quant.fileSizeGB);
  const better = smaller.find((f) => runsBetter(f.result!, current));
  if (better) changes.push({ kind: 'format', label: `Use ${formatById.get(better.id)?.name ?? better.id}`, patch: { quant: better.id }, result: better.result! });

  // A shorter context: the longest power of two (down to 2,048) that runs better.
  for (let ctx = 2 ** Math.floor(Math.log2(state.contextTokens - 1)); ctx >= 2048; ctx /= 2) {
    if (ctx < state.promptTokens) break;
    if (offer('context', `Allocate ${ctx.toLocaleString('en-US')} tokens of context`, { contextTokens: ctx })) break;
  }

  // A quantised KV cache.
  if (state.kvCache === 'f16' && !offer('kv-cache', 'Quantise the KV cache to q8_0', { kvCache: 'q8_0' }))
    offer('kv-cache', 'Quantise the KV cache to q4_0', { kvCache: 'q4_0' });
  else if (state.kvCache === 'q8_0') offer('kv-cache', 'Quantise the KV cache to q4_0', { kvCache: 'q4_0' });

  const discrete = current.hardware.memoryKind === 'discrete';
  // Let the engine place the model (expert offload for MoE) instead of a forced layout.
  if (discrete && state.offload !== 'auto')
    offer('offload', model.architecture.moe ? 'Let it offload experts automatically' : 'Let it choose the GPU layers automatically', { offload: 'auto' });

  // More system RAM, when the part in RAM is what is short.
  if (discrete && current.verdict !== 'fits')
    for (const gb of RAM_SIZES_GB.filter((g) => g > state.systemRamGB))
      if (offer('system-ram', `Use ${gb} GB of system RAM`, { systemRamGB: gb })) break;

  return { changes, devices: devicesThatFit(state, maxDevices) };
}

const isAccelerator = (d: Device) => d.memoryKind !== 'system';

/** Catalog devices on which the scenario fits entirely, smallest memory first, then fastest. */
export function devicesThatFit(state: CalculatorState, limit: number): Alternative[] {
  const found: Alternative[] = [];
  for (const d of devices) {
    if (!isAccelerator(d) || (state.device !== CUSTOM_DEVICE && d.id === state.device)) continue;
    const result = tryEstimate({ ...state, device: d.id, memoryGB: undefined, custom: undefined, gpus: 1, offload: 'auto' });
    if (result?.verdict === 'fits') found.push({ kind: 'device', label: d.name, patch: { device: d.id, memoryGB: undefined, gpus: 1, offload: 'auto' }, result });
  }
  const memory = (a: Alternative) => a.result.memoryGB.available;
  found.sort((a, b) => memory(a) - memory(b) || b.result.decodeTokensPerSecond.expected - a.result.decodeTokensPerSecond.expected);
  return found.slice(0, limit);
}
