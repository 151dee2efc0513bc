/**
 * Measured vs estimated for every calibration case, and the summary statistics of the report.
 * The estimate for a row comes from the same functions the site uses (loadSplit, decode and
 * prefill time), with the row's placement forced, so the report measures the real engine.
 */
import { memoryBudget } from '../estimator/memory';
import { loadSplit } from '../estimator/placement';
import { decodeSecondsPerToken, prefillSeconds, type Calibration } from '../estimator/speed';
import { weightBytes } from '../estimator/weights';
import { kernelOptions, type CalibrationCase } from './rows';

export interface RowResult {
  id: string;
  label: string;
  backend: string;
  group: CalibrationCase['group'];
  decode?: { measured: number; estimated: number; errorPct: number };
  prefill?: { measured: number; estimated: number; errorPct: number; tflopsKnown: boolean };
}

/** Measured vs estimated for one row; `only` skips the other metric (the fit evaluates one at a time). */
export function evaluateCase(c: CalibrationCase, k: Calibration, only?: 'decode' | 'prefill'): RowResult {
  const s = c.scenario;
  const w = weightBytes(s.model, s.formatId);
  const split = loadSplit(s, w, memoryBudget(s.hardware), c.gpuLayers, c.cpuMoeLayers);
  const result: RowResult = { id: c.id, label: c.label, backend: c.backend, group: c.group };
  if (c.measuredDecodeTps && only !== 'prefill') {
    const estimated = 1 / decodeSecondsPerToken(s, split, c.decodeDepthTokens, k);
    result.decode = { measured: c.measuredDecodeTps, estimated, errorPct: pctError(estimated, c.measuredDecodeTps) };
  }
  if (c.prefill && only !== 'decode') {
    const estimated = c.prefill.promptTokens / prefillSeconds(s, split, c.prefill.promptTokens, c.prefill.depthTokens, k, kernelOptions(c));
    result.prefill = {
      measured: c.prefill.measuredTps,
      estimated,
      errorPct: pctError(estimated, c.prefill.measuredTps),
      tflopsKnown: c.tflopsKnown,
    };
  }
  return result;
}

/** Signed error of the estimate relative to the measurement, in percent. */
export const pctError = (estimated: number, measured: number): number => ((estimated - measured) / measured) * 100;

export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}

export interface ErrorSummary {
  rows: number;
  medianAbsPctError: number;
  within35Pct: number;
}

export function summarise(errorsPct: number[]): ErrorSummary {
  const abs = errorsPct.map(Math.abs);
  return {
    rows: abs.length,
    medianAbsPctError: round1(median(abs)),
    within35Pct: round1((abs.filter((e) => e <= 35).length / Math.max(abs.length, 1)) * 100),
  };
}

export interface CalibrationSummary {
  decode: ErrorSummary & { byBackend: Record<string, ErrorSummary>; byGroup: Record<string, ErrorSummary> };
  prefill: ErrorSummary & {
    byBackend: Record<string, ErrorSummary>;
    byGroup: Record<string, ErrorSummary>;
    knownTflops: ErrorSummary;
  };
}

const round1 = (x: number) => Math.round(x * 10) / 10;

function groupBy<T>(items: T[], key: (t: T) => string): Record<string, T[]> {
  const out: Record<string, T[]> = {};
  for (const it of items) (out[key(it)] ??= []).push(it);
  return out;
}

export function summariseResults(results: RowResult[]): CalibrationSummary {
  const dec = results.filter((r) => r.decode);
  const pre = results.filter((r) => r.prefill);
  const by = (rows: RowResult[], key: (r: RowResult) => string, pick: (r: RowResult) => number) =>
    Object.fromEntries(Object.entries(groupBy(rows, key)).map(([k, rs]) => [k, summarise(rs.map(pick))]));
  const dErr = (r: RowResult) => r.decode!.errorPct;
  const pErr = (r: RowResult) => r.prefill!.errorPct;
  return {
    decode: {
      ...summarise(dec.map(dErr)),
      byBackend: by(dec, (r) => r.backend, dErr),
      byGroup: by(dec, (r) => r.group, dErr),
    },
    prefill: {
      ...summarise(pre.map(pErr)),
      byBackend: by(pre, (r) => r.backend, pErr),
      byGroup: by(pre, (r) => r.group, pErr),
      knownTflops: summarise(pre.filter((r) => r.prefill!.tflopsKnown).map(pErr)),
    },
  };
}
