/**
 * Model catalog: the 33 models the estimator knows about, with the architecture numbers it needs
 * (weights, KV cache, MoE active set) and the file sizes people actually download.
 *
 * Where the values come from
 * - Architecture: each model's Hugging Face `config.json` (layers = num_hidden_layers,
 *   hiddenSize = hidden_size, attentionHeads = num_attention_heads, kvHeads = num_key_value_heads,
 *   headDim = head_dim or hidden_size / num_attention_heads, intermediateSize = intermediate_size,
 *   vocabSize = vocab_size, tiedEmbeddings = tie_word_embeddings), read directly or through copies
 *   (the project's reference sheet `data/reference/models.csv`, GitHub mirrors, framework presets).
 *   Each record's `source` names where its numbers were read.
 * - Parameter counts: the model card (billions). Dense models: activeParamsB = totalParamsB.
 *   Where a count is derived from config dimensions instead, the notes say so.
 * - File sizes: GiB (2^30 bytes), summed over shards. Hugging Face file listings show GB (1e9 bytes);
 *   those were converted with x 1e9 / 2^30 and the source string says so. Sizes printed by
 *   llama-bench are already GiB (`data/benchmarks/calibration.csv`, column size_gib).
 *   Sizes are per upload: another quantizer's file of the same type can differ by a few percent.
 *   No size here is estimated; formats without a published size are listed in `formats` only.
 *
 * Conventions
 * - maxContextTokens is the supported limit the developer advertises, including RoPE scaling
 *   (YaRN / llama3 scaling) where the model card documents it; the native (unscaled) window is in notes.
 * - intermediateSize is the dense FFN width; omitted for MoE models whose every layer is MoE
 *   (expert width is in moe.expertIntermediateSize).
 * - slidingWindow is present only when the released config actually uses it (Qwen configs with
 *   use_sliding_window=false and Mistral 7B v0.3 with sliding_window=null have none).
 * - formats lists what exists as downloadable files (GGUF on Hugging Face / Ollama, or the native
 *   checkpoint). fileSizes keys are a subset of formats.
 */
import type { Model } from './types';

const CALIBRATION = 'data/benchmarks/calibration.csv';
const QUANTIZE_README =
  'ggml-org/llama.cpp tools/quantize/README.md (table measured on Llama-3.1-8B, GiB; via data/reference/quants.md)';
const QUANTIZE_CPP =
  'ggml-org/llama.cpp tools/quantize/quantize.cpp QUANT_OPTIONS descriptions (Llama-3-8B; same GiB figures as the README table; via data/reference/quants.md)';
const GB = '(GB x 1e9 / 2^30)';

/** Standard bartowski / unsloth GGUF ladder for ordinary dense models. */
const STANDARD_LADDER = [
  'f16',
  'q8_0',
  'q6_k',
  'q5_k_m',
  'q4_k_m',
  'q4_0',
  'iq4_xs',
  'q3_k_m',
  'q2_k',
] as const;

export const models: Model[] = [
  // ---------------------------------------------------------------- gpt-oss
  {
    id: 'gpt-oss-20b',
    name: 'gpt-oss-20b',
    family: 'gpt-oss',
    developer: 'OpenAI',
    releaseDate: '2025-08-05',
    license: 'Apache-2.0',
    totalParamsB: 20.9,
    activeParamsB: 3.6,
    nativeFormat: 'mxfp4',
    architecture: {
      layers: 24,
      hiddenSize: 2880,
      attentionHeads: 64,
      kvHeads: 8,
      headDim: 64,
      vocabSize: 201088,
      tiedEmbeddings: false,
      maxContextTokens: 131072,
      slidingWindow: {
        windowTokens: 128,
        slidingLayers: 12, // 24 layers / 2
        pattern: 'alternating: even-indexed layers sliding, odd layers full',
      },
      moe: {
        expertsTotal: 32,
        expertsPerToken: 4,
        sharedExperts: 0,
        expertIntermediateSize: 2880,
        moeLayers: 24,
      },
    },
    formats: ['mxfp4', 'f16', 'q8_0', 'q5_k_m', 'q4_k_m', 'q4_0', 'q2_k'],
    fileSizes: {
      mxfp4: {
        sizeGiB: 11.27,
        source: `${CALIBRATION} gpt-oss-20b mxfp4 (ggml-org/llama.cpp discussion #15396 and others) (llama-bench size column)`,
      },
      f16: {
        sizeGiB: 12.83,
        source: `${CALIBRATION} gpt-oss-20b "mxfp4-f16" (geerlingguy/ai-benchmarks issue #21; llama.cpp discussion #15396) (llama-bench size column)`,
      },
      q5_k_m: {
        sizeGiB: 10.9,
        source: `huggingface.co/unsloth/gpt-oss-20b-GGUF file listing: gpt-oss-20b-Q5_K_M.gguf 11.7 GB ${GB}`,
      },
      q4_k_m: {
        sizeGiB: 10.8,
        source: `huggingface.co/unsloth/gpt-oss-20b-GGUF file listing: gpt-oss-20b-Q4_K_M.gguf 11.6 GB ${GB}`,
      },
      q4_0: {
        sizeGiB: 10.71,
        source: `huggingface.co/unsloth/gpt-oss-20b-GGUF file listing: gpt-oss-20b-Q4_0.gguf 11.5 GB ${GB}`,
      },
      q2_k: {
        sizeGiB: 10.71,
        source: `huggingface.co/unsloth/gpt-oss-20b-GGUF file listing: gpt-oss-20b-Q2_K.gguf 11.5 GB ${GB}`,
      },
    },
    ollamaTag: 'gpt-oss:20b',
    ggufRepo: 'ggml-org/gpt-oss-20b-GGUF',
    source:
      'huggingface.co/openai/gpt-oss-20b config.json; openai/gpt-oss gpt_oss/torch/model.py (ModelConfig; sliding window when layer_idx % 2 == 0); OpenAI gpt-oss model card (via data/reference/models.csv)',
    asOf: '2026-05',
    notes:
      'MoE expert weights ship in MXFP4 (4.25 bpw); attention, router, embeddings and unembedding in BF16. ' +
      'config intermediate_size 2880 is the expert width; there are no dense FFN layers. ' +
      'Attention sinks; rope_theta 150000 with YaRN factor 32 over an initial 4096 context. ' +
      'The "f16" size is the llama.cpp file whose non-expert tensors are F16 while experts stay MXFP4 ' +
      '(calibration.csv labels it "mxfp4-f16"; unsloth F16 is 13.8 GB = 12.85 GiB, consistent). ' +
      'K-quant presets barely change the size because the expert tensors stay MXFP4 (quants.md section 3); ' +
      'a Q8_0 upload that re-quantises the experts to Q8_0 (DevQuasar, 22.3 GB) is much larger, so no ' +
      'single q8_0 size is recorded. Original HF checkpoint: 3 safetensors shards, ~13.8 GB.',
  },
  {
    id: 'gpt-oss-120b',
    name: 'gpt-oss-120b',
    family: 'gpt-oss',
    developer: 'OpenAI',
    releaseDate: '2025-08-05',
    license: 'Apache-2.0',
    totalParamsB: 116.8,
    activeParamsB: 5.1,
    nativeFormat: 'mxfp4',
    architecture: {
      layers: 36,
      hiddenSize: 2880,
      attentionHeads: 64,
      kvHeads: 8,
      headDim: 64,
      vocabSize: 201088,
      tiedEmbeddings: false,
      maxContextTokens: 131072,
      slidingWindow: {
        windowTokens: 128,
        slidingLayers: 18, // 36 layers / 2
        pattern: 'alternating: even-indexed layers sliding, odd layers full',
      },
      moe: {
        expertsTotal: 128,
        expertsPerToken: 4,
        sharedExperts: 0,
        expertIntermediateSize: 2880,
        moeLayers: 36,
      },
    },
    formats: ['mxfp4', 'f16', 'q8_0', 'q4_k_m', 'q2_k'],
    fileSizes: {
      mxfp4: {
        sizeGiB: 59.02,
        source: `${CALIBRATION} gpt-oss-120b mxfp4 (ggml-org/gpt-oss-120b-GGUF, 3 shards; llama.cpp benches/dgx-spark.md and others) (llama-bench size column)`,
      },
      f16: {
        sizeGiB: 60.88,
        source:
          'unsloth/gpt-oss-120b-GGUF F16 as listed by ailocalcheck.com (via data/reference/quants.md); figure labelled "GB" there but read as GiB, see notes',
      },
      q8_0: {
        sizeGiB: 59.03,
        source:
          'unsloth/gpt-oss-120b-GGUF Q8_0 as listed by ailocalcheck.com (via data/reference/quants.md); read as GiB, see notes',
      },
      q4_k_m: {
        sizeGiB: 58.46,
        source:
          'unsloth/gpt-oss-120b-GGUF Q4_K_M as listed by ailocalcheck.com (via data/reference/quants.md); read as GiB, see notes',
      },
      q2_k: {
        sizeGiB: 58.27,
        source:
          'unsloth/gpt-oss-120b-GGUF Q2_K as listed by ailocalcheck.com (via data/reference/quants.md); read as GiB, see notes',
      },
    },
    ollamaTag: 'gpt-oss:120b',
    ggufRepo: 'ggml-org/gpt-oss-120b-GGUF',
    source:
      'huggingface.co/openai/gpt-oss-120b config.json; openai/gpt-oss gpt_oss/torch/model.py (ModelConfig defaults = 120b); OpenAI gpt-oss model card (via data/reference/models.csv)',
    asOf: '2026-05',
    notes:
      'MoE expert weights in MXFP4, the rest in BF16; checkpoint ~60.8 GiB per model card (as quoted by fitmygpu.com), 15 safetensors shards. ' +
      'K-quant files keep the experts in MXFP4, so their sizes barely differ (quants.md section 3). ' +
      'The ailocalcheck.com sizes are labelled GB but are treated as GiB: the Q8_0 figure (59.03) matches the ' +
      'llama-bench GiB size of the ggml-org MXFP4 file (59.02, whose non-expert tensors are also 8-bit), and ' +
      'F16 - Q8_0 = 1.85 matches ~2.1B non-expert parameters x (2 - 1.0625) bytes = 1.84 GiB; read as GB the ' +
      'Q8_0 file would be 4 GiB smaller than the MXFP4 file, which is not possible. Unsloth says 120b runs in ~66 GB RAM.',
  },

  // ---------------------------------------------------------------- Llama 2
  {
    id: 'llama-2-7b',
    name: 'Llama 2 7B',
    family: 'Llama 2',
    developer: 'Meta',
    releaseDate: '2023-07-18',
    license: 'Llama 2 Community License',
    totalParamsB: 6.74,
    activeParamsB: 6.74,
    nativeFormat: 'bf16',
    architecture: {
      layers: 32,
      hiddenSize: 4096,
      attentionHeads: 32,
      kvHeads: 32,
      headDim: 128,
      intermediateSize: 11008,
      vocabSize: 32000,
      tiedEmbeddings: false,
      maxContextTokens: 4096,
    },
    formats: ['f16', 'q8_0', 'q6_k', 'q5_k_m', 'q4_k_m', 'q4_0', 'q3_k_m', 'q2_k'],
    fileSizes: {
      q4_0: {
        sizeGiB: 3.56,
        source: `${CALIBRATION} llama-2-7b q4_0 (r/LocalLLaMA post 'llama.cpp Compute and Memory Bandwidth Efficiency w/ Different Devices/Backends', u/randomfoo2) (llama-bench size column)`,
      },
      q4_k_m: {
        sizeGiB: 3.8,
        source: `huggingface.co/TheBloke/Llama-2-7B-Chat-GGUF file listing: llama-2-7b-chat.Q4_K_M.gguf 4.08 GB ${GB}`,
      },
      q3_k_m: {
        sizeGiB: 3.07,
        source: `huggingface.co/TheBloke/Llama-2-7B-Chat-GGUF file listing: llama-2-7b-chat.Q3_K_M.gguf 3.3 GB ${GB}`,
      },
      q2_k: {
        sizeGiB: 2.64,
        source: `huggingface.co/TheBloke/Llama-2-7B-Chat-GGUF file listing: llama-2-7b-chat.Q2_K.gguf 2.83 GB ${GB}`,
      },
    },
    ollamaTag: 'llama2:7b',
    ggufRepo: 'TheBloke/Llama-2-7B-Chat-GGUF',
    asOf: '2026-11',
    source:
      'huggingface.co/meta-llama/Llama-2-7b-hf config.json (copies: microsoft/Olive examples/llm/config.py for meta-llama/Llama-2-7b-chat-hf; HF module dump in Retruth/deontic nlp_models/llama2/README.md)',
    notes:
      'Multi-head attention (kvHeads = heads = 32), so the KV cache is 4x a GQA model of the same size. ' +
      'Base and chat variants share the architecture and file sizes; the Ollama tag and GGUF repo are the chat model. ' +
      'TheBloke Q4_0 is 3.83 GB = 3.57 GiB, consistent with the llama-bench 3.56 GiB. Params 6.74B per Llama 2 paper / HF.',
  },
  {
    id: 'llama-2-70b',
    name: 'Llama 2 70B',
    family: 'Llama 2',
    developer: 'Meta',
    releaseDate: '2023-07-18',
    license: 'Llama 2 Community License',
    totalParamsB: 68.98,
    activeParamsB: 68.98,
    nativeFormat: 'bf16',
    architecture: {
      layers: 80,
      hiddenSize: 8192,
      attentionHeads: 64,
      kvHeads: 8,
      headDim: 128,
      intermediateSize: 28672,
      vocabSize: 32000,
      tiedEmbeddings: false,
      maxContextTokens: 4096,
    },
    formats: ['f16', 'q8_0', 'q6_k', 'q5_k_m', 'q4_k_m', 'q4_0', 'q3_k_m', 'q2_k'],
    fileSizes: {
      q3_k_m: {
        sizeGiB: 30.91,
        source: `huggingface.co/TheBloke/Llama-2-70B-Chat-GGUF README provided-files table: llama-2-70b-chat.Q3_K_M.gguf 33.19 GB ${GB}`,
      },
      q2_k: {
        sizeGiB: 27.27,
        source: `huggingface.co/TheBloke/Llama-2-70B-Chat-GGUF README provided-files table: llama-2-70b-chat.Q2_K.gguf 29.28 GB ${GB}`,
      },
    },
    ollamaTag: 'llama2:70b',
    ggufRepo: 'TheBloke/Llama-2-70B-Chat-GGUF',
    asOf: '2026-11',
    source:
      'huggingface.co/meta-llama/Llama-2-70b-hf config.json (num_hidden_layers 80, hidden 8192, 64 heads, 8 KV heads, intermediate 28672, vocab 32000, max_position_embeddings 4096)',
    notes:
      'Only the 70B of Llama 2 uses GQA (8 KV heads). Marketed as 70B; 68.98B is derived from the config ' +
      '(80 x (2x8192^2 + 2x8192x1024 + 3x8192x28672) + 2x32000x8192). ' +
      'TheBloke Q6_K and Q8_0 70B files are split (>50 GB per-file limit) but exist.',
  },

  // ---------------------------------------------------------------- Llama 3
  {
    id: 'llama-3-8b',
    name: 'Meta Llama 3 8B',
    family: 'Llama 3',
    developer: 'Meta',
    releaseDate: '2024-04-18',
    license: 'Meta Llama 3 Community License',
    totalParamsB: 8.03,
    activeParamsB: 8.03,
    nativeFormat: 'bf16',
    architecture: {
      layers: 32,
      hiddenSize: 4096,
      attentionHeads: 32,
      kvHeads: 8,
      headDim: 128,
      intermediateSize: 14336,
      vocabSize: 128256,
      tiedEmbeddings: false,
      maxContextTokens: 8192,
    },
    formats: [...STANDARD_LADDER, 'bf16'],
    fileSizes: {
      f16: {
        sizeGiB: 14.96,
        source: `${CALIBRATION} llama-3-8b f16 (XiongjieDai/GPU-Benchmarks-on-LLM-Inference README.md) (llama-bench size column)`,
      },
      bf16: {
        sizeGiB: 14.97,
        source:
          'huggingface.co/ddh0/UnquantizedEmbeddingTesting sizes.txt: Meta-Llama-3-8B-Instruct-bf16.gguf 16,068,890,912 bytes (/ 2^30)',
      },
      q8_0: { sizeGiB: 7.96, source: `${QUANTIZE_CPP}: Q8_0 7.96G` },
      q6_k: { sizeGiB: 6.14, source: `${QUANTIZE_CPP}: Q6_K 6.14G` },
      q5_k_m: { sizeGiB: 5.33, source: `${QUANTIZE_CPP}: Q5_K_M 5.33G` },
      q4_k_m: {
        sizeGiB: 4.58,
        source: `${CALIBRATION} llama-3-8b q4_k_m (XiongjieDai/GPU-Benchmarks-on-LLM-Inference README.md) (llama-bench size column)`,
      },
      q4_0: {
        sizeGiB: 4.33,
        source: `${CALIBRATION} llama-3-8b q4_0 (ggml-org/llama.cpp PR #21024, comment by 0cc4m) (llama-bench size column)`,
      },
      q3_k_m: { sizeGiB: 3.74, source: `${QUANTIZE_CPP}: Q3_K_M 3.74G` },
      q2_k: {
        sizeGiB: 2.96,
        source:
          'huggingface.co/ddh0/UnquantizedEmbeddingTesting sizes.txt: Meta-Llama-3-8B-Instruct-q2_K.gguf 3,179,131,168 bytes (/ 2^30)',
      },
    },
    ollamaTag: 'llama3:8b',
    ggufRepo: 'bartowski/Meta-Llama-3-8B-Instruct-GGUF',
    asOf: '2026-11',
    source:
      'huggingface.co/meta-llama/Meta-Llama-3-8B config.json (same dimensions as Llama 3.1 8B in meta-llama/llama-models sku_list.py; max_position_embeddings 8192, rope_theta 500000, no rope scaling)',
    notes:
      'Same weights layout as Llama 3.1 8B, but trained and released for an 8192-token context (no llama3 RoPE scaling). ' +
      'Base and Instruct share architecture and file sizes.',
  },
  {
    id: 'llama-3-70b',
    name: 'Meta Llama 3 70B',
    family: 'Llama 3',
    developer: 'Meta',
    releaseDate: '2024-04-18',
    license: 'Meta Llama 3 Community License',
    totalParamsB: 70.6,
    activeParamsB: 70.6,
    nativeFormat: 'bf16',
    architecture: {
      layers: 80,
      hiddenSize: 8192,
      attentionHeads: 64,
      kvHeads: 8,
      headDim: 128,
      intermediateSize: 28672,
      vocabSize: 128256,
      tiedEmbeddings: false,
      maxContextTokens: 8192,
    },
    formats: [...STANDARD_LADDER],
    fileSizes: {
      f16: {
        sizeGiB: 131.42,
        source: `${CALIBRATION} llama-3-70b f16 (XiongjieDai/GPU-Benchmarks-on-LLM-Inference README.md) (llama-bench size column)`,
      },
      q4_k_m: {
        sizeGiB: 39.59,
        source: `${CALIBRATION} llama-3-70b q4_k_m (XiongjieDai/GPU-Benchmarks-on-LLM-Inference README.md) (llama-bench size column)`,
      },
    },
    ollamaTag: 'llama3:70b',
    ggufRepo: 'bartowski/Meta-Llama-3-70B-Instruct-GGUF',
    asOf: '2026-11',
    source:
      'huggingface.co/meta-llama/Meta-Llama-3-70B config.json (same dimensions as Llama 3.1 70B: oumi configs/recipes/llama3_1/README.md, meta-llama/llama-models sku_list.py; max_position_embeddings 8192)',
    notes: '8192-token context (no RoPE scaling). 70.6B parameters per HF (derived from config: 70.55B).',
  },

  // ---------------------------------------------------------------- Llama 3.1 / 3.2 / 3.3
  {
    id: 'llama-3.1-8b',
    name: 'Llama 3.1 8B',
    family: 'Llama 3.1',
    developer: 'Meta',
    releaseDate: '2024-07-23',
    license: 'Llama 3.1 Community License',
    totalParamsB: 8.03,
    activeParamsB: 8.03,
    nativeFormat: 'bf16',
    architecture: {
      layers: 32,
      hiddenSize: 4096,
      attentionHeads: 32,
      kvHeads: 8,
      headDim: 128,
      intermediateSize: 14336,
      vocabSize: 128256,
      tiedEmbeddings: false,
      maxContextTokens: 131072,
    },
    formats: [...STANDARD_LADDER],
    fileSizes: {
      f16: { sizeGiB: 14.96, source: `${QUANTIZE_README}: F16 14.96` },
      q8_0: { sizeGiB: 7.95, source: `${QUANTIZE_README}: Q8_0 7.95` },
      q6_k: { sizeGiB: 6.14, source: `${QUANTIZE_README}: Q6_K 6.14` },
      q5_k_m: { sizeGiB: 5.33, source: `${QUANTIZE_README}: Q5_K_M 5.33` },
      q4_k_m: { sizeGiB: 4.58, source: `${QUANTIZE_README}: Q4_K_M 4.58` },
      iq4_xs: { sizeGiB: 4.17, source: `${QUANTIZE_README}: IQ4_XS 4.17` },
      q3_k_m: {
        sizeGiB: 3.74,
        source:
          'huggingface.co/aniljava/Meta-Llama-3.1-8B-Instruct-GGUF commit a4cc97c: Meta-Llama-3.1-8B-Instruct.Q3_K_M.gguf LFS size 4,018,917,280 bytes (/ 2^30)',
      },
      q2_k: { sizeGiB: 2.95, source: `${QUANTIZE_README}: Q2_K 2.95` },
    },
    ollamaTag: 'llama3.1:8b',
    ggufRepo: 'bartowski/Meta-Llama-3.1-8B-Instruct-GGUF',
    asOf: '2026-11',
    source:
      'meta-llama/llama-models models/sku_list.py (arch_args) + models/datatypes.py (max_seq_len) (via data/reference/models.csv); intermediate 14336 and tie_word_embeddings false from HF config copies (oumi configs/recipes/llama3_1/README.md)',
    notes:
      '131072 context via llama3 RoPE scaling (factor 8 over the original 8192). 8.03B parameters per HF. ' +
      'The llama.cpp quantize README sizes were measured on this model.',
  },
  {
    id: 'llama-3.1-70b',
    name: 'Llama 3.1 70B',
    family: 'Llama 3.1',
    developer: 'Meta',
    releaseDate: '2024-07-23',
    license: 'Llama 3.1 Community License',
    totalParamsB: 70.6,
    activeParamsB: 70.6,
    nativeFormat: 'bf16',
    architecture: {
      layers: 80,
      hiddenSize: 8192,
      attentionHeads: 64,
      kvHeads: 8,
      headDim: 128,
      intermediateSize: 28672,
      vocabSize: 128256,
      tiedEmbeddings: false,
      maxContextTokens: 131072,
    },
    formats: [...STANDARD_LADDER],
    fileSizes: {
      q4_k_m: {
        sizeGiB: 40.14,
        source: `ggml-org/llama.cpp tools/quantize/README.md "Llama 3.1" model-size table: 70B Q4_K_M 43.1 GB ${GB} (via data/reference/quants.md)`,
      },
    },
    ollamaTag: 'llama3.1:70b',
    ggufRepo: 'bartowski/Meta-Llama-3.1-70B-Instruct-GGUF',
    asOf: '2026-11',
    source:
      'meta-llama/llama-models models/sku_list.py + models/datatypes.py (via data/reference/models.csv); intermediate 28672, tie_word_embeddings false from oumi configs/recipes/llama3_1/README.md',
    notes: '131072 context via llama3 RoPE scaling (factor 8 over 8192). 70.6B parameters per HF.',
  },
  {
    id: 'llama-3.2-1b',
    name: 'Llama 3.2 1B',
    family: 'Llama 3.2',
    developer: 'Meta',
    releaseDate: '2024-09-25',
    license: 'Llama 3.2 Community License',
    totalParamsB: 1.23,
    activeParamsB: 1.23,
    nativeFormat: 'bf16',
    architecture: {
      layers: 16,
      hiddenSize: 2048,
      attentionHeads: 32,
      kvHeads: 8,
      headDim: 64,
      intermediateSize: 8192,
      vocabSize: 128256,
      tiedEmbeddings: true,
      maxContextTokens: 131072,
    },
    formats: [...STANDARD_LADDER],
    ollamaTag: 'llama3.2:1b',
    ggufRepo: 'bartowski/Llama-3.2-1B-Instruct-GGUF',
    asOf: '2026-11',
    source:
      'meta-llama/llama-models models/sku_list.py + models/datatypes.py (via data/reference/models.csv); intermediate_size 8192 from huggingface.co/meta-llama/Llama-3.2-1B config.json',
    notes:
      'Tied input/output embeddings. The 128256 x 2048 embedding is ~21% of the weights, so quantized files are ' +
      'relatively larger than the Llama-3.1-8B bits-per-weight table predicts.',
  },
  {
    id: 'llama-3.2-3b',
    name: 'Llama 3.2 3B',
    family: 'Llama 3.2',
    developer: 'Meta',
    releaseDate: '2024-09-25',
    license: 'Llama 3.2 Community License',
    totalParamsB: 3.21,
    activeParamsB: 3.21,
    nativeFormat: 'bf16',
    architecture: {
      layers: 28,
      hiddenSize: 3072,
      attentionHeads: 24,
      kvHeads: 8,
      headDim: 128,
      intermediateSize: 8192,
      vocabSize: 128256,
      tiedEmbeddings: true,
      maxContextTokens: 131072,
    },
    formats: [...STANDARD_LADDER],
    ollamaTag: 'llama3.2:3b',
    ggufRepo: 'bartowski/Llama-3.2-3B-Instruct-GGUF',
    asOf: '2026-11',
    source:
      'meta-llama/llama-models models/sku_list.py + models/datatypes.py (via data/reference/models.csv); intermediate_size 8192 from huggingface.co/meta-llama/Llama-3.2-3B config.json (copy in a nanoGPT-style Llama3BConfig)',
    notes: 'Tied input/output embeddings.',
  },
  {
    id: 'llama-3.3-70b',
    name: 'Llama 3.3 70B Instruct',
    family: 'Llama 3.3',
    developer: 'Meta',
    releaseDate: '2024-12-06',
    license: 'Llama 3.3 Community License',
    totalParamsB: 70.6,
    activeParamsB: 70.6,
    nativeFormat: 'bf16',
    architecture: {
      layers: 80,
      hiddenSize: 8192,
      attentionHeads: 64,
      kvHeads: 8,
      headDim: 128,
      intermediateSize: 28672,
      vocabSize: 128256,
      tiedEmbeddings: false,
      maxContextTokens: 131072,
    },
    formats: [...STANDARD_LADDER],
    fileSizes: {
      q8_0: {
        sizeGiB: 69.85,
        source: `huggingface.co/mradermacher/Llama-3.3-70B-Instruct-GGUF file listing: Q8_0 in 2 parts, 37.6 + 37.4 = 75.0 GB ${GB}`,
      },
      q6_k: {
        sizeGiB: 53.92,
        source: `huggingface.co/mradermacher/Llama-3.3-70B-Instruct-GGUF file listing: Q6_K in 2 parts, 29 + 28.9 = 57.9 GB ${GB}`,
      },
      q5_k_m: {
        sizeGiB: 46.47,
        source: `huggingface.co/mradermacher/Llama-3.3-70B-Instruct-GGUF file listing: Q5_K_M 49.9 GB ${GB}`,
      },
      q4_k_m: {
        sizeGiB: 39.58,
        source: `huggingface.co/bartowski/Llama-3.3-70B-Instruct-GGUF file listing: Llama-3.3-70B-Instruct-Q4_K_M.gguf 42.5 GB ${GB}`,
      },
      q4_0: {
        sizeGiB: 37.35,
        source: `huggingface.co/bartowski/Llama-3.3-70B-Instruct-GGUF file listing: Llama-3.3-70B-Instruct-Q4_0.gguf 40.1 GB ${GB}`,
      },
      iq4_xs: {
        sizeGiB: 35.67,
        source: `huggingface.co/mradermacher/Llama-3.3-70B-Instruct-GGUF file listing: IQ4_XS 38.3 GB ${GB}`,
      },
      q3_k_m: {
        sizeGiB: 31.94,
        source: `huggingface.co/mradermacher/Llama-3.3-70B-Instruct-GGUF file listing: Q3_K_M 34.3 GB ${GB}`,
      },
      q2_k: {
        sizeGiB: 24.59,
        source: `huggingface.co/mradermacher/Llama-3.3-70B-Instruct-GGUF file listing: Q2_K 26.4 GB ${GB}`,
      },
    },
    ollamaTag: 'llama3.3:70b',
    ggufRepo: 'bartowski/Llama-3.3-70B-Instruct-GGUF',
    asOf: '2026-11',
    source:
      'meta-llama/llama-models models/sku_list.py + models/datatypes.py (via data/reference/models.csv); intermediate 28672, tie_word_embeddings false from oumi configs/recipes/llama3_3/README.md',
    notes:
      'Same architecture as Llama 3.1 70B, so these file sizes apply to it too (bartowski Q4_K_M 39.58 GiB vs the ' +
      'llama-bench 39.59 GiB of Llama 3 70B Q4_K_M). Instruct-only release.',
  },

  // ---------------------------------------------------------------- Mistral
  {
    id: 'mistral-7b',
    name: 'Mistral 7B v0.3',
    family: 'Mistral',
    developer: 'Mistral AI',
    releaseDate: '2024-05-22',
    license: 'Apache-2.0',
    totalParamsB: 7.25,
    activeParamsB: 7.25,
    nativeFormat: 'bf16',
    architecture: {
      layers: 32,
      hiddenSize: 4096,
      attentionHeads: 32,
      kvHeads: 8,
      headDim: 128,
      intermediateSize: 14336,
      vocabSize: 32768,
      tiedEmbeddings: false,
      maxContextTokens: 32768,
    },
    formats: [...STANDARD_LADDER],
    fileSizes: {
      q4_0: {
        sizeGiB: 3.83,
        source: `${CALIBRATION} mistral-7b q4_0 (ggml-org/llama.cpp PR #5835, comment by Nindaleth) (llama-bench size column)`,
      },
    },
    ollamaTag: 'mistral:7b',
    ggufRepo: 'bartowski/Mistral-7B-Instruct-v0.3-GGUF',
    asOf: '2026-11',
    source:
      'huggingface.co/unsloth/mistral-7b-v0.3 config.json (copy of mistralai/Mistral-7B-v0.3); mistralai/mistral-inference README (via data/reference/models.csv)',
    notes:
      'This entry is v0.3 (vocab extended to 32768, function calling). v0.3 has sliding_window null, i.e. full attention ' +
      'over 32768 tokens; v0.1 used a 4096-token sliding window. 7.25B parameters per HF. ' +
      'The q4_0 size comes from a March 2024 benchmark, so it is a v0.1/v0.2 file (vocab 32000); v0.3 adds 768 ' +
      'embedding rows (~3.5 MB at Q4_0), which does not change the figure at this precision. ' +
      'Release date: v0.3 weights published on Hugging Face 2024-05-22 (not confirmed from a primary source here).',
  },
  {
    id: 'mistral-nemo-12b',
    name: 'Mistral NeMo 12B (2407)',
    family: 'Mistral NeMo',
    developer: 'Mistral AI and NVIDIA',
    releaseDate: '2024-07-18',
    license: 'Apache-2.0',
    totalParamsB: 12.2,
    activeParamsB: 12.2,
    nativeFormat: 'bf16',
    architecture: {
      layers: 40,
      hiddenSize: 5120,
      attentionHeads: 32,
      kvHeads: 8,
      headDim: 128,
      intermediateSize: 14336,
      vocabSize: 131072,
      tiedEmbeddings: false,
      maxContextTokens: 131072,
    },
    formats: [...STANDARD_LADDER],
    fileSizes: {
      q8_0: {
        sizeGiB: 12.11,
        source: `huggingface.co/bartowski/Mistral-Nemo-Instruct-2407-GGUF file listing: Q8_0 13 GB ${GB}`,
      },
      q6_k: {
        sizeGiB: 9.41,
        source: `huggingface.co/bartowski/Mistral-Nemo-Instruct-2407-GGUF file listing: Q6_K 10.1 GB ${GB}`,
      },
      q5_k_m: {
        sizeGiB: 8.13,
        source: `huggingface.co/bartowski/Mistral-Nemo-Instruct-2407-GGUF file listing: Q5_K_M 8.73 GB ${GB}`,
      },
      q4_k_m: {
        sizeGiB: 6.97,
        source: `huggingface.co/bartowski/Mistral-Nemo-Instruct-2407-GGUF file listing: Q4_K_M 7.48 GB ${GB}`,
      },
    },
    ollamaTag: 'mistral-nemo',
    ggufRepo: 'bartowski/Mistral-Nemo-Instruct-2407-GGUF',
    asOf: '2026-11',
    source:
      'huggingface.co/mistralai/Mistral-Nemo-Instruct-2407 config.json; NVIDIA NIM docs mistral-nemo-12b-instruct (40 layers, dim 5120, head dim 128, 32 heads, 8 KV heads, vocab 2^17); mistral.ai/news/mistral-nemo (via data/reference/models.csv)',
    notes:
      'head_dim 128 is explicit in the config (hidden 5120 / 32 heads would give 160). ' +
      'Config max_position_embeddings is 1024000 but the trained / advertised context is 128k. ' +
      'Tekken tokenizer (2^17 vocab). Mistral says it was trained FP8-aware (FP8 inference without loss).',
  },
  {
    id: 'mistral-small-24b',
    name: 'Mistral Small 3 24B (2501)',
    family: 'Mistral Small',
    developer: 'Mistral AI',
    releaseDate: '2025-01-30',
    license: 'Apache-2.0',
    totalParamsB: 23.57,
    activeParamsB: 23.57,
    nativeFormat: 'bf16',
    architecture: {
      layers: 40,
      hiddenSize: 5120,
      attentionHeads: 32,
      kvHeads: 8,
      headDim: 128,
      intermediateSize: 32768,
      vocabSize: 131072,
      tiedEmbeddings: false,
      maxContextTokens: 32768,
    },
    formats: [...STANDARD_LADDER],
    ollamaTag: 'mistral-small:24b',
    ggufRepo: 'bartowski/Mistral-Small-24B-Instruct-2501-GGUF',
    asOf: '2026-11',
    source:
      'huggingface.co/unsloth/Mistral-Small-24B-Instruct-2501 config.json (copy of mistralai/Mistral-Small-24B-Instruct-2501; via data/reference/models.csv)',
    notes:
      'This entry is Mistral Small 3 (2501), text-only, 32k context - the model behind the Ollama mistral-small:24b tag. ' +
      'Mistral Small 3.1 (2503) adds a vision encoder and 128k context (its text decoder is commonly described as the ' +
      'same dimensions, not verified here). head_dim 128 is explicit in the config (5120 / 32 would be 160). ' +
      'rope_theta 1e8. Marketed as 24B; 23.57B is derived from the config ' +
      '(40 x (2x5120x4096 + 2x5120x1024 + 3x5120x32768) + 2x131072x5120).',
  },
  {
    id: 'mixtral-8x7b',
    name: 'Mixtral 8x7B (v0.1)',
    family: 'Mixtral',
    developer: 'Mistral AI',
    releaseDate: '2023-12-11',
    license: 'Apache-2.0',
    totalParamsB: 46.7,
    activeParamsB: 12.9,
    nativeFormat: 'bf16',
    architecture: {
      layers: 32,
      hiddenSize: 4096,
      attentionHeads: 32,
      kvHeads: 8,
      headDim: 128,
      vocabSize: 32000,
      tiedEmbeddings: false,
      maxContextTokens: 32768,
      moe: {
        expertsTotal: 8,
        expertsPerToken: 2,
        sharedExperts: 0,
        expertIntermediateSize: 14336,
        moeLayers: 32,
      },
    },
    formats: ['f16', 'q8_0', 'q6_k', 'q5_k_m', 'q4_k_m', 'q4_0', 'q3_k_m', 'q2_k'],
    fileSizes: {
      q4_0: {
        sizeGiB: 24.62,
        source: `huggingface.co/TheBloke/Mixtral-8x7B-v0.1-GGUF README provided-files table: Q4_0 26.44 GB ${GB}`,
      },
      q3_k_m: {
        sizeGiB: 18.96,
        source: `huggingface.co/TheBloke/Mixtral-8x7B-v0.1-GGUF README provided-files table: Q3_K_M 20.36 GB ${GB}`,
      },
      q2_k: {
        sizeGiB: 14.57,
        source: `huggingface.co/TheBloke/Mixtral-8x7B-v0.1-GGUF README provided-files table: Q2_K 15.64 GB ${GB}`,
      },
    },
    ollamaTag: 'mixtral:8x7b',
    ggufRepo: 'TheBloke/Mixtral-8x7B-Instruct-v0.1-GGUF',
    asOf: '2026-11',
    source:
      'huggingface.co/mistralai/Mixtral-8x7B-Instruct-v0.1 config.json (via data/reference/models.csv); 46.7B total / 12.9B per token per Mistral announcement (robotsatlas.com / golden.com copies)',
    notes:
      'Every layer is MoE (8 experts, top-2, expert FFN width 14336); no dense FFN. Attention is shared, so ' +
      'active parameters (12.9B) are more than 2/8 of the total. Sizes from the base-model GGUF README; ' +
      'Instruct files have the same tensor shapes. head_dim derived 4096/32.',
  },

  // ---------------------------------------------------------------- Qwen2.5
  {
    id: 'qwen2.5-7b',
    name: 'Qwen2.5 7B',
    family: 'Qwen2.5',
    developer: 'Alibaba Qwen',
    releaseDate: '2024-09-19',
    license: 'Apache-2.0',
    totalParamsB: 7.61,
    activeParamsB: 7.61,
    nativeFormat: 'bf16',
    architecture: {
      layers: 28,
      hiddenSize: 3584,
      attentionHeads: 28,
      kvHeads: 4,
      headDim: 128,
      intermediateSize: 18944,
      vocabSize: 152064,
      tiedEmbeddings: false,
      maxContextTokens: 131072,
    },
    formats: [...STANDARD_LADDER],
    fileSizes: {
      q8_0: {
        sizeGiB: 7.54,
        source: `huggingface.co/lmstudio-community/Qwen2.5-7B-Instruct-GGUF (bartowski quants) file listing: Q8_0 8.1 GB ${GB}`,
      },
      q6_k: {
        sizeGiB: 5.82,
        source: `huggingface.co/lmstudio-community/Qwen2.5-7B-Instruct-GGUF (bartowski quants) file listing: Q6_K 6.25 GB ${GB}`,
      },
      q4_k_m: {
        sizeGiB: 4.36,
        source: `huggingface.co/lmstudio-community/Qwen2.5-7B-Instruct-GGUF (bartowski quants) file listing: Q4_K_M 4.68 GB ${GB}`,
      },
      q3_k_m: {
        sizeGiB: 3.31,
        source: `Qwen/Qwen2.5-7B-Instruct-GGUF qwen2.5-7b-instruct-q3_k_m.gguf 3.55 GB (ai.gitee.com mirror of the HF repo) ${GB}`,
      },
      q2_k: {
        sizeGiB: 2.62,
        source: `Qwen/Qwen2.5-7B-Instruct-GGUF qwen2.5-7b-instruct-q2_k.gguf 2.81 GB (ai.gitee.com mirror of the HF repo) ${GB}`,
      },
    },
    ollamaTag: 'qwen2.5:7b',
    ggufRepo: 'Qwen/Qwen2.5-7B-Instruct-GGUF',
    asOf: '2026-11',
    source:
      'huggingface.co/Qwen/Qwen2.5-7B config.json (copies: citsjtu2020/LLM-Prof sglang/Model_Config.md via data/reference/models.csv; per-layer shapes q 3584x3584, k/v 512x3584, mlp 18944x3584)',
    notes:
      'Native context 32768 (Instruct config); 131072 with YaRN rope scaling (factor 4) as documented on the model card. ' +
      'Attention QKV bias. 7.61B parameters per model card (6.53B non-embedding).',
  },
  {
    id: 'qwen2.5-coder-7b',
    name: 'Qwen2.5-Coder 7B',
    family: 'Qwen2.5-Coder',
    developer: 'Alibaba Qwen',
    releaseDate: '2024-09-19',
    license: 'Apache-2.0',
    totalParamsB: 7.61,
    activeParamsB: 7.61,
    nativeFormat: 'bf16',
    architecture: {
      layers: 28,
      hiddenSize: 3584,
      attentionHeads: 28,
      kvHeads: 4,
      headDim: 128,
      intermediateSize: 18944,
      vocabSize: 152064,
      tiedEmbeddings: false,
      maxContextTokens: 131072,
    },
    formats: ['f16', 'q8_0', 'q6_k', 'q5_k_m', 'q4_k_m', 'q4_0', 'iq4_xs', 'q3_k_m', 'q2_k'],
    ollamaTag: 'qwen2.5-coder:7b',
    ggufRepo: 'Qwen/Qwen2.5-Coder-7B-Instruct-GGUF',
    asOf: '2026-11',
    source:
      'huggingface.co/Qwen/Qwen2.5-Coder-7B model card (7.61B params, 6.53B non-embedding, 28 layers, 28 Q / 4 KV heads, 131072 context; copy in ZHUI/paddlenlp_model_readme Qwen/Qwen2.5-Coder-7B/index.md) and Qwen/Qwen2.5-Coder-7B-Instruct-GGUF README (git-thinh/ai-docs copy); hidden/intermediate/vocab as Qwen2.5-7B, on which it is built',
    notes:
      'Same architecture as Qwen2.5-7B (continued pretraining on 5.5T code tokens). Base card: full 131072 context; ' +
      'Instruct config is 32768 native + YaRN to 131072 (the official GGUF README notes llama.cpp runs it at 32768). ' +
      'Official GGUF repo ships q2_K, q3_K_M, q4_0, q4_K_M, q5_0, q5_K_M, q6_K, q8_0 (+ fp16); iq4_xs from bartowski/unsloth uploads.',
  },
  {
    id: 'qwen2.5-14b',
    name: 'Qwen2.5 14B',
    family: 'Qwen2.5',
    developer: 'Alibaba Qwen',
    releaseDate: '2024-09-19',
    license: 'Apache-2.0',
    totalParamsB: 14.7,
    activeParamsB: 14.7,
    nativeFormat: 'bf16',
    architecture: {
      layers: 48,
      hiddenSize: 5120,
      attentionHeads: 40,
      kvHeads: 8,
      headDim: 128,
      intermediateSize: 13824,
      vocabSize: 152064,
      tiedEmbeddings: false,
      maxContextTokens: 131072,
    },
    formats: [...STANDARD_LADDER],
    ollamaTag: 'qwen2.5:14b',
    ggufRepo: 'Qwen/Qwen2.5-14B-Instruct-GGUF',
    asOf: '2026-11',
    source:
      'huggingface.co/Qwen/Qwen2.5-14B config.json (copies: citsjtu2020/LLM-Prof sglang/Model_Config.md via data/reference/models.csv; intermediate 13824 / vocab 152064 / untied in a GitHub analysis preset)',
    notes: 'Native 32768; 131072 with YaRN (factor 4). 14.7B parameters per model card.',
  },
  {
    id: 'qwen2.5-32b',
    name: 'Qwen2.5 32B',
    family: 'Qwen2.5',
    developer: 'Alibaba Qwen',
    releaseDate: '2024-09-19',
    license: 'Apache-2.0',
    totalParamsB: 32.5,
    activeParamsB: 32.5,
    nativeFormat: 'bf16',
    architecture: {
      layers: 64,
      hiddenSize: 5120,
      attentionHeads: 40,
      kvHeads: 8,
      headDim: 128,
      intermediateSize: 27648,
      vocabSize: 152064,
      tiedEmbeddings: false,
      maxContextTokens: 131072,
    },
    formats: [...STANDARD_LADDER],
    ollamaTag: 'qwen2.5:32b',
    ggufRepo: 'Qwen/Qwen2.5-32B-Instruct-GGUF',
    asOf: '2026-11',
    source:
      'huggingface.co/Qwen/Qwen2.5-32B config.json (copies: citsjtu2020/LLM-Prof sglang/Model_Config.md; DeepSeek-R1-Distill-Qwen-32B config.json; via data/reference/models.csv)',
    notes:
      'Native 32768; 131072 with YaRN (factor 4). Model card says 32.5B parameters; the config dimensions give 32.76B ' +
      '(64 x 487.6M + 2 x 152064 x 5120), which is what Hugging Face shows (32.8B).',
  },
  {
    id: 'qwen2.5-72b',
    name: 'Qwen2.5 72B',
    family: 'Qwen2.5',
    developer: 'Alibaba Qwen',
    releaseDate: '2024-09-19',
    license: 'Qwen License',
    totalParamsB: 72.7,
    activeParamsB: 72.7,
    nativeFormat: 'bf16',
    architecture: {
      layers: 80,
      hiddenSize: 8192,
      attentionHeads: 64,
      kvHeads: 8,
      headDim: 128,
      intermediateSize: 29568,
      vocabSize: 152064,
      tiedEmbeddings: false,
      maxContextTokens: 131072,
    },
    formats: [...STANDARD_LADDER],
    ollamaTag: 'qwen2.5:72b',
    ggufRepo: 'Qwen/Qwen2.5-72B-Instruct-GGUF',
    asOf: '2026-11',
    source:
      'huggingface.co/Qwen/Qwen2.5-72B config.json (copies: citsjtu2020/LLM-Prof sglang/Model_Config.md via data/reference/models.csv; intermediate 29568 in several GitHub presets of Qwen2.5-72B-Instruct)',
    notes:
      'Native 32768; 131072 with YaRN (factor 4). Released under the Qwen License (not Apache-2.0), per the QwenLM/Qwen2.5 README. ' +
      '72.7B parameters per model card (70.0B non-embedding).',
  },

  // ---------------------------------------------------------------- Qwen3
  {
    id: 'qwen3-8b',
    name: 'Qwen3 8B',
    family: 'Qwen3',
    developer: 'Alibaba Qwen',
    releaseDate: '2025-04-29',
    license: 'Apache-2.0',
    totalParamsB: 8.2,
    activeParamsB: 8.2,
    nativeFormat: 'bf16',
    architecture: {
      layers: 36,
      hiddenSize: 4096,
      attentionHeads: 32,
      kvHeads: 8,
      headDim: 128,
      intermediateSize: 12288,
      vocabSize: 151936,
      tiedEmbeddings: false,
      maxContextTokens: 131072,
    },
    formats: [...STANDARD_LADDER, 'bf16'],
    fileSizes: {
      f16: {
        sizeGiB: 15.27,
        source: `huggingface.co/codebasic/Qwen3-8B-GGUF file listing: Qwen3-8B-F16.gguf 16.4 GB ${GB}`,
      },
      q8_0: {
        sizeGiB: 8.11,
        source: `huggingface.co/codebasic/Qwen3-8B-GGUF file listing: Qwen3-8B-Q8_0.gguf 8.71 GB ${GB}`,
      },
      q6_k: {
        sizeGiB: 6.27,
        source: `huggingface.co/codebasic/Qwen3-8B-GGUF file listing: Qwen3-8B-Q6_K.gguf 6.73 GB ${GB}`,
      },
      q4_0: {
        sizeGiB: 4.44,
        source: `huggingface.co/codebasic/Qwen3-8B-GGUF file listing: Qwen3-8B-Q4_0.gguf 4.77 GB ${GB}`,
      },
      q2_k: {
        sizeGiB: 3.05,
        source: `huggingface.co/codebasic/Qwen3-8B-GGUF file listing: Qwen3-8B-Q2_K.gguf 3.28 GB ${GB}`,
      },
    },
    ollamaTag: 'qwen3:8b',
    ggufRepo: 'Qwen/Qwen3-8B-GGUF',
    asOf: '2026-11',
    source:
      'huggingface.co/Qwen/Qwen3-8B config.json; QwenLM/Qwen3 Qwen3_Technical_Report.pdf Tables 1-2; THUDM/slime scripts/models/qwen3-8B.sh (via data/reference/models.csv)',
    notes:
      'Native context 32768 (config max_position_embeddings 40960); 131072 with YaRN per the model card. ' +
      'QK-norm; no QKV bias. 8.2B parameters per model card.',
  },
  {
    id: 'qwen3-14b',
    name: 'Qwen3 14B',
    family: 'Qwen3',
    developer: 'Alibaba Qwen',
    releaseDate: '2025-04-29',
    license: 'Apache-2.0',
    totalParamsB: 14.8,
    activeParamsB: 14.8,
    nativeFormat: 'bf16',
    architecture: {
      layers: 40,
      hiddenSize: 5120,
      attentionHeads: 40,
      kvHeads: 8,
      headDim: 128,
      intermediateSize: 17408,
      vocabSize: 151936,
      tiedEmbeddings: false,
      maxContextTokens: 131072,
    },
    formats: [...STANDARD_LADDER, 'bf16'],
    ollamaTag: 'qwen3:14b',
    ggufRepo: 'Qwen/Qwen3-14B-GGUF',
    asOf: '2026-11',
    source:
      'huggingface.co/Qwen/Qwen3-14B config.json (full copy found in a GitHub file: head_dim 128, intermediate 17408, max_position_embeddings 40960, tie_word_embeddings false); Qwen3 technical report (via data/reference/models.csv)',
    notes: 'Native 32768 (config 40960); 131072 with YaRN. 14.8B parameters per model card.',
  },
  {
    id: 'qwen3-32b',
    name: 'Qwen3 32B',
    family: 'Qwen3',
    developer: 'Alibaba Qwen',
    releaseDate: '2025-04-29',
    license: 'Apache-2.0',
    totalParamsB: 32.8,
    activeParamsB: 32.8,
    nativeFormat: 'bf16',
    architecture: {
      layers: 64,
      hiddenSize: 5120,
      attentionHeads: 64,
      kvHeads: 8,
      headDim: 128,
      intermediateSize: 25600,
      vocabSize: 151936,
      tiedEmbeddings: false,
      maxContextTokens: 131072,
    },
    formats: [...STANDARD_LADDER, 'bf16'],
    fileSizes: {
      f16: {
        sizeGiB: 61.0,
        source: `huggingface.co/ggml-org/Qwen3-32B-GGUF model page: F16 65.5 GB ${GB}`,
      },
      q8_0: {
        sizeGiB: 32.41,
        source: `huggingface.co/ggml-org/Qwen3-32B-GGUF model page: Q8_0 34.8 GB ${GB}`,
      },
      q4_k_m: {
        sizeGiB: 18.44,
        source: `huggingface.co/ggml-org/Qwen3-32B-GGUF model page: Q4_K_M 19.8 GB ${GB}`,
      },
    },
    ollamaTag: 'qwen3:32b',
    ggufRepo: 'Qwen/Qwen3-32B-GGUF',
    asOf: '2026-11',
    source:
      'huggingface.co/Qwen/Qwen3-32B config.json (copies in GitHub presets: hidden 5120, 64 heads, 8 KV, head_dim 128, intermediate 25600, vocab 151936, untied); Qwen3 technical report (via data/reference/models.csv)',
    notes:
      'head_dim 128 while hidden/heads = 80 (attention width 8192 > hidden 5120). Native 32768 (config 40960); ' +
      '131072 with YaRN. 32.8B parameters per model card.',
  },
  {
    id: 'qwen3-30b-a3b',
    name: 'Qwen3 30B-A3B',
    family: 'Qwen3',
    developer: 'Alibaba Qwen',
    releaseDate: '2025-04-29',
    license: 'Apache-2.0',
    totalParamsB: 30.5,
    activeParamsB: 3.3,
    nativeFormat: 'bf16',
    architecture: {
      layers: 48,
      hiddenSize: 2048,
      attentionHeads: 32,
      kvHeads: 4,
      headDim: 128,
      vocabSize: 151936,
      tiedEmbeddings: false,
      maxContextTokens: 131072,
      moe: {
        expertsTotal: 128,
        expertsPerToken: 8,
        sharedExperts: 0,
        expertIntermediateSize: 768,
        moeLayers: 48,
      },
    },
    formats: [...STANDARD_LADDER, 'bf16'],
    ollamaTag: 'qwen3:30b-a3b',
    ggufRepo: 'Qwen/Qwen3-30B-A3B-GGUF',
    asOf: '2026-11',
    source:
      'huggingface.co/Qwen/Qwen3-30B-A3B config.json; QwenLM/Qwen3 Qwen3_Technical_Report.pdf Tables 1-2; THUDM/slime scripts/models/qwen3-30B-A3B.sh; vLLM-Ascend docs (30.5B / 3.3B) (via data/reference/models.csv)',
    notes:
      'All 48 layers are MoE (decoder_sparse_step 1, mlp_only_layers empty): 128 experts, 8 active, expert width 768, ' +
      'no shared expert; config intermediate_size 6144 is unused. Native 32768 (config 40960); 131072 with YaRN. ' +
      'The July 2025 "2507" refresh raised the context to 256K (separate checkpoints).',
  },
  {
    id: 'qwen3-coder-30b-a3b',
    name: 'Qwen3-Coder 30B-A3B Instruct',
    family: 'Qwen3-Coder',
    developer: 'Alibaba Qwen',
    releaseDate: '2025-07-31',
    license: 'Apache-2.0',
    totalParamsB: 30.5,
    activeParamsB: 3.3,
    nativeFormat: 'bf16',
    architecture: {
      layers: 48,
      hiddenSize: 2048,
      attentionHeads: 32,
      kvHeads: 4,
      headDim: 128,
      vocabSize: 151936,
      tiedEmbeddings: false,
      maxContextTokens: 262144,
      moe: {
        expertsTotal: 128,
        expertsPerToken: 8,
        sharedExperts: 0,
        expertIntermediateSize: 768,
        moeLayers: 48,
      },
    },
    formats: [...STANDARD_LADDER, 'bf16'],
    fileSizes: {
      q8_0: {
        sizeGiB: 30.25,
        source: `${CALIBRATION} qwen3-coder-30b-a3b q8_0 (ggml-org/llama.cpp benches/mac-m2-ultra/mac-m2-ultra.md) (llama-bench size column)`,
      },
      q4_k_m: {
        sizeGiB: 17.35,
        source: `${CALIBRATION} qwen3-coder-30b-a3b q4_k_m (kyuz0/amd-strix-halo-toolboxes benchmark results) (llama-bench size column)`,
      },
    },
    ollamaTag: 'qwen3-coder:30b',
    ggufRepo: 'unsloth/Qwen3-Coder-30B-A3B-Instruct-GGUF',
    asOf: '2026-11',
    source:
      'QwenLM/Qwen3-Coder README (256K native, 1M with YaRN); HF Qwen/Qwen3-Coder-30B-A3B-Instruct config.json copies (RTP-LLM / shailesh83 mirrors) (via data/reference/models.csv)',
    notes:
      'Same dimensions as Qwen3-30B-A3B (48 MoE layers, 128 experts, 8 active, expert width 768). ' +
      '262144 native context (max_position_embeddings 262144); up to 1M with YaRN per the README. ' +
      'Parameter counts 30.5B / 3.3B as for Qwen3-30B-A3B. Release date approximate (end of July 2025).',
  },
  {
    id: 'qwen3-235b-a22b',
    name: 'Qwen3 235B-A22B',
    family: 'Qwen3',
    developer: 'Alibaba Qwen',
    releaseDate: '2025-04-29',
    license: 'Apache-2.0',
    totalParamsB: 235,
    activeParamsB: 22,
    nativeFormat: 'bf16',
    architecture: {
      layers: 94,
      hiddenSize: 4096,
      attentionHeads: 64,
      kvHeads: 4,
      headDim: 128,
      vocabSize: 151936,
      tiedEmbeddings: false,
      maxContextTokens: 131072,
      moe: {
        expertsTotal: 128,
        expertsPerToken: 8,
        sharedExperts: 0,
        expertIntermediateSize: 1536,
        moeLayers: 94,
      },
    },
    formats: ['bf16', 'q8_0', 'q6_k', 'q5_k_m', 'q4_k_m', 'q4_0', 'iq4_xs', 'q3_k_m', 'q2_k'],
    ollamaTag: 'qwen3:235b',
    ggufRepo: 'unsloth/Qwen3-235B-A22B-GGUF',
    asOf: '2026-11',
    source:
      'huggingface.co/Qwen/Qwen3-235B-A22B config.json; QwenLM/Qwen3 Qwen3_Technical_Report.pdf Tables 1-2; THUDM/slime scripts/models/qwen3-235B-A22B.sh (via data/reference/models.csv)',
    notes:
      'All 94 layers MoE: 128 experts, 8 active, expert width 1536, no shared expert. ' +
      'Native 32768 (config 40960); 131072 with YaRN. The 2507 refresh supports 256K (separate checkpoints).',
  },

  // ---------------------------------------------------------------- DeepSeek
  {
    id: 'deepseek-r1-distill-llama-8b',
    name: 'DeepSeek-R1-Distill-Llama-8B',
    family: 'DeepSeek-R1-Distill',
    developer: 'DeepSeek',
    releaseDate: '2025-01-20',
    license: 'MIT (weights derived from Llama-3.1-8B, Llama 3.1 Community License)',
    totalParamsB: 8.03,
    activeParamsB: 8.03,
    nativeFormat: 'bf16',
    architecture: {
      layers: 32,
      hiddenSize: 4096,
      attentionHeads: 32,
      kvHeads: 8,
      headDim: 128,
      intermediateSize: 14336,
      vocabSize: 128256,
      tiedEmbeddings: false,
      maxContextTokens: 131072,
    },
    formats: [...STANDARD_LADDER],
    fileSizes: {
      f16: {
        sizeGiB: 14.99,
        source: `huggingface.co/unsloth/DeepSeek-R1-Distill-Llama-8B-GGUF file listing: F16 16.1 GB ${GB}`,
      },
      q8_0: {
        sizeGiB: 7.95,
        source: `huggingface.co/unsloth/DeepSeek-R1-Distill-Llama-8B-GGUF file listing: Q8_0 8.54 GB ${GB}`,
      },
      q6_k: {
        sizeGiB: 6.15,
        source: `huggingface.co/unsloth/DeepSeek-R1-Distill-Llama-8B-GGUF file listing: Q6_K 6.6 GB ${GB}`,
      },
      q5_k_m: {
        sizeGiB: 5.34,
        source: `huggingface.co/unsloth/DeepSeek-R1-Distill-Llama-8B-GGUF file listing: Q5_K_M 5.73 GB ${GB}`,
      },
      q4_k_m: {
        sizeGiB: 4.58,
        source: `huggingface.co/unsloth/DeepSeek-R1-Distill-Llama-8B-GGUF file listing: Q4_K_M 4.92 GB ${GB}`,
      },
      q3_k_m: {
        sizeGiB: 3.74,
        source: `huggingface.co/unsloth/DeepSeek-R1-Distill-Llama-8B-GGUF file listing: Q3_K_M 4.02 GB ${GB}`,
      },
      q2_k: {
        sizeGiB: 2.96,
        source: `huggingface.co/unsloth/DeepSeek-R1-Distill-Llama-8B-GGUF file listing: Q2_K 3.18 GB ${GB}`,
      },
    },
    ollamaTag: 'deepseek-r1:8b',
    ggufRepo: 'bartowski/DeepSeek-R1-Distill-Llama-8B-GGUF',
    asOf: '2026-11',
    source:
      'deepseek-ai/DeepSeek-R1 README; HF deepseek-ai/DeepSeek-R1-Distill-Llama-8B config.json copies (e.g. casperhansen AWQ snapshot) (via data/reference/models.csv)',
    notes:
      'Llama-3.1-8B-Base fine-tuned on R1 reasoning traces: identical architecture to Llama 3.1 8B ' +
      '(llama3 RoPE scaling factor 8, 131072 context). The DeepSeek repo is MIT; the weights inherit the Llama 3.1 license. ' +
      'Ollama: the deepseek-r1 library was updated for R1-0528 (May 2025), and its 8b tag may now pull ' +
      'DeepSeek-R1-0528-Qwen3-8B rather than this Llama distill - check the tag list before relying on it.',
  },
  {
    id: 'deepseek-r1-distill-qwen-32b',
    name: 'DeepSeek-R1-Distill-Qwen-32B',
    family: 'DeepSeek-R1-Distill',
    developer: 'DeepSeek',
    releaseDate: '2025-01-20',
    license: 'MIT (weights derived from Qwen2.5-32B, Apache-2.0)',
    totalParamsB: 32.8,
    activeParamsB: 32.8,
    nativeFormat: 'bf16',
    architecture: {
      layers: 64,
      hiddenSize: 5120,
      attentionHeads: 40,
      kvHeads: 8,
      headDim: 128,
      intermediateSize: 27648,
      vocabSize: 152064,
      tiedEmbeddings: false,
      maxContextTokens: 131072,
    },
    formats: [...STANDARD_LADDER],
    ollamaTag: 'deepseek-r1:32b',
    ggufRepo: 'bartowski/DeepSeek-R1-Distill-Qwen-32B-GGUF',
    asOf: '2026-11',
    source:
      'deepseek-ai/DeepSeek-R1 README (base Qwen2.5-32B; license); HF duplicate of deepseek-ai/DeepSeek-R1-Distill-Qwen-32B config.json (via data/reference/models.csv)',
    notes:
      'Qwen2.5-32B architecture (rope_theta 1e6, max_position_embeddings 131072; the DeepSeek README serving example ' +
      'uses max-model-len 32768). 32.8B is the Hugging Face parameter count (config-derived 32.76B).',
  },
  {
    id: 'deepseek-v3',
    name: 'DeepSeek-V3 (671B)',
    family: 'DeepSeek-V3',
    developer: 'DeepSeek',
    releaseDate: '2024-12-26',
    license: 'DeepSeek Model License (weights); MIT (code)',
    totalParamsB: 671,
    activeParamsB: 37,
    nativeFormat: 'fp8',
    architecture: {
      layers: 61,
      hiddenSize: 7168,
      attentionHeads: 128,
      kvHeads: 128,
      headDim: 192,
      intermediateSize: 18432,
      vocabSize: 129280,
      tiedEmbeddings: false,
      maxContextTokens: 131072,
      moe: {
        expertsTotal: 256,
        expertsPerToken: 8,
        sharedExperts: 1,
        expertIntermediateSize: 2048,
        moeLayers: 58, // 61 layers - first_k_dense_replace 3
      },
      mla: {
        kvLoraRank: 512,
        qkRopeHeadDim: 64,
      },
    },
    formats: ['fp8', 'q8_0', 'q6_k', 'q5_k_m', 'q4_k_m', 'q3_k_m', 'q2_k'],
    fileSizes: {
      q8_0: {
        sizeGiB: 664.03,
        source: `huggingface.co/unsloth/DeepSeek-V3-GGUF tree DeepSeek-V3-Q8_0 (16 shards, folder total 713 GB) ${GB}`,
      },
      q5_k_m: {
        sizeGiB: 442.75,
        source: `huggingface.co/unsloth/DeepSeek-V3-GGUF tree DeepSeek-V3-Q5_K_M (10 shards: 49.6 + 7 x 48.5 + 50 + 36.3 = 475.4 GB) ${GB}`,
      },
      q4_k_m: {
        sizeGiB: 376.53,
        source: `huggingface.co/bullerwins/DeepSeek-V3-GGUF tree DeepSeek-V3-Q4_K_M (10 shards summing to 404.3 GB) ${GB}`,
      },
      q3_k_m: {
        sizeGiB: 297.09,
        source: `huggingface.co/bullerwins/DeepSeek-V3-GGUF tree DeepSeek-V3-Q3_K_M (8 shards: 44.2 + 6 x 43.7 + 12.6 = 319.0 GB) ${GB}`,
      },
      q2_k: {
        sizeGiB: 206.1,
        source: `huggingface.co/unsloth/DeepSeek-V3-GGUF tree DeepSeek-V3-Q2_K_XS (5 shards: 44.8 + 44.2 + 3 x 44.1 = 221.3 GB) ${GB}; unsloth's Q2_K_XS variant, see notes`,
      },
    },
    ollamaTag: 'deepseek-v3',
    ggufRepo: 'unsloth/DeepSeek-V3-GGUF',
    asOf: '2026-11',
    source:
      'deepseek-ai/DeepSeek-V3 inference/configs/config_671B.json + README; HF DeepSeek-V3 config.json copies (via data/reference/models.csv)',
    notes:
      'MLA: q_lora_rank 1536, kv_lora_rank 512, qk_nope_head_dim 128 + qk_rope_head_dim 64 = 192 (headDim, for Q/K), ' +
      'v_head_dim 128. Engines that cache the compressed latent store 512 + 64 = 576 values per token per layer; ' +
      'engines that expand to per-head K/V need 128 x (192 + 128). 3 dense layers (FFN 18432) + 58 MoE layers ' +
      '(256 routed experts, 8 active, 1 shared, expert width 2048). Native weights are FP8 (128x128 block-scaled); ' +
      'the multi-token-prediction module adds 14B (685B on Hugging Face). README states 128K context; config ' +
      'max_position_embeddings is 163840 (YaRN factor 40 x 4096). The q2_k size is unsloth\'s Q2_K_XS ' +
      '(a Q2_K mix with some tensors lower); unsloth also ships Q2_K_L (~244 GB). Ollama tag deepseek-v3 = 671b.',
  },

  // ---------------------------------------------------------------- Gemma 3
  {
    id: 'gemma-3-4b',
    name: 'Gemma 3 4B',
    family: 'Gemma 3',
    developer: 'Google DeepMind',
    releaseDate: '2025-03-12',
    license: 'Gemma Terms of Use',
    totalParamsB: 4.3,
    activeParamsB: 4.3,
    nativeFormat: 'bf16',
    architecture: {
      layers: 34,
      hiddenSize: 2560,
      attentionHeads: 8,
      kvHeads: 4,
      headDim: 256,
      intermediateSize: 10240,
      vocabSize: 262208,
      tiedEmbeddings: true,
      maxContextTokens: 131072,
      slidingWindow: {
        windowTokens: 1024,
        // sliding_window_pattern 6: layer i is global when (i + 1) % 6 == 0 -> i = 5, 11, 17, 23, 29
        // (5 global layers; i = 35 would be the next, beyond layer 33). 34 - 5 = 29 sliding.
        slidingLayers: 29,
        pattern: '5 local (sliding) : 1 global; layer i global when (i + 1) % 6 == 0',
      },
    },
    formats: [...STANDARD_LADDER, 'bf16'],
    fileSizes: {
      f16: {
        sizeGiB: 7.24,
        source: `huggingface.co/ggml-org/gemma-3-4b-it-GGUF file listing: gemma-3-4b-it-f16.gguf 7.77 GB (text model; mmproj-model-f16.gguf 851 MB is separate) ${GB}`,
      },
      q8_0: {
        sizeGiB: 3.85,
        source: `huggingface.co/ggml-org/gemma-3-4b-it-GGUF file listing: gemma-3-4b-it-Q8_0.gguf 4.13 GB ${GB}`,
      },
      q4_k_m: {
        sizeGiB: 2.32,
        source: `huggingface.co/ggml-org/gemma-3-4b-it-GGUF file listing: gemma-3-4b-it-Q4_K_M.gguf 2.49 GB ${GB}`,
      },
      q2_k: {
        sizeGiB: 1.61,
        source: `huggingface.co/second-state/gemma-3-4b-it-GGUF README: gemma-3-4b-it-Q2_K.gguf 1.73 GB ${GB}`,
      },
    },
    ollamaTag: 'gemma3:4b',
    ggufRepo: 'ggml-org/gemma-3-4b-it-GGUF',
    asOf: '2026-11',
    source:
      'huggingface.co/google/gemma-3-4b-it config.json text_config (copies: GitHub test fixtures of gemma3_text 4b: hidden 2560, intermediate 10240, 34 layers, 8 heads, 4 KV, head_dim 256, sliding_window 1024, sliding_window_pattern 6, vocab 262208); google-deepmind/gemma gemma/gm/nn/_gemma.py (via data/reference/models.csv)',
    notes:
      'Multimodal: ~4.3B total including a ~0.4B SigLIP vision encoder (text decoder ~3.9B). ' +
      'HF vocab_size 262208 (tokenizer 262144 + image tokens). Global layers use RoPE base 1e6 with linear scaling x8; ' +
      'local layers base 1e4. 128K context. GGUF sizes are the text model; the vision projector (mmproj, ~0.85 GB f16) is a separate file.',
  },
  {
    id: 'gemma-3-12b',
    name: 'Gemma 3 12B',
    family: 'Gemma 3',
    developer: 'Google DeepMind',
    releaseDate: '2025-03-12',
    license: 'Gemma Terms of Use',
    totalParamsB: 12.2,
    activeParamsB: 12.2,
    nativeFormat: 'bf16',
    architecture: {
      layers: 48,
      hiddenSize: 3840,
      attentionHeads: 16,
      kvHeads: 8,
      headDim: 256,
      intermediateSize: 15360,
      vocabSize: 262208,
      tiedEmbeddings: true,
      maxContextTokens: 131072,
      slidingWindow: {
        windowTokens: 1024,
        // sliding_window_pattern 6 over 48 layers: global at i = 5, 11, ..., 47 -> 48 / 6 = 8 global, 40 sliding.
        slidingLayers: 40,
        pattern: '5 local (sliding) : 1 global; layer i global when (i + 1) % 6 == 0',
      },
    },
    formats: [...STANDARD_LADDER, 'bf16'],
    fileSizes: {
      f16: {
        sizeGiB: 21.89,
        source: `huggingface.co/lm-kit/gemma-3-12b-instruct-gguf file listing: gemma-3-it-12B-F16.gguf 23.5 GB ${GB}`,
      },
      q8_0: {
        sizeGiB: 11.64,
        source: `huggingface.co/MaziyarPanahi/gemma-3-12b-it-GGUF file listing: Q8_0 12.5 GB ${GB}`,
      },
      q6_k: {
        sizeGiB: 9.0,
        source: `huggingface.co/MaziyarPanahi/gemma-3-12b-it-GGUF file listing: Q6_K 9.66 GB ${GB}`,
      },
      q5_k_m: {
        sizeGiB: 7.86,
        source: `huggingface.co/MaziyarPanahi/gemma-3-12b-it-GGUF file listing: Q5_K_M 8.44 GB ${GB}`,
      },
      q4_k_m: {
        sizeGiB: 6.8,
        source: `huggingface.co/MaziyarPanahi/gemma-3-12b-it-GGUF file listing: Q4_K_M 7.3 GB ${GB}`,
      },
      q3_k_m: {
        sizeGiB: 5.6,
        source: `huggingface.co/MaziyarPanahi/gemma-3-12b-it-GGUF file listing: Q3_K_M 6.01 GB ${GB}`,
      },
      q2_k: {
        sizeGiB: 4.44,
        source: `huggingface.co/MaziyarPanahi/gemma-3-12b-it-GGUF file listing: Q2_K 4.77 GB ${GB}`,
      },
    },
    ollamaTag: 'gemma3:12b',
    ggufRepo: 'ggml-org/gemma-3-12b-it-GGUF',
    asOf: '2026-11',
    source:
      'huggingface.co/google/gemma-3-12b-it config.json text_config (copies: a GitHub preset of google/gemma-3-12b with vocab 262208 / 8 KV / head_dim 256 / sliding_window 1024; cjvt/GaMS3-12B config with intermediate 15360 and the layer_types list); google-deepmind/gemma _gemma.py (via data/reference/models.csv)',
    notes: 'Multimodal (SigLIP vision encoder included in the 12.2B). HF vocab_size 262208. 128K context.',
  },
  {
    id: 'gemma-3-27b',
    name: 'Gemma 3 27B',
    family: 'Gemma 3',
    developer: 'Google DeepMind',
    releaseDate: '2025-03-12',
    license: 'Gemma Terms of Use',
    totalParamsB: 27.4,
    activeParamsB: 27.4,
    nativeFormat: 'bf16',
    architecture: {
      layers: 62,
      hiddenSize: 5376,
      attentionHeads: 32,
      kvHeads: 16,
      headDim: 128,
      intermediateSize: 21504,
      vocabSize: 262208,
      tiedEmbeddings: true,
      maxContextTokens: 131072,
      slidingWindow: {
        windowTokens: 1024,
        // sliding_window_pattern 6 over 62 layers: global at i = 5, 11, ..., 59 -> floor(62 / 6) = 10 global, 52 sliding.
        slidingLayers: 52,
        pattern: '5 local (sliding) : 1 global; layer i global when (i + 1) % 6 == 0',
      },
    },
    formats: [...STANDARD_LADDER, 'bf16'],
    fileSizes: {
      f16: {
        sizeGiB: 50.29,
        source: `huggingface.co/ggml-org/gemma-3-27b-it-GGUF file listing: f16 in 2 shards, 40 + 14 = 54.0 GB (mmproj 858 MB separate) ${GB}`,
      },
      q8_0: {
        sizeGiB: 26.73,
        source: `huggingface.co/ggml-org/gemma-3-27b-it-GGUF file listing: gemma-3-27b-it-Q8_0.gguf 28.7 GB ${GB}`,
      },
      q6_k: {
        sizeGiB: 20.68,
        source: `huggingface.co/mradermacher/gemma-3-27b-it-GGUF file listing: Q6_K 22.2 GB ${GB}`,
      },
      q5_k_m: {
        sizeGiB: 17.97,
        source: `huggingface.co/mradermacher/gemma-3-27b-it-GGUF file listing: Q5_K_M 19.3 GB ${GB}`,
      },
      q4_k_m: {
        sizeGiB: 15.37,
        source: `huggingface.co/ggml-org/gemma-3-27b-it-GGUF file listing: gemma-3-27b-it-Q4_K_M.gguf 16.5 GB ${GB}`,
      },
      iq4_xs: {
        sizeGiB: 13.88,
        source: `huggingface.co/mradermacher/gemma-3-27b-it-GGUF file listing: IQ4_XS 14.9 GB ${GB}`,
      },
      q3_k_m: {
        sizeGiB: 12.48,
        source: `huggingface.co/mradermacher/gemma-3-27b-it-GGUF file listing: Q3_K_M 13.4 GB ${GB}`,
      },
      q2_k: {
        sizeGiB: 9.78,
        source: `huggingface.co/mradermacher/gemma-3-27b-it-GGUF file listing: Q2_K 10.5 GB ${GB}`,
      },
    },
    ollamaTag: 'gemma3:27b',
    ggufRepo: 'ggml-org/gemma-3-27b-it-GGUF',
    asOf: '2026-11',
    source:
      'huggingface.co/google/gemma-3-27b-it config.json text_config (copies in GitHub code: head_dim 128, hidden 5376, intermediate 21504, 32 heads, 16 KV, 62 layers, query_pre_attn_scalar 168, sliding_window 1024, rope linear x8, vocab 262208); google-deepmind/gemma _gemma.py (via data/reference/models.csv)',
    notes:
      'head_dim 128 here (256 on 4B/12B). Multimodal (SigLIP vision encoder included in 27.4B). ' +
      'HF vocab_size 262208 (the gemma repo num_embed is 262144). Google also publishes QAT Q4_0 checkpoints. 128K context.',
  },

  // ---------------------------------------------------------------- Phi
  {
    id: 'phi-4',
    name: 'Phi-4 (14B)',
    family: 'Phi',
    developer: 'Microsoft',
    releaseDate: '2024-12-12',
    license: 'MIT',
    totalParamsB: 14.7,
    activeParamsB: 14.7,
    nativeFormat: 'bf16',
    architecture: {
      layers: 40,
      hiddenSize: 5120,
      attentionHeads: 40,
      kvHeads: 10,
      headDim: 128,
      intermediateSize: 17920,
      vocabSize: 100352,
      tiedEmbeddings: false,
      maxContextTokens: 16384,
    },
    formats: ['f16', 'q8_0', 'q6_k', 'q5_k_m', 'q4_k_m', 'q4_0', 'iq4_xs', 'q3_k_m', 'q2_k', 'bf16'],
    fileSizes: {
      f16: {
        sizeGiB: 27.29,
        source: `huggingface.co/microsoft/phi-4-gguf file listing: phi-4-fp16.gguf 29.3 GB ${GB}`,
      },
      q8_0: {
        sizeGiB: 14.53,
        source: `huggingface.co/mradermacher/phi-4-GGUF file listing: Q8_0 15.6 GB ${GB}`,
      },
      q6_k: {
        sizeGiB: 11.18,
        source: `huggingface.co/mradermacher/phi-4-GGUF file listing: Q6_K 12 GB ${GB}`,
      },
      q5_k_m: {
        sizeGiB: 9.87,
        source: `huggingface.co/mradermacher/phi-4-GGUF file listing: Q5_K_M 10.6 GB ${GB}`,
      },
      q4_k_m: {
        sizeGiB: 8.43,
        source: `huggingface.co/microsoft/phi-4-gguf file listing: phi-4-q4.gguf (Q4_K_M) 9.05 GB ${GB}`,
      },
      q4_0: {
        sizeGiB: 7.8,
        source: `huggingface.co/second-state/phi-4-GGUF README: phi-4-Q4_0.gguf 8.38 GB ${GB}`,
      },
      iq4_xs: {
        sizeGiB: 7.46,
        source: `huggingface.co/mradermacher/phi-4-GGUF file listing: IQ4_XS 8.01 GB ${GB}`,
      },
      q3_k_m: {
        sizeGiB: 6.85,
        source: `huggingface.co/mradermacher/phi-4-GGUF file listing: Q3_K_M 7.36 GB ${GB}`,
      },
      q2_k: {
        sizeGiB: 5.17,
        source: `huggingface.co/mradermacher/phi-4-GGUF file listing: Q2_K 5.55 GB ${GB}`,
      },
    },
    ollamaTag: 'phi4',
    ggufRepo: 'microsoft/phi-4-gguf',
    asOf: '2026-11',
    source:
      'huggingface.co/microsoft/phi-4 config.json (refs/pr/10; annotated copy on GitHub: Phi3ForCausalLM, hidden 5120, intermediate 17920, 40 layers, 40 heads, 10 KV, max_position_embeddings 16384) (via data/reference/models.csv)',
    notes:
      'Announced 2024-12-12; weights on Hugging Face in January 2025. rope_theta 250000. head_dim derived 5120/40. ' +
      '14.7B parameters per model card.',
  },
];
