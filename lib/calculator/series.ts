/**
 * Chart series, computed from the engine for a calculator state. Charts draw these arrays and never
 * call the engine themselves; the same arrays are rendered as the table alternative in the server HTML.
 */
import { deviceById, modelById } from '../catalog';
import type { EstimateResult, Range, Verdict } from '../estimator';
import { tryEstimate } from './run';
import type { CalculatorState } from './state';

export interface SeriesPoint {
  /** Position on the x axis (tokens, layers) or the category's index. */
  x: number;
  label: string;
  decode: Range;
  verdict: Verdict;
  /** Device or scenario id, for links and keys. */
  id: string;
}

const point = (x: number, label: string, id: string, r: EstimateResult, decode: Range): SeriesPoint => ({
  x,
  label,
  id,
  decode,
  verdict: r.verdict,
});

/** Context lengths a chart steps through: powers of two from 2,048 to the model's limit (and the limit itself). */
export function contextSteps(maxContextTokens: number): number[] {
  const steps: number[] = [];
  for (let c = 2048; c < maxContextTokens; c *= 2) steps.push(c);
  steps.push(maxContextTokens);
  return steps;
}

/**
 * Decode speed with the context full, for each allocated context length: how a long conversation or a
 * coding agent slows down. The layout is re-planned at each length (a longer context can push layers
 * off the GPU), as it would be for a run started with that context. Lengths that do not fit are kept
 * with verdict "does-not-fit" and zero speed so the chart shows where it stops.
 */
export function decodeByContext(state: CalculatorState): SeriesPoint[] {
  const model = modelById.get(state.model);
  if (!model) return [];
  return contextSteps(model.architecture.maxContextTokens).flatMap((ctx) => {
    const r = tryEstimate({ ...state, contextTokens: ctx, promptTokens: Math.min(state.promptTokens, ctx) });
    return r ? [point(ctx, `${ctx >= 1024 ? `${Math.round(ctx / 1024)}K` : ctx}`, `ctx-${ctx}`, r, r.decodeAtFullContextTokensPerSecond)] : [];
  });
}

/** The same scenario on each of these devices (one GPU each, automatic placement). */
export function decodeAcrossDevices(state: CalculatorState, deviceIds: readonly string[]): SeriesPoint[] {
  return deviceIds.flatMap((id, i) => {
    const d = deviceById.get(id);
    if (!d) return [];
    const r = tryEstimate({ ...state, device: id, memoryGB: undefined, custom: undefined, gpus: 1, offload: 'auto' });
    return r ? [point(i, d.name, id, r, r.decodeTokensPerSecond)] : [];
  });
}

/**
 * For mixture-of-experts models on a discrete GPU: decode speed against how many layers' experts sit in
 * system RAM (llama.cpp --n-cpu-moe N). Points whose GPU share does not fit are marked "does-not-fit".
 * Empty for dense models and for unified memory, where there is nothing to offload.
 */
export function offloadCurve(state: CalculatorState): SeriesPoint[] {
  const model = modelById.get(state.model);
  const moe = model?.architecture.moe;
  const base = tryEstimate(state);
  if (!model || !moe || !base || base.hardware.memoryKind !== 'discrete') return [];
  const step = Math.max(1, Math.ceil(moe.moeLayers / 24));
  const layers: number[] = [];
  for (let n = 0; n < moe.moeLayers; n += step) layers.push(n);
  layers.push(moe.moeLayers);
  return layers.flatMap((n) => {
    const r = tryEstimate({ ...state, offload: `cpu-moe:${n}` });
    return r ? [point(n, String(n), `cpu-moe-${n}`, r, r.decodeTokensPerSecond)] : [];
  });
}
