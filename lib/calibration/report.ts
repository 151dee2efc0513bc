/**
 * The calibration report: every row measured vs estimated, summary errors overall, by backend and
 * by dense / MoE / offload / CPU, and the rows that could not be modelled. The JSON form is what
 * the test recomputes; the Markdown form is for people.
 */
import type { Calibration } from '../estimator/speed';
import { evaluateCase, summariseResults, type CalibrationSummary, type RowResult } from './evaluate';
import type { CalibrationCase, Unmodelled } from './rows';

export interface CalibrationReport {
  constants: Calibration;
  summary: CalibrationSummary;
  /** The same statistics for out-of-fold estimates (each row predicted by constants fitted without it). */
  crossValidation: CalibrationSummary;
  /**
   * Held-out validation: published runs in data/benchmarks/validation.csv that the fit never sees,
   * estimated with the fitted constants. Null when there is no such file.
   */
  validation: { summary: CalibrationSummary; rows: RowResult[]; unmodelled: Unmodelled[] } | null;
  rows: RowResult[];
  unmodelled: Unmodelled[];
  outliers: { id: string; metric: 'decode' | 'prefill'; errorPct: number; why: string }[];
}

const r1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Known causes for rows the physics cannot reach, by device or by source build. Commentary for the
 * report only: nothing here changes an estimate.
 */
const KNOWN_CAUSES: { match: (c: CalibrationCase) => boolean; why: string }[] = [
  {
    match: (c) => c.scenario.hardware.deviceId === 'tesla-p100',
    why: 'Pascal GP100 (sm_60) lacks the DP4A integer dot product that llama.cpp’s quantised CUDA kernels use, so they fall back to slower paths',
  },
  { match: (c) => c.scenario.hardware.deviceId === 't4', why: 'a 70 W passively cooled card, usually held well below boost clock by its power cap' },
  {
    match: (c) => c.scenario.hardware.deviceId === 'v100-pcie-16gb',
    why: 'Volta (sm_70) at 32K depth: llama.cpp’s tensor-core flash-attention kernels need Turing or newer, so attention takes a slower path',
  },
  {
    match: (c) => c.source.includes('LLaMA 2 overview table'),
    why: 'a December 2023 build, before the 2024 CUDA/Metal kernel work (the same table’s RTX 3090 Q4_0 run is 28 % below a 2024 one, r084 vs r139)',
  },
  { match: (c) => c.scenario.hardware.deviceId === 'rx-6700-xt', why: 'a March 2024 Vulkan build on RDNA2, before the Vulkan backend’s 2024–2025 speed-ups' },
  { match: (c) => c.scenario.hardware.deviceId === 'apple-m1-max', why: 'M1 Max on a 70B Q4_K_M file ran slower in this 2024 build than either its bandwidth or the dequantisation bound explains; not modelled' },
];

function explain(row: RowResult, metric: 'decode' | 'prefill', c: CalibrationCase): string {
  const known = KNOWN_CAUSES.find((k) => k.match(c));
  if (known) return known.why;
  if (metric === 'prefill' && !row.prefill!.tflopsKnown) return 'no published TFLOPS for this device: compute inferred from bandwidth';
  if (c.group === 'offload') return 'expert offload: CPU expert speed depends on the host CPU, which the data does not describe';
  if (c.group === 'cpu') return 'CPU speed depends on core count and instruction set, not only on memory';
  if (metric === 'decode' && c.decodeDepthTokens > 8192) return 'long-context decode: attention kernels at depth vary by build and tool (batched-bench vs llama-bench)';
  if (c.scenario.hardware.deviceCount > 1) return 'several GPUs: per-hop synchronisation not modelled separately';
  return 'build-to-build and kernel differences beyond the few physical constants';
}

export function buildReport(
  cases: CalibrationCase[],
  unmodelled: Unmodelled[],
  k: Calibration,
  outOfFold: RowResult[],
  validation?: { cases: CalibrationCase[]; unmodelled: Unmodelled[] },
): CalibrationReport {
  const rows = cases.map((c) => evaluateCase(c, k));
  const round = (r: RowResult): RowResult => ({
    ...r,
    decode: r.decode && { measured: r.decode.measured, estimated: r1(r.decode.estimated), errorPct: r1(r.decode.errorPct) },
    prefill: r.prefill && {
      measured: r.prefill.measured,
      estimated: r1(r.prefill.estimated),
      errorPct: r1(r.prefill.errorPct),
      tflopsKnown: r.prefill.tflopsKnown,
    },
  });
  const outliers: CalibrationReport['outliers'] = [];
  cases.forEach((c, i) => {
    const r = rows[i]!;
    if (r.decode && Math.abs(r.decode.errorPct) > 35)
      outliers.push({ id: r.id, metric: 'decode', errorPct: r1(r.decode.errorPct), why: explain(r, 'decode', c) });
    if (r.prefill && Math.abs(r.prefill.errorPct) > 50)
      outliers.push({ id: r.id, metric: 'prefill', errorPct: r1(r.prefill.errorPct), why: explain(r, 'prefill', c) });
  });
  const validationRows = validation?.cases.map((c) => evaluateCase(c, k));
  return {
    constants: k,
    summary: summariseResults(rows),
    crossValidation: summariseResults(outOfFold),
    validation: validation
      ? { summary: summariseResults(validationRows!), rows: validationRows!.map(round), unmodelled: validation.unmodelled }
      : null,
    rows: rows.map(round),
    unmodelled,
    outliers,
  };
}

function renderValidation(v: NonNullable<CalibrationReport['validation']>): string {
  const d = v.summary.decode;
  const p = v.summary.prefill;
  const fmt = (x?: number) => (x === undefined ? '' : String(x));
  return `## Held-out validation

${d.rows} further published runs (\`data/benchmarks/validation.csv\`) that the fit never sees, estimated with the
constants above: decode median absolute error **${d.medianAbsPctError} %** (${d.within35Pct} % within ±35 %), prefill
**${p.medianAbsPctError} %** over ${p.rows} rows.

| row | run | decode measured | decode estimated | error | prefill measured | prefill estimated | error |
|---|---|---|---|---|---|---|---|
${v.rows
  .map(
    (r) =>
      `| ${r.id} | ${r.label} | ${fmt(r.decode?.measured)} | ${fmt(r.decode?.estimated)} | ${r.decode ? `${r.decode.errorPct} %` : ''} | ${fmt(r.prefill?.measured)} | ${fmt(r.prefill?.estimated)} | ${r.prefill ? `${r.prefill.errorPct} %` : ''} |`,
  )
  .join('\n')}
${v.unmodelled.length ? `\nNot modelled: ${v.unmodelled.map((u) => `${u.id} (${u.reason})`).join('; ')}.\n` : ''}
`;
}

export function renderReport(rep: CalibrationReport): string {
  const s = rep.summary;
  const table = (title: string, entries: Record<string, { rows: number; medianAbsPctError: number; within35Pct: number }>) =>
    [
      `| ${title} | rows | median abs error | within ±35 % |`,
      '|---|---|---|---|',
      ...Object.entries(entries).map(([k, v]) => `| ${k} | ${v.rows} | ${v.medianAbsPctError} % | ${v.within35Pct} % |`),
    ].join('\n');
  const fmt = (x?: number) => (x === undefined ? '' : String(x));
  return `# Calibration report

Generated by \`npm run calibrate\` from \`data/benchmarks/calibration.csv\` (published llama.cpp-family
measurements, each with its source). Do not edit by hand: \`lib/calibration/calibration.test.ts\` checks that
the committed constants in \`lib/estimator/calibration.json\` reproduce every number here.

## Summary

Decode (tokens/s while generating): median absolute error **${s.decode.medianAbsPctError} %** over ${s.decode.rows} rows;
**${s.decode.within35Pct} %** of rows within ±35 %.

Prefill (prompt tokens/s): median absolute error **${s.prefill.medianAbsPctError} %** over ${s.prefill.rows} rows
(${s.prefill.knownTflops.medianAbsPctError} % over the ${s.prefill.knownTflops.rows} rows whose device publishes its FP16 TFLOPS).

${table('decode by backend', s.decode.byBackend)}

${table('decode by kind', s.decode.byGroup)}

${table('prefill by backend', s.prefill.byBackend)}

${table('prefill by kind', s.prefill.byGroup)}

Out of fold (10-fold cross-validation: every row estimated by constants fitted without it), decode is
off by a median **${rep.crossValidation.decode.medianAbsPctError} %** with ${rep.crossValidation.decode.within35Pct} % of rows within ±35 %, and prefill by
**${rep.crossValidation.prefill.medianAbsPctError} %**. The likely ranges the site shows come from these out-of-fold errors.

Kinds: *dense* and *moe* run entirely in GPU or unified memory; *offload* keeps MoE experts in system RAM
(\`--n-cpu-moe\`); *cpu* is CPU only.

${rep.validation ? renderValidation(rep.validation) : ''}## Method

Each row is rebuilt as the run that was measured: the device's own memory, bandwidth and FP16 TFLOPS,
the backend, the number of GPUs, the exact file size llama-bench printed, the placement (all on the GPU,
\`--n-cpu-moe N\`, CPU only) and the context depth. The engine then estimates decode at the middle of
the generated tokens and prefill for the row's prompt length, with the same functions the site uses.
The constants below are fitted by Nelder-Mead on the sum of absolute log errors, capped at a factor of
1.5 so that a few runs the physics cannot reach (old builds, architectures without the kernels) do not
drag the rest. A backend gets its own constants only with at least five rows; SYCL has none and uses
the pooled default. The likely range the site shows is the 10th to 90th percentile of measured /
estimated, taken out of fold so that it reflects how well the model predicts runs it was not fitted to.

## Limits

- **Builds differ.** The same card and file can differ by a third between llama.cpp builds (RTX 3090,
  Llama 2 7B Q4_0: r084 from 2023 vs r139 from 2024). One set of constants cannot match both; the fit
  follows the majority, which is recent builds.
- **Prefill on CUDA and Vulkan** is the weakest part: llama.cpp runs 16-bit weights through cuBLAS and
  quantised weights through its own integer kernels, at different fractions of the tensor-core peak,
  and the rows mix 2023 and 2026 builds. A single utilisation per backend is the honest summary of
  that data; the range shown on the site is correspondingly wide.
- **CPU** speed rests on one CPU-only row and the CPU side of four offload rows; CPU prompt processing
  depends on core count and instruction set, which the catalog's memory-only CPU entries do not describe.
- **Devices without a published FP16 figure** get one inferred from bandwidth (the catalog median per
  memory kind) and a wider prefill range.

## Constants

\`\`\`json
${JSON.stringify(rep.constants, null, 2)}
\`\`\`

## Rows not modelled

${rep.unmodelled.length === 0 ? 'None: every row maps to a catalog model and a complete hardware description.' : rep.unmodelled.map((u) => `- ${u.id}: ${u.reason}`).join('\n')}

## Rows outside ±35 % (decode) or ±50 % (prefill), and why

${rep.outliers.length === 0 ? 'None.' : rep.outliers.map((o) => `- ${o.id} ${o.metric} ${o.errorPct > 0 ? '+' : ''}${o.errorPct} %: ${o.why}`).join('\n')}

## Every row

| row | run | decode measured | decode estimated | error | prefill measured | prefill estimated | error |
|---|---|---|---|---|---|---|---|
${rep.rows
  .map(
    (r) =>
      `| ${r.id} | ${r.label} | ${fmt(r.decode?.measured)} | ${fmt(r.decode?.estimated)} | ${r.decode ? `${r.decode.errorPct} %` : ''} | ${fmt(r.prefill?.measured)} | ${fmt(r.prefill?.estimated)}${r.prefill && !r.prefill.tflopsKnown ? ' (TFLOPS inferred)' : ''} | ${r.prefill ? `${r.prefill.errorPct} %` : ''} |`,
  )
  .join('\n')}
`;
}
