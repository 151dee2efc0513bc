/**
 * Fitting the engine's few constants to the measurements.
 *
 * Decode: per backend with enough rows, a weight-read efficiency and a fixed cost per layer; one
 * KV-read efficiency and one dequantisation cost (operations per quantised weight, run at the
 * device's FP16 rate) shared by all; a `default` pair (fitted on all GPU rows at once) for backends
 * with too few rows, such as SYCL. Prefill: per backend a utilisation of FP16 TFLOPS, a default
 * pooled over all rows, and the CPU's effective TFLOPS. The loss is the sum of absolute log ratios
 * (estimate / measurement), each capped at log 1.5: scale-free, and robust to the few runs the
 * physics cannot reach (2023 builds, architectures without the kernels), which would otherwise
 * drag every other estimate towards them.
 * Also fitted: the CPU unpack cost per weight (decode), expert-matmul efficiency per backend with dense
 * and MoE rows, and one attention efficiency (prefill). Each fit is multi-started (see multiStart).
 * Devices without a TFLOPS figure get one inferred from bandwidth: the median FP16 TFLOPS per GB/s
 * of the calibration rows' own devices of the same memory kind (derived from the rows, not fitted, and
 * independent of what else the catalog holds).
 * Bands: the 10th and 90th percentiles of measured / estimated, out of fold (see fitCalibration).
 */
import type { Backend } from '../catalog/types';
import { PREFILL_PATHS, prefillPath, type Band, type Calibration, type DecodeConstants, type PrefillPath } from '../estimator/speed';
import { parameterBreakdown } from '../estimator/weights';
import { evaluateCase, median, quantile, type RowResult } from './evaluate';
import { kernelOptions, type CalibrationCase } from './rows';

/** A backend gets its own constants only with at least this many measurements. */
export const MIN_ROWS_PER_BACKEND = 5;

/** Nelder-Mead simplex minimiser: deterministic, derivative-free. */
export function nelderMead(f: (x: number[]) => number, start: number[], step = 0.5, iterations = 4000): number[] {
  const n = start.length;
  let simplex = [start, ...start.map((_, i) => start.map((v, j) => (i === j ? v + step : v)))];
  let values = simplex.map(f);
  for (let it = 0; it < iterations; it++) {
    const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
    simplex = order.map(([, i]) => simplex[i]!);
    values = order.map(([v]) => v);
    if (Math.abs(values[n]! - values[0]!) < 1e-10) break;
    const centroid = start.map((_, j) => simplex.slice(0, n).reduce((s, p) => s + p[j]!, 0) / n);
    const along = (t: number) => centroid.map((c, j) => c + t * (simplex[n]![j]! - c));
    const reflected = along(-1);
    const fr = f(reflected);
    if (fr < values[0]!) {
      const expanded = along(-2);
      const fe = f(expanded);
      [simplex[n], values[n]] = fe < fr ? [expanded, fe] : [reflected, fr];
    } else if (fr < values[n - 1]!) {
      [simplex[n], values[n]] = [reflected, fr];
    } else {
      const contracted = along(fr < values[n]! ? -0.5 : 0.5);
      const fc = f(contracted);
      if (fc < Math.min(fr, values[n]!)) [simplex[n], values[n]] = [contracted, fc];
      else {
        simplex = simplex.map((p, i) => (i === 0 ? p : p.map((v, j) => simplex[0]![j]! + 0.5 * (v - simplex[0]![j]!))));
        values = simplex.map(f);
      }
    }
  }
  return simplex[values.indexOf(Math.min(...values))]!;
}

/**
 * Multi-start: from each start, and from the optimum of the uncapped loss (plain L1 in log space, which
 * has a slope everywhere), minimise the capped loss with restarts; keep the lowest. Deterministic.
 */
function multiStart(capped: (x: number[]) => number, uncapped: (x: number[]) => number, starts: number[][]): number[] {
  const candidates = [...starts, nelderMead(uncapped, starts[0]!, 0.4, 6000)];
  let best: number[] = starts[0]!;
  let bestLoss = Infinity;
  for (const start of candidates) {
    let x = start;
    for (let restart = 0; restart < 4; restart++) x = nelderMead(capped, x, 0.4, 6000);
    const loss = capped(x);
    if (loss < bestLoss - 1e-9) [best, bestLoss] = [x, loss];
  }
  return best;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const logit = (p: number) => Math.log(p / (1 - p));
/** Capped absolute log error: rows off by more than 1.5x count the same however far off. */
const absLog = (est: number, meas: number, cap = Math.log(1.5)) => (Number.isFinite(est) && est > 0 ? Math.min(Math.abs(Math.log(est / meas)), cap) : 50);

/** Cauchy (Lorentzian) loss on the log ratio, scale log 1.5: a slope everywhere, bounded pull from far rows. */
const cauchyLog = (est: number, meas: number, scale = Math.log(1.5)) =>
  Number.isFinite(est) && est > 0 ? scale * Math.log(1 + (Math.log(est / meas) / scale) ** 2) : 50;

const decodePair = (x: number[], i: number): DecodeConstants => ({
  weightEfficiency: sigmoid(x[i]!),
  msPerLayer: Math.exp(x[i + 1]!),
});

function countBy(cases: CalibrationCase[], pick: (c: CalibrationCase) => boolean): Map<Backend, number> {
  const m = new Map<Backend, number>();
  for (const c of cases) if (pick(c)) m.set(c.backend, (m.get(c.backend) ?? 0) + 1);
  return m;
}

/**
 * Median FP16 TFLOPS per GB/s over the distinct devices of the calibration rows that publish both, by
 * memory kind. Taken from the rows (not the whole catalog) so that adding devices to the catalog never
 * changes the calibration; it changes only when the calibration data does.
 */
export function tflopsPerGBpsFromRows(cases: CalibrationCase[]): { discrete: number; unified: number } {
  const byDevice = new Map<string, { kind: string; ratio: number }>();
  for (const c of cases) {
    const hw = c.scenario.hardware;
    if (hw.backend === 'cpu' || hw.fp16TFLOPS === undefined || !hw.deviceId) continue;
    byDevice.set(hw.deviceId, { kind: hw.memoryKind, ratio: hw.fp16TFLOPS / hw.bandwidthGBps });
  }
  const ratio = (kind: 'discrete' | 'unified') => median([...byDevice.values()].filter((d) => d.kind === kind).map((d) => d.ratio));
  return { discrete: round(ratio('discrete'), 4), unified: round(ratio('unified'), 4) };
}

/** TFLOPS that the CPU-only prompt rows of one engine measure (2 x active matmul parameters x tokens/s), median. */
function cpuRateFromRows(cases: CalibrationCase[], engine: string, fallback: number): number {
  const rates = cases
    .filter((c) => c.group === 'cpu' && c.prefill && c.engine === engine)
    .map((c) => {
      const p = parameterBreakdown(c.scenario.model);
      return (2 * (p.dense + p.activeRoutedExperts) * c.prefill!.measuredTps) / 1e12;
    });
  return rates.length ? median(rates) : fallback;
}

const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Folds for cross-validation: row i is held out in fold i mod FOLDS. */
export const FOLDS = 10;

export interface FitResult {
  /** Constants fitted on every row, with ranges from the out-of-fold residuals. */
  calibration: Calibration;
  /** Each row estimated by constants fitted without it (10-fold cross-validation). */
  outOfFold: RowResult[];
}

/**
 * Fit on all rows; estimate each row again with constants fitted on the other nine tenths, and take
 * the likely ranges from those out-of-fold errors: what a new device or build should expect, not how
 * well the fit memorised its own data.
 */
export function fitCalibration(cases: CalibrationCase[], initial: Calibration): FitResult {
  const constants = fitConstants(cases, initial);
  const outOfFold: RowResult[] = new Array(cases.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = cases.filter((_, i) => i % FOLDS !== fold);
    const k = fitConstants(train, initial);
    cases.forEach((c, i) => {
      if (i % FOLDS === fold) outOfFold[i] = evaluateCase(c, k);
    });
  }
  return { calibration: roundCalibration({ ...constants, bands: bandsFrom(outOfFold) }), outOfFold };
}

/** A kernel path gets its own prefill utilisation only with at least this many measurements. */
export const MIN_ROWS_PER_PATH = 3;

/** The constants alone (bands left as given), fitted to `cases`. */
function fitConstants(cases: CalibrationCase[], initial: Calibration): Calibration {
  // Inferred TFLOPS feed the decode dequantisation bound too, so fix them before anything is fitted:
  // the result then depends only on the rows, never on the previous constants or on catalog growth.
  const tflopsPerGBps = tflopsPerGBpsFromRows(cases);
  // The CPU unpack bound of decode runs at the CPU rates, which the prefill stage fits; the decode stage
  // starts from the rates the CPU-only prompt rows measure, and is refitted once the prefill rates are known.
  const start: Calibration = {
    ...initial,
    prefill: { ...initial.prefill, tflopsPerGBps, cpuTFLOPS: cpuRateFromRows(cases, 'llama.cpp', 2), ikCpuTFLOPS: cpuRateFromRows(cases, 'ik_llama.cpp', 4) },
  };
  const decodeRows = cases.filter((c) => c.measuredDecodeTps);
  const gpuBackends = [...countBy(decodeRows, (c) => c.backend !== 'cpu')]
    .filter(([, n]) => n >= MIN_ROWS_PER_BACKEND)
    .map(([b]) => b);

  // --- decode: [kvEff, cpu pair, default pair, ik cpu pair, handoff, own pairs..., dequant] in transformed space.
  const build = (x: number[], prefill: Calibration['prefill'] = start.prefill): Calibration => {
    const backends: Partial<Record<Backend, DecodeConstants>> = { cpu: decodePair(x, 1) };
    gpuBackends.forEach((b, i) => (backends[b] = decodePair(x, 8 + 2 * i)));
    return {
      ...start,
      prefill,
      decode: {
        kvEfficiency: sigmoid(x[0]!),
        default: decodePair(x, 3),
        backends,
        ikCpu: decodePair(x, 5),
        handoffMs: Math.exp(x[7]!),
        dequantOpsPerWeight: Math.exp(x[x.length - 2]!),
        cpuDequantOpsPerWeight: Math.exp(x[x.length - 1]!),
      },
    };
  };
  const decodeLoss = (k: Calibration, rows: CalibrationCase[], cap?: number) =>
    rows.reduce((s, c) => s + absLog(evaluateCase(c, k, 'decode').decode!.estimated, c.measuredDecodeTps!, cap), 0);
  const x0 = [
    logit(0.5),
    logit(0.6),
    Math.log(0.05),
    logit(0.75),
    Math.log(0.03),
    logit(0.6),
    Math.log(0.05),
    Math.log(0.1),
    ...gpuBackends.flatMap(() => [logit(0.75), Math.log(0.03)]),
    Math.log(10),
    Math.log(2),
  ];
  // Start from the uncapped optimum (plain L1 in log space has a slope everywhere, so no constant is left
  // stranded where every row it touches is beyond the cap), then refine with the capped loss.
  let best = multiStart((x) => decodeLoss(build(x), decodeRows), (x) => decodeLoss(build(x), decodeRows, Infinity), [x0]);
  let fitted = build(best);
  // The default pair: one pair for every GPU row at once, with the shared KV and CPU constants fixed.
  const gpuRows = decodeRows.filter((c) => c.backend !== 'cpu' && c.group !== 'offload' && c.group !== 'partial');
  const withPooledDefault = (k: Calibration): Calibration => {
    const pooled = nelderMead(
      (y) => decodeLoss({ ...k, decode: { ...k.decode, backends: { cpu: k.decode.backends.cpu }, default: decodePair(y, 0) } }, gpuRows),
      [logit(0.75), Math.log(0.03)],
      0.4,
    );
    return { ...k, decode: { ...k.decode, default: decodePair(pooled, 0) } };
  };
  fitted = withPooledDefault(fitted);

  fitted = fitPrefill(cases, fitted);

  // Decode again with the fitted CPU rates (they set the CPU unpack bound), from the first optimum.
  for (let restart = 0; restart < 2; restart++) best = nelderMead((x) => decodeLoss(build(x, fitted.prefill), decodeRows), best, 0.4, 6000);
  return withPooledDefault(build(best, fitted.prefill));
}

/**
 * The prefill stage alone: every prefill constant fitted to `cases` with the decode constants of `base`
 * fixed (they enter prefill only through the weight pass per micro-batch).
 */
export function fitPrefill(cases: CalibrationCase[], base: Calibration): Calibration {
  let fitted = base;
  const tflopsPerGBps = base.prefill.tflopsPerGBps;
  const cpuRate = cpuRateFromRows(cases, 'llama.cpp', 2);
  const ikCpuRate = cpuRateFromRows(cases, 'ik_llama.cpp', 4);
  // Without CPU-only prompt rows of an engine nothing constrains its CPU rate: keep the row-derived one.
  const hasCpuRows = (engine: string) => cases.some((c) => c.group === 'cpu' && c.prefill && c.tflopsKnown && c.engine === engine);
  // --- prefill: utilisation per backend and per kernel path with enough rows of known TFLOPS (rows that
  // run entirely on the accelerator), a default pooled over them, CPU TFLOPS (llama.cpp and
  // ik_llama.cpp) and the PCIe rate of offloaded prompt processing.
  // ik_llama.cpp decides by its own policy which prompt matmuls of weights in RAM go to the GPU
  // (ik_llama.cpp PR #405), so its offload rows are reported but not fitted: the PCIe rate comes from
  // llama.cpp rows alone.
  const prefillRows = cases.filter((c) => c.prefill);
  const fitRows = prefillRows.filter((c) => c.tflopsKnown && !(c.engine === 'ik_llama.cpp' && (c.group === 'offload' || c.group === 'partial')));
  const onAccelerator = (c: CalibrationCase) => c.backend !== 'cpu' && c.group !== 'offload' && c.group !== 'partial';
  const pathCounts = new Map<PrefillPath, number>();
  for (const c of fitRows.filter(onAccelerator)) {
    const path = prefillPath(c.scenario, kernelOptions(c));
    if (path) pathCounts.set(path, (pathCounts.get(path) ?? 0) + 1);
  }
  const paths = PREFILL_PATHS.filter((p) => (pathCounts.get(p) ?? 0) >= MIN_ROWS_PER_PATH);
  // A backend's own utilisation covers its rows outside a fitted kernel path.
  const ownPath = (c: CalibrationCase) => paths.includes(prefillPath(c.scenario, kernelOptions(c))!);
  const prefillBackends = [...countBy(fitRows, (c) => onAccelerator(c) && !ownPath(c))]
    .filter(([, n]) => n >= MIN_ROWS_PER_BACKEND)
    .map(([b]) => b);
  // A backend gets its own expert-matmul efficiency when it has both dense and MoE rows on the accelerator.
  const groupCount = (b: Backend, g: CalibrationCase['group']) => fitRows.filter((c) => onAccelerator(c) && c.backend === b && c.group === g).length;
  const expertBackends = [...new Set(fitRows.filter(onAccelerator).map((c) => c.backend))]
    .filter((b) => groupCount(b, 'moe') >= MIN_ROWS_PER_PATH && groupCount(b, 'dense') >= 2)
    .sort();
  const nFixed = 4 + prefillBackends.length + paths.length;
  const buildPrefill = (y: number[]): Calibration => {
    const backends: Calibration['prefill']['backends'] = { cpu: { utilisation: 1 } };
    prefillBackends.forEach((b, i) => (backends[b] = { utilisation: sigmoid(y[4 + i]!) }));
    const own: Calibration['prefill']['paths'] = {};
    paths.forEach((p, i) => (own[p] = { utilisation: sigmoid(y[4 + prefillBackends.length + i]!) }));
    return {
      ...fitted,
      prefill: {
        default: { utilisation: sigmoid(y[1]!) },
        backends,
        paths: own,
        cpuTFLOPS: hasCpuRows('llama.cpp') ? Math.exp(y[0]!) : cpuRate,
        ikCpuTFLOPS: hasCpuRows('ik_llama.cpp') ? Math.exp(y[2]!) : ikCpuRate,
        pcieGBps: Math.exp(y[3]!),
        expertEfficiency: Object.fromEntries(expertBackends.map((b, i) => [b, expertShareAt512(Math.exp(y[nFixed + i]!))])),
        batchHalfTokens: withDefaultHalf(Object.fromEntries(expertBackends.map((b, i) => [b, Math.exp(y[nFixed + i]!)]))),
        attentionEfficiency: sigmoid(y[y.length - 1]!),
        tflopsPerGBps,
      },
    };
  };
  const prefillLoss = (k: Calibration, rows: CalibrationCase[], cap?: number) =>
    rows.reduce((s, c) => {
      const est = evaluateCase(c, k, 'prefill').prefill!.estimated;
      return s + (cap === undefined ? cauchyLog(est, c.prefill!.measuredTps) : absLog(est, c.prefill!.measuredTps, cap));
    }, 0);
  const y0 = [
    Math.log(2),
    logit(0.4),
    Math.log(4),
    Math.log(30),
    ...prefillBackends.map(() => logit(0.4)),
    ...paths.map(() => logit(0.4)),
    ...expertBackends.map(() => Math.log(16)),
    logit(0.7),
  ];
  // Extra starts: every utilisation low, or high (a path whose rows are all beyond the cap at the
  // first start would otherwise stay there).
  const yLow = y0.map((v, i) => (i === 1 || (i >= 4 && i < nFixed) ? logit(0.15) : v));
  const yHigh = y0.map((v, i) => (i === 1 || (i >= 4 && i < nFixed) ? logit(0.7) : v));
  const y = multiStart((v) => prefillLoss(buildPrefill(v), fitRows), (v) => prefillLoss(buildPrefill(v), fitRows, Infinity), [y0, yLow, yHigh]);
  fitted = buildPrefill(y);
  const gpuPrefillRows = fitRows.filter(onAccelerator);
  const pooledUtil = nelderMead(
    (u) =>
      prefillLoss(
        { ...fitted, prefill: { ...fitted.prefill, backends: { cpu: { utilisation: 1 } }, paths: {}, default: { utilisation: sigmoid(u[0]!) } } },
        gpuPrefillRows,
      ),
    [logit(0.4)],
    0.4,
  );
  fitted = { ...fitted, prefill: { ...fitted.prefill, default: { utilisation: sigmoid(pooledUtil[0]!) } } };

  return fitted;
}

/** Display figure (Calibration.prefill.expertEfficiency): 32 tokens per expert relative to a dense 512. */
const expertShareAt512 = (half: number) => (32 / (32 + half)) / (512 / (512 + half));

/** Backends without MoE rows of their own take the geometric mean of the fitted backends' figures. */
function withDefaultHalf(own: Record<string, number>): Record<string, number> {
  const xs = Object.values(own);
  return { ...own, default: xs.length ? Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length) : 0 };
}

function bandFrom(ratios: number[]): Band {
  return { low: round(Math.min(quantile(ratios, 0.1), 1), 3), high: round(Math.max(quantile(ratios, 0.9), 1), 3) };
}

/** Bands from the residuals: measured / estimated at the 10th and 90th percentiles. */
export function bandsFrom(results: RowResult[]): Calibration['bands'] {
  const dec = results.filter((r) => r.decode);
  const ratio = (m: number, e: number) => m / e;
  const spills = (r: RowResult) => r.group === 'offload' || r.group === 'partial';
  const full = dec.filter((r) => !spills(r)).map((r) => ratio(r.decode!.measured, r.decode!.estimated));
  const off = dec.filter(spills).map((r) => ratio(r.decode!.measured, r.decode!.estimated));
  const all = dec.map((r) => ratio(r.decode!.measured, r.decode!.estimated));
  const decodeAll = bandFrom(all);
  const pre = results.filter((r) => r.prefill);
  const known = pre.filter((r) => r.prefill!.tflopsKnown).map((r) => ratio(r.prefill!.measured, r.prefill!.estimated));
  const inferred = pre.filter((r) => !r.prefill!.tflopsKnown).map((r) => ratio(r.prefill!.measured, r.prefill!.estimated));
  const prefill = bandFrom(known);
  // Few offload and inferred-TFLOPS rows: never narrower than the pooled band, and covering every such row.
  const widen = (base: Band, xs: number[]): Band =>
    xs.length === 0
      ? { low: round(base.low ** 2, 3), high: round(base.high ** 2, 3) }
      : { low: round(Math.min(base.low, ...xs), 3), high: round(Math.max(base.high, ...xs), 3) };
  return {
    decode: bandFrom(full),
    decodeOffload: widen(decodeAll, off),
    prefill,
    prefillInferredTflops: widen(bandFrom([...known, ...inferred]), inferred),
  };
}

function roundCalibration(k: Calibration): Calibration {
  const rd = (d: DecodeConstants): DecodeConstants => ({ weightEfficiency: round(d.weightEfficiency, 4), msPerLayer: round(d.msPerLayer, 5) });
  return {
    decode: {
      default: rd(k.decode.default),
      backends: Object.fromEntries(Object.entries(k.decode.backends).map(([b, d]) => [b, rd(d!)])),
      ikCpu: rd(k.decode.ikCpu),
      handoffMs: round(k.decode.handoffMs, 4),
      kvEfficiency: round(k.decode.kvEfficiency, 4),
      dequantOpsPerWeight: round(k.decode.dequantOpsPerWeight, 2),
      cpuDequantOpsPerWeight: round(k.decode.cpuDequantOpsPerWeight, 2),
    },
    prefill: {
      default: { utilisation: round(k.prefill.default.utilisation, 4) },
      backends: Object.fromEntries(Object.entries(k.prefill.backends).map(([b, p]) => [b, { utilisation: round(p!.utilisation, 4) }])),
      paths: Object.fromEntries(Object.entries(k.prefill.paths).map(([b, p]) => [b, { utilisation: round(p!.utilisation, 4) }])),
      cpuTFLOPS: round(k.prefill.cpuTFLOPS, 3),
      ikCpuTFLOPS: round(k.prefill.ikCpuTFLOPS, 3),
      pcieGBps: round(k.prefill.pcieGBps, 2),
      expertEfficiency: Object.fromEntries(Object.entries(k.prefill.expertEfficiency).map(([b, e]) => [b, round(e!, 4)])),
      attentionEfficiency: round(k.prefill.attentionEfficiency, 4),
      batchHalfTokens: Object.fromEntries(Object.entries(k.prefill.batchHalfTokens).map(([b, t]) => [b, round(t!, 2)])),
      tflopsPerGBps: k.prefill.tflopsPerGBps,
    },
    bands: k.bands,
  };
}
