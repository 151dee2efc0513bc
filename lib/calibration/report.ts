/**
 * The calibration report: every row measured vs estimated, summary errors overall, by backend and
 * by dense / MoE / offload / CPU, and the rows that could not be modelled. The JSON form is what
 * the test recomputes; the Markdown form is for people.
 */
import type { Calibration } from '../estimator/speed';
import { evaluateCase, median, summariseResults, type CalibrationSummary, type RowResult } from './evaluate';
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
  validation: { summary: CalibrationSummary; rows: RowResult[]; unmodelled: Unmodelled[]; outliers?: Outlier[] } | null;
  rows: RowResult[];
  unmodelled: Unmodelled[];
  outliers: Outlier[];
}

export interface Outlier {
  id: string;
  metric: 'decode' | 'prefill';
  errorPct: number;
  why: string;
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
  {
    match: (c) => c.engine === 'ollama',
    why: 'a January 2025 Ollama build on a 192-core Arm server with the default deepseek-r1:671b tag (quantisation not printed); no constant of the engine describes that build',
  },
  {
    match: (c) => c.scenario.hardware.deviceId === 'ryzen-ai-max-plus-395-cpu',
    why: 'Strix Halo CPU cores reach only about half of the 256 GB/s memory bandwidth (the source says so); the engine is given the package figure',
  },
  {
    match: (c) => /VM with/i.test(c.label),
    why: 'a virtual machine given 56 threads of a 32-core EPYC: RAM bandwidth per thread and NUMA placement inside the VM are unknown',
  },
  {
    match: (c) => c.engine === 'ik_llama.cpp' && c.scenario.model.id.startsWith('deepseek'),
    why: 'DeepSeek-V3/R1 with every expert in RAM: 8 of 256 experts of 58 layers per token at 2-4 bits are bound by the CPU unpacking them; the engine’s CPU unpack bound uses one fitted CPU rate per engine, not this host’s cores and clocks (not in the data)',
  },
  {
    match: (c) => c.scenario.model.id === 'qwen3-next-80b-a3b',
    why: 'Qwen3-Next’s gated delta-net (linear attention) layers ran in llama.cpp’s first implementation (PR #16095, November 2025) with unoptimised kernels; the catalog approximates those layers as windowed attention',
  },
  {
    match: (c) => c.scenario.hardware.deviceId === 'h100-pcie',
    why: 'a December 2023 build on Hopper: 7B matrices at a 512-token batch are too small to fill 114 SMs at 756 TFLOPS, and that build had no Hopper-specific kernels',
  },
  {
    match: (c) => c.scenario.hardware.deviceId === 'arc-b580',
    why: 'SYCL has no calibration rows of its own, so it uses the pooled default utilisation',
  },
  {
    match: (c) => c.engine === 'ik_llama.cpp' && (c.group === 'offload' || c.group === 'partial'),
    why: 'ik_llama.cpp decides by its own policy which prompt matmuls of weights in RAM go to the GPU (ik_llama.cpp PR #405); these rows are not fitted for prefill',
  },
  { match: (c) => c.scenario.hardware.deviceId === 'apple-m1-max', why: 'M1 Max on a 70B Q4_K_M file ran slower in this 2024 build than either its bandwidth or the dequantisation bound explains; not modelled' },
];

function explain(row: RowResult, metric: 'decode' | 'prefill', c: CalibrationCase): string {
  const known = KNOWN_CAUSES.find((k) => k.match(c));
  if (known) return known.why;
  if (metric === 'prefill' && !row.prefill!.tflopsKnown) return 'no published TFLOPS for this device: compute inferred from bandwidth';
  if (c.group === 'offload' || c.group === 'partial')
    return metric === 'prefill'
      ? 'offloaded prompt processing: the weights in RAM cross PCIe once per micro-batch at one fitted rate; the link generation and width of the host are not in the data'
      : 'offload: the CPU side depends on the host CPU (cores, memory controller), which the data does not describe beyond RAM bandwidth';
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
  const validationOutliers: Outlier[] = [];
  validation?.cases.forEach((c, i) => {
    const r = validationRows![i]!;
    if (r.decode && Math.abs(r.decode.errorPct) > 35)
      validationOutliers.push({ id: r.id, metric: 'decode', errorPct: r1(r.decode.errorPct), why: explain(r, 'decode', c) });
    if (r.prefill && Math.abs(r.prefill.errorPct) > 50)
      validationOutliers.push({ id: r.id, metric: 'prefill', errorPct: r1(r.prefill.errorPct), why: explain(r, 'prefill', c) });
  });
  return {
    constants: k,
    summary: summariseResults(rows),
    crossValidation: summariseResults(outOfFold),
    validation: validation
      ? { summary: summariseResults(validationRows!), rows: validationRows!.map(round), unmodelled: validation.unmodelled, outliers: validationOutliers }
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
Validation rows outside ±35 % (decode) or ±50 % (prefill), and why:

${(v.outliers ?? []).length === 0 ? 'None.' : v.outliers!.map((o) => `- ${o.id} ${o.metric} ${o.errorPct > 0 ? '+' : ''}${o.errorPct} %: ${o.why}`).join('\n')}

`;
}

/** Median absolute decode error of rows that spill into system RAM. */
function spill(rows: RowResult[]): number {
  const xs = rows.filter((r) => r.decode && (r.group === 'offload' || r.group === 'partial' || r.group === 'cpu')).map((r) => Math.abs(r.decode!.errorPct));
  return r1(median(xs));
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
(\`--n-cpu-moe\`, \`-ot exps=CPU\`); *partial* keeps whole layers there (\`-ngl N\`); *cpu* is CPU only.
Rows that spill into system RAM (offload, partial, cpu): median absolute decode error
**${spill(rep.rows)} %** in sample, **${rep.validation ? spill(rep.validation.rows) : '–'} %** on the held-out validation set.

Split: \`data/benchmarks/offload.csv\` (shared reference runs, ids o001–o026 here) went to calibration when
its number is odd and to validation when even; of the llmfit RTX 2080 \`-ngl\` runs, l001, l003, l005 are in
calibration and l002, l004, l006 in validation. ik_llama.cpp rows (engine column) share every GPU constant;
their CPU side has its own constants (\`decode.ikCpu\`, \`prefill.ikCpuTFLOPS\`), fitted on them alone, so they
never move the llama.cpp constants the site uses.

${rep.validation ? renderValidation(rep.validation) : ''}## Method

Each row is rebuilt as the run that was measured: the device's own memory, bandwidth and FP16 TFLOPS,
the backend, the number of GPUs, the exact file size llama-bench printed, the placement (all on the GPU,
\`--n-cpu-moe N\`, CPU only) and the context depth. The engine then estimates decode at the middle of
the generated tokens and prefill for the row's prompt length, with the same functions the site uses.
The constants below are fitted by Nelder-Mead on the sum of absolute log errors, capped at a factor of
1.5 so that a few runs the physics cannot reach (old builds, architectures without the kernels) do not
drag the rest. Because a capped loss is flat for a constant whose rows are all beyond the cap, each fit
is multi-started (the default start, every utilisation low, every utilisation high, and the optimum of
the uncapped loss) and keeps the lowest capped loss. Decode is fitted first (with the CPU rates the
CPU-only prompt rows measure), then prefill, then decode once more with the fitted CPU rates, which set
the CPU unpack bound. Nothing depends on the previously committed constants or on the catalog's other
devices, so refitting reproduces them. A backend gets its own constants only with at least five rows; SYCL has none and uses
the pooled default. The likely range the site shows is the 10th to 90th percentile of measured /
estimated, taken out of fold so that it reflects how well the model predicts runs it was not fitted to.

## Limits

- **Builds differ.** The same card and file can differ by a third between llama.cpp builds (RTX 3090,
  Llama 2 7B Q4_0: r084 from 2023 vs r139 from 2024). One set of constants cannot match both; the fit
  follows the majority, which is recent builds.
- **CUDA prefill kernel paths.** Quantised weights run llama.cpp's MMQ kernels on int8 tensor cores
  (peak 4x the catalog's FP32-accumulate FP16 figure on GeForce RTX and GB10, 2x on workstation and
  data-centre parts), 16-bit weights run cuBLAS with FP16 accumulation (2x on GeForce, 1x elsewhere);
  builds from before llama.cpp PR #8075 (2024-06-24), and V100/P100 today, run quantised weights
  through cuBLAS after writing them out as FP16 (4 bytes per weight per micro-batch). The December
  2023 table (r072-r087, most validation x rows) still reaches only about 60 % of the 2024 cuBLAS
  utilisation; no constant describes build age, so those rows stay too fast.
- **Expert matmuls and attention** have their own efficiency relative to dense matmuls
  (\`prefill.expertEfficiency\` per backend with dense and MoE rows, \`prefill.attentionEfficiency\`).
  Vulkan and ROCm have few rows (all MoE ones on Strix Halo), so their out-of-fold prefill error is large.
- **Offloaded prompt processing** is modelled as the weights in RAM crossing PCIe once per micro-batch
  (llama.cpp's op offload for batches of 32 or more) at one fitted rate (\`prefill.pcieGBps\`); the rows do
  not state the link generation or width, and the fitted rate exceeds some links' nominal speed, so the
  copies are evidently reused across more tokens than one micro-batch in some builds.
- **CPU** decode is the larger of reading the weights at one effective fraction of RAM bandwidth per
  engine and unpacking them (\`decode.cpuDequantOpsPerWeight\` operations per weight at the engine's fitted
  CPU TFLOPS); core count, NUMA and memory controller limits (EPYC CCDs, Strix Halo's CPU cores, virtual
  machines) are not in the inputs. Dual-socket hosts are listed as not modelled.
- **Devices without a published FP16 figure** get one inferred from bandwidth (the median FP16 TFLOPS
  per GB/s of the calibration rows' own devices, per memory kind, so catalog additions never move it)
  and a wider prefill range.

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
