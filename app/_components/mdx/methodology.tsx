/**
 * Components of the /methodology page. Everything they print is read at build time from the files
 * that drive the engine, never typed: the fitted constants (lib/estimator/calibration.json), the
 * calibration report (docs/calibration-report.json, rewritten by `npm run calibrate`), the engine's
 * defaults and memory rules, and the calculator's URL keys. Server components: no client JS.
 */
import report from '@/docs/calibration-report.json';
import { deviceById } from '@/lib/catalog';
import { QUERY_KEYS, type QueryKey } from '@/lib/calculator/url';
import { scenario, type CalculatorState } from '@/lib/calculator/state';
import { reportIssueHref, scenarioUrl } from '@/lib/content/report-issue';
import { estimate } from '@/lib/estimator';
import { defaultCalibration } from '@/lib/estimator/speed';
import { DEFAULT_CONTEXT_TOKENS, DEFAULT_OUTPUT_TOKENS, DEFAULT_PROMPT_TOKENS, DEFAULT_SYSTEM_RAM, MAX_DEVICES } from '@/lib/estimator/defaults';
import { appleWiredLimitGiB, igpuSharedLimitGiB } from '@/lib/estimator/memory';
import { MdxTable } from './elements';
import type { CalibrationErrorsProps, CalibrationRowsProps, EngineConstantsProps, ReportWrongNumberProps } from '@/lib/content/component-props';
import styles from './methodology.module.css';

const BACKEND_NAMES: Record<string, string> = {
  cuda: 'NVIDIA (CUDA)',
  metal: 'Apple (Metal)',
  rocm: 'AMD (ROCm)',
  vulkan: 'Vulkan',
  sycl: 'Intel (SYCL)',
  cpu: 'CPU',
};

const BACKEND_SHORT: Record<string, string> = { cuda: 'CUDA', metal: 'Metal', rocm: 'ROCm', vulkan: 'Vulkan', sycl: 'SYCL', cpu: 'CPU' };
const KIND_SHORT: Record<string, string> = { dense: 'dense', moe: 'MoE', offload: 'offload', partial: 'layers in RAM', cpu: 'CPU only' };

const KIND_NAMES: Record<string, string> = {
  dense: 'Dense, all in GPU or unified memory',
  moe: 'Mixture of experts, all in GPU or unified memory',
  offload: 'Experts in system RAM (offload)',
  partial: 'Whole layers in system RAM (-ngl N)',
  cpu: 'CPU only',
};

const PATH_NAMES: Record<string, string> = {
  'cuda-quantised': 'CUDA, quantised weights (MMQ kernels)',
  'cuda-f16': 'CUDA, 16-bit weights (cuBLAS)',
  'cuda-2023': 'CUDA, builds before mid-2024 (cuBLAS; only for the old runs in the calibration)',
  'vulkan-nvidia': 'Vulkan on NVIDIA',
  'vulkan-amd': 'Vulkan on AMD',
  'vulkan-intel': 'Vulkan on Intel',
};

const one = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const three = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });
const pct = (x: number) => `${one.format(x)} %`;
const share = (x: number) => `${Math.round(x * 100)} %`;
const signedPct = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : ''}${one.format(Math.abs(x))} %`;

interface ErrorSummary {
  rows: number;
  medianAbsPctError: number;
  within35Pct: number;
}
interface MetricSummary extends ErrorSummary {
  byBackend: Record<string, ErrorSummary>;
  byGroup: Record<string, ErrorSummary>;
}
interface RowMetric {
  measured: number;
  estimated: number;
  errorPct: number;
}
interface ReportRow {
  id: string;
  label: string;
  backend: string;
  group: string;
  decode?: RowMetric;
  prefill?: RowMetric;
}

const sets = {
  inSample: report.summary as unknown as Record<'decode' | 'prefill', MetricSummary>,
  outOfFold: report.crossValidation as unknown as Record<'decode' | 'prefill', MetricSummary>,
  heldOut: (report.validation?.summary ?? null) as unknown as Record<'decode' | 'prefill', MetricSummary> | null,
};

/** The calibration report's overall figures, for a sentence (rows and median errors). */
export function CalibrationSummary() {
  const { decode, prefill } = sets.outOfFold;
  const held = sets.heldOut;
  return (
    <p>
      The constants are fitted to <strong>{report.rows.length}</strong> published runs
      {held && (
        <>
          {' '}
          and checked against <strong>{report.validation.rows.length}</strong> more that the fit never sees
        </>
      )}
      . Predicting each fitted run from constants fitted without it (10-fold cross-validation), generation speed is
      off by a median <strong>{pct(decode.medianAbsPctError)}</strong> ({pct(decode.within35Pct)} of {decode.rows} runs
      within 35 %) and prompt processing by <strong>{pct(prefill.medianAbsPctError)}</strong> over {prefill.rows} runs
      {held && (
        <>
          ; on the held-out runs, by <strong>{pct(held.decode.medianAbsPctError)}</strong> and{' '}
          <strong>{pct(held.prefill.medianAbsPctError)}</strong>
        </>
      )}
      .
    </p>
  );
}

/**
 * Median absolute error by backend or by kind of run, for one metric, in three columns: on the
 * runs the constants were fitted to, out of fold, and on the held-out validation runs.
 */
export function CalibrationErrors({ metric, by }: CalibrationErrorsProps) {
  const key = by === 'backend' ? 'byBackend' : 'byGroup';
  const names = by === 'backend' ? BACKEND_NAMES : KIND_NAMES;
  const fitted = sets.inSample[metric][key];
  const oof = sets.outOfFold[metric][key];
  const held = sets.heldOut?.[metric][key];
  const groups = [...new Set([...Object.keys(fitted), ...Object.keys(held ?? {})])].sort(
    (a, b) => (fitted[b]?.rows ?? 0) - (fitted[a]?.rows ?? 0) || a.localeCompare(b),
  );
  const cell = (s: ErrorSummary | undefined) => (s ? `${pct(s.medianAbsPctError)} (${s.rows})` : '–');
  const what = metric === 'decode' ? 'generation speed' : 'prompt processing speed';
  return (
    <MdxTable>
      <caption>
        Median error of the {what} estimate by {by === 'backend' ? 'backend' : 'kind of run'} (number of runs in
        brackets)
      </caption>
      <thead>
        <tr>
          <th scope="col">{by === 'backend' ? 'Backend' : 'Kind'}</th>
          <th scope="col">Fitted runs</th>
          <th scope="col">Out of fold</th>
          <th scope="col">Held-out runs</th>
        </tr>
      </thead>
      <tbody className={styles.numbers}>
        {groups.map((g) => (
          <tr key={g}>
            <th scope="row">{names[g] ?? g}</th>
            <td>{cell(fitted[g])}</td>
            <td>{cell(oof[g])}</td>
            <td>{cell(held?.[g])}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">All</th>
          <td>{cell(sets.inSample[metric])}</td>
          <td>{cell(sets.outOfFold[metric])}</td>
          <td>{cell(sets.heldOut?.[metric])}</td>
        </tr>
      </tbody>
    </MdxTable>
  );
}

/** Every run of one set: measured against estimated, generation and prompt processing. */
export function CalibrationRows({ set }: CalibrationRowsProps) {
  const rows = (set === 'validation' ? (report.validation?.rows ?? []) : report.rows) as ReportRow[];
  const outliers = set === 'validation' ? [] : (report.outliers as Array<{ id: string; metric: string; errorPct: number; why: string }>);
  const unmodelled = (set === 'validation' ? report.validation?.unmodelled : report.unmodelled) as Array<{ id: string; reason: string }> | undefined;
  const metricCells = (m: RowMetric | undefined) =>
    m ? (
      <>
        <td>{three.format(m.measured)}</td>
        <td>{three.format(m.estimated)}</td>
        <td>{signedPct(m.errorPct)}</td>
      </>
    ) : (
      <td colSpan={3}>not measured</td>
    );
  const title = set === 'validation' ? `All ${rows.length} held-out runs (never used in fitting)` : `All ${rows.length} runs the constants are fitted to`;
  return (
    <>
      <details className={styles.details}>
        <summary>{title}, measured against estimated</summary>
        <MdxTable>
          <caption>
            {set === 'validation' ? 'Held-out runs' : 'Runs the constants are fitted to'}, in tokens per second (error: estimated ÷
            measured − 1)
          </caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                Row
              </th>
              <th scope="col" rowSpan={2}>
                Run
              </th>
              <th scope="col" rowSpan={2}>
                Kind
              </th>
              <th scope="colgroup" colSpan={3}>
                Generation
              </th>
              <th scope="colgroup" colSpan={3}>
                Prompt processing
              </th>
            </tr>
            <tr>
              <th scope="col">measured</th>
              <th scope="col">estimated</th>
              <th scope="col">error</th>
              <th scope="col">measured</th>
              <th scope="col">estimated</th>
              <th scope="col">error</th>
            </tr>
          </thead>
          <tbody className={styles.rows}>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>{r.id}</td>
                <th scope="row">{r.label}</th>
                <td>
                  {KIND_SHORT[r.group] ?? r.group}, {BACKEND_SHORT[r.backend] ?? r.backend}
                </td>
                {metricCells(r.decode)}
                {metricCells(r.prefill)}
              </tr>
            ))}
          </tbody>
        </MdxTable>
      </details>
      {outliers.length > 0 && (
        <>
          <p>Runs the engine misses by more than the usual scatter, and why:</p>
          <ul className={styles.notes}>
            {outliers.map((o) => (
              <li key={`${o.id}-${o.metric}`}>
                <strong>{o.id}</strong> ({o.metric === 'decode' ? 'generation' : 'prompt processing'}, {signedPct(o.errorPct)}):{' '}
                {o.why}
              </li>
            ))}
          </ul>
        </>
      )}
      {unmodelled && unmodelled.length > 0 && (
        <>
          <p>Published runs the engine cannot model, left out of the figures above:</p>
          <ul className={styles.notes}>
            {unmodelled.map((u) => (
              <li key={u.id}>
                <strong>{u.id}</strong>: {u.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** The fitted constants in use, from lib/estimator/calibration.json. */
export function EngineConstants({ part }: EngineConstantsProps) {
  const c = defaultCalibration;
  if (part === 'decode') {
    const backends = Object.entries(c.decode.backends);
    return (
      <>
        <MdxTable>
          <caption>Generation constants by backend (fitted)</caption>
          <thead>
            <tr>
              <th scope="col">Backend</th>
              <th scope="col">Share of memory bandwidth reached reading weights</th>
              <th scope="col">Fixed cost per layer per token</th>
            </tr>
          </thead>
          <tbody>
            {backends.map(([b, k]) => (
              <tr key={b}>
                <th scope="row">{BACKEND_NAMES[b] ?? b}</th>
                <td>{share(k!.weightEfficiency)}</td>
                <td>{three.format(k!.msPerLayer)} ms</td>
              </tr>
            ))}
            <tr>
              <th scope="row">Other backends (pooled)</th>
              <td>{share(c.decode.default.weightEfficiency)}</td>
              <td>{three.format(c.decode.default.msPerLayer)} ms</td>
            </tr>
          </tbody>
        </MdxTable>
        <ul>
          <li>
            Reading the KV cache reaches <strong>{share(c.decode.kvEfficiency)}</strong> of the memory bandwidth.
          </li>
          <li>
            Each hand-off between the GPU and the CPU in a token costs <strong>{three.format(c.decode.handoffMs)} ms</strong>.
          </li>
          <li>
            Unpacking a quantised weight costs <strong>{three.format(c.decode.dequantOpsPerWeight)}</strong> operations at the
            chip&apos;s FP16 rate on a GPU, and <strong>{three.format(c.decode.cpuDequantOpsPerWeight)}</strong> at the CPU
            rate below on a CPU; whichever is slower, the unpacking or the memory read, sets the pace.
          </li>
        </ul>
      </>
    );
  }
  if (part === 'prefill') {
    const rows: Array<[string, number]> = [
      ...Object.entries(c.prefill.paths).map(([p, k]): [string, number] => [PATH_NAMES[p] ?? p, k!.utilisation]),
      ...Object.entries(c.prefill.backends).map(([b, k]): [string, number] => [BACKEND_NAMES[b] ?? b, k!.utilisation]),
      ['Other backends (pooled)', c.prefill.default.utilisation],
    ];
    return (
      <>
        <MdxTable>
          <caption>Prompt processing: share of the chip&apos;s peak FP16 rate reached (fitted)</caption>
          <thead>
            <tr>
              <th scope="col">Kernel path or backend</th>
              <th scope="col">Share of peak</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([name, u]) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td>{share(u)}</td>
              </tr>
            ))}
          </tbody>
        </MdxTable>
        <ul>
          <li>
            A weight matrix that sees <em>t</em> prompt tokens per micro-batch runs at <em>t</em> / (<em>t</em> + <em>h</em>) of that rate, and
            never faster than one read of its weights per micro-batch allows. Dense matrices see the whole micro-batch (512 tokens by
            default); a routed expert sees the micro-batch times the experts per token divided by the experts, so mixture-of-experts models
            read prompts more slowly than their active size suggests. Fitted <em>h</em>:{' '}
            {Object.entries(c.prefill.batchHalfTokens)
              .map(([b, h]) => `${b === 'default' ? 'other backends' : (BACKEND_NAMES[b] ?? b)} ${three.format(h!)} tokens`)
              .join(', ')}
            ; attention reaches <strong>{share(c.prefill.attentionEfficiency)}</strong> of the rate.
          </li>
          <li>
            A CPU computes at <strong>{three.format(c.prefill.cpuTFLOPS)} TFLOPS</strong> (fitted on CPU runs; the engine
            has no per-CPU figure).
          </li>
          <li>
            Weights kept in system RAM cross to the GPU at <strong>{three.format(c.prefill.pcieGBps)} GB/s</strong> once
            per batch of prompt tokens.
          </li>
          <li>
            A device without a published FP16 figure is assumed to compute{' '}
            <strong>{three.format(c.prefill.tflopsPerGBps.discrete)}</strong> TFLOPS per GB/s of bandwidth (discrete GPUs)
            or <strong>{three.format(c.prefill.tflopsPerGBps.unified)}</strong> (unified memory), and its range widens.
          </li>
        </ul>
      </>
    );
  }
  // part === 'ranges'
  const b = c.bands;
  const band = (x: { low: number; high: number }) => `${share(x.low)} to ${share(x.high)}`;
  return (
    <MdxTable>
      <caption>Likely ranges: from the low to the high end, as a share of the expected figure</caption>
      <thead>
        <tr>
          <th scope="col">Figure</th>
          <th scope="col">Likely range</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">Generation speed, all in GPU or unified memory</th>
          <td>{band(b.decode)}</td>
        </tr>
        <tr>
          <th scope="row">Generation speed with part of the model in system RAM</th>
          <td>{band(b.decodeOffload)}</td>
        </tr>
        <tr>
          <th scope="row">Prompt processing</th>
          <td>{band(b.prefill)}</td>
        </tr>
        <tr>
          <th scope="row">Prompt processing, device without a published FP16 figure</th>
          <td>{band(b.prefillInferredTflops)}</td>
        </tr>
      </tbody>
    </MdxTable>
  );
}

/** The inputs the engine assumes when a page or the calculator does not say. */
export function EngineDefaults() {
  return (
    <ul>
      <li>
        Context allocated: <strong>{DEFAULT_CONTEXT_TOKENS.toLocaleString('en-US')} tokens</strong> (or the model&apos;s
        own limit when that is smaller).
      </li>
      <li>
        Prompt: <strong>{DEFAULT_PROMPT_TOKENS.toLocaleString('en-US')} tokens</strong>; answer:{' '}
        <strong>{DEFAULT_OUTPUT_TOKENS.toLocaleString('en-US')} tokens</strong>.
      </li>
      <li>
        System RAM beside a graphics card: <strong>{DEFAULT_SYSTEM_RAM.gib} GB</strong> of {DEFAULT_SYSTEM_RAM.label} at{' '}
        <strong>{one.format(DEFAULT_SYSTEM_RAM.bandwidthGBps)} GB/s</strong>.
      </li>
      <li>
        KV cache in 16-bit (f16), offload chosen automatically, one GPU (up to {MAX_DEVICES} of the same kind).
      </li>
    </ul>
  );
}

const APPLE_RAM_SIZES = [16, 24, 32, 36, 48, 64, 96, 128, 192, 512];
const IGPU_RAM_SIZES = [16, 32, 64];
const RESERVE_DEVICES = ['rtx-4090', 'h100-sxm', 'apple-m4-max-16c40g', 'cpu-ddr5-5600-2ch'];

/** What share of each kind of memory the engine lets a model use, computed by the engine's own rules. */
export function MemoryRules() {
  const gb = (x: number) => `${one.format(x)} GB`;
  return (
    <>
      <MdxTable>
        <caption>Apple silicon: memory the GPU may use by default (Metal&apos;s working-set limit)</caption>
        <thead>
          <tr>
            <th scope="col">Mac memory</th>
            <th scope="col">GPU may use</th>
          </tr>
        </thead>
        <tbody>
          {APPLE_RAM_SIZES.map((ram) => (
            <tr key={ram}>
              <th scope="row">{gb(ram)}</th>
              <td>{gb(appleWiredLimitGiB(ram))}</td>
            </tr>
          ))}
        </tbody>
      </MdxTable>
      <MdxTable>
        <caption>Integrated GPUs: system RAM the GPU may use by default</caption>
        <thead>
          <tr>
            <th scope="col">System RAM</th>
            <th scope="col">GPU may use</th>
          </tr>
        </thead>
        <tbody>
          {IGPU_RAM_SIZES.map((ram) => (
            <tr key={ram}>
              <th scope="row">{gb(ram)}</th>
              <td>{gb(igpuSharedLimitGiB(ram))}</td>
            </tr>
          ))}
        </tbody>
      </MdxTable>
      <MdxTable>
        <caption>Reserves, as the engine applies them (a small model, default settings)</caption>
        <thead>
          <tr>
            <th scope="col">Device</th>
            <th scope="col">Memory as sold</th>
            <th scope="col">Usable for the model</th>
            <th scope="col">Runtime overhead</th>
            <th scope="col">Compute buffer</th>
          </tr>
        </thead>
        <tbody>
          {RESERVE_DEVICES.map((id) => {
            const d = deviceById.get(id);
            const r = estimate({ model: 'llama-3.1-8b', device: id });
            if (!d || !r.ok) return null;
            return (
              <tr key={id}>
                <th scope="row">{d.name}</th>
                <td>{gb(d.memoryGB)}</td>
                <td>{gb(r.value.memoryGB.available)}</td>
                <td>{gb(r.value.memoryGB.overhead)}</td>
                <td>{gb(r.value.memoryGB.compute)}</td>
              </tr>
            );
          })}
        </tbody>
      </MdxTable>
    </>
  );
}

const KEY_DOCS: Record<QueryKey, { what: string; example: string }> = {
  model: { what: 'Model id from the catalog', example: 'gpt-oss-120b' },
  quant: { what: "Weight format id; left out, the model's usual download", example: 'q4_k_m' },
  device: { what: 'Device id from the catalog, or custom for your own figures (mem, bw, tflops, kind)', example: 'rtx-4090' },
  gpus: { what: 'Number of identical GPUs', example: '2' },
  ctx: { what: 'Context tokens to allocate (with runtime=ollama and no ctx, Ollama picks its default)', example: '32768' },
  prompt: { what: 'Prompt tokens already in the context', example: '4096' },
  out: { what: 'Tokens to generate', example: '1000' },
  kv: { what: 'KV cache format: f16, q8_0 or q4_0', example: 'q8_0' },
  offload: { what: 'Placement: auto, none, cpu-moe:N (experts of N layers in RAM) or gpu-layers:N', example: 'cpu-moe:20' },
  effort: { what: 'gpt-oss reasoning effort: low, medium or high', example: 'high' },
  ram: { what: 'System RAM in GB (for offload)', example: '64' },
  ramBw: { what: 'System RAM bandwidth in GB/s', example: '89.6' },
  mem: { what: "Memory in GB: a catalog device's size (a Mac's RAM), or a custom device's", example: '128' },
  bw: { what: 'Custom device: memory bandwidth in GB/s', example: '1008' },
  tflops: { what: 'Custom device: FP16 TFLOPS (optional; inferred from bandwidth when left out)', example: '165' },
  kind: { what: 'Custom device: discrete, unified or cpu', example: 'unified' },
  runtime: { what: "Who runs it: llama.cpp (a tuned llama-server, the default) or ollama (Ollama's own defaults: context by GPU memory, its layer fit)", example: 'ollama' },
};

/** The calculator's URL keys (lib/calculator/url.ts), each with what it sets and an example link. */
export function CalculatorUrlKeys() {
  return (
    <MdxTable>
      <caption>Calculator URL keys; defaults are left out of the address</caption>
      <thead>
        <tr>
          <th scope="col">Key</th>
          <th scope="col">Sets</th>
          <th scope="col">Example</th>
        </tr>
      </thead>
      <tbody>
        {QUERY_KEYS.map((k) => (
          <tr key={k}>
            <th scope="row">
              <code>{k}</code>
            </th>
            <td>{KEY_DOCS[k].what}</td>
            <td>
              <code>
                {k}={KEY_DOCS[k].example}
              </code>
            </td>
          </tr>
        ))}
      </tbody>
    </MdxTable>
  );
}

/**
 * "Report a wrong number": a link that opens a new issue on the tracker with the scenario's
 * calculator URL in its body. The scenario comes from the props (default: the calculator's own
 * default scenario); the link and the address are both printed, server-rendered.
 */
export function ReportWrongNumber(props: ReportWrongNumberProps) {
  const patch: Partial<CalculatorState> = {
    ...(props.model ? { model: props.model } : {}),
    ...(props.device ? { device: props.device } : {}),
    ...(props.systemRamGB ? { systemRamGB: props.systemRamGB } : {}),
  };
  const state = scenario(patch);
  return (
    <p className={styles.report}>
      <a href={reportIssueHref(state)} rel="noopener" className={styles.reportLink}>
        Report a wrong number on GitHub
      </a>{' '}
      <span className={styles.muted}>
        (opens a new issue with this scenario filled in: <code>{scenarioUrl(state)}</code>)
      </span>
    </p>
  );
}
