/**
 * Catalog record types: hardware, models and weight formats.
 *
 * Plain data, split in two: the figures the estimator needs (`Device`, `Model`: shipped to the browser)
 * and their provenance (`Provenance`: a `source` (URL, or "owner/repo path"), `notes`, and where the
 * figure can change (prices, driver-dependent limits, file uploads) `asOf`), kept in `*.provenance.ts`
 * and joined by id in `provenance.ts` for the schema, the CLI and pages that cite sources.
 * Units are in every numeric field name. 1 GB = 1e9 bytes, 1 GiB = 2^30 bytes.
 * The zod schema in `schema.ts` validates these in tests; the estimator imports only types.
 */

export type Backend = 'cuda' | 'metal' | 'rocm' | 'vulkan' | 'sycl' | 'cpu';

/** discrete: a GPU with its own VRAM; unified: CPU and GPU share one pool (Apple, Strix Halo, GB10, iGPUs); system: CPU-only with DIMMs. */
export type MemoryKind = 'discrete' | 'unified' | 'system';

export type DeviceVendor = 'nvidia' | 'amd' | 'intel' | 'apple' | 'generic';

export type DeviceSegment =
  | 'consumer' // desktop graphics cards
  | 'laptop' // mobile GPUs (lower clocks, often less VRAM than the desktop part of the same name)
  | 'workstation'
  | 'datacenter'
  | 'soc' // unified-memory systems on a chip: Apple silicon, Strix Halo, GB10
  | 'igpu' // integrated graphics sharing dual-channel system RAM
  | 'cpu'; // CPU-only memory set-ups

export interface Device {
  /** kebab-case, stable: used in URLs. */
  id: string;
  /** Display name, e.g. "GeForce RTX 4090". */
  name: string;
  /** Extra names a person might type ("4090", "m2 ultra"); matching is case- and space-insensitive. */
  aliases?: string[];
  vendor: DeviceVendor;
  segment: DeviceSegment;
  memoryKind: MemoryKind;
  /** Default memory size: VRAM for discrete GPUs; the most common configuration for unified/system memory. */
  memoryGB: number;
  /** Other configurations sold (unified and system memory), including memoryGB. */
  memoryOptionsGB?: number[];
  /** Nominal (spec-sheet) memory bandwidth. */
  bandwidthGBps: number;
  /** Dense FP16 throughput (tensor/matrix units where the chip has them, else shader FP16). Omitted when unknown. */
  fp16TFLOPS?: number;
  /** llama.cpp backends that run on it, preferred first. */
  backends: Backend[];
  releaseYear?: number;
}

/** Where a record's figures come from; kept beside the data (`*.provenance.ts`), never in the browser bundle. */
export interface Provenance {
  source: string;
  asOf?: string;
  notes?: string;
}

export type DeviceRecord = Device & Provenance;

/** Lower-case GGUF / native format ids. */
export type FormatId =
  | 'f32'
  | 'bf16'
  | 'f16'
  | 'fp8'
  | 'q8_0'
  | 'q6_k'
  | 'q5_k_m'
  | 'q5_k_s'
  | 'q4_k_m'
  | 'q4_k_s'
  | 'q4_0'
  | 'iq4_xs'
  | 'q3_k_m'
  | 'q3_k_s'
  | 'iq3_m'
  | 'q2_k'
  | 'iq2_xxs'
  | 'iq4_nl'
  | 'iq3_xs'
  | 'iq3_xxs'
  | 'iq2_s'
  | 'iq2_xs'
  | 'iq1_m'
  | 'iq1_s'
  | 'mxfp4'
  // Unsloth "Dynamic" (UD) presets: per-tensor mixes, sized per model from published files.
  | 'ud-q5_k_xl'
  | 'ud-q4_k_xl'
  | 'ud-q3_k_xl'
  | 'ud-q2_k_xl'
  | 'ud-iq2_xxs'
  | 'ud-iq1_m'
  | 'ud-iq1_s';

export type KvCacheType = 'f16' | 'q8_0' | 'q4_0';

export interface SlidingWindowAttention {
  /** Tokens a sliding-window (local) layer attends to and caches. */
  windowTokens: number;
  /** Number of layers that use the sliding window (the rest use full attention). */
  slidingLayers: number;
  /** Human description of the layout, e.g. "alternating, even layers local" or "5 local : 1 global". */
  pattern: string;
}

export interface MixtureOfExperts {
  /** Routed experts per MoE layer. */
  expertsTotal: number;
  /** Routed experts active per token. */
  expertsPerToken: number;
  /** Always-active shared experts per MoE layer (DeepSeek: 1). */
  sharedExperts: number;
  /** Intermediate (FFN) width of one expert. */
  expertIntermediateSize: number;
  /** Layers that are MoE (the rest are dense), e.g. DeepSeek-V3: 58 of 61. */
  moeLayers: number;
}

export interface MultiHeadLatentAttention {
  /** Compressed KV latent width (DeepSeek kv_lora_rank). */
  kvLoraRank: number;
  /** Decoupled RoPE key width cached beside the latent (qk_rope_head_dim). */
  qkRopeHeadDim: number;
}

export interface ModelArchitecture {
  layers: number;
  hiddenSize: number;
  attentionHeads: number;
  kvHeads: number;
  headDim: number;
  /** Dense FFN width (for MoE models, of the dense layers if any). */
  intermediateSize?: number;
  vocabSize: number;
  /** Input embedding and output head share one matrix. */
  tiedEmbeddings: boolean;
  maxContextTokens: number;
  slidingWindow?: SlidingWindowAttention;
  moe?: MixtureOfExperts;
  mla?: MultiHeadLatentAttention;
  /**
   * Per-layer token embeddings (Gemma 3n "PLE"): a second table of vocabSize x (layers x widthPerLayer)
   * from which each layer gets a small per-token input. Like the input embedding it is a row lookup,
   * so the estimator counts it in the embedding class (system RAM on discrete GPUs, one row per token).
   */
  perLayerEmbedding?: { vocabSize: number; widthPerLayer: number };
}

export interface Model {
  /** Exact ids from the issue, e.g. "gpt-oss-20b". */
  id: string;
  name: string;
  family: string;
  developer: string;
  /** ISO date (YYYY-MM-DD, or YYYY-MM when the day is unknown). */
  releaseDate: string;
  license: string;
  totalParamsB: number;
  /** Parameters used per token; equals totalParamsB for dense models. */
  activeParamsB: number;
  /** Precision of the official release, e.g. 'bf16', 'mxfp4' (gpt-oss), 'fp8' (DeepSeek-V3). */
  nativeFormat: FormatId;
  architecture: ModelArchitecture;
  /** Formats that exist as downloadable files for this model (GGUF or native). */
  formats: FormatId[];
  /** Published file sizes by format (GiB, 2^30 bytes, summed over shards), where known. */
  fileSizesGiB?: Partial<Record<FormatId, number>>;
  /** Ollama library tag for the default download, e.g. "gpt-oss:20b". */
  ollamaTag?: string;
  /** Hugging Face GGUF repository for `llama-server -hf`, e.g. "ggml-org/gpt-oss-20b-GGUF". */
  ggufRepo?: string;
}

export interface ModelProvenance extends Provenance {
  /** Where each published file size was read. */
  fileSizes?: Partial<Record<FormatId, { source: string; asOf?: string }>>;
}

/** A model with its provenance, as the schema validates it and pages that cite sources read it. */
export type ModelRecord = Model & ModelProvenance;

export interface QuantFormat {
  id: FormatId;
  /** Display name, e.g. "Q4_K_M". */
  name: string;
  /** Exact bits per weight of the format's main tensor type, from its block layout. */
  nominalBitsPerWeight: number;
  /**
   * Bits per weight of a whole real file (mixed tensor types: embeddings and some layers are kept
   * wider), measured on Llama-3.1-8B by llama.cpp's quantize README. Used when no file size is published.
   */
  fileBitsPerWeight: number;
  /** Block layout of the main tensor type: weights per block and bytes per block. */
  blockWeights: number;
  blockBytes: number;
  /** Quality note for readers. */
  description: string;
}

/** A format with its source (formats.provenance.ts), as the schema validates it. */
export type QuantFormatRecord = QuantFormat & { source: string };

export interface KvCacheFormat {
  id: KvCacheType;
  name: string;
  /** Bytes per cached element (block bytes / block weights). */
  bytesPerElement: number;
}
