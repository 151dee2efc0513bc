/**
 * Weight formats and KV-cache types.
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
 * upload (bytes x 8 / parameters, named in `source`). Their size differs a lot between models, so a
 * model lists a UD format only with its published file size (catalog.test.ts enforces it).
 */
import type { FormatId, KvCacheFormat, KvCacheType, QuantFormat } from './types';

const GGML_SIZES = 'ggml-org/llama.cpp gguf-py/gguf/constants.py (GGML_QUANT_SIZES)';
const QUANTIZE_README = 'ggml-org/llama.cpp tools/quantize/README.md (Llama-3.1-8B table)';
const QUANT_DEFAULT_TYPE = 'main type per ggml-org/llama.cpp src/llama-quant.cpp (default_type of the file type)';
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
    source: GGML_SIZES,
  },
  {
    id: 'bf16',
    name: 'BF16',
    nominalBitsPerWeight: 16,
    fileBitsPerWeight: 16.0005,
    blockWeights: 1,
    blockBytes: 2,
    description: 'The precision most models are released in; the reference for quality.',
    source: `${GGML_SIZES}; file bpw as F16 in ${QUANTIZE_README}`,
  },
  {
    id: 'f16',
    name: 'F16',
    nominalBitsPerWeight: 16,
    fileBitsPerWeight: 16.0005,
    blockWeights: 1,
    blockBytes: 2,
    description: 'Unquantised 16-bit weights; same size as BF16.',
    source: `${GGML_SIZES}; ${QUANTIZE_README}`,
  },
  {
    id: 'fp8',
    name: 'FP8',
    nominalBitsPerWeight: 8,
    fileBitsPerWeight: 8.03,
    blockWeights: 1,
    blockBytes: 1,
    description: 'Native 8-bit float release (DeepSeek-V3), block-scaled 128x128; runs in vLLM/SGLang, not as a GGUF type.',
    source:
      'deepseek-ai/DeepSeek-V3 README (FP8 weights, 128x128 block scaling); file bpw adds one FP32 scale per 128x128 block (32/16384 = 0.002 bits) plus BF16 embeddings — approximate',
  },
  {
    id: 'q8_0',
    name: 'Q8_0',
    nominalBitsPerWeight: 8.5,
    fileBitsPerWeight: 8.5008,
    blockWeights: 32,
    blockBytes: 34,
    description: 'Practically lossless 8-bit; about half the size of F16.',
    source: `${GGML_SIZES}; ${QUANTIZE_README}`,
  },
  {
    id: 'q6_k',
    name: 'Q6_K',
    nominalBitsPerWeight: 6.5625,
    fileBitsPerWeight: 6.5633,
    blockWeights: 256,
    blockBytes: 210,
    description: 'Near-lossless 6-bit K-quant.',
    source: `${GGML_SIZES}; ${QUANTIZE_README}`,
  },
  {
    id: 'q5_k_m',
    name: 'Q5_K_M',
    nominalBitsPerWeight: 5.5,
    fileBitsPerWeight: 5.7036,
    blockWeights: 256,
    blockBytes: 176,
    description: '5-bit K-quant preset; very small quality loss.',
    source: `${GGML_SIZES} (Q5_K); ${QUANTIZE_README}`,
  },
  {
    id: 'q5_k_s',
    name: 'Q5_K_S',
    nominalBitsPerWeight: 5.5,
    fileBitsPerWeight: 5.5704,
    blockWeights: 256,
    blockBytes: 176,
    description: '5-bit K-quant preset, slightly smaller than Q5_K_M.',
    source: `${GGML_SIZES} (Q5_K); ${QUANTIZE_README}`,
  },
  {
    id: 'q4_k_m',
    name: 'Q4_K_M',
    nominalBitsPerWeight: 4.5,
    fileBitsPerWeight: 4.8944,
    blockWeights: 256,
    blockBytes: 144,
    description: 'The usual default: 4-bit K-quant preset with a good size/quality balance.',
    source: `${GGML_SIZES} (Q4_K); ${QUANTIZE_README}`,
  },
  {
    id: 'q4_k_s',
    name: 'Q4_K_S',
    nominalBitsPerWeight: 4.5,
    fileBitsPerWeight: 4.6672,
    blockWeights: 256,
    blockBytes: 144,
    description: '4-bit K-quant preset, a little smaller and a little worse than Q4_K_M.',
    source: `${GGML_SIZES} (Q4_K); ${QUANTIZE_README}`,
  },
  {
    id: 'q4_0',
    name: 'Q4_0',
    nominalBitsPerWeight: 4.5,
    fileBitsPerWeight: 4.5,
    blockWeights: 32,
    blockBytes: 18,
    description: 'Legacy 4-bit format; fast kernels everywhere, lower quality than Q4_K_M.',
    source: `${GGML_SIZES}; file bpw taken as nominal (Llama-2-7B Q4_0 is 3.56 GiB for 6.74B params = 4.54 bpw, llama-bench)`,
  },
  {
    id: 'iq4_xs',
    name: 'IQ4_XS',
    nominalBitsPerWeight: 4.25,
    fileBitsPerWeight: 4.4597,
    blockWeights: 256,
    blockBytes: 136,
    description: 'Importance-matrix 4-bit; close to Q4_K_M quality in less space.',
    source: `${GGML_SIZES}; ${QUANTIZE_README}`,
  },
  {
    id: 'q3_k_m',
    name: 'Q3_K_M',
    nominalBitsPerWeight: 3.4375,
    fileBitsPerWeight: 4.0,
    blockWeights: 256,
    blockBytes: 110,
    description: '3-bit K-quant preset; noticeable quality loss, useful when memory is tight.',
    source: `${GGML_SIZES} (Q3_K); file bpw derived from ggml-org/llama.cpp tools/quantize/quantize.cpp QUANT_OPTIONS (Q3_K_M 3.74G for Llama-3-8B: 3.74 GiB x 2^30 x 8 / 8.03e9 params = 4.00 bpw; the same arithmetic on its Q4_K_M 4.58G gives 4.90, matching the README)`,
  },
  {
    id: 'q3_k_s',
    name: 'Q3_K_S',
    nominalBitsPerWeight: 3.4375,
    fileBitsPerWeight: 3.6429,
    blockWeights: 256,
    blockBytes: 110,
    description: 'Smallest 3-bit K-quant preset.',
    source: `${GGML_SIZES} (Q3_K); ${QUANTIZE_README}`,
  },
  {
    id: 'iq3_m',
    name: 'IQ3_M',
    nominalBitsPerWeight: 3.4375,
    fileBitsPerWeight: 3.7628,
    blockWeights: 256,
    blockBytes: 110,
    description: 'Importance-matrix 3-bit preset; better than Q3_K_M at a similar size.',
    source: `${GGML_SIZES} (IQ3_S); ${QUANTIZE_README}`,
  },
  {
    id: 'q2_k',
    name: 'Q2_K',
    nominalBitsPerWeight: 2.625,
    fileBitsPerWeight: 3.1593,
    blockWeights: 256,
    blockBytes: 84,
    description: '2-bit K-quant; large quality loss on small models, tolerable only on very large ones.',
    source: `${GGML_SIZES}; ${QUANTIZE_README}`,
  },
  {
    id: 'iq2_xxs',
    name: 'IQ2_XXS',
    nominalBitsPerWeight: 2.0625,
    fileBitsPerWeight: 2.3824,
    blockWeights: 256,
    blockBytes: 66,
    description: 'Extreme 2-bit importance quant, for giant models on limited memory.',
    source: `${GGML_SIZES}; ${QUANTIZE_README}`,
  },
  {
    id: 'iq4_nl',
    name: 'IQ4_NL',
    nominalBitsPerWeight: 4.5,
    fileBitsPerWeight: 4.6818,
    blockWeights: 32,
    blockBytes: 18,
    description: '4-bit non-linear importance quant in small blocks; Q4_0-sized with better accuracy, mostly used where 256-wide blocks do not fit.',
    source: `${GGML_SIZES}; ${QUANTIZE_README}`,
  },
  {
    id: 'iq3_xs',
    name: 'IQ3_XS',
    nominalBitsPerWeight: 3.4375,
    fileBitsPerWeight: 3.4977,
    blockWeights: 256,
    blockBytes: 110,
    description: 'Importance-matrix 3-bit preset, a step below IQ3_M; clearly worse than 4-bit, still coherent on mid-sized and large models.',
    source: `${GGML_SIZES} (IQ3_S, ${QUANT_DEFAULT_TYPE}); ${QUANTIZE_README}`,
  },
  {
    id: 'iq3_xxs',
    name: 'IQ3_XXS',
    nominalBitsPerWeight: 3.0625,
    fileBitsPerWeight: 3.2548,
    blockWeights: 256,
    blockBytes: 98,
    description: 'Smallest 3-bit importance quant; quality drops noticeably, a compromise for fitting a bigger model.',
    source: `${GGML_SIZES}; ${QUANTIZE_README}`,
  },
  {
    id: 'iq2_s',
    name: 'IQ2_S',
    nominalBitsPerWeight: 2.3125,
    fileBitsPerWeight: 2.7403,
    blockWeights: 256,
    blockBytes: 74,
    description: 'Importance-matrix 2-bit preset (mostly IQ2_XS tensors, some wider); heavy quality loss, sensible only for large models.',
    source: `${GGML_SIZES} (IQ2_XS, ${QUANT_DEFAULT_TYPE}); ${QUANTIZE_README}`,
  },
  {
    id: 'iq2_xs',
    name: 'IQ2_XS',
    nominalBitsPerWeight: 2.3125,
    fileBitsPerWeight: 2.5882,
    blockWeights: 256,
    blockBytes: 74,
    description: '2.3-bit importance quant; small models become unreliable, very large ones remain usable.',
    source: `${GGML_SIZES}; ${QUANTIZE_README}`,
  },
  {
    id: 'iq1_m',
    name: 'IQ1_M',
    nominalBitsPerWeight: 1.75,
    fileBitsPerWeight: 2.146,
    blockWeights: 256,
    blockBytes: 56,
    description: 'Near-1-bit importance quant; badly damaged output on anything but the largest models. A last resort.',
    source: `${GGML_SIZES}; ${QUANTIZE_README}`,
  },
  {
    id: 'iq1_s',
    name: 'IQ1_S',
    nominalBitsPerWeight: 1.5625,
    fileBitsPerWeight: 2.0042,
    blockWeights: 256,
    blockBytes: 50,
    description: 'The smallest llama.cpp weight type (about 1.56 bits); expect frequent errors. Only for experiments with huge models.',
    source: `${GGML_SIZES}; ${QUANTIZE_README}`,
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
    source: `${GGML_SIZES} (Q5_K); file bpw DERIVED from huggingface.co/unsloth/DeepSeek-V3.1-GGUF tree UD-Q5_K_XL: 485 GB x 8 / 671B parameters (a MoE model: dense models' UD files are relatively wider)`,
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
    source: `${GGML_SIZES} (Q4_K); file bpw DERIVED from huggingface.co/unsloth/DeepSeek-V3-0324-GGUF tree UD-Q4_K_XL: 405 GB x 8 / 671B parameters (a MoE model: dense models' UD files are relatively wider)`,
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
    source: `${GGML_SIZES} (Q3_K); file bpw DERIVED from huggingface.co/unsloth/GLM-4.6-GGUF tree UD-Q3_K_XL: 158.01 GB x 8 / 355B parameters (a MoE model: dense models' UD files are relatively wider)`,
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
    source: `${GGML_SIZES} (Q2_K); file bpw DERIVED from huggingface.co/unsloth/DeepSeek-R1-GGUF tree DeepSeek-R1-UD-Q2_K_XL: 49.8 + 3 x 50 + 26.8 = 226.6 GB x 8 / 671B parameters`,
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
    source: `${GGML_SIZES} (IQ2_XXS); file bpw DERIVED from huggingface.co/unsloth/DeepSeek-R1-GGUF tree DeepSeek-R1-UD-IQ2_XXS: 49.1 + 49.8 + 49.8 + 47.5 = 196.2 GB x 8 / 671B parameters`,
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
    source: `${GGML_SIZES} (IQ1_M); file bpw DERIVED from huggingface.co/unsloth/GLM-4.6-GGUF tree UD-IQ1_M: 107.23 GB x 8 / 355B parameters`,
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
    source: `${GGML_SIZES} (IQ1_S); file bpw DERIVED from huggingface.co/unsloth/DeepSeek-R1-GGUF tree DeepSeek-R1-UD-IQ1_S: 49.3 + 49.4 + 41.5 = 140.2 GB x 8 / 671B parameters`,
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
    source: `${GGML_SIZES} (MXFP4: 17 bytes per 32 weights); openai/gpt-oss model card`,
  },
];

export const kvCacheFormats: KvCacheFormat[] = [
  { id: 'f16', name: 'F16 (default)', bytesPerElement: 2, source: GGML_SIZES },
  { id: 'q8_0', name: 'Q8_0', bytesPerElement: 34 / 32, source: GGML_SIZES },
  { id: 'q4_0', name: 'Q4_0', bytesPerElement: 18 / 32, source: GGML_SIZES },
];

export const formatById: ReadonlyMap<FormatId, QuantFormat> = new Map(formats.map((f) => [f.id, f]));
export const kvCacheFormatById: ReadonlyMap<KvCacheType, KvCacheFormat> = new Map(
  kvCacheFormats.map((k) => [k.id, k]),
);
