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
const KNOWN_CAUSES: { match: (c: CalibrationCase) => boolean; why: string; metric?: 'decode' | 'prefill' }[] = [
  {
    match: (c) => c.scenario.hardware.deviceId === 'h100-pcie',
    why: 'a December 2023 build on Hopper: 7B matrices at a 512-token batch are too small to fill 114 SMs at 756 TFLOPS, and that build had no Hopper-specific kernels',
  },
  {
    match: (c) => c.scenario.hardware.deviceId === 'apple-m1-max' && c.source.includes('LLaMA 2 overview table'),
    why: 'the source dates its M1 Max runs to August 2023, the oldest Metal build in the data (the same chip runs Llama 3.1 8B Q4_K_M 2.5x faster in a 2026 build, x041)',
  },
  {
    match: (c) => c.id === 'r104',
    metric: 'prefill',
    why: 'published two days after gpt-oss was released (2025-08-07): the same chip and model run prompts 2.1x faster under Vulkan a month later (x055) and 3.2x under ROCm (r094)',
  },
  {
    match: (c) => c.scenario.hardware.deviceId === 'ryzen-ai-max-plus-395-cpu',
    metric: 'prefill',
    why: 'ik_llama.cpp has one CPU prompt rate, fitted on a Ryzen 9 7950X (Zen 4, AVX-512 on 256-bit units); Strix Halo’s Zen 5 cores are likely to run AVX-512 on full 512-bit units, about twice the work per clock',
  },
  {
    match: (c) => c.backend === 'vulkan' && c.scenario.hardware.vendor === 'nvidia',
    metric: 'prefill',
    why: 'Vulkan on NVIDIA has one calibration row (r123), too few for its own utilisation, so it takes cuBLAS’s; this Turing card reaches less of it',
  },
  {
    match: (c) => c.scenario.hardware.deviceId === 'dgx-spark' && !c.scenario.model.architecture.moe,
    metric: 'prefill',
    why: 'not explained: the same table’s MoE rows on GB10 are within 16 % (x049, x050), its dense Q8_0 / Q4_0 rows at 2048-token micro-batches run slower than the GeForce-class MMQ peak and the fitted utilisation give',
  },
  {
    match: (c) => c.scenario.hardware.deviceId === 'tesla-p100',
    why: 'Pascal GP100 (sm_60) lacks the DP4A integer dot product that llama.cpp’s quantised CUDA kernels use, so they fall back to slower paths; and llama.cpp still runs Pascal without CUDA graphs, launching every kernel of every layer from the CPU (forcing graphs on a GTX 1080 gave +40 % to +78 % decode on an MoE model, llama.cpp PR #27721, open); the engine has no launch-cost term yet',
  },
  {
    match: (c) => c.scenario.hardware.deviceId === 't4',
    why: 'Turing in an October 2025 build: llama.cpp enabled CUDA graphs only on Ampere and newer until PR #25749 (opened July 2026), so each of gpt-oss’s many small kernels per layer was launched from the CPU; also a 70 W card held below boost clock by its power cap',
  },
  {
    match: (c) => c.scenario.hardware.deviceId === 'v100-pcie-16gb',
    why: 'Volta (sm_70) at 32K depth in an August 2025 build: before llama.cpp PR #16492 (October 2025) GPUs without Turing tensor cores ran batch-1 flash attention one query head at a time, reading the KV cache 8 times per token for gpt-oss (64 query heads, 8 KV heads); in an experiment with that read the engine comes close to this row, but the rule is not applied: refitted with it, the fit settles in a basin that is worse on the validation set',
  },
  {
    match: (c) => c.source.includes('LLaMA 2 overview table'),
    why: 'a December 2023 build, before the 2024 CUDA/Metal kernel work (the same table’s RTX 3090 Llama 2 7B Q4_0 prompt rate is 43 % of a November 2024 one, r084 vs r139; its prompt rows have their own cuBLAS utilisation, decode has none); its decode also predates CUDA graphs (llama.cpp PR #6766, May 2024: +10 % decode on an RTX 3090 and +14 % on an H100 PCIe in the PR’s own runs)',
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
  const known = KNOWN_CAUSES.find((k) => (k.metric === undefined || k.metric === metric) && k.match(c));
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

| validation: prefill by backend | rows | median abs error | within ±35 % |
|---|---|---|---|
${Object.entries(p.byBackend)
  .map(([k, b]) => `| ${k} | ${b.rows} | ${b.medianAbsPctError} % | ${b.within35Pct} % |`)
  .join('\n')}

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

${table('out of fold: decode by backend', rep.crossValidation.decode.byBackend)}

${table('out of fold: prefill by backend', rep.crossValidation.prefill.byBackend)}

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
1.5 (decode), or on a Cauchy loss of the log error with scale log 1.5 (prefill: it keeps a slope everywhere,
so no constant drifts on a plateau between folds, and bounds the pull of the few runs the physics cannot
reach: old builds, architectures without the kernels). Because a capped loss is flat for a constant whose rows are all beyond the cap, each fit
is multi-started (the default start, every utilisation low, every utilisation high, and the optimum of
the uncapped loss) and keeps the lowest capped loss. Decode is fitted first (with the CPU rates the
CPU-only prompt rows measure), then prefill, then decode once more with the fitted CPU rates, which set
the CPU unpack bound. Nothing depends on the previously committed constants or on the catalog's other
devices, so refitting reproduces them. A backend gets its own constants only with at least five rows; SYCL has none and uses
the pooled default. The likely range the site shows is the 10th to 90th percentile of measured /
estimated, taken out of fold so that it reflects how well the model predicts runs it was not fitted to.

## Limits

- **Builds differ.** The same card and file can differ by a factor of two between llama.cpp builds (RTX 3090,
  Llama 2 7B Q4_0: r084 from December 2023 vs r139 from November 2024). CUDA rows published before 2024
  (the December 2023 table: r072-r084 here, x014-x030 in validation) run every weight type through cuBLAS
  at their own fitted utilisation (\`paths.cuda-2023\`), fitted on the calibration rows of that build and
  tested on the validation rows of the same table; the site always estimates a current build.
- **Prompt kernel paths.** CUDA: quantised weights run llama.cpp's MMQ kernels on int8 tensor cores (peak
  4x the catalog's FP32-accumulate FP16 figure on GeForce RTX and GB10, 2x on workstation and data-centre
  parts), 16-bit weights run cuBLAS with FP16 accumulation (2x on GeForce, 1x elsewhere); builds from before
  llama.cpp PR #8075 (2024-06-24), and V100/P100 today, run quantised weights through cuBLAS after a separate
  kernel writes them out as FP16 (read the file, write 2 bytes a weight, then the GEMM reads 2 bytes a
  weight). Vulkan on NVIDIA (cooperative-matrix-2 shaders on the tensor cores, FP16 accumulate) takes
  cuBLAS's peak and, without rows of its own, cuBLAS's utilisation. AMD: the catalog's FP16 figure for
  RDNA3, RDNA4 and CDNA (MI100, MI200, MI300) parts is the matrix-core (WMMA / MFMA) rate, at least twice
  the packed-FP16 rate per compute unit and clock it gives RDNA2, GCN and Vega parts; llama.cpp's AMD
  prompt kernels reach half of it per unit of utilisation, so those parts count at half their catalog
  figure (the AMD rows of both generations on ROCm and Vulkan agree only then; the MI100 row, r162, is
  27.6 % fast at half and would be 34 % slow at the packed-FP16 shader rate, so it runs on the matrix cores).
- **Batch size and MoE routing.** Each weight matrix multiplies the tokens routed to it per micro-batch
  (\`-ub\`, llama-bench default 512): all of them for dense matrices, micro-batch x experts per token /
  experts for a routed expert (gpt-oss-20b 64, Qwen3-30B-A3B 32, gpt-oss-120b 16). A matmul of t tokens
  reaches t / (t + \`prefill.batchHalfTokens\`) of its path's large-batch rate (one figure per backend with
  MoE rows, the geometric mean of them elsewhere; CPUs use their measured rate whole). Each class of matmul
  (dense, experts) takes the slower of its compute and reading its weights once per micro-batch (a
  roofline per class), so few-tokens-per-expert matmuls on chips with little bandwidth per FLOP (GB10,
  Strix Halo) are read-bound. Attention (\`prefill.attentionEfficiency\`) grows with context depth.
  ROCm has 9 calibration rows on six chips (RDNA3 7900 XTX and W7900, RDNA3.5 Strix Halo, RDNA4 RX 9060 XT,
  GCN MI50, CDNA MI100) and 5 validation rows; Vulkan has few rows (most of them one Strix Halo chip), so
  its out-of-fold prefill error stays large.
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
