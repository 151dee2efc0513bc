/**
 * Weight formats and KV-cache types: the figures the engine needs (browser-safe). Each format's source
 * is in formats.provenance.ts under the same id.
 *
 * nominalBitsPerWeight is exact: 8 x bytes-per-block / weights-per-block of the format's main GGML
 * tensor type (ggml-org/llama.cpp gguf-py/gguf/constants.py, GGML_QUANT_SIZES).
 * fileBitsPerWeight is what a whole real file averages, because presets keep some tensors wider
 * (embeddings, output head, parts of attention): measured on Llama-3.1-8B in ggml-org/llama.cpp
 * tools/quantize/README.md. Where a model's real file size is published, the catalog's file size wins.
 * K-quant names (Q4_K_M ...) are presets (file types), not tensor types; their main type is given
 * (ggml-org/llama.cpp src/llama-quant.cpp, default_type per LLAMA_FTYPE: IQ2_S -> IQ2_XS, IQ3_XS -> IQ3_S).
 * Unsloth "Dynamic" (UD-*) presets choose a type per tensor, so no block layout describes them: each
 * gets its main (expert / FFN) tensor type's layout, and its fileBitsPerWeight is DERIVED from one real
 * upload (bytes x 8 / parameters, named in formats.provenance.ts). Their size differs a lot between models, so a
 * model lists a UD format only with its published file size (catalog.test.ts enforces it).
 */
import type { FormatId, KvCacheFormat, KvCacheType, QuantFormat } from './types';

/** DERIVED whole-file bits per weight of a UD upload: bytes x 8 / parameters. */
const udBits = (gb: number, paramsB: number) => Number(((gb * 8) / paramsB).toFixed(4));

export const formats: QuantFormat[] = [
  {
    id: 'f32',
    name: 'F32',
    nominalBitsPerWeight: 32,
    fileBitsPerWeight: 32,
    blockWeights: 1,
    blockBytes: 4,
    description: 'Full 32-bit floats; twice the size of F16 for no quality gain at inference.',
  },
  {
    id: 'bf16',
    name: 'BF16',
    nominalBitsPerWeight: 16,
    fileBitsPerWeight: 16.0005,
    blockWeights: 1,
    blockBytes: 2,
    description: 'The precision most models are released in; the reference for quality.',
  },
  {
    id: 'f16',
    name: 'F16',
    nominalBitsPerWeight: 16,
    fileBitsPerWeight: 16.0005,
    blockWeights: 1,
    blockBytes: 2,
    description: 'Unquantised 16-bit weights; same size as BF16.',
  },
  {
    id: 'fp8',
    name: 'FP8',
    nominalBitsPerWeight: 8,
    fileBitsPerWeight: 8.03,
    blockWeights: 1,
    blockBytes: 1,
    description: 'Native 8-bit float release (DeepSeek-V3), block-scaled 128x128; runs in vLLM/SGLang, not as a GGUF type.',
  },
  {
    id: 'q8_0',
    name: 'Q8_0',
    nominalBitsPerWeight: 8.5,
    fileBitsPerWeight: 8.5008,
    blockWeights: 32,
    blockBytes: 34,
    description: 'Practically lossless 8-bit; about half the size of F16.',
  },
  {
    id: 'q6_k',
    name: 'Q6_K',
    nominalBitsPerWeight: 6.5625,
    fileBitsPerWeight: 6.5633,
    blockWeights: 256,
    blockBytes: 210,
    description: 'Near-lossless 6-bit K-quant.',
  },
  {
    id: 'q5_k_m',
    name: 'Q5_K_M',
    nominalBitsPerWeight: 5.5,
    fileBitsPerWeight: 5.7036,
    blockWeights: 256,
    blockBytes: 176,
    description: '5-bit K-quant preset; very small quality loss.',
  },
  {
    id: 'q5_k_s',
    name: 'Q5_K_S',
    nominalBitsPerWeight: 5.5,
    fileBitsPerWeight: 5.5704,
    blockWeights: 256,
    blockBytes: 176,
    description: '5-bit K-quant preset, slightly smaller than Q5_K_M.',
  },
  {
    id: 'q4_k_m',
    name: 'Q4_K_M',
    nominalBitsPerWeight: 4.5,
    fileBitsPerWeight: 4.8944,
    blockWeights: 256,
    blockBytes: 144,
    description: 'The usual default: 4-bit K-quant preset with a good size/quality balance.',
  },
  {
    id: 'q4_k_s',
    name: 'Q4_K_S',
    nominalBitsPerWeight: 4.5,
    fileBitsPerWeight: 4.6672,
    blockWeights: 256,
    blockBytes: 144,
    description: '4-bit K-quant preset, a little smaller and a little worse than Q4_K_M.',
  },
  {
    id: 'q4_0',
    name: 'Q4_0',
    nominalBitsPerWeight: 4.5,
    fileBitsPerWeight: 4.5,
    blockWeights: 32,
    blockBytes: 18,
    description: 'Legacy 4-bit format; fast kernels everywhere, lower quality than Q4_K_M.',
  },
  {
    id: 'iq4_xs',
    name: 'IQ4_XS',
    nominalBitsPerWeight: 4.25,
    fileBitsPerWeight: 4.4597,
    blockWeights: 256,
    blockBytes: 136,
    description: 'Importance-matrix 4-bit; close to Q4_K_M quality in less space.',
  },
  {
    id: 'q3_k_m',
    name: 'Q3_K_M',
    nominalBitsPerWeight: 3.4375,
    fileBitsPerWeight: 4.0,
    blockWeights: 256,
    blockBytes: 110,
    description: '3-bit K-quant preset; noticeable quality loss, useful when memory is tight.',
  },
  {
    id: 'q3_k_s',
    name: 'Q3_K_S',
    nominalBitsPerWeight: 3.4375,
    fileBitsPerWeight: 3.6429,
    blockWeights: 256,
    blockBytes: 110,
    description: 'Smallest 3-bit K-quant preset.',
  },
  {
    id: 'iq3_m',
    name: 'IQ3_M',
    nominalBitsPerWeight: 3.4375,
    fileBitsPerWeight: 3.7628,
    blockWeights: 256,
    blockBytes: 110,
    description: 'Importance-matrix 3-bit preset; better than Q3_K_M at a similar size.',
  },
  {
    id: 'q2_k',
    name: 'Q2_K',
    nominalBitsPerWeight: 2.625,
    fileBitsPerWeight: 3.1593,
    blockWeights: 256,
    blockBytes: 84,
    description: '2-bit K-quant; large quality loss on small models, tolerable only on very large ones.',
  },
  {
    id: 'iq2_xxs',
    name: 'IQ2_XXS',
    nominalBitsPerWeight: 2.0625,
    fileBitsPerWeight: 2.3824,
    blockWeights: 256,
    blockBytes: 66,
    description: 'Extreme 2-bit importance quant, for giant models on limited memory.',
  },
  {
    id: 'iq4_nl',
    name: 'IQ4_NL',
    nominalBitsPerWeight: 4.5,
    fileBitsPerWeight: 4.6818,
    blockWeights: 32,
    blockBytes: 18,
    description: '4-bit non-linear importance quant in small blocks; Q4_0-sized with better accuracy, mostly used where 256-wide blocks do not fit.',
  },
  {
    id: 'iq3_xs',
    name: 'IQ3_XS',
    nominalBitsPerWeight: 3.4375,
    fileBitsPerWeight: 3.4977,
    blockWeights: 256,
    blockBytes: 110,
    description: 'Importance-matrix 3-bit preset, a step below IQ3_M; clearly worse than 4-bit, still coherent on mid-sized and large models.',
  },
  {
    id: 'iq3_xxs',
    name: 'IQ3_XXS',
    nominalBitsPerWeight: 3.0625,
    fileBitsPerWeight: 3.2548,
    blockWeights: 256,
    blockBytes: 98,
    description: 'Smallest 3-bit importance quant; quality drops noticeably, a compromise for fitting a bigger model.',
  },
  {
    id: 'iq2_s',
    name: 'IQ2_S',
    nominalBitsPerWeight: 2.3125,
    fileBitsPerWeight: 2.7403,
    blockWeights: 256,
    blockBytes: 74,
    description: 'Importance-matrix 2-bit preset (mostly IQ2_XS tensors, some wider); heavy quality loss, sensible only for large models.',
  },
  {
    id: 'iq2_xs',
    name: 'IQ2_XS',
    nominalBitsPerWeight: 2.3125,
    fileBitsPerWeight: 2.5882,
    blockWeights: 256,
    blockBytes: 74,
    description: '2.3-bit importance quant; small models become unreliable, very large ones remain usable.',
  },
  {
    id: 'iq1_m',
    name: 'IQ1_M',
    nominalBitsPerWeight: 1.75,
    fileBitsPerWeight: 2.146,
    blockWeights: 256,
    blockBytes: 56,
    description: 'Near-1-bit importance quant; badly damaged output on anything but the largest models. A last resort.',
  },
  {
    id: 'iq1_s',
    name: 'IQ1_S',
    nominalBitsPerWeight: 1.5625,
    fileBitsPerWeight: 2.0042,
    blockWeights: 256,
    blockBytes: 50,
    description: 'The smallest llama.cpp weight type (about 1.56 bits); expect frequent errors. Only for experiments with huge models.',
  },
  {
    id: 'ud-q5_k_xl',
    name: 'UD-Q5_K_XL',
    nominalBitsPerWeight: 5.5,
    fileBitsPerWeight: udBits(485, 671),
    blockWeights: 256,
    blockBytes: 176,
    description:
      'Unsloth Dynamic 5-bit mix (layout shown: Q5_K, its main tensor type; sensitive tensors kept wider). Very close to the original model.',
  },
  {
    id: 'ud-q4_k_xl',
    name: 'UD-Q4_K_XL',
    nominalBitsPerWeight: 4.5,
    fileBitsPerWeight: udBits(405, 671),
    blockWeights: 256,
    blockBytes: 144,
    description:
      'Unsloth Dynamic 4-bit mix (layout shown: Q4_K, its main tensor type; attention and other sensitive tensors kept at higher precision). About Q4_K_M quality or a little better.',
  },
  {
    id: 'ud-q3_k_xl',
    name: 'UD-Q3_K_XL',
    nominalBitsPerWeight: 3.4375,
    fileBitsPerWeight: udBits(158.01, 355),
    blockWeights: 256,
    blockBytes: 110,
    description:
      'Unsloth Dynamic 3-bit mix (layout shown: Q3_K, its main tensor type; sensitive tensors wider). Noticeably below 4-bit, but a common fit for 300B-class MoE models on 192 GB machines.',
  },
  {
    id: 'ud-q2_k_xl',
    name: 'UD-Q2_K_XL',
    nominalBitsPerWeight: 2.625,
    fileBitsPerWeight: udBits(226.6, 671),
    blockWeights: 256,
    blockBytes: 84,
    description:
      'Unsloth Dynamic 2-bit mix (layout shown: Q2_K, used for most expert weights; attention and shared parts at 4-6 bits). Clearly degraded, but the usual way to run 671B-class MoE models at home.',
  },
  {
    id: 'ud-iq2_xxs',
    name: 'UD-IQ2_XXS',
    nominalBitsPerWeight: 2.0625,
    fileBitsPerWeight: udBits(196.2, 671),
    blockWeights: 256,
    blockBytes: 66,
    description:
      'Unsloth Dynamic mix with most expert weights at IQ2_XXS (layout shown) and the rest wider. Strong quality loss; for very large MoE models only.',
  },
  {
    id: 'ud-iq1_m',
    name: 'UD-IQ1_M',
    nominalBitsPerWeight: 1.75,
    fileBitsPerWeight: udBits(107.23, 355),
    blockWeights: 256,
    blockBytes: 56,
    description:
      'Unsloth Dynamic mix with most expert weights at IQ1_M (layout shown) and attention kept wider; a little better than UD-IQ1_S, still badly degraded.',
  },
  {
    id: 'ud-iq1_s',
    name: 'UD-IQ1_S',
    nominalBitsPerWeight: 1.5625,
    fileBitsPerWeight: udBits(140.2, 671),
    blockWeights: 256,
    blockBytes: 50,
    description:
      'Unsloth Dynamic "1.58-bit" mix: expert weights at IQ1_S (layout shown), attention and dense layers at 4-6 bits. Works on DeepSeek-class giants, with obvious mistakes; useless on small models.',
  },
  {
    id: 'mxfp4',
    name: 'MXFP4',
    nominalBitsPerWeight: 4.25,
    fileBitsPerWeight: 4.25,
    blockWeights: 32,
    blockBytes: 17,
    description:
      "OCP microscaling 4-bit float (one shared 8-bit scale per 32 values). gpt-oss's native release: MoE expert weights in MXFP4, everything else 16-bit.",
  },
];

export const kvCacheFormats: KvCacheFormat[] = [
  { id: 'f16', name: 'F16 (default)', bytesPerElement: 2 },
  { id: 'q8_0', name: 'Q8_0', bytesPerElement: 34 / 32 },
  { id: 'q4_0', name: 'Q4_0', bytesPerElement: 18 / 32 },
];

export const formatById: ReadonlyMap<FormatId, QuantFormat> = new Map(formats.map((f) => [f.id, f]));
export const kvCacheFormatById: ReadonlyMap<KvCacheType, KvCacheFormat> = new Map(
  kvCacheFormats.map((k) => [k.id, k]),
);
