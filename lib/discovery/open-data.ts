/**
 * The open data under /data/v1/: the catalog with its sources as static JSON, so a reader or another
 * tool can use the figures without scraping pages. The route handlers in app/data/ serialise what the
 * functions here return; the methodology page's "Open data" section reads the same constants.
 *
 * Versioning: the `v1` in the path is the schema version (`DATA_SCHEMA_VERSION`). It changes only when a
 * field is removed, renamed or changes meaning or unit; new fields may appear within v1. `catalogVersion`
 * changes whenever any record, figure or source changes: it is the newest `asOf` of the catalog (as a
 * day) and the first 12 hex digits of a SHA-256 over the three files' records, so it is computed from
 * the data (nobody has to remember to bump it) and two builds of one commit agree.
 *
 * Licence: CC BY 4.0 for the compilation, the derived figures and this documentation; each record's
 * `source` names where its figures were read, and material from those sources keeps its owners' terms.
 * A model's `license` field is the licence of the model's weights, not of this data.
 */
import { createHash } from 'node:crypto';
import { kvCacheFormats } from '../catalog/formats';
import { deviceRecords, formatRecords, kvCacheFormatProvenance, modelRecords } from '../catalog/provenance';
import { newestDay } from './feeds';
import { willItRunPairs, willItRunPath } from './routes';
import { willItRunPageData } from './will-it-run-page';

/** The `v1` of the paths. */
export const DATA_SCHEMA_VERSION = 1;
export const DATA_BASE_PATH = `/data/v${DATA_SCHEMA_VERSION}`;

export const DATA_LICENCE = {
  id: 'CC-BY-4.0',
  name: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  attribution: 'Will It Run (cite the file URL and its catalogVersion)',
  note:
    "The compilation, derived figures and documentation are licensed CC BY 4.0. Figures read from third-party sources (spec sheets, model cards, file listings, benchmarks) keep their sources' terms; each record's source field says where they come from. A model's license field is the licence of the model's weights, not of this data.",
} as const;

/** What each field of a file's records means, with units; nested fields as `a.b`. */
export type FieldDocs = Readonly<Record<string, string>>;

const PROVENANCE_FIELDS: FieldDocs = {
  source: 'Where the figures were read: a URL, or "owner/repo path" for a file in a public repository; several separated by ";"',
  asOf: 'When figures that can change (prices, memory options, uploads) were last checked: YYYY-MM or YYYY-MM-DD; absent for fixed figures',
  notes: 'How a figure was read or derived (DERIVED figures give their inputs), and caveats',
};

export const DEVICE_FIELDS: FieldDocs = {
  id: 'Stable kebab-case id, used in site URLs (/calculator?device=<id>)',
  name: 'Display name',
  aliases: 'Other names a person might type (matching ignores case and spaces)',
  vendor: 'nvidia, amd, intel, apple or generic',
  segment: 'consumer, laptop, workstation, datacenter, soc (unified-memory system on a chip), igpu or cpu',
  memoryKind: 'discrete (own VRAM), unified (CPU and GPU share one pool) or system (CPU only)',
  memoryGB: 'Default memory size in GB (1 GB = 1e9 bytes): VRAM for discrete GPUs, the most common configuration otherwise',
  memoryOptionsGB: 'Other memory sizes sold, in GB, including memoryGB (unified and system memory)',
  bandwidthGBps: 'Nominal (spec-sheet) memory bandwidth in GB/s',
  fp16TFLOPS: 'Dense FP16 throughput in TFLOPS (matrix units where the chip has them); absent when unknown',
  backends: 'llama.cpp backends that run on it, preferred first: cuda, metal, rocm, vulkan, sycl, cpu',
  releaseYear: 'Year of release',
  ...PROVENANCE_FIELDS,
};

export const MODEL_FIELDS: FieldDocs = {
  id: 'Stable id, used in site URLs (/calculator?model=<id>)',
  name: 'Display name',
  family: 'Model family',
  developer: 'Who released the weights',
  releaseDate: 'Release date, YYYY-MM-DD (YYYY-MM when the day is unknown)',
  license: 'Licence of the model weights (not of this data)',
  totalParamsB: 'Total parameters, in billions',
  activeParamsB: 'Parameters used per token, in billions (equals totalParamsB for dense models)',
  nativeFormat: 'Precision of the official release: a format id from formats.json',
  'architecture.layers': 'Transformer layers',
  'architecture.hiddenSize': 'Hidden (embedding) width',
  'architecture.attentionHeads': 'Query heads per layer',
  'architecture.kvHeads': 'Key/value heads per layer (fewer than attentionHeads with grouped-query attention)',
  'architecture.headDim': 'Width of one attention head',
  'architecture.intermediateSize': 'Dense feed-forward width (of the dense layers, for mixture-of-experts models)',
  'architecture.vocabSize': 'Vocabulary size, tokens',
  'architecture.tiedEmbeddings': 'true when the input embedding and the output head share one matrix',
  'architecture.maxContextTokens': 'Longest context the model supports, tokens',
  'architecture.slidingWindow.windowTokens': 'Tokens a sliding-window (local) layer attends to and caches',
  'architecture.slidingWindow.slidingLayers': 'Layers that use the sliding window (the rest attend to the full context)',
  'architecture.slidingWindow.pattern': 'The layout of local and global layers, in words',
  'architecture.moe.expertsTotal': 'Routed experts per mixture-of-experts layer',
  'architecture.moe.expertsPerToken': 'Routed experts active per token',
  'architecture.moe.sharedExperts': 'Always-active shared experts per layer',
  'architecture.moe.expertIntermediateSize': 'Feed-forward width of one expert',
  'architecture.moe.moeLayers': 'Layers that are mixture-of-experts (the rest are dense)',
  'architecture.mla.kvLoraRank': 'Multi-head latent attention: width of the compressed KV latent',
  'architecture.mla.qkRopeHeadDim': 'Multi-head latent attention: width of the RoPE key cached beside the latent',
  'architecture.perLayerEmbedding.vocabSize': 'Per-layer token embeddings (Gemma 3n): rows of the second embedding table',
  'architecture.perLayerEmbedding.widthPerLayer': 'Per-layer token embeddings: width each layer reads per token (the table is vocabSize x layers x widthPerLayer)',
  formats: 'Format ids (formats.json) that exist as downloadable files for this model',
  fileSizesGiB: 'Published file sizes by format id, in GiB (2^30 bytes, summed over shards); absent formats are estimated from fileBitsPerWeight',
  fileSizes: 'Where each published file size was read: by format id, { source, asOf }',
  ollamaTag: 'Ollama library tag of the default download',
  ggufRepo: 'Hugging Face GGUF repository (llama-server -hf)',
  ...PROVENANCE_FIELDS,
};

export const FORMAT_FIELDS: FieldDocs = {
  id: 'Lower-case format id (GGUF type or native precision), used in site URLs (/calculator?quant=<id>)',
  name: 'Display name, e.g. Q4_K_M',
  nominalBitsPerWeight: "Exact bits per weight of the format's main tensor type, from its block layout",
  fileBitsPerWeight: 'Bits per weight of a whole real file (mixed tensor types), used when no file size is published',
  blockWeights: 'Weights per block of the main tensor type',
  blockBytes: 'Bytes per block of the main tensor type',
  description: 'What the format trades, in words',
  source: 'Where the block layout and file bits per weight come from',
};

export const KV_CACHE_FORMAT_FIELDS: FieldDocs = {
  id: 'KV cache type id (llama.cpp --cache-type-k/-v; /calculator?kv=<id>)',
  name: 'Display name',
  bytesPerElement: 'Bytes per cached element (block bytes / block weights)',
  source: 'Where the block layout comes from',
};

export const kvCacheFormatRecords = kvCacheFormats.map((k) => ({ ...k, source: kvCacheFormatProvenance[k.id] ?? '' }));

/** Fields whose value is a map keyed by format id: documented as one field, not per key. */
const MAP_FIELDS = new Set(['fileSizesGiB', 'fileSizes']);

/** Every field path present in some record (`a.b` for nested objects; arrays and map fields are leaves). */
export function fieldPaths(records: readonly object[]): string[] {
  const out = new Set<string>();
  const walk = (o: object, prefix: string) => {
    for (const [key, value] of Object.entries(o)) {
      const path = prefix + key;
      if (value && typeof value === 'object' && !Array.isArray(value) && !MAP_FIELDS.has(key)) walk(value, `${path}.`);
      else out.add(path);
    }
  };
  for (const r of records) walk(r, '');
  return [...out].sort();
}

/** The three files' records, in the order they are hashed. */
function catalogPayload() {
  return { devices: deviceRecords, models: modelRecords, formats: formatRecords, kvCacheFormats: kvCacheFormatRecords };
}

/** The newest `asOf` anywhere in the catalog (records and file sizes), as a day. */
export function catalogUpdated(): string | undefined {
  return newestDay([
    ...deviceRecords.map((d) => d.asOf),
    ...modelRecords.flatMap((m) => [m.asOf, ...Object.values(m.fileSizes ?? {}).map((f) => f?.asOf)]),
  ]);
}

/**
 * The site's content date: the newest of the guides' `updated` days and the catalog's newest `asOf`.
 * The sitemap's lastmod for pages other than guides, and index.json's `generated`; read from the files,
 * never from the clock, so rebuilding a commit gives the same date.
 */
export function contentDate(guideUpdatedDays: readonly string[]): string {
  return newestDay([...guideUpdatedDays, catalogUpdated()]) ?? '1970-01-01';
}

/** `<newest asOf day>.<12 hex of SHA-256 over the records>`: changes whenever the data does. */
export function catalogVersion(payload: unknown = catalogPayload()): string {
  const hash = createHash('sha256').update(JSON.stringify(payload)).digest('hex').slice(0, 12);
  return `${catalogUpdated() ?? 'undated'}.${hash}`;
}

const range = (what: string, unit: string): FieldDocs => ({
  [`${what}.expected`]: `Expected ${unit}`,
  [`${what}.low`]: `Low end of the likely range, ${unit} (from the calibration's spread)`,
  [`${what}.high`]: `High end of the likely range, ${unit}`,
});

export const ESTIMATE_FIELDS: FieldDocs = {
  page: 'The site page that shows this estimate (/will-it-run/<model>/<device>)',
  model: 'Model id (models.json)',
  device: 'Device id (devices.json)',
  format: 'Weight format id (formats.json): the best quality that fits entirely, 8-bit down to about 4.4 bits per weight, else the usual download',
  contextTokens: 'Context allocated, in tokens (8,192 or the model limit when smaller)',
  promptTokens: 'Prompt length for prefill and time to first token, in tokens',
  outputTokens: 'Tokens written for the time to a finished answer',
  systemRamGB: 'System RAM beside the device, in GB, available for offloaded weights',
  verdict: 'fits (all in the memory the device computes from), offload (part in system RAM), cpu-only, or does-not-fit',
  placement: 'Where the weights go: gpu, cpu-moe (experts of some layers in RAM), gpu-layers (some layers on the GPU), cpu, or none',
  gpuLayers: 'Layers on the accelerator (of totalLayers)',
  cpuMoeLayers: 'Layers whose routed experts sit in system RAM (cpu-moe placement)',
  totalLayers: 'Transformer layers of the model',
  offloadedGB: 'Weights and KV cache kept in system RAM, in GB',
  'memoryGB.total': 'Memory used on the device (weights + KV cache + compute buffer + runtime), in GB',
  'memoryGB.available': 'Memory the runtime may use on the device, in GB (installed minus what the OS and driver keep)',
  'memoryGB.installed': 'Memory installed on the device, in GB',
  'memoryGB.missing': 'How much more memory it needs when it does not fit, in GB (0 otherwise)',
  ...range('decodeTokensPerSecond', 'generation speed with a short conversation, tokens/s'),
  ...range('decodeAtFullContextTokensPerSecond', 'generation speed with the whole context in use, tokens/s'),
  ...range('prefillTokensPerSecond', 'prompt processing speed, tokens/s'),
  ...range('timeToFirstTokenSeconds', 'time to the first token of the prompt, seconds'),
};

/** The estimate each will-it-run page shows, as data (the same engine run as the page). */
let estimateCache: object[] | undefined;

export function estimateRecords(): object[] {
  return (estimateCache ??= willItRunPairs().map((p) => {
    const d = willItRunPageData(p.modelId, p.deviceId)!;
    const r = d.result;
    const pl = r.placement;
    const runs = r.verdict !== 'does-not-fit';
    const rangeOf = (x: { expected: number; low: number; high: number }) => ({ expected: x.expected, low: x.low, high: x.high });
    return {
      page: willItRunPath(p.modelId, p.deviceId),
      model: p.modelId,
      device: p.deviceId,
      format: r.quant.id,
      contextTokens: r.contextTokens,
      promptTokens: r.promptTokens,
      outputTokens: r.outputTokens,
      systemRamGB: d.state.systemRamGB,
      verdict: r.verdict,
      placement: pl.kind,
      ...(pl.kind === 'gpu-layers' ? { gpuLayers: pl.gpuLayers } : {}),
      ...(pl.kind === 'cpu-moe' ? { cpuMoeLayers: pl.cpuMoeLayers } : {}),
      totalLayers: pl.totalLayers,
      offloadedGB: pl.systemRamGB,
      memoryGB: { total: r.memoryGB.total, available: r.memoryGB.available, installed: r.memoryGB.installed, missing: r.memoryGB.missing },
      ...(runs
        ? {
            decodeTokensPerSecond: rangeOf(r.decodeTokensPerSecond),
            decodeAtFullContextTokensPerSecond: rangeOf(r.decodeAtFullContextTokensPerSecond),
            prefillTokensPerSecond: rangeOf(r.prefillTokensPerSecond),
            timeToFirstTokenSeconds: rangeOf(r.timeToFirstTokenSeconds),
          }
        : {}),
    };
  }));
}

export interface DataFile {
  /** Site path, e.g. /data/v1/devices.json. */
  path: string;
  /** The top-level key holding the records. */
  key: string;
  description: string;
  records: readonly object[];
  fields: FieldDocs;
}

/** The record files, in the order index.json lists them. */
export function dataFiles(): Array<DataFile & { extra?: DataFile }> {
  const p = catalogPayload();
  return [
    {
      path: `${DATA_BASE_PATH}/devices.json`,
      key: 'devices',
      description: 'Every device in the catalog: GPUs, Apple and other unified-memory systems, integrated graphics and CPU-only set-ups, with the memory, bandwidth and compute figures the estimator uses and their sources',
      records: p.devices,
      fields: DEVICE_FIELDS,
    },
    {
      path: `${DATA_BASE_PATH}/models.json`,
      key: 'models',
      description: 'Every model in the catalog: parameters, architecture (layers, heads, context, experts), formats, published file sizes and their sources',
      records: p.models,
      fields: MODEL_FIELDS,
    },
    {
      path: `${DATA_BASE_PATH}/formats.json`,
      key: 'formats',
      description: 'Weight formats (GGUF quantisations and native precisions) with their bits per weight and sources, and the KV cache types (under kvCacheFormats)',
      records: p.formats,
      fields: FORMAT_FIELDS,
      extra: {
        path: `${DATA_BASE_PATH}/formats.json`,
        key: 'kvCacheFormats',
        description: 'KV cache types',
        records: p.kvCacheFormats,
        fields: KV_CACHE_FORMAT_FIELDS,
      },
    },
    {
      path: `${DATA_BASE_PATH}/estimates.json`,
      key: 'estimates',
      description:
        'The estimate behind every "will it run" page: one model on one device at the calculator defaults (format, placement, memory, speeds and times with their likely ranges), from the same engine run as the page',
      records: estimateRecords(),
      fields: ESTIMATE_FIELDS,
    },
  ];
}

/** The header every data file starts with. */
export function fileHeader(indexUrl: string) {
  return {
    schemaVersion: DATA_SCHEMA_VERSION,
    catalogVersion: catalogVersion(),
    licence: DATA_LICENCE.id,
    licenceUrl: DATA_LICENCE.url,
    documentation: indexUrl,
  };
}

/** One data file's JSON body: the header and the records under their key(s). */
export function dataFileBody(file: DataFile & { extra?: DataFile }, indexUrl: string): Record<string, unknown> {
  return {
    ...fileHeader(indexUrl),
    [file.key]: file.records,
    ...(file.extra ? { [file.extra.key]: file.extra.records } : {}),
  };
}

interface ErrorSummary {
  rows: number;
  medianAbsPctError: number;
  within35Pct: number;
  byBackend?: Record<string, { rows: number; medianAbsPctError: number; within35Pct: number }>;
}
interface SummaryPair {
  decode: ErrorSummary;
  prefill: ErrorSummary;
}
export interface CalibrationReportLike {
  summary: SummaryPair;
  crossValidation: SummaryPair;
  validation?: { summary: SummaryPair } | null;
}

const slim = ({ rows, medianAbsPctError, within35Pct, byBackend }: ErrorSummary) => ({
  rows,
  medianAbsPctError,
  within35Pct,
  ...(byBackend ? { byBackend } : {}),
});
const pair = (s: SummaryPair) => ({ decode: slim(s.decode), prefill: slim(s.prefill) });

/** The accuracy of the estimator, from the calibration report, for index.json. */
export function calibrationSummary(report: CalibrationReportLike) {
  return {
    description:
      'How far the estimator lands from published llama.cpp measurements: decode = generation speed (tokens/s), prefill = prompt processing. medianAbsPctError is the median absolute error in percent; within35Pct the share of runs within 35 % of the measured figure.',
    outOfSample: { description: '10-fold cross-validation: each run predicted by constants fitted without it', ...pair(report.crossValidation) },
    inSample: { description: 'Each run predicted by the constants fitted on all runs', ...pair(report.summary) },
    ...(report.validation
      ? { heldOut: { description: 'Published runs never used in fitting', ...pair(report.validation.summary) } }
      : {}),
  };
}

export interface IndexInput {
  /** Absolute URLs. */
  indexUrl: string;
  methodologyUrl: string;
  absolute: (path: string) => string;
  /** The site's content date (newest guide `updated` or catalog `asOf`). */
  generated: string;
  calibration: CalibrationReportLike;
}

/** index.json: what the files are, their fields, version, licence and the estimator's accuracy. */
export function dataIndexBody(input: IndexInput): Record<string, unknown> {
  return {
    name: 'Will It Run open data',
    description:
      'The catalog behind the Will It Run estimator (devices, models, weight formats) with the source of every figure, as static JSON.',
    ...fileHeader(input.indexUrl),
    generated: input.generated,
    catalogUpdated: catalogUpdated() ?? null,
    versioning:
      'schemaVersion (the v1 in the path) changes only when a field is removed, renamed or changes meaning or unit; new fields may be added within it. catalogVersion (newest asOf day + SHA-256 prefix of the records) changes whenever any record, figure or source changes.',
    licenceDetail: DATA_LICENCE,
    methodology: input.methodologyUrl,
    units: '1 GB = 1e9 bytes; 1 GiB = 2^30 bytes; bandwidth in GB/s; compute in TFLOPS; parameters in billions.',
    files: dataFiles().map((f) => ({
      url: input.absolute(f.path),
      path: f.path,
      key: f.key,
      description: f.description,
      records: f.records.length,
      fields: f.fields,
      ...(f.extra
        ? { also: { key: f.extra.key, description: f.extra.description, records: f.extra.records.length, fields: f.extra.fields } }
        : {}),
    })),
    calibration: calibrationSummary(input.calibration),
  };
}

/**
 * schema.org Dataset for the open data (on /methodology, where it is documented): every file as a
 * DataDownload, the licence, the version and the content date, as Google's dataset search reads them.
 */
export function datasetJsonLd(input: { absolute: (path: string) => string; methodologyUrl: string; generated: string }): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: 'Will It Run open data: AI model hardware catalog and estimates',
    description:
      'Devices (GPUs, Macs, integrated graphics, CPUs), models and weight formats with the source of every figure, and the estimate behind every "will it run" page: memory needed, generation and prompt speed with likely ranges, from a calibrated estimator.',
    url: input.methodologyUrl,
    license: DATA_LICENCE.url,
    isAccessibleForFree: true,
    version: catalogVersion(),
    dateModified: input.generated,
    creator: { '@type': 'Organization', name: 'Will It Run', url: input.absolute('/') },
    keywords: ['LLM', 'GPU', 'VRAM', 'tokens per second', 'llama.cpp', 'hardware requirements'],
    distribution: [
      { '@type': 'DataDownload', name: 'index.json', encodingFormat: 'application/json', contentUrl: input.absolute(`${DATA_BASE_PATH}/index.json`) },
      ...dataFiles().map((f) => ({ '@type': 'DataDownload', name: f.path.split('/').pop(), description: f.description, encodingFormat: 'application/json', contentUrl: input.absolute(f.path) })),
    ],
  };
}

/** Pretty JSON with a final newline, as the files are served. */
export function jsonText(body: unknown): string {
  return `${JSON.stringify(body, null, 2)}\n`;
}
