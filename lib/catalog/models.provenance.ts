/**
 * Provenance of every model in models.ts (architecture source, notes, and the source of each published
 * file size). Server, CLI and tests only: the browser bundle never imports this file.
 *
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
import type { ModelProvenance } from './types';

export const modelProvenance: Record<string, ModelProvenance> = {
  'gpt-oss-20b': {
    source: 'huggingface.co/openai/gpt-oss-20b config.json; openai/gpt-oss gpt_oss/torch/model.py (ModelConfig; sliding window when layer_idx % 2 == 0); OpenAI gpt-oss model card (via data/reference/models.csv)',
    asOf: '2026-05',
    notes: 'MoE expert weights ship in MXFP4 (4.25 bpw); attention, router, embeddings and unembedding in BF16. config intermediate_size 2880 is the expert width; there are no dense FFN layers. Attention sinks; rope_theta 150000 with YaRN factor 32 over an initial 4096 context. The "f16" size is the llama.cpp file whose non-expert tensors are F16 while experts stay MXFP4 (calibration.csv labels it "mxfp4-f16"; unsloth F16 is 13.8 GB = 12.85 GiB, consistent). K-quant presets barely change the size because the expert tensors stay MXFP4 (quants.md section 3); a Q8_0 upload that re-quantises the experts to Q8_0 (DevQuasar, 22.3 GB) is much larger, so no single q8_0 size is recorded. Original HF checkpoint: 3 safetensors shards, ~13.8 GB.',
    fileSizes: {
      mxfp4: {
        source: 'data/benchmarks/calibration.csv gpt-oss-20b mxfp4 (ggml-org/llama.cpp discussion #15396 and others) (llama-bench size column)',
      },
      f16: {
        source: 'data/benchmarks/calibration.csv gpt-oss-20b "mxfp4-f16" (geerlingguy/ai-benchmarks issue #21; llama.cpp discussion #15396) (llama-bench size column)',
      },
      q5_k_m: {
        source: 'huggingface.co/unsloth/gpt-oss-20b-GGUF file listing: gpt-oss-20b-Q5_K_M.gguf 11.7 GB (GB x 1e9 / 2^30)',
      },
      q4_k_m: {
        source: 'huggingface.co/unsloth/gpt-oss-20b-GGUF file listing: gpt-oss-20b-Q4_K_M.gguf 11.6 GB (GB x 1e9 / 2^30)',
      },
      q4_0: {
        source: 'huggingface.co/unsloth/gpt-oss-20b-GGUF file listing: gpt-oss-20b-Q4_0.gguf 11.5 GB (GB x 1e9 / 2^30)',
      },
      q2_k: {
        source: 'huggingface.co/unsloth/gpt-oss-20b-GGUF file listing: gpt-oss-20b-Q2_K.gguf 11.5 GB (GB x 1e9 / 2^30)',
      },
    },
  },
  'gpt-oss-120b': {
    source: 'huggingface.co/openai/gpt-oss-120b config.json; openai/gpt-oss gpt_oss/torch/model.py (ModelConfig defaults = 120b); OpenAI gpt-oss model card (via data/reference/models.csv)',
    asOf: '2026-05',
    notes: 'MoE expert weights in MXFP4, the rest in BF16; checkpoint ~60.8 GiB per model card (as quoted by fitmygpu.com), 15 safetensors shards. K-quant files keep the experts in MXFP4, so their sizes barely differ (quants.md section 3). The ailocalcheck.com sizes are labelled GB but are treated as GiB: the Q8_0 figure (59.03) matches the llama-bench GiB size of the ggml-org MXFP4 file (59.02, whose non-expert tensors are also 8-bit), and F16 - Q8_0 = 1.85 matches ~2.1B non-expert parameters x (2 - 1.0625) bytes = 1.84 GiB; read as GB the Q8_0 file would be 4 GiB smaller than the MXFP4 file, which is not possible. Unsloth says 120b runs in ~66 GB RAM.',
    fileSizes: {
      mxfp4: {
        source: 'data/benchmarks/calibration.csv gpt-oss-120b mxfp4 (ggml-org/gpt-oss-120b-GGUF, 3 shards; llama.cpp benches/dgx-spark.md and others) (llama-bench size column)',
      },
      f16: {
        source: 'unsloth/gpt-oss-120b-GGUF F16 as listed by ailocalcheck.com (via data/reference/quants.md); figure labelled "GB" there but read as GiB, see notes',
      },
      q8_0: {
        source: 'unsloth/gpt-oss-120b-GGUF Q8_0 as listed by ailocalcheck.com (via data/reference/quants.md); read as GiB, see notes',
      },
      q4_k_m: {
        source: 'unsloth/gpt-oss-120b-GGUF Q4_K_M as listed by ailocalcheck.com (via data/reference/quants.md); read as GiB, see notes',
      },
      q2_k: {
        source: 'unsloth/gpt-oss-120b-GGUF Q2_K as listed by ailocalcheck.com (via data/reference/quants.md); read as GiB, see notes',
      },
    },
  },
  'llama-2-7b': {
    source: 'huggingface.co/meta-llama/Llama-2-7b-hf config.json (copies: microsoft/Olive examples/llm/config.py for meta-llama/Llama-2-7b-chat-hf; HF module dump in Retruth/deontic nlp_models/llama2/README.md)',
    asOf: '2026-11',
    notes: 'Multi-head attention (kvHeads = heads = 32), so the KV cache is 4x a GQA model of the same size. Base and chat variants share the architecture and file sizes; the Ollama tag and GGUF repo are the chat model. TheBloke Q4_0 is 3.83 GB = 3.57 GiB, consistent with the llama-bench 3.56 GiB. Params 6.74B per Llama 2 paper / HF.',
    fileSizes: {
      q4_0: {
        source: 'data/benchmarks/calibration.csv llama-2-7b q4_0 (r/LocalLLaMA post \'llama.cpp Compute and Memory Bandwidth Efficiency w/ Different Devices/Backends\', u/randomfoo2) (llama-bench size column)',
      },
      q4_k_m: {
        source: 'huggingface.co/TheBloke/Llama-2-7B-Chat-GGUF file listing: llama-2-7b-chat.Q4_K_M.gguf 4.08 GB (GB x 1e9 / 2^30)',
      },
      q3_k_m: {
        source: 'huggingface.co/TheBloke/Llama-2-7B-Chat-GGUF file listing: llama-2-7b-chat.Q3_K_M.gguf 3.3 GB (GB x 1e9 / 2^30)',
      },
      q2_k: {
        source: 'huggingface.co/TheBloke/Llama-2-7B-Chat-GGUF file listing: llama-2-7b-chat.Q2_K.gguf 2.83 GB (GB x 1e9 / 2^30)',
      },
    },
  },
  'llama-2-70b': {
    source: 'huggingface.co/meta-llama/Llama-2-70b-hf config.json (num_hidden_layers 80, hidden 8192, 64 heads, 8 KV heads, intermediate 28672, vocab 32000, max_position_embeddings 4096)',
    asOf: '2026-11',
    notes: 'Only the 70B of Llama 2 uses GQA (8 KV heads). Marketed as 70B; 68.98B is derived from the config (80 x (2x8192^2 + 2x8192x1024 + 3x8192x28672) + 2x32000x8192). TheBloke Q6_K and Q8_0 70B files are split (>50 GB per-file limit) but exist.',
    fileSizes: {
      q3_k_m: {
        source: 'huggingface.co/TheBloke/Llama-2-70B-Chat-GGUF README provided-files table: llama-2-70b-chat.Q3_K_M.gguf 33.19 GB (GB x 1e9 / 2^30)',
      },
      q2_k: {
        source: 'huggingface.co/TheBloke/Llama-2-70B-Chat-GGUF README provided-files table: llama-2-70b-chat.Q2_K.gguf 29.28 GB (GB x 1e9 / 2^30)',
      },
    },
  },
  'llama-3-8b': {
    source: 'huggingface.co/meta-llama/Meta-Llama-3-8B config.json (same dimensions as Llama 3.1 8B in meta-llama/llama-models sku_list.py; max_position_embeddings 8192, rope_theta 500000, no rope scaling)',
    asOf: '2026-11',
    notes: 'Same weights layout as Llama 3.1 8B, but trained and released for an 8192-token context (no llama3 RoPE scaling). Base and Instruct share architecture and file sizes.',
    fileSizes: {
      f16: {
        source: 'data/benchmarks/calibration.csv llama-3-8b f16 (XiongjieDai/GPU-Benchmarks-on-LLM-Inference README.md) (llama-bench size column)',
      },
      bf16: {
        source: 'huggingface.co/ddh0/UnquantizedEmbeddingTesting sizes.txt: Meta-Llama-3-8B-Instruct-bf16.gguf 16,068,890,912 bytes (/ 2^30)',
      },
      q8_0: {
        source: 'ggml-org/llama.cpp tools/quantize/quantize.cpp QUANT_OPTIONS descriptions (Llama-3-8B; same GiB figures as the README table; via data/reference/quants.md): Q8_0 7.96G',
      },
      q6_k: {
        source: 'ggml-org/llama.cpp tools/quantize/quantize.cpp QUANT_OPTIONS descriptions (Llama-3-8B; same GiB figures as the README table; via data/reference/quants.md): Q6_K 6.14G',
      },
      q5_k_m: {
        source: 'ggml-org/llama.cpp tools/quantize/quantize.cpp QUANT_OPTIONS descriptions (Llama-3-8B; same GiB figures as the README table; via data/reference/quants.md): Q5_K_M 5.33G',
      },
      q4_k_m: {
        source: 'data/benchmarks/calibration.csv llama-3-8b q4_k_m (XiongjieDai/GPU-Benchmarks-on-LLM-Inference README.md) (llama-bench size column)',
      },
      q4_0: {
        source: 'data/benchmarks/calibration.csv llama-3-8b q4_0 (ggml-org/llama.cpp PR #21024, comment by 0cc4m) (llama-bench size column)',
      },
      q3_k_m: {
        source: 'ggml-org/llama.cpp tools/quantize/quantize.cpp QUANT_OPTIONS descriptions (Llama-3-8B; same GiB figures as the README table; via data/reference/quants.md): Q3_K_M 3.74G',
      },
      q2_k: {
        source: 'huggingface.co/ddh0/UnquantizedEmbeddingTesting sizes.txt: Meta-Llama-3-8B-Instruct-q2_K.gguf 3,179,131,168 bytes (/ 2^30)',
      },
    },
  },
  'llama-3-70b': {
    source: 'huggingface.co/meta-llama/Meta-Llama-3-70B config.json (same dimensions as Llama 3.1 70B: oumi configs/recipes/llama3_1/README.md, meta-llama/llama-models sku_list.py; max_position_embeddings 8192)',
    asOf: '2026-11',
    notes: '8192-token context (no RoPE scaling). 70.6B parameters per HF (derived from config: 70.55B).',
    fileSizes: {
      f16: {
        source: 'data/benchmarks/calibration.csv llama-3-70b f16 (XiongjieDai/GPU-Benchmarks-on-LLM-Inference README.md) (llama-bench size column)',
      },
      q4_k_m: {
        source: 'data/benchmarks/calibration.csv llama-3-70b q4_k_m (XiongjieDai/GPU-Benchmarks-on-LLM-Inference README.md) (llama-bench size column)',
      },
    },
  },
  'llama-3.1-8b': {
    source: 'meta-llama/llama-models models/sku_list.py (arch_args) + models/datatypes.py (max_seq_len) (via data/reference/models.csv); intermediate 14336 and tie_word_embeddings false from HF config copies (oumi configs/recipes/llama3_1/README.md)',
    asOf: '2026-11',
    notes: '131072 context via llama3 RoPE scaling (factor 8 over the original 8192). 8.03B parameters per HF. The llama.cpp quantize README sizes were measured on this model.',
    fileSizes: {
      f16: {
        source: 'ggml-org/llama.cpp tools/quantize/README.md (table measured on Llama-3.1-8B, GiB; via data/reference/quants.md): F16 14.96',
      },
      q8_0: {
        source: 'ggml-org/llama.cpp tools/quantize/README.md (table measured on Llama-3.1-8B, GiB; via data/reference/quants.md): Q8_0 7.95',
      },
      q6_k: {
        source: 'ggml-org/llama.cpp tools/quantize/README.md (table measured on Llama-3.1-8B, GiB; via data/reference/quants.md): Q6_K 6.14',
      },
      q5_k_m: {
        source: 'ggml-org/llama.cpp tools/quantize/README.md (table measured on Llama-3.1-8B, GiB; via data/reference/quants.md): Q5_K_M 5.33',
      },
      q4_k_m: {
        source: 'ggml-org/llama.cpp tools/quantize/README.md (table measured on Llama-3.1-8B, GiB; via data/reference/quants.md): Q4_K_M 4.58',
      },
      iq4_xs: {
        source: 'ggml-org/llama.cpp tools/quantize/README.md (table measured on Llama-3.1-8B, GiB; via data/reference/quants.md): IQ4_XS 4.17',
      },
      q3_k_m: {
        source: 'huggingface.co/aniljava/Meta-Llama-3.1-8B-Instruct-GGUF commit a4cc97c: Meta-Llama-3.1-8B-Instruct.Q3_K_M.gguf LFS size 4,018,917,280 bytes (/ 2^30)',
      },
      q2_k: {
        source: 'ggml-org/llama.cpp tools/quantize/README.md (table measured on Llama-3.1-8B, GiB; via data/reference/quants.md): Q2_K 2.95',
      },
    },
  },
  'llama-3.1-70b': {
    source: 'meta-llama/llama-models models/sku_list.py + models/datatypes.py (via data/reference/models.csv); intermediate 28672, tie_word_embeddings false from oumi configs/recipes/llama3_1/README.md',
    asOf: '2026-11',
    notes: '131072 context via llama3 RoPE scaling (factor 8 over 8192). 70.6B parameters per HF.',
    fileSizes: {
      q4_k_m: {
        source: 'ggml-org/llama.cpp tools/quantize/README.md "Llama 3.1" model-size table: 70B Q4_K_M 43.1 GB (GB x 1e9 / 2^30) (via data/reference/quants.md)',
      },
    },
  },
  'llama-3.2-1b': {
    source: 'meta-llama/llama-models models/sku_list.py + models/datatypes.py (via data/reference/models.csv); intermediate_size 8192 from huggingface.co/meta-llama/Llama-3.2-1B config.json',
    asOf: '2026-11',
    notes: 'Tied input/output embeddings. The 128256 x 2048 embedding is ~21% of the weights, so quantized files are relatively larger than the Llama-3.1-8B bits-per-weight table predicts.',
  },
  'llama-3.2-3b': {
    source: 'meta-llama/llama-models models/sku_list.py + models/datatypes.py (via data/reference/models.csv); intermediate_size 8192 from huggingface.co/meta-llama/Llama-3.2-3B config.json (copy in a nanoGPT-style Llama3BConfig)',
    asOf: '2026-11',
    notes: 'Tied input/output embeddings.',
  },
  'llama-3.3-70b': {
    source: 'meta-llama/llama-models models/sku_list.py + models/datatypes.py (via data/reference/models.csv); intermediate 28672, tie_word_embeddings false from oumi configs/recipes/llama3_3/README.md',
    asOf: '2026-11',
    notes: 'Same architecture as Llama 3.1 70B, so these file sizes apply to it too (bartowski Q4_K_M 39.58 GiB vs the llama-bench 39.59 GiB of Llama 3 70B Q4_K_M). Instruct-only release.',
    fileSizes: {
      q8_0: {
        source: 'huggingface.co/mradermacher/Llama-3.3-70B-Instruct-GGUF file listing: Q8_0 in 2 parts, 37.6 + 37.4 = 75.0 GB (GB x 1e9 / 2^30)',
      },
      q6_k: {
        source: 'huggingface.co/mradermacher/Llama-3.3-70B-Instruct-GGUF file listing: Q6_K in 2 parts, 29 + 28.9 = 57.9 GB (GB x 1e9 / 2^30)',
      },
      q5_k_m: {
        source: 'huggingface.co/mradermacher/Llama-3.3-70B-Instruct-GGUF file listing: Q5_K_M 49.9 GB (GB x 1e9 / 2^30)',
      },
      q4_k_m: {
        source: 'huggingface.co/bartowski/Llama-3.3-70B-Instruct-GGUF file listing: Llama-3.3-70B-Instruct-Q4_K_M.gguf 42.5 GB (GB x 1e9 / 2^30)',
      },
      q4_0: {
        source: 'huggingface.co/bartowski/Llama-3.3-70B-Instruct-GGUF file listing: Llama-3.3-70B-Instruct-Q4_0.gguf 40.1 GB (GB x 1e9 / 2^30)',
      },
      iq4_xs: {
        source: 'huggingface.co/mradermacher/Llama-3.3-70B-Instruct-GGUF file listing: IQ4_XS 38.3 GB (GB x 1e9 / 2^30)',
      },
      q3_k_m: {
        source: 'huggingface.co/mradermacher/Llama-3.3-70B-Instruct-GGUF file listing: Q3_K_M 34.3 GB (GB x 1e9 / 2^30)',
      },
      q2_k: {
        source: 'huggingface.co/mradermacher/Llama-3.3-70B-Instruct-GGUF file listing: Q2_K 26.4 GB (GB x 1e9 / 2^30)',
      },
    },
  },
  'mistral-7b': {
    source: 'huggingface.co/unsloth/mistral-7b-v0.3 config.json (copy of mistralai/Mistral-7B-v0.3); mistralai/mistral-inference README (via data/reference/models.csv)',
    asOf: '2026-11',
    notes: 'This entry is v0.3 (vocab extended to 32768, function calling). v0.3 has sliding_window null, i.e. full attention over 32768 tokens; v0.1 used a 4096-token sliding window. 7.25B parameters per HF. The q4_0 size comes from a March 2024 benchmark, so it is a v0.1/v0.2 file (vocab 32000); v0.3 adds 768 embedding rows (~3.5 MB at Q4_0), which does not change the figure at this precision. Release date: v0.3 weights published on Hugging Face 2024-05-22 (not confirmed from a primary source here).',
    fileSizes: {
      q4_0: {
        source: 'data/benchmarks/calibration.csv mistral-7b q4_0 (ggml-org/llama.cpp PR #5835, comment by Nindaleth) (llama-bench size column)',
      },
    },
  },
  'mistral-nemo-12b': {
    source: 'huggingface.co/mistralai/Mistral-Nemo-Instruct-2407 config.json; NVIDIA NIM docs mistral-nemo-12b-instruct (40 layers, dim 5120, head dim 128, 32 heads, 8 KV heads, vocab 2^17); mistral.ai/news/mistral-nemo (via data/reference/models.csv)',
    asOf: '2026-11',
    notes: 'head_dim 128 is explicit in the config (hidden 5120 / 32 heads would give 160). Config max_position_embeddings is 1024000 but the trained / advertised context is 128k. Tekken tokenizer (2^17 vocab). Mistral says it was trained FP8-aware (FP8 inference without loss).',
    fileSizes: {
      q8_0: {
        source: 'huggingface.co/bartowski/Mistral-Nemo-Instruct-2407-GGUF file listing: Q8_0 13 GB (GB x 1e9 / 2^30)',
      },
      q6_k: {
        source: 'huggingface.co/bartowski/Mistral-Nemo-Instruct-2407-GGUF file listing: Q6_K 10.1 GB (GB x 1e9 / 2^30)',
      },
      q5_k_m: {
        source: 'huggingface.co/bartowski/Mistral-Nemo-Instruct-2407-GGUF file listing: Q5_K_M 8.73 GB (GB x 1e9 / 2^30)',
      },
      q4_k_m: {
        source: 'huggingface.co/bartowski/Mistral-Nemo-Instruct-2407-GGUF file listing: Q4_K_M 7.48 GB (GB x 1e9 / 2^30)',
      },
    },
  },
  'mistral-small-24b': {
    source: 'huggingface.co/unsloth/Mistral-Small-24B-Instruct-2501 config.json (copy of mistralai/Mistral-Small-24B-Instruct-2501; via data/reference/models.csv)',
    asOf: '2026-11',
    notes: 'This entry is Mistral Small 3 (2501), text-only, 32k context - the model behind the Ollama mistral-small:24b tag. Mistral Small 3.1 (2503) adds a vision encoder and 128k context (its text decoder is commonly described as the same dimensions, not verified here). head_dim 128 is explicit in the config (5120 / 32 would be 160). rope_theta 1e8. Marketed as 24B; 23.57B is derived from the config (40 x (2x5120x4096 + 2x5120x1024 + 3x5120x32768) + 2x131072x5120).',
  },
  'mixtral-8x7b': {
    source: 'huggingface.co/mistralai/Mixtral-8x7B-Instruct-v0.1 config.json (via data/reference/models.csv); 46.7B total / 12.9B per token per Mistral announcement (robotsatlas.com / golden.com copies)',
    asOf: '2026-11',
    notes: 'Every layer is MoE (8 experts, top-2, expert FFN width 14336); no dense FFN. Attention is shared, so active parameters (12.9B) are more than 2/8 of the total. Sizes from the base-model GGUF README; Instruct files have the same tensor shapes. head_dim derived 4096/32.',
    fileSizes: {
      q4_0: {
        source: 'huggingface.co/TheBloke/Mixtral-8x7B-v0.1-GGUF README provided-files table: Q4_0 26.44 GB (GB x 1e9 / 2^30)',
      },
      q3_k_m: {
        source: 'huggingface.co/TheBloke/Mixtral-8x7B-v0.1-GGUF README provided-files table: Q3_K_M 20.36 GB (GB x 1e9 / 2^30)',
      },
      q2_k: {
        source: 'huggingface.co/TheBloke/Mixtral-8x7B-v0.1-GGUF README provided-files table: Q2_K 15.64 GB (GB x 1e9 / 2^30)',
      },
    },
  },
  'qwen2.5-7b': {
    source: 'huggingface.co/Qwen/Qwen2.5-7B config.json (copies: citsjtu2020/LLM-Prof sglang/Model_Config.md via data/reference/models.csv; per-layer shapes q 3584x3584, k/v 512x3584, mlp 18944x3584)',
    asOf: '2026-11',
    notes: 'Native context 32768 (Instruct config); 131072 with YaRN rope scaling (factor 4) as documented on the model card. Attention QKV bias. 7.61B parameters per model card (6.53B non-embedding).',
    fileSizes: {
      q8_0: {
        source: 'huggingface.co/lmstudio-community/Qwen2.5-7B-Instruct-GGUF (bartowski quants) file listing: Q8_0 8.1 GB (GB x 1e9 / 2^30)',
      },
      q6_k: {
        source: 'huggingface.co/lmstudio-community/Qwen2.5-7B-Instruct-GGUF (bartowski quants) file listing: Q6_K 6.25 GB (GB x 1e9 / 2^30)',
      },
      q4_k_m: {
        source: 'huggingface.co/lmstudio-community/Qwen2.5-7B-Instruct-GGUF (bartowski quants) file listing: Q4_K_M 4.68 GB (GB x 1e9 / 2^30)',
      },
      q3_k_m: {
        source: 'Qwen/Qwen2.5-7B-Instruct-GGUF qwen2.5-7b-instruct-q3_k_m.gguf 3.55 GB (ai.gitee.com mirror of the HF repo) (GB x 1e9 / 2^30)',
      },
      q2_k: {
        source: 'Qwen/Qwen2.5-7B-Instruct-GGUF qwen2.5-7b-instruct-q2_k.gguf 2.81 GB (ai.gitee.com mirror of the HF repo) (GB x 1e9 / 2^30)',
      },
    },
  },
  'qwen2.5-coder-7b': {
    source: 'huggingface.co/Qwen/Qwen2.5-Coder-7B model card (7.61B params, 6.53B non-embedding, 28 layers, 28 Q / 4 KV heads, 131072 context; copy in ZHUI/paddlenlp_model_readme Qwen/Qwen2.5-Coder-7B/index.md) and Qwen/Qwen2.5-Coder-7B-Instruct-GGUF README (git-thinh/ai-docs copy); hidden/intermediate/vocab as Qwen2.5-7B, on which it is built',
    asOf: '2026-11',
    notes: 'Same architecture as Qwen2.5-7B (continued pretraining on 5.5T code tokens). Base card: full 131072 context; Instruct config is 32768 native + YaRN to 131072 (the official GGUF README notes llama.cpp runs it at 32768). Official GGUF repo ships q2_K, q3_K_M, q4_0, q4_K_M, q5_0, q5_K_M, q6_K, q8_0 (+ fp16); iq4_xs from bartowski/unsloth uploads.',
  },
  'qwen2.5-14b': {
    source: 'huggingface.co/Qwen/Qwen2.5-14B config.json (copies: citsjtu2020/LLM-Prof sglang/Model_Config.md via data/reference/models.csv; intermediate 13824 / vocab 152064 / untied in a GitHub analysis preset)',
    asOf: '2026-11',
    notes: 'Native 32768; 131072 with YaRN (factor 4). 14.7B parameters per model card.',
  },
  'qwen2.5-32b': {
    source: 'huggingface.co/Qwen/Qwen2.5-32B config.json (copies: citsjtu2020/LLM-Prof sglang/Model_Config.md; DeepSeek-R1-Distill-Qwen-32B config.json; via data/reference/models.csv)',
    asOf: '2026-11',
    notes: 'Native 32768; 131072 with YaRN (factor 4). Model card says 32.5B parameters; the config dimensions give 32.76B (64 x 487.6M + 2 x 152064 x 5120), which is what Hugging Face shows (32.8B).',
  },
  'qwen2.5-72b': {
    source: 'huggingface.co/Qwen/Qwen2.5-72B config.json (copies: citsjtu2020/LLM-Prof sglang/Model_Config.md via data/reference/models.csv; intermediate 29568 in several GitHub presets of Qwen2.5-72B-Instruct)',
    asOf: '2026-11',
    notes: 'Native 32768; 131072 with YaRN (factor 4). Released under the Qwen License (not Apache-2.0), per the QwenLM/Qwen2.5 README. 72.7B parameters per model card (70.0B non-embedding).',
  },
  'qwen3-8b': {
    source: 'huggingface.co/Qwen/Qwen3-8B config.json; QwenLM/Qwen3 Qwen3_Technical_Report.pdf Tables 1-2; THUDM/slime scripts/models/qwen3-8B.sh (via data/reference/models.csv)',
    asOf: '2026-11',
    notes: 'Native context 32768 (config max_position_embeddings 40960); 131072 with YaRN per the model card. QK-norm; no QKV bias. 8.2B parameters per model card.',
    fileSizes: {
      f16: {
        source: 'huggingface.co/codebasic/Qwen3-8B-GGUF file listing: Qwen3-8B-F16.gguf 16.4 GB (GB x 1e9 / 2^30)',
      },
      q8_0: {
        source: 'huggingface.co/codebasic/Qwen3-8B-GGUF file listing: Qwen3-8B-Q8_0.gguf 8.71 GB (GB x 1e9 / 2^30)',
      },
      q6_k: {
        source: 'huggingface.co/codebasic/Qwen3-8B-GGUF file listing: Qwen3-8B-Q6_K.gguf 6.73 GB (GB x 1e9 / 2^30)',
      },
      q4_0: {
        source: 'huggingface.co/codebasic/Qwen3-8B-GGUF file listing: Qwen3-8B-Q4_0.gguf 4.77 GB (GB x 1e9 / 2^30)',
      },
      q2_k: {
        source: 'huggingface.co/codebasic/Qwen3-8B-GGUF file listing: Qwen3-8B-Q2_K.gguf 3.28 GB (GB x 1e9 / 2^30)',
      },
    },
  },
  'qwen3-14b': {
    source: 'huggingface.co/Qwen/Qwen3-14B config.json (full copy found in a GitHub file: head_dim 128, intermediate 17408, max_position_embeddings 40960, tie_word_embeddings false); Qwen3 technical report (via data/reference/models.csv)',
    asOf: '2026-11',
    notes: 'Native 32768 (config 40960); 131072 with YaRN. 14.8B parameters per model card.',
  },
  'qwen3-32b': {
    source: 'huggingface.co/Qwen/Qwen3-32B config.json (copies in GitHub presets: hidden 5120, 64 heads, 8 KV, head_dim 128, intermediate 25600, vocab 151936, untied); Qwen3 technical report (via data/reference/models.csv)',
    asOf: '2026-11',
    notes: 'head_dim 128 while hidden/heads = 80 (attention width 8192 > hidden 5120). Native 32768 (config 40960); 131072 with YaRN. 32.8B parameters per model card.',
    fileSizes: {
      f16: { source: 'huggingface.co/ggml-org/Qwen3-32B-GGUF model page: F16 65.5 GB (GB x 1e9 / 2^30)' },
      q8_0: { source: 'huggingface.co/ggml-org/Qwen3-32B-GGUF model page: Q8_0 34.8 GB (GB x 1e9 / 2^30)' },
      q4_k_m: { source: 'huggingface.co/ggml-org/Qwen3-32B-GGUF model page: Q4_K_M 19.8 GB (GB x 1e9 / 2^30)' },
    },
  },
  'qwen3-30b-a3b': {
    source: 'huggingface.co/Qwen/Qwen3-30B-A3B config.json; QwenLM/Qwen3 Qwen3_Technical_Report.pdf Tables 1-2; THUDM/slime scripts/models/qwen3-30B-A3B.sh; vLLM-Ascend docs (30.5B / 3.3B) (via data/reference/models.csv)',
    asOf: '2026-11',
    notes: 'All 48 layers are MoE (decoder_sparse_step 1, mlp_only_layers empty): 128 experts, 8 active, expert width 768, no shared expert; config intermediate_size 6144 is unused. Native 32768 (config 40960); 131072 with YaRN. The July 2025 "2507" refresh raised the context to 256K (separate checkpoints).',
  },
  'qwen3-coder-30b-a3b': {
    source: 'QwenLM/Qwen3-Coder README (256K native, 1M with YaRN); HF Qwen/Qwen3-Coder-30B-A3B-Instruct config.json copies (RTP-LLM / shailesh83 mirrors) (via data/reference/models.csv)',
    asOf: '2026-11',
    notes: 'Same dimensions as Qwen3-30B-A3B (48 MoE layers, 128 experts, 8 active, expert width 768). 262144 native context (max_position_embeddings 262144); up to 1M with YaRN per the README. Parameter counts 30.5B / 3.3B as for Qwen3-30B-A3B. Release date approximate (end of July 2025).',
    fileSizes: {
      q8_0: {
        source: 'data/benchmarks/calibration.csv qwen3-coder-30b-a3b q8_0 (ggml-org/llama.cpp benches/mac-m2-ultra/mac-m2-ultra.md) (llama-bench size column)',
      },
      q4_k_m: {
        source: 'data/benchmarks/calibration.csv qwen3-coder-30b-a3b q4_k_m (kyuz0/amd-strix-halo-toolboxes benchmark results) (llama-bench size column)',
      },
    },
  },
  'qwen3-235b-a22b': {
    source: 'huggingface.co/Qwen/Qwen3-235B-A22B config.json; QwenLM/Qwen3 Qwen3_Technical_Report.pdf Tables 1-2; THUDM/slime scripts/models/qwen3-235B-A22B.sh (via data/reference/models.csv)',
    asOf: '2026-11',
    notes: 'All 94 layers MoE: 128 experts, 8 active, expert width 1536, no shared expert. Native 32768 (config 40960); 131072 with YaRN. The 2507 refresh supports 256K (separate checkpoints).',
  },
  'deepseek-r1-distill-llama-8b': {
    source: 'deepseek-ai/DeepSeek-R1 README; HF deepseek-ai/DeepSeek-R1-Distill-Llama-8B config.json copies (e.g. casperhansen AWQ snapshot) (via data/reference/models.csv)',
    asOf: '2026-11',
    notes: 'Llama-3.1-8B-Base fine-tuned on R1 reasoning traces: identical architecture to Llama 3.1 8B (llama3 RoPE scaling factor 8, 131072 context). The DeepSeek repo is MIT; the weights inherit the Llama 3.1 license. Ollama: the deepseek-r1 library was updated for R1-0528 (May 2025), and its 8b tag may now pull DeepSeek-R1-0528-Qwen3-8B rather than this Llama distill - check the tag list before relying on it.',
    fileSizes: {
      f16: {
        source: 'huggingface.co/unsloth/DeepSeek-R1-Distill-Llama-8B-GGUF file listing: F16 16.1 GB (GB x 1e9 / 2^30)',
      },
      q8_0: {
        source: 'huggingface.co/unsloth/DeepSeek-R1-Distill-Llama-8B-GGUF file listing: Q8_0 8.54 GB (GB x 1e9 / 2^30)',
      },
      q6_k: {
        source: 'huggingface.co/unsloth/DeepSeek-R1-Distill-Llama-8B-GGUF file listing: Q6_K 6.6 GB (GB x 1e9 / 2^30)',
      },
      q5_k_m: {
        source: 'huggingface.co/unsloth/DeepSeek-R1-Distill-Llama-8B-GGUF file listing: Q5_K_M 5.73 GB (GB x 1e9 / 2^30)',
      },
      q4_k_m: {
        source: 'huggingface.co/unsloth/DeepSeek-R1-Distill-Llama-8B-GGUF file listing: Q4_K_M 4.92 GB (GB x 1e9 / 2^30)',
      },
      q3_k_m: {
        source: 'huggingface.co/unsloth/DeepSeek-R1-Distill-Llama-8B-GGUF file listing: Q3_K_M 4.02 GB (GB x 1e9 / 2^30)',
      },
      q2_k: {
        source: 'huggingface.co/unsloth/DeepSeek-R1-Distill-Llama-8B-GGUF file listing: Q2_K 3.18 GB (GB x 1e9 / 2^30)',
      },
    },
  },
  'deepseek-r1-distill-qwen-32b': {
    source: 'deepseek-ai/DeepSeek-R1 README (base Qwen2.5-32B; license); HF duplicate of deepseek-ai/DeepSeek-R1-Distill-Qwen-32B config.json (via data/reference/models.csv)',
    asOf: '2026-11',
    notes: 'Qwen2.5-32B architecture (rope_theta 1e6, max_position_embeddings 131072; the DeepSeek README serving example uses max-model-len 32768). 32.8B is the Hugging Face parameter count (config-derived 32.76B).',
  },
  'deepseek-v3': {
    source: 'deepseek-ai/DeepSeek-V3 inference/configs/config_671B.json + README; HF DeepSeek-V3 config.json copies (via data/reference/models.csv)',
    asOf: '2026-11',
    notes: 'MLA: q_lora_rank 1536, kv_lora_rank 512, qk_nope_head_dim 128 + qk_rope_head_dim 64 = 192 (headDim, for Q/K), v_head_dim 128. Engines that cache the compressed latent store 512 + 64 = 576 values per token per layer; engines that expand to per-head K/V need 128 x (192 + 128). 3 dense layers (FFN 18432) + 58 MoE layers (256 routed experts, 8 active, 1 shared, expert width 2048). Native weights are FP8 (128x128 block-scaled); the multi-token-prediction module adds 14B (685B on Hugging Face). README states 128K context; config max_position_embeddings is 163840 (YaRN factor 40 x 4096). The q2_k size is unsloth\'s Q2_K_XS (a Q2_K mix with some tensors lower); unsloth also ships Q2_K_L (~244 GB). Ollama tag deepseek-v3 = 671b. The UD-* sizes are unsloth\'s uploads of DeepSeek-V3-0324 (same architecture); llama-bench printed 357.62 GiB for a UD-Q4_K_XL of it (../shared/benchmarks/offload.csv x006, ik_llama.cpp), 5% less than the 405 GB folder total now listed, so the upload may have changed since.',
    fileSizes: {
      q8_0: {
        source: 'huggingface.co/unsloth/DeepSeek-V3-GGUF tree DeepSeek-V3-Q8_0 (16 shards, folder total 713 GB) (GB x 1e9 / 2^30)',
      },
      q5_k_m: {
        source: 'huggingface.co/unsloth/DeepSeek-V3-GGUF tree DeepSeek-V3-Q5_K_M (10 shards: 49.6 + 7 x 48.5 + 50 + 36.3 = 475.4 GB) (GB x 1e9 / 2^30)',
      },
      q4_k_m: {
        source: 'huggingface.co/bullerwins/DeepSeek-V3-GGUF tree DeepSeek-V3-Q4_K_M (10 shards summing to 404.3 GB) (GB x 1e9 / 2^30)',
      },
      q3_k_m: {
        source: 'huggingface.co/bullerwins/DeepSeek-V3-GGUF tree DeepSeek-V3-Q3_K_M (8 shards: 44.2 + 6 x 43.7 + 12.6 = 319.0 GB) (GB x 1e9 / 2^30)',
      },
      q2_k: {
        source: 'huggingface.co/unsloth/DeepSeek-V3-GGUF tree DeepSeek-V3-Q2_K_XS (5 shards: 44.8 + 44.2 + 3 x 44.1 = 221.3 GB) (GB x 1e9 / 2^30); unsloth\'s Q2_K_XS variant, see notes',
      },
      'ud-q4_k_xl': {
        source: 'huggingface.co/unsloth/DeepSeek-V3-0324-GGUF tree UD-Q4_K_XL (9 shards, folder total 405 GB) (GB x 1e9 / 2^30); the V3-0324 checkpoint, same architecture, see notes',
        asOf: '2026-12',
      },
      'ud-iq2_xxs': {
        source: 'huggingface.co/unsloth/DeepSeek-V3-0324-GGUF tree UD-IQ2_XXS (5 shards: 48.4 + 49.8 + 49.1 + 49.2 + 22.1 = 218.6 GB) (GB x 1e9 / 2^30); the V3-0324 checkpoint',
        asOf: '2026-12',
      },
    },
  },
  'deepseek-r1': {
    source: 'huggingface.co/deepseek-ai/DeepSeek-R1 config.json (DeepseekV3ForCausalLM; copy at huggingface.co/OPEA/DeepSeek-R1-int4-gptq-sym-inc config.json: 61 layers, hidden 7168, 128 heads, 128 KV heads, first_k_dense_replace 3, intermediate 18432, moe_intermediate 2048, 256 routed + 1 shared experts, 8 per token, kv_lora_rank 512, qk_rope_head_dim 64, q_lora_rank 1536, max_position_embeddings 163840); deepseek-ai/DeepSeek-R1 README (671B total / 37B active, 128K context, MIT) (via data/reference/models.csv)',
    asOf: '2026-12',
    notes: 'Same architecture and tensor shapes as DeepSeek-V3 (R1 is post-trained from DeepSeek-V3-Base); the R1-0528 update (May 2025) kept it. MLA: latent KV cache of 512 + 64 = 576 values per token per layer; headDim 192 = qk_nope 128 + qk_rope 64, v_head_dim 128. 3 dense layers + 58 MoE layers. Native FP8 weights; the multi-token-prediction module (num_nextn_predict_layers 1) makes it 685B on Hugging Face and is dropped from GGUFs. README states 128K context (config 163840 = YaRN factor 40 x 4096). UD-* files are unsloth\'s dynamic quants (the 1.58/2.22/2.51-bit MoE versions of January 2025; their "131GB ... 212GB" labels are GiB, as the shard sums show). Ollama\'s deepseek-r1:671b tag now serves R1-0528 (same architecture; its quantization is Q4_K_M per the Ollama library page, unverified here). Unsloth also publishes Q2_K_L/Q2_K_XS and BF16; the Q8_0 shard listing was only seen partially, so no Q8_0 size is recorded.',
    fileSizes: {
      q4_k_m: {
        source: 'huggingface.co/unsloth/DeepSeek-R1-GGUF tree DeepSeek-R1-Q4_K_M (9 shards: 48.3 + 49.4 + 49.5 + 48.3 + 49.4 + 48.3 + 49.4 + 46.9 + 14.8 = 404.3 GB) (GB x 1e9 / 2^30)',
        asOf: '2026-12',
      },
      q3_k_m: {
        source: 'huggingface.co/unsloth/DeepSeek-R1-GGUF tree DeepSeek-R1-Q3_K_M (7 shards: 49.7 + 5 x 49.2 + 23.5 = 319.2 GB) (GB x 1e9 / 2^30)',
        asOf: '2026-12',
      },
      'ud-q2_k_xl': {
        source: 'huggingface.co/unsloth/DeepSeek-R1-GGUF tree DeepSeek-R1-UD-Q2_K_XL (5 shards: 49.8 + 3 x 50 + 26.8 = 226.6 GB) (GB x 1e9 / 2^30); llama-bench printed 211.03 GiB for this file (../shared/benchmarks/offload.csv x002, ik_llama.cpp discussion #258)',
        asOf: '2026-12',
      },
      'ud-iq2_xxs': {
        source: 'huggingface.co/unsloth/DeepSeek-R1-GGUF tree DeepSeek-R1-UD-IQ2_XXS (4 shards: 49.1 + 49.8 + 49.8 + 47.5 = 196.2 GB) (GB x 1e9 / 2^30)',
        asOf: '2026-12',
      },
      'ud-iq1_s': {
        source: 'huggingface.co/unsloth/DeepSeek-R1-GGUF tree DeepSeek-R1-UD-IQ1_S (3 shards: 49.3 + 49.4 + 41.5 = 140.2 GB) (GB x 1e9 / 2^30)',
        asOf: '2026-12',
      },
    },
  },
  'gemma-3-4b': {
    source: 'huggingface.co/google/gemma-3-4b-it config.json text_config (copies: GitHub test fixtures of gemma3_text 4b: hidden 2560, intermediate 10240, 34 layers, 8 heads, 4 KV, head_dim 256, sliding_window 1024, sliding_window_pattern 6, vocab 262208); google-deepmind/gemma gemma/gm/nn/_gemma.py (via data/reference/models.csv)',
    asOf: '2026-11',
    notes: 'Multimodal: ~4.3B total including a ~0.4B SigLIP vision encoder (text decoder ~3.9B). HF vocab_size 262208 (tokenizer 262144 + image tokens). Global layers use RoPE base 1e6 with linear scaling x8; local layers base 1e4. 128K context. GGUF sizes are the text model; the vision projector (mmproj, ~0.85 GB f16) is a separate file.',
    fileSizes: {
      f16: {
        source: 'huggingface.co/ggml-org/gemma-3-4b-it-GGUF file listing: gemma-3-4b-it-f16.gguf 7.77 GB (text model; mmproj-model-f16.gguf 851 MB is separate) (GB x 1e9 / 2^30)',
      },
      q8_0: {
        source: 'huggingface.co/ggml-org/gemma-3-4b-it-GGUF file listing: gemma-3-4b-it-Q8_0.gguf 4.13 GB (GB x 1e9 / 2^30)',
      },
      q4_k_m: {
        source: 'huggingface.co/ggml-org/gemma-3-4b-it-GGUF file listing: gemma-3-4b-it-Q4_K_M.gguf 2.49 GB (GB x 1e9 / 2^30)',
      },
      q2_k: {
        source: 'huggingface.co/second-state/gemma-3-4b-it-GGUF README: gemma-3-4b-it-Q2_K.gguf 1.73 GB (GB x 1e9 / 2^30)',
      },
    },
  },
  'gemma-3-12b': {
    source: 'huggingface.co/google/gemma-3-12b-it config.json text_config (copies: a GitHub preset of google/gemma-3-12b with vocab 262208 / 8 KV / head_dim 256 / sliding_window 1024; cjvt/GaMS3-12B config with intermediate 15360 and the layer_types list); google-deepmind/gemma _gemma.py (via data/reference/models.csv)',
    asOf: '2026-11',
    notes: 'Multimodal (SigLIP vision encoder included in the 12.2B). HF vocab_size 262208. 128K context.',
    fileSizes: {
      f16: {
        source: 'huggingface.co/lm-kit/gemma-3-12b-instruct-gguf file listing: gemma-3-it-12B-F16.gguf 23.5 GB (GB x 1e9 / 2^30)',
      },
      q8_0: {
        source: 'huggingface.co/MaziyarPanahi/gemma-3-12b-it-GGUF file listing: Q8_0 12.5 GB (GB x 1e9 / 2^30)',
      },
      q6_k: {
        source: 'huggingface.co/MaziyarPanahi/gemma-3-12b-it-GGUF file listing: Q6_K 9.66 GB (GB x 1e9 / 2^30)',
      },
      q5_k_m: {
        source: 'huggingface.co/MaziyarPanahi/gemma-3-12b-it-GGUF file listing: Q5_K_M 8.44 GB (GB x 1e9 / 2^30)',
      },
      q4_k_m: {
        source: 'huggingface.co/MaziyarPanahi/gemma-3-12b-it-GGUF file listing: Q4_K_M 7.3 GB (GB x 1e9 / 2^30)',
      },
      q3_k_m: {
        source: 'huggingface.co/MaziyarPanahi/gemma-3-12b-it-GGUF file listing: Q3_K_M 6.01 GB (GB x 1e9 / 2^30)',
      },
      q2_k: {
        source: 'huggingface.co/MaziyarPanahi/gemma-3-12b-it-GGUF file listing: Q2_K 4.77 GB (GB x 1e9 / 2^30)',
      },
    },
  },
  'gemma-3-27b': {
    source: 'huggingface.co/google/gemma-3-27b-it config.json text_config (copies in GitHub code: head_dim 128, hidden 5376, intermediate 21504, 32 heads, 16 KV, 62 layers, query_pre_attn_scalar 168, sliding_window 1024, rope linear x8, vocab 262208); google-deepmind/gemma _gemma.py (via data/reference/models.csv)',
    asOf: '2026-11',
    notes: 'head_dim 128 here (256 on 4B/12B). Multimodal (SigLIP vision encoder included in 27.4B). HF vocab_size 262208 (the gemma repo num_embed is 262144). Google also publishes QAT Q4_0 checkpoints. 128K context.',
    fileSizes: {
      f16: {
        source: 'huggingface.co/ggml-org/gemma-3-27b-it-GGUF file listing: f16 in 2 shards, 40 + 14 = 54.0 GB (mmproj 858 MB separate) (GB x 1e9 / 2^30)',
      },
      q8_0: {
        source: 'huggingface.co/ggml-org/gemma-3-27b-it-GGUF file listing: gemma-3-27b-it-Q8_0.gguf 28.7 GB (GB x 1e9 / 2^30)',
      },
      q6_k: {
        source: 'huggingface.co/mradermacher/gemma-3-27b-it-GGUF file listing: Q6_K 22.2 GB (GB x 1e9 / 2^30)',
      },
      q5_k_m: {
        source: 'huggingface.co/mradermacher/gemma-3-27b-it-GGUF file listing: Q5_K_M 19.3 GB (GB x 1e9 / 2^30)',
      },
      q4_k_m: {
        source: 'huggingface.co/ggml-org/gemma-3-27b-it-GGUF file listing: gemma-3-27b-it-Q4_K_M.gguf 16.5 GB (GB x 1e9 / 2^30)',
      },
      iq4_xs: {
        source: 'huggingface.co/mradermacher/gemma-3-27b-it-GGUF file listing: IQ4_XS 14.9 GB (GB x 1e9 / 2^30)',
      },
      q3_k_m: {
        source: 'huggingface.co/mradermacher/gemma-3-27b-it-GGUF file listing: Q3_K_M 13.4 GB (GB x 1e9 / 2^30)',
      },
      q2_k: {
        source: 'huggingface.co/mradermacher/gemma-3-27b-it-GGUF file listing: Q2_K 10.5 GB (GB x 1e9 / 2^30)',
      },
    },
  },
  'phi-4': {
    source: 'huggingface.co/microsoft/phi-4 config.json (refs/pr/10; annotated copy on GitHub: Phi3ForCausalLM, hidden 5120, intermediate 17920, 40 layers, 40 heads, 10 KV, max_position_embeddings 16384) (via data/reference/models.csv)',
    asOf: '2026-11',
    notes: 'Announced 2024-12-12; weights on Hugging Face in January 2025. rope_theta 250000. head_dim derived 5120/40. 14.7B parameters per model card.',
    fileSizes: {
      f16: {
        source: 'huggingface.co/microsoft/phi-4-gguf file listing: phi-4-fp16.gguf 29.3 GB (GB x 1e9 / 2^30)',
      },
      q8_0: { source: 'huggingface.co/mradermacher/phi-4-GGUF file listing: Q8_0 15.6 GB (GB x 1e9 / 2^30)' },
      q6_k: { source: 'huggingface.co/mradermacher/phi-4-GGUF file listing: Q6_K 12 GB (GB x 1e9 / 2^30)' },
      q5_k_m: { source: 'huggingface.co/mradermacher/phi-4-GGUF file listing: Q5_K_M 10.6 GB (GB x 1e9 / 2^30)' },
      q4_k_m: {
        source: 'huggingface.co/microsoft/phi-4-gguf file listing: phi-4-q4.gguf (Q4_K_M) 9.05 GB (GB x 1e9 / 2^30)',
      },
      q4_0: {
        source: 'huggingface.co/second-state/phi-4-GGUF README: phi-4-Q4_0.gguf 8.38 GB (GB x 1e9 / 2^30)',
      },
      iq4_xs: { source: 'huggingface.co/mradermacher/phi-4-GGUF file listing: IQ4_XS 8.01 GB (GB x 1e9 / 2^30)' },
      q3_k_m: { source: 'huggingface.co/mradermacher/phi-4-GGUF file listing: Q3_K_M 7.36 GB (GB x 1e9 / 2^30)' },
      q2_k: { source: 'huggingface.co/mradermacher/phi-4-GGUF file listing: Q2_K 5.55 GB (GB x 1e9 / 2^30)' },
    },
  },
  'deepseek-v3.1': {
    source: 'huggingface.co/deepseek-ai/DeepSeek-V3.1 (DeepseekV3ForCausalLM; the GGUFs are tagged deepseek_v3); dimensions as DeepSeek-V3 (deepseek-ai/DeepSeek-V3 inference/configs/config_671B.json; HF DeepSeek-V3/R1 config copies, e.g. huggingface.co/OPEA/DeepSeek-R1-int4-gptq-sym-inc config.json)',
    asOf: '2026-12',
    notes: 'Hybrid thinking / non-thinking update of DeepSeek-V3 (August 2025) on the same architecture; the config itself was not re-read here, the dimensions are DeepSeek-V3\'s (same tensor shapes in the unsloth GGUFs, whose sizes match the V3/R1 files within a few percent). MIT licence per the model card. 128K context. Only the UD folders were read from the unsloth listing, so other GGUF presets are left out of formats. Ollama serves it as a cloud model; no local tag recorded.',
    fileSizes: {
      'ud-q5_k_xl': {
        source: 'huggingface.co/unsloth/DeepSeek-V3.1-GGUF tree UD-Q5_K_XL (10 shards, folder total 485 GB) (GB x 1e9 / 2^30)',
        asOf: '2026-12',
      },
      'ud-q2_k_xl': {
        source: 'huggingface.co/unsloth/DeepSeek-V3.1-GGUF tree UD-Q2_K_XL (6 shards: 50 + 48.6 + 49.6 + 49.3 + 48.9 + 9.35 = 255.75 GB) (GB x 1e9 / 2^30)',
        asOf: '2026-12',
      },
    },
  },
  'deepseek-coder-v2-lite': {
    source: 'huggingface.co/deepseek-ai/DeepSeek-Coder-V2-Lite-Instruct config.json (copies: huggingface.co/nm-testing/DeepSeek-Coder-V2-Lite-Instruct-W8A8-No-smoothquant config.json; deepseek-ai/DeepSeek-V3 inference/configs/config_16B.json): DeepseekV2ForCausalLM, 27 layers, hidden 2048, 16 heads, 16 KV heads, intermediate 10944, moe_intermediate 1408, 64 routed + 2 shared experts, 6 per token, first_k_dense_replace 1, q_lora_rank null, kv_lora_rank 512, qk_nope 128 + qk_rope 64, vocab 102400, max_position_embeddings 163840 (YaRN factor 40 x 4096)',
    asOf: '2026-12',
    notes: 'The "Lite" 16B MoE of DeepSeek-Coder-V2 (June 2024): MLA like DeepSeek-V3 (latent cache 512 + 64 per token per layer; headDim 192 = 128 + 64 for Q/K, v_head_dim 128), 1 dense layer + 26 MoE layers. 15.7B total / 2.4B active per the model card (marketed as 16B). README: 128K context. File sizes are second-state\'s and mradermacher\'s uploads; bartowski\'s (the ggufRepo) match at Q4_K_M (10.4 GB) and Q8_0 (16.7 GB) per the lmstudio-community duplicate.',
    fileSizes: {
      f16: { source: 'huggingface.co/second-state/DeepSeek-Coder-V2-Lite-Instruct-GGUF file listing: f16 31.4 GB (GB x 1e9 / 2^30)', asOf: '2026-12' },
      q8_0: { source: 'huggingface.co/second-state/DeepSeek-Coder-V2-Lite-Instruct-GGUF file listing: Q8_0 16.7 GB (GB x 1e9 / 2^30)', asOf: '2026-12' },
      q6_k: { source: 'huggingface.co/second-state/DeepSeek-Coder-V2-Lite-Instruct-GGUF file listing: Q6_K 14.1 GB (GB x 1e9 / 2^30)', asOf: '2026-12' },
      q5_k_m: { source: 'huggingface.co/second-state/DeepSeek-Coder-V2-Lite-Instruct-GGUF file listing: Q5_K_M 11.9 GB (GB x 1e9 / 2^30)', asOf: '2026-12' },
      q4_k_m: { source: 'huggingface.co/second-state/DeepSeek-Coder-V2-Lite-Instruct-GGUF file listing: Q4_K_M 10.4 GB (GB x 1e9 / 2^30)', asOf: '2026-12' },
      q4_0: { source: 'huggingface.co/second-state/DeepSeek-Coder-V2-Lite-Instruct-GGUF file listing: Q4_0 8.91 GB (GB x 1e9 / 2^30)', asOf: '2026-12' },
      iq4_xs: { source: 'huggingface.co/mradermacher/DeepSeek-Coder-V2-Lite-Instruct-GGUF file listing: IQ4_XS 8.65 GB (GB x 1e9 / 2^30)', asOf: '2026-12' },
      q3_k_m: { source: 'huggingface.co/second-state/DeepSeek-Coder-V2-Lite-Instruct-GGUF file listing: Q3_K_M 8.13 GB (GB x 1e9 / 2^30)', asOf: '2026-12' },
      iq3_xs: { source: 'huggingface.co/mradermacher/DeepSeek-Coder-V2-Lite-Instruct-GGUF file listing: IQ3_XS 7.12 GB (GB x 1e9 / 2^30)', asOf: '2026-12' },
      q2_k: { source: 'huggingface.co/second-state/DeepSeek-Coder-V2-Lite-Instruct-GGUF file listing: Q2_K 6.43 GB (GB x 1e9 / 2^30)', asOf: '2026-12' },
    },
  },
  'qwen3-next-80b-a3b': {
    source: 'huggingface.co/Qwen/Qwen3-Next-80B-A3B-Instruct config.json (Qwen3NextForCausalLM; vLLM docs vllm/transformers_utils/configs/qwen3_next: defaults = Qwen3-Next-80B-A3B-Instruct: vocab 151936, hidden 2048, 48 layers, 16 heads, 2 KV heads; same-architecture copy huggingface.co/amd/Qwen3-Coder-Next-MXFP4 config.json: head_dim 256, full_attention_interval 4, layer_types linear x3 + full); Qwen3-Next model card (80B total, 3B active, 512 experts, 10 routed + 1 shared, expert width 512, 262144 native context)',
    asOf: '2026-12',
    notes: 'Hybrid layout the engine\'s model cannot represent exactly: 12 gated full-attention layers (every 4th) keep a normal KV cache (2 KV heads x 256), the other 36 are Gated DeltaNet linear-attention layers whose state does not grow with context (per layer 32 value heads x 128 x 128 f32 = 2 MiB plus a 4-tap conv state, ~2.1 MiB, DERIVED from the config\'s linear_* fields). They are entered as "sliding" layers with a 560-token window so that llama.cpp-style window + 512-token micro-batch x 2 KiB per token gives that state size: memory is right to within the state\'s precision, but a quantised KV cache type wrongly shrinks that part too (the recurrent state stays f32). All 48 layers are MoE (512 experts, 10 active + 1 shared of width 512); config intermediate_size 5120 is unused. Instruct and Thinking share the architecture and file sizes; sizes are the official Thinking GGUF (Q4_K_M 48.4 GB = 45.08 GiB matches the 45.10 GiB llama-bench printed for a Q4_K_M, ../shared/benchmarks/offload.csv x026). Up to 1M context with YaRN per the model card; 262144 native. Ollama tag from the Ollama library (qwen3-next), not re-checked.',
    fileSizes: {
      bf16: { source: 'huggingface.co/Qwen/Qwen3-Next-80B-A3B-Thinking-GGUF file listing: 4 shards 49 + 49.8 + 49.7 + 10.9 = 159.4 GB (GB x 1e9 / 2^30)', asOf: '2026-12' },
      q8_0: { source: 'huggingface.co/Qwen/Qwen3-Next-80B-A3B-Thinking-GGUF file listing: Q8_0 84.8 GB (GB x 1e9 / 2^30)', asOf: '2026-12' },
      q6_k: { source: 'huggingface.co/Qwen/Qwen3-Next-80B-A3B-Thinking-GGUF file listing: Q6_K 65.5 GB (GB x 1e9 / 2^30)', asOf: '2026-12' },
      q5_k_m: { source: 'huggingface.co/Qwen/Qwen3-Next-80B-A3B-Thinking-GGUF file listing: Q5_K_M 56.7 GB (GB x 1e9 / 2^30)', asOf: '2026-12' },
      q4_k_m: { source: 'huggingface.co/Qwen/Qwen3-Next-80B-A3B-Thinking-GGUF file listing: Q4_K_M 48.4 GB (GB x 1e9 / 2^30)', asOf: '2026-12' },
    },
  },
  'glm-4.5-air': {
    source: 'huggingface.co/zai-org/GLM-4.5-Air config.json (Glm4MoeForCausalLM; same config in the GLM-4.5-Air-Base fine-tune huggingface.co/PrimeIntellect/INTELLECT-3-Base config.json: 46 layers, hidden 4096, 96 heads, 8 KV heads, head_dim 128, intermediate 10944, moe_intermediate 1408, 128 routed + 1 shared experts, 8 per token, first_k_dense_replace 1, vocab 151552, max_position_embeddings 131072, untied); zai-org/GLM-4.5 README (106B total / 12B active, MIT, 128K) (via data/reference/models.csv)',
    asOf: '2026-12',
    notes: '1 dense layer + 45 MoE layers. Partial RoPE (half of each head), attention bias. The checkpoint adds one multi-token-prediction layer (num_nextn_predict_layers 1) that llama.cpp loads but does not run. Hybrid thinking model. Official BF16 and FP8 releases; GGUF presets from unsloth/bartowski. No GGUF listing was read, so no file size is recorded (the estimate uses parameters x bits). Ollama has no official library tag.',
  },
  'glm-4.6': {
    source: 'huggingface.co/zai-org/GLM-4.6 config.json (Glm4MoeForCausalLM, same dimensions as GLM-4.5 and the later GLM-4.7, whose config is at huggingface.co/zai-org/GLM-4.7 config.json: 92 layers, hidden 5120, 96 heads, 8 KV heads, head_dim 128, intermediate 12288, moe_intermediate 1536, 160 routed + 1 shared experts, 8 per token, first_k_dense_replace 3, vocab 151552, max_position_embeddings 202752); Hugging Face Transformers docs model_doc/glm4_moe (GLM-4.6 context 128K -> 200K; GLM-4.5 355B total / 32B active)',
    asOf: '2026-12',
    notes: 'GLM-4.5 architecture with the context raised to 200K (202752 in the config; GLM-4.5 itself is 131072). 3 dense + 89 MoE layers; QK-norm; one MTP layer not run by llama.cpp. 355B / 32B active as for GLM-4.5. The dimensions were read from the GLM-4.7 config, which the Transformers docs describe as the same Glm4Moe class; GLM-4.6\'s own config was not re-read. Ollama serves GLM-4.6 as a cloud model only. UD sizes are unsloth\'s.',
    fileSizes: {
      'ud-q5_k_xl': { source: 'huggingface.co/unsloth/GLM-4.6-GGUF tree UD-Q5_K_XL (6 shards: 49.4 + 3 x 49.9 + 50 + 2.87 = 252.0 GB) (GB x 1e9 / 2^30)', asOf: '2026-12' },
      'ud-q3_k_xl': { source: 'huggingface.co/unsloth/GLM-4.6-GGUF tree UD-Q3_K_XL (4 shards: 49.7 + 49.8 + 49.6 + 8.91 = 158.01 GB) (GB x 1e9 / 2^30)', asOf: '2026-12' },
      'ud-iq2_xxs': { source: 'huggingface.co/unsloth/GLM-4.6-GGUF tree UD-IQ2_XXS (3 shards: 49.8 + 50 + 15.6 = 115.4 GB) (GB x 1e9 / 2^30)', asOf: '2026-12' },
      'ud-iq1_m': { source: 'huggingface.co/unsloth/GLM-4.6-GGUF tree UD-IQ1_M (3 shards: 49.8 + 49.8 + 7.63 = 107.23 GB) (GB x 1e9 / 2^30)', asOf: '2026-12' },
    },
  },
  'qwen3-0.6b': {
    source: 'huggingface.co/Qwen/Qwen3-0.6B config.json (hidden 1024, 28 layers, 16 heads, 8 KV heads, head_dim 128, intermediate 3072, tie_word_embeddings true, max_position_embeddings 40960); QwenLM/Qwen3 Qwen3_Technical_Report.pdf Tables 1-2; THUDM/slime scripts/models/qwen3-*.sh (via data/reference/models.csv)',
    asOf: '2026-12',
    notes: 'head_dim 128 although hidden/heads = 64. 32768-token context per the model card (config 40960). 0.6B parameters per model card (0.44B non-embedding); the tied 151936 x 1024 embedding is a quarter of the weights. intermediate_size 3072 is the HF config value as widely quoted; no copy of that field was read here. No file size recorded.',
  },
  'qwen3-1.7b': {
    source: 'huggingface.co/Qwen/Qwen3-1.7B config.json (hidden 2048, 28 layers, 16 heads, 8 KV heads, head_dim 128, intermediate 6144, tied embeddings); QwenLM/Qwen3 Qwen3_Technical_Report.pdf Tables 1-2; THUDM/slime scripts/models/qwen3-*.sh (via data/reference/models.csv)',
    asOf: '2026-12',
    notes: '32768-token context (config 40960). 1.7B parameters per model card (1.4B non-embedding). intermediate_size 6144 is the HF config value as widely quoted; no copy of that field was read here. No file size recorded.',
  },
  'qwen3-4b': {
    source: 'huggingface.co/Qwen/Qwen3-4B config.json (hidden 2560, 36 layers, 32 heads, 8 KV heads, head_dim 128, intermediate 9728, tied embeddings; same values in the keras_hub Qwen3Backbone preset copy huggingface.co/telecomadm1145/test3 config.json); QwenLM/Qwen3 Qwen3_Technical_Report.pdf Tables 1-2; THUDM/slime scripts/models/qwen3-*.sh (via data/reference/models.csv)',
    asOf: '2026-12',
    notes: 'Native 32768 (config 40960); 131072 with YaRN per the model card. 4.0B parameters (3.6B non-embedding). The July 2025 Qwen3-4B-Instruct-2507 / Thinking-2507 refresh has the same dimensions with a 262144 context. No file size recorded.',
  },
  'qwen3-30b-a3b-2507': {
    source: 'huggingface.co/Qwen/Qwen3-30B-A3B-Instruct-2507 config.json (same tensor dimensions as Qwen3-30B-A3B, max_position_embeddings 262144); Qwen3-Coder-30B-A3B shares them (QwenLM/Qwen3-Coder README) (via data/reference/models.csv)',
    asOf: '2026-12',
    notes: 'The July 2025 refresh: separate Instruct (non-thinking) and Thinking checkpoints, 262144 native context (up to 1M with sparse attention per the model card), otherwise the qwen3-30b-a3b architecture. Listed separately because its context limit differs. Ollama\'s qwen3:30b tag was moved to the 2507 build (not re-checked). No file size recorded.',
  },
  'qwen3-235b-a22b-2507': {
    source: 'huggingface.co/Qwen/Qwen3-235B-A22B-Instruct-2507 config.json (dimensions of Qwen3-235B-A22B: QwenLM/Qwen3 Qwen3_Technical_Report.pdf, THUDM/slime scripts/models/qwen3-235B-A22B.sh; max_position_embeddings 262144) (via data/reference/models.csv)',
    asOf: '2026-12',
    notes: 'Same tensors as qwen3-235b-a22b with a 262144 native context (1M with sparse attention per the model card); official FP8 release too. No file size recorded.',
  },
  'gemma-3-1b': {
    source: 'google-deepmind/gemma gemma/gm/nn/_gemma.py (Gemma3_1B: 26 layers, embed 1152, 4 heads, 1 KV head, head_dim 256, hidden 6912, window 512); huggingface.co/google/gemma-3-1b-it config.json (gemma3_text, vocab 262144) (via data/reference/models.csv)',
    asOf: '2026-12',
    notes: 'Text-only (no vision encoder), 32K context, 512-token window (1024 on the larger Gemma 3). 26 layers with every 6th global = 4 global, 22 sliding. The tied 262144 x 1152 embedding is ~0.3B of the 1B parameters. No file size recorded.',
  },
  'llama-3.1-405b': {
    source: 'meta-llama/llama-models models/sku_list.py (arch_args: dim 16384, n_layers 126, n_heads 128, n_kv_heads 8, ffn_dim_multiplier 1.2, multiple_of 4096 -> FFN 53248) + models/datatypes.py (via data/reference/models.csv); huggingface.co/meta-llama/Llama-3.1-405B config.json (intermediate_size 53248)',
    asOf: '2026-12',
    notes: '131072 context via llama3 RoPE scaling (factor 8). Meta also publishes an FP8 checkpoint. 405B parameters per model card (405.85B in the HF config arithmetic).',
    fileSizes: {
      q4_k_m: {
        source: 'ggml-org/llama.cpp tools/quantize/README.md "Llama 3.1" model-size table: 405B Q4_K_M 249.1 GB (GB x 1e9 / 2^30) (via data/reference/quants.md)',
      },
    },
  },
  'llama-2-13b': {
    source: 'huggingface.co/meta-llama/Llama-2-13b-chat-hf config.json (copy: huggingface.co/NousResearch/Llama-2-13b-chat-hf config.json: hidden 5120, intermediate 13824, 40 layers, 40 heads, 40 KV heads, vocab 32000, max_position_embeddings 4096, untied)',
    asOf: '2026-12',
    notes: 'Multi-head attention (no GQA), so its KV cache is large: 800 KiB per token at F16. 4096-token context. 13.0B parameters per the Llama 2 paper. No file size recorded.',
  },
  'qwen2.5-3b': {
    source: 'huggingface.co/Qwen/Qwen2.5-3B-Instruct config.json (copies: huggingface.co/osllmai-community/Qwen2.5-3B-Instruct and unsloth/Qwen2.5-3B config.json: hidden 2048, 36 layers, 16 heads, 2 KV heads, intermediate 11008, vocab 151936, tie_word_embeddings true, max_position_embeddings 32768, use_sliding_window false)',
    asOf: '2026-12',
    notes: 'Only 2 KV heads, so a small KV cache (36 KiB per token at F16). 32768-token context. 3.09B parameters per model card (2.77B non-embedding). Unlike the 0.5B/1.5B/7B sizes it is released under the Qwen Research License, not Apache-2.0 (QwenLM/Qwen2.5 README). No file size recorded.',
  },
  'gemma-2-9b': {
    source: 'huggingface.co/google/gemma-2-9b-it config.json (copy: huggingface.co/hfhugs/gemma-2-9b-it config.json: Gemma2ForCausalLM, 42 layers, hidden 3584, 16 heads, 8 KV heads, head_dim 256, intermediate 14336, vocab 256000, sliding_window 4096, max_position_embeddings 8192, cache_implementation hybrid)',
    asOf: '2026-12',
    notes: 'Local (4096-token window) and global layers alternate, so at the 8192-token maximum the window saves at most half the cache. Logit soft-capping. Embeddings tied (the official config sets no tie_word_embeddings, and Gemma2Config defaults to true). 9.24B parameters. No file size recorded.',
  },
  'phi-3-mini': {
    source: 'huggingface.co/microsoft/Phi-3-mini-4k-instruct config.json (copy: huggingface.co/Alignment-Lab-AI/idfkphi4kiguess, "Duplicate from microsoft/Phi-3-mini-4k-instruct": Phi3ForCausalLM, hidden 3072, intermediate 8192, 32 layers, 32 heads, 32 KV heads, vocab 32064, max_position_embeddings 4096, sliding_window 2047, untied)',
    asOf: '2026-12',
    notes: 'Multi-head attention; head_dim 96 = 3072/32. The config carries sliding_window 2047 on every layer; with no full-attention layer the engine\'s window model cannot express it, so the cache is taken as full (over-estimates the KV cache by at most 2x at the 4096 limit). The 128K variant (Phi-3-mini-128k-instruct, LongRoPE) has the same weights layout. 3.8B parameters per model card. No file size recorded.',
  },
  'llama-4-scout': {
    source: 'huggingface.co/meta-llama/Llama-4-Scout-17B-16E-Instruct config.json text_config (as dumped in a GitHub doc of Llama4Config and a vLLM issue quoting a text-only Scout config: 48 layers, hidden 5120, 40 heads, 8 KV heads, head_dim 128, intermediate_size 8192 (experts), intermediate_size_mlp 16384, 16 local experts, 1 per token, interleave_moe_layer_step 1, attention_chunk_size 8192, no_rope_layers every 4th, vocab 202048, max_position_embeddings 10485760 for Instruct); huggingface.co/blog/llama4-release (109B total, 17B active)',
    asOf: '2026-12',
    notes: 'Every layer is MoE: one routed expert of 16 plus one shared expert (width 8192) per token; intermediateSize records the dense-MLP width 16384 from the config although Scout has no dense layer. Chunked attention is modelled as an 8192-token sliding window (llama.cpp caches chunked layers like SWA layers), the global NoPE layers grow with context. Natively multimodal: the 109B includes the vision encoder. 10M-token context claimed for Instruct; in practice far less fits. No file size recorded.',
  },
  'llama-4-maverick': {
    source: 'huggingface.co/meta-llama/Llama-4-Maverick-17B-128E-Instruct config.json text_config (a two-layer test copy of it in a GitHub test file: hidden 5120, 40 heads, 8 KV heads, head_dim 128, intermediate 8192, intermediate_size_mlp 16384, 128 local experts, 1 per token, interleave_moe_layer_step 2, attention_chunk_size 8192, vocab 202048, max_position_embeddings 1048576; 48 layers in the original); huggingface.co/blog/llama4-release (~400B total, 17B active)',
    asOf: '2026-12',
    notes: 'MoE on every second layer (24 MoE layers: 1 of 128 routed experts + 1 shared expert, width 8192), dense MLP (16384) on the other 24. Chunked attention as for Scout. Official BF16 and FP8 releases; 1M-token context. The Transformers docs call it the 402B flavour. No file size recorded.',
  },
  'minimax-m2': {
    source: 'huggingface.co/MiniMaxAI/MiniMax-M2 config.json (MiniMaxM2ForCausalLM; same dimensions in the M2.1 BF16 copy huggingface.co/QuixiAI/MiniMax-M2.1-bf16 config.json and the GPTQModel configuration_minimax_m2.py defaults: 62 layers, hidden 3072, 48 heads, 8 KV heads, head_dim 128, 256 local experts, 8 per token, expert width 1536, shared_intermediate_size 0, attn_type_list all 1 (full attention), vocab 200064, max_position_embeddings 196608, untied)',
    asOf: '2026-12',
    notes: 'Every layer full attention (no linear/lightning attention, unlike MiniMax-M1) and MoE with no shared expert. Released in FP8 (block-scaled); 230B total / 10B active per the model card. Interleaved thinking model. MTP modules in the checkpoint are not used by llama.cpp. No file size recorded.',
  },
  'kimi-k2': {
    source: 'huggingface.co/moonshotai/Kimi-K2-Instruct config.json (DeepseekV3ForCausalLM layout; NVIDIA NeMo Megatron-Bridge KimiK2Provider docs: 61 layers, hidden 7168, FFN 18432, 384 experts of width 2048, 1 shared expert, top-8, 64 attention heads, MLA); moonshotai/Kimi-K2 README (1T total / 32B active, 128K context)',
    asOf: '2026-12',
    notes: 'DeepSeek-V3 architecture scaled to 384 experts with 64 heads (half of V3\'s): MLA latent cache 512 + 64 per token per layer; headDim 192 = 128 + 64 as in DeepSeek-V3 (the NeMo kv_channels 64 refers to a different quantity); 1 dense + 60 MoE layers; vocab 163840. 1026B parameters DERIVED from these dimensions (60 x 384 x 3 x 7168 x 2048 routed = 1014.6B, + 2.35B embeddings/head, + ~6.2B MLA attention, + 2.6B shared experts, + 0.4B dense FFN; marketed as 1T): even a 1.8-bit quant is ~250 GB, so it runs only on very large RAM/VRAM pools. The 0905 update doubles the context to 256K; K2-Thinking (Nov 2025) ships INT4 experts. Ollama serves it as a cloud model only. Config itself not re-read; no file size recorded.',
  },
  'deepseek-r1-distill-qwen-14b': {
    source: 'deepseek-ai/DeepSeek-R1 README (distilled from Qwen2.5-14B); huggingface.co/deepseek-ai/DeepSeek-R1-Distill-Qwen-14B config.json = Qwen2.5-14B dimensions (as the qwen2.5-14b record: 48 layers, hidden 5120, 40 heads, 8 KV heads, intermediate 13824, vocab 152064)',
    asOf: '2026-12',
    notes: 'Qwen2.5-14B fine-tuned on R1 reasoning traces; dimensions taken from the base model (config not re-read). 131072 max_position_embeddings. 14.8B parameters per Hugging Face. No file size recorded.',
  },
  'deepseek-r1-distill-qwen-7b': {
    source: 'deepseek-ai/DeepSeek-R1 README (distilled from Qwen2.5-Math-7B); huggingface.co/deepseek-ai/DeepSeek-R1-Distill-Qwen-7B config.json (Qwen2 dimensions of the 7B: 28 layers, hidden 3584, 28 heads, 4 KV heads, intermediate 18944, vocab 152064, as the qwen2.5-7b record)',
    asOf: '2026-12',
    notes: 'Base is Qwen2.5-Math-7B, which has the Qwen2.5-7B tensor shapes; the distill config raises max_position_embeddings to 131072. Config not re-read. 7.62B parameters. No file size recorded.',
  },
  'deepseek-r1-0528-qwen3-8b': {
    source: 'huggingface.co/deepseek-ai/DeepSeek-R1-0528-Qwen3-8B README (Qwen3-8B Base post-trained on R1-0528 chain-of-thought; same architecture as Qwen3-8B) and config.json (Qwen3-8B dimensions, as the qwen3-8b record)',
    asOf: '2026-12',
    notes: 'What Ollama\'s deepseek-r1:8b tag pulls since the May 2025 update (see the deepseek-r1-distill-llama-8b notes). Qwen3-8B dimensions (config not re-read); context per the model card up to 128K. No file size recorded.',
  },
  'qwq-32b': {
    source: 'huggingface.co/Qwen/QwQ-32B config.json (Qwen2ForCausalLM on Qwen2.5-32B dimensions, as the qwen2.5-32b record: 64 layers, hidden 5120, 40 heads, 8 KV heads, intermediate 27648, vocab 152064); QwQ-32B model card (32.5B parameters, 131072-token context with YaRN)',
    asOf: '2026-12',
    notes: 'Reasoning model on Qwen2.5-32B; long thinking traces make the KV cache matter (256 KiB per token at F16). Config not re-read. No file size recorded.',
  },
  'qwen2.5-coder-14b': {
    source: 'huggingface.co/Qwen/Qwen2.5-Coder-14B-Instruct config.json (Qwen2.5-14B dimensions, as the qwen2.5-14b record); QwenLM/Qwen2.5-Coder README (release 2024-11-12, 128K context with YaRN)',
    asOf: '2026-12',
    notes: 'Code model on the Qwen2.5-14B architecture (config not re-read). Native 32768; 131072 with YaRN. No file size recorded.',
  },
  'qwen2.5-coder-32b': {
    source: 'huggingface.co/Qwen/Qwen2.5-Coder-32B-Instruct config.json (Qwen2.5-32B dimensions, as the qwen2.5-32b record); QwenLM/Qwen2.5-Coder README (release 2024-11-12, 128K context with YaRN)',
    asOf: '2026-12',
    notes: 'Code model on the Qwen2.5-32B architecture (config not re-read). Native 32768; 131072 with YaRN. No file size recorded.',
  },
  'gpt-oss-safeguard-20b': {
    source: 'huggingface.co/openai/gpt-oss-safeguard-20b config.json (fine-tune of gpt-oss-20b with the same GptOssForCausalLM dimensions, as the gpt-oss-20b record); OpenAI gpt-oss-safeguard model card (October 2025)',
    asOf: '2026-12',
    notes: 'Safety-policy reasoning fine-tune of gpt-oss-20b: identical tensors (MXFP4 experts, BF16 rest), so its files are the size of gpt-oss-20b\'s. Config not re-read; Ollama tag not re-checked; no GGUF repository recorded. No file size recorded.',
  },
  'gpt-oss-safeguard-120b': {
    source: 'huggingface.co/openai/gpt-oss-safeguard-120b config.json (fine-tune of gpt-oss-120b with the same dimensions, as the gpt-oss-120b record); OpenAI gpt-oss-safeguard model card (October 2025)',
    asOf: '2026-12',
    notes: 'Safety-policy fine-tune of gpt-oss-120b with identical tensors. Config not re-read; Ollama tag not re-checked; no GGUF repository recorded. No file size recorded.',
  },
  'qwen2.5-0.5b': {
    source: 'huggingface.co/Qwen/Qwen2.5-0.5B config.json (copy: huggingface.co/osllmai-community/Qwen2.5-0.5B config.json: hidden 896, 24 layers, 14 heads, 2 KV heads, intermediate 4864, vocab 151936, tie_word_embeddings true, max_position_embeddings 32768)',
    asOf: '2026-12',
    notes: 'head_dim 64 = 896/14. The tied embedding is 0.14B of the 0.49B parameters (0.36B non-embedding per model card), so quantised files are relatively large for the parameter count. 32768-token context. No file size recorded.',
  },
  'qwen2.5-1.5b': {
    source: 'huggingface.co/Qwen/Qwen2.5-1.5B-Instruct config.json (copy: huggingface.co/onnx-community/Qwen2.5-1.5B-Instruct config.json: hidden 1536, 28 layers, 12 heads, 2 KV heads, intermediate 8960, vocab 151936, tie_word_embeddings true, max_position_embeddings 32768)',
    asOf: '2026-12',
    notes: '1.54B parameters per model card (1.31B non-embedding). 32768-token context. No file size recorded.',
  },
  'qwen2.5-coder-0.5b': {
    source: 'huggingface.co/Qwen/Qwen2.5-Coder-0.5B-Instruct config.json (Qwen2.5-0.5B dimensions, as the qwen2.5-0.5b record); QwenLM/Qwen2.5-Coder README',
    asOf: '2026-12',
    notes: 'Code model on the Qwen2.5-0.5B architecture (config not re-read; tied embeddings, 32768-token context). Small enough for autocomplete on laptops. No file size recorded.',
  },
  'qwen2.5-coder-1.5b': {
    source: 'huggingface.co/Qwen/Qwen2.5-Coder-1.5B-Instruct config.json (Qwen2.5-1.5B dimensions, as the qwen2.5-1.5b record); QwenLM/Qwen2.5-Coder README',
    asOf: '2026-12',
    notes: 'Code model on the Qwen2.5-1.5B architecture (config not re-read; tied embeddings, 32768-token context). Small enough for autocomplete on laptops. No file size recorded.',
  },
  'qwen2.5-coder-3b': {
    source: 'huggingface.co/Qwen/Qwen2.5-Coder-3B-Instruct config.json (Qwen2.5-3B dimensions, as the qwen2.5-3b record); QwenLM/Qwen2.5-Coder README',
    asOf: '2026-12',
    notes: 'Code model on the Qwen2.5-3B architecture (config not re-read; tied embeddings, 32768-token context). Small enough for autocomplete on laptops. No file size recorded.',
  },
  'qwen3-4b-2507': {
    source: 'huggingface.co/Qwen/Qwen3-4B-Instruct-2507 config.json (Qwen3-4B dimensions, as the qwen3-4b record, with max_position_embeddings 262144); Qwen3-4B-Instruct-2507 model card (256K native context)',
    asOf: '2026-12',
    notes: 'August 2025 refresh of Qwen3-4B: separate Instruct and Thinking checkpoints, 262144-token native context, same tensors. Ollama\'s qwen3:4b tag may point at either build depending on when it was pulled (not re-checked). No file size recorded.',
  },
  'smollm3-3b': {
    source: 'huggingface.co/HuggingFaceTB/SmolLM3-3B config.json (copies of fine-tunes: huggingface.co/sweatSmile/HF-SmolLM3-3B-Math-Formulas-4bit and patrickfleith/smollm3-sft config.json: SmolLM3ForCausalLM, hidden 2048, intermediate 11008, 36 full-attention layers, NoPE on every 4th layer, max_position_embeddings 65536, vocab 128256, tied embeddings); SmolLM3 blog/model card (3B, 16 heads with 4 KV heads, 64K trained, 128K with YaRN)',
    asOf: '2026-12',
    notes: 'Llama-like with GQA (16 query / 4 KV heads; the head counts come from the model card, the copies read here were truncated before them) and no RoPE on every 4th layer; dual thinking / no-thinking modes. 65536-token training context, 131072 with YaRN extrapolation per the model card. No official Ollama library tag. No file size recorded.',
  },
  'mixtral-8x22b': {
    source: 'huggingface.co/mistralai/Mixtral-8x22B-Instruct-v0.1 config.json (copies: huggingface.co/sosoai/hansoldeco-Mixtral-8x22B-Instruct-v1 config.json and mistral-community/Mixtral-8x22B-v0.1: MixtralForCausalLM, hidden 6144, intermediate 16384, 56 layers, 48 heads, 8 KV heads, 8 local experts, 2 per token, max_position_embeddings 65536, vocab 32768 (Instruct; the base is 32000), untied, sliding_window null)',
    asOf: '2026-12',
    notes: 'Every layer MoE (8 experts, 2 active). 141B total / 39B active per the Mistral announcement. 64K context. No file size recorded.',
  },
  'deepseek-r1-distill-llama-70b': {
    source: 'deepseek-ai/DeepSeek-R1 README (distilled from Llama-3.3-70B-Instruct); huggingface.co/deepseek-ai/DeepSeek-R1-Distill-Llama-70B config.json (Llama 3.3 70B dimensions, as the llama-3.3-70b record)',
    asOf: '2026-12',
    notes: 'Llama-3.3-70B-Instruct fine-tuned on R1 traces; identical tensors, so Llama 3.3 70B file sizes apply within a few percent (not recorded here, since no listing of this upload was read). Config not re-read.',
  },
  'deepseek-r1-distill-qwen-1.5b': {
    source: 'huggingface.co/deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B config.json (copies: huggingface.co/onnx-community/DeepSeek-R1-Distill-Qwen-1.5B-ONNX and bluryar/DeepSeek-R1-Distill-Qwen-1.5B-sft config.json: Qwen2ForCausalLM, hidden 1536, intermediate 8960, 28 layers, 12 heads, 2 KV heads, vocab 151936, max_position_embeddings 131072, rope_theta 10000, tie_word_embeddings false); deepseek-ai/DeepSeek-R1 README (base Qwen2.5-Math-1.5B)',
    asOf: '2026-12',
    notes: 'Unlike Qwen2.5-1.5B the distill unties the output head, adding 0.23B parameters: 1.78B in total (1.54B + 151936 x 1536, DERIVED). The smallest deepseek-r1 tag in Ollama; reasoning quality at this size is limited. No file size recorded.',
  },
  'gemma-3-270m': {
    source: 'huggingface.co/google/gemma-3-270m-it config.json (gemma3_text; copies in GitHub code: a Gemma-3-270m config test with hidden 640, intermediate 2048, 4 heads, 1 KV head, head_dim 256, vocab 262144, sliding_window 512, layer_types full at layers 5, 11, 17 of 18; a Keras Gemma3 MODEL_VARIANTS["270m"] table with 18 layers and max_seq_len 32768); developers.googleblog.com/en/introducing-gemma-3-270m (release, via the AIComputing101/llm-leaderboard page and The Register report of 2025-08-14 republished by renewablesradar.com)',
    asOf: '2026-12',
    notes: 'Text-only, 32K context. 268M parameters DERIVED from the config: embedding 262144 x 640 = 167.8M (tied) + 18 x (attention 640 x (1024 + 256 + 256) + 1024 x 640 = 1.64M, MLP 3 x 640 x 2048 = 3.93M) = 100.3M; Google describes it as 170M embedding + 100M transformer. Because two thirds of it is the embedding, which llama.cpp keeps in system RAM on discrete GPUs, the GPU share is tiny. Google also ships QAT (INT4) checkpoints. Ollama tag and the ggml-org GGUF repository are named in public code (not re-checked on the sites). No file size recorded.',
  },
  'gemma-3n-e2b': {
    source: 'huggingface.co/google/gemma-3n-E2B-it config.json text_config (gemma3n_text; copies: google-ai-edge/ai-edge-torch gemma3n get_model_config_e2b: 30 layers, embedding 2048, vocab 262400, 8 heads, 2 KV groups, head_dim 256, FFN 8192, sliding window 512, global when (i + 1) % 5 == 0, max_seq_len 32768, tied lm_head, hidden_size_per_layer_input 256, vocab_size_per_layer_input 262144, num_kv_shared_layers 10, laurel_rank 64, altup_num_inputs 4; a test fixture quoting the mlx-community gemma-3n-E2B-it config with the same cache geometry); developers.googleblog.com "Introducing Gemma 3n: the developer guide" (2025-06-26, full release after the May preview); ollama.com/library/gemma3n:e2b (4.46B, Q4_K_M, 5.6GB)',
    asOf: '2026-12',
    notes: 'Per-layer embeddings (PLE): a second table of 262144 x (30 x 256) = 2.01B parameters, from which every layer gets a 256-wide per-token input. Google\'s reference runtime streams it from storage; llama.cpp keeps it, like token_embd, as an input tensor in system RAM and reads one row per token. The engine counts it in the embedding class (architecture.perLayerEmbedding), so on a discrete GPU it sits in RAM and is not counted as read per token; a tied output head reads only the 262400 x 2048 token embedding. totalParamsB 4.46 is the text model (Ollama shows 4.46B; DERIVED check: 0.537B embedding + 2.013B PLE + 30 x 62.1M layers (attention 10.5M, GeGLU FFN 50.3M, LAuReL 0.26M, per-layer gate/projection 1.05M) + 0.016B per-layer model projection + 0.025B AltUp projections = 4.456B). The "E2B" (effective 2B) is this minus both embedding tables, 1.91B. The HF checkpoint (5.44B) also holds the vision and audio encoders, which the GGUFs leave out (text only). Approximate: (1) KV sharing is not modelled: the last 10 layers reuse the cache of earlier layers, so only 20 layers (16 sliding, 4 global) own a cache, and the engine\'s 30-layer cache over-estimates it by 1.5x (the global layers: 6 counted vs 4 real); (2) AltUp\'s four parallel streams and the activation sparsity of the first 10 layers are not modelled (small compute, no memory). The Q4_K_M size is unsloth\'s file; Ollama\'s gemma3n:e2b download is 5.6 GB (Ollama\'s decimal GB) for the same 4.46B at Q4_K_M, about 2.6 GB more, consistent with the PLE table left at 16 bits in that build (inferred from the sizes, not read from the file), so an Ollama install needs that much more RAM than this estimate.',
    fileSizes: {
      q4_k_m: {
        source: 'huggingface.co/unsloth/gemma-3n-E2B-it-GGUF gemma-3n-E2B-it-Q4_K_M.gguf: 3,026,881,888 bytes as quoted (fileSize) in a third-party app model catalogue on GitHub (Swift ModelBuild list; repository not named by the code search) (bytes / 2^30)',
        asOf: '2026-12',
      },
    },
  },
  'gemma-3n-e4b': {
    source: 'huggingface.co/google/gemma-3n-E4B-it config.json text_config (copies: google-ai-edge/ai-edge-torch gemma3n get_model_config_e4b: 35 layers, embedding 2048, vocab 262400, 8 heads, 2 KV groups, head_dim 256, FFN 16384, window 512, global when (i + 1) % 5 == 0, 32768, num_kv_shared_layers 15, PLE 256 x 262144; a parse_text_config test quoting the E4B text_config with the same values); developers.googleblog.com "Introducing Gemma 3n: the developer guide" (2025-06-26)',
    asOf: '2026-12',
    notes: 'As gemma-3n-e2b, with 35 layers and a 16384-wide FFN. PLE table 262144 x (35 x 256) = 2.35B parameters, counted in the embedding class (system RAM on discrete GPUs, one row per token; see gemma-3n-e2b). totalParamsB 6.87 is DERIVED for the text model (0.537B embedding + 2.349B PLE + 35 x 112.5M layers + 0.018B per-layer model projection + 0.025B AltUp = 6.867B); "E4B" (effective 4B) is this minus both embedding tables, 3.98B; the HF checkpoint (about 7.9B) adds the vision and audio encoders. KV sharing is not modelled: only 20 of the 35 layers own a cache (the last 15 reuse it), so the engine over-estimates the cache by 1.75x. Ollama tag gemma3n:e4b and the unsloth GGUF repository are named on ollama.com and in unsloth\'s model card ("ollama run hf.co/unsloth/gemma-3n-E4B-it-GGUF"); no file size of either was read, so none is recorded.',
  },
  'phi-4-mini': {
    source: 'huggingface.co/microsoft/Phi-4-mini-instruct config.json (Phi3ForCausalLM; copies in GitHub test code "verified against the HF repo": hidden 3072, 24 heads, 8 KV heads, intermediate 8192, 32 layers, vocab 200064, max_position_embeddings 131072 (original 4096, LongRoPE), tie_word_embeddings true, partial_rotary_factor 0.75, sliding_window null); Phi-4-mini-instruct model card (3.8B, 128K context, MIT); Microsoft blog aka.ms/phi4-feb2025',
    asOf: '2026-12',
    notes: 'Phi-4-mini-instruct, released with Phi-4-multimodal on 2025-02-26 (date from the Microsoft announcement, not re-read here). head_dim 128 = 3072/24; RoPE on 75% of each head. 3.84B parameters: 3,836,021,856 as quoted by a GitHub model catalogue for the unsloth GGUF, matching the config arithmetic (200064 x 3072 tied + 32 x (attention 25.2M + MLP 75.5M)). 200K-token vocabulary (o200k). Ollama tag phi4-mini (3.8b).',
    fileSizes: {
      q4_k_m: {
        source: 'huggingface.co/unsloth/Phi-4-mini-instruct-GGUF Phi-4-mini-instruct-Q4_K_M.gguf (revision 78eb92a4): 2,491,874,272 bytes, sha256 88c00229...730a, as quoted from the Hugging Face API in several GitHub model catalogues (bytes / 2^30)',
        asOf: '2026-12',
      },
    },
  },
  'gemma-2-27b': {
    source: 'huggingface.co/google/gemma-2-27b-it config.json (copy: AI-Hypercomputer/maxtext MaxText/utils/ckpt_conversion/utils/hf_model_configs.py gemma2_27b_config: 46 layers, 32 heads, 16 KV heads, hidden 4608, intermediate 36864, head_dim 128, sliding_window 4096, query_pre_attn_scalar 144, logit soft-capping 50/30; Gemma2Config defaults: vocab 256000, max_position_embeddings 8192, tied embeddings)',
    asOf: '2026-12',
    notes: 'Released with Gemma 2 9B (2024-06-27). Local (4096) and global layers alternate as in gemma-2-9b. head_dim 128 with query_pre_attn_scalar 144 (= 4608/32), unlike the 9B\'s 256. 27.2B parameters: DERIVED 256000 x 4608 (tied) + 46 x (attention 56.6M + MLP 509.6M) = 27.23B. Sizes from mradermacher\'s static quants (other uploads differ by a few percent); the F16 file was not read.',
    fileSizes: {
      q8_0: { source: 'huggingface.co/mradermacher/gemma-2-27b-it-GGUF tree (commit a8af097): gemma-2-27b-it.Q8_0.gguf 28.9 GB (GB x 1e9 / 2^30)' },
      q6_k: { source: 'huggingface.co/mradermacher/gemma-2-27b-it-GGUF tree (commit a8af097): gemma-2-27b-it.Q6_K.gguf 22.3 GB (GB x 1e9 / 2^30)' },
      q5_k_m: { source: 'huggingface.co/mradermacher/gemma-2-27b-it-GGUF tree main: gemma-2-27b-it.Q5_K_M.gguf 19.4 GB (GB x 1e9 / 2^30)' },
      q4_k_m: { source: 'huggingface.co/mradermacher/gemma-2-27b-it-GGUF tree main: gemma-2-27b-it.Q4_K_M.gguf 16.6 GB (GB x 1e9 / 2^30)' },
      iq4_xs: { source: 'huggingface.co/mradermacher/gemma-2-27b-it-GGUF tree main: gemma-2-27b-it.IQ4_XS.gguf 14.9 GB (GB x 1e9 / 2^30)' },
      q3_k_m: { source: 'huggingface.co/mradermacher/gemma-2-27b-it-GGUF tree main: gemma-2-27b-it.Q3_K_M.gguf 13.4 GB (GB x 1e9 / 2^30)' },
      q2_k: { source: 'huggingface.co/mradermacher/gemma-2-27b-it-GGUF tree main: gemma-2-27b-it.Q2_K.gguf 10.4 GB (GB x 1e9 / 2^30)' },
    },
  },
  'mistral-small-3.2-24b': {
    source: 'huggingface.co/mistralai/Mistral-Small-3.1-24B-Instruct-2503 config.json (text_config: 40 layers, hidden 5120, 32 heads, 8 KV heads, head_dim 128, intermediate 32768, vocab 131072, max_position_embeddings 131072, rope_theta 1e9); text-only copy of Mistral Small 3.2: huggingface.co/darkc0de/3.2test config.json (duplicate of arnomatic/Mistral-Small-3.2-24B-Instruct-2506-Text-Only-heretic: same text dimensions, 131072 positions); Ollama tag and date: nix-community/nur-combined repos/colinsane/pkgs/ollamaPackages/mistral-small3_2-24b/package.nix (ollama.com/library/mistral-small3.2, 24b, released 2025-06-20)',
    asOf: '2026-12',
    notes: 'Mistral Small 3.2 (2506) is an update of Mistral Small 3.1 (2503) with the same architecture: a 24B text decoder plus a vision encoder (Mistral3ForConditionalGeneration); the figures are the text decoder\'s, which llama.cpp loads as the model (the vision projector is a separate mmproj file). The official 3.2 config.json was not read; its text dimensions are taken from the 3.1 config and a text-only copy of 3.2. 23.57B is the text decoder, derived as for mistral-small-24b (40 x (2x5120x4096 + 2x5120x1024 + 3x5120x32768) + 2x131072x5120); whatmodel.sh lists Magistral Small 1.0/1.1 at 23.57B. No GGUF file size recorded (the unsloth Mistral Small 3.1 listing, same tensor shapes: Q4_K_M 14.3 GB, Q8_0 25.1 GB).',
  },
  'devstral-small-2505': {
    source: 'huggingface.co/mistralai/Mistral-Small-3.1-24B-Instruct-2503 config.json (text_config: 40 layers, hidden 5120, 32 heads, 8 KV heads, head_dim 128, intermediate 32768, vocab 131072, max_position_embeddings 131072, rope_theta 1e9); Devstral is fine-tuned from Mistral-Small-3.1 with the vision encoder removed, 128k context (unsloth.ai/docs Devstral guide, "Devstral: how to run and fine-tune"); lmstudio-community/Devstral-Small-2505-GGUF model card (via huggingface.co/datasets/midah/model_trees: context length 131072); GGUF repo: unsloth/Devstral-Small-2505-GGUF (as pulled in a Docker Model Runner example, hf.co/unsloth/Devstral-Small-2505-GGUF:Q4_K_M)',
    asOf: '2026-12',
    notes: 'Mistral\'s agentic coding model (May 2025), text-only, same decoder as Mistral Small 3.1. Day of release not recorded. 23.57B is the text decoder, derived as for mistral-small-24b (40 x (2x5120x4096 + 2x5120x1024 + 3x5120x32768) + 2x131072x5120); whatmodel.sh lists Magistral Small 1.0/1.1 at 23.57B. No GGUF file size recorded.',
  },
  'devstral-small-2507': {
    source: 'huggingface.co/mistralai/Mistral-Small-3.1-24B-Instruct-2503 config.json (text_config: 40 layers, hidden 5120, 32 heads, 8 KV heads, head_dim 128, intermediate 32768, vocab 131072, max_position_embeddings 131072, rope_theta 1e9); unsloth.ai/docs Devstral guide (Devstral-Small-2507 = Devstral 1.1, fine-tuned from Mistral-Small-3.1, 128k context, text-only: the vision encoder was removed before fine-tuning; SWE-bench Verified 53.6 % as of 10 July 2025)',
    asOf: '2026-12',
    notes: 'Devstral Small 1.1 (July 2025): same architecture as devstral-small-2505. Day of release not recorded. 23.57B is the text decoder, derived as for mistral-small-24b (40 x (2x5120x4096 + 2x5120x1024 + 3x5120x32768) + 2x131072x5120); whatmodel.sh lists Magistral Small 1.0/1.1 at 23.57B. No GGUF repository or file size recorded.',
  },
  'magistral-small-2506': {
    source: 'huggingface.co/mistralai/Magistral-Small-2506 model card (built upon Mistral Small 3.1 (2503), 24B, 128k context window, performance might degrade past 40k: set 40k; paper arXiv 2506.10910); huggingface.co/mistralai/Magistral-Small-2506_gguf (official GGUF, converted for a 40k context, Tekken tokenizer 131k vocabulary); dimensions: huggingface.co/mistralai/Mistral-Small-3.1-24B-Instruct-2503 config.json (text_config: 40 layers, hidden 5120, 32 heads, 8 KV heads, head_dim 128, intermediate 32768, vocab 131072, max_position_embeddings 131072, rope_theta 1e9)',
    asOf: '2026-12',
    notes: 'Reasoning model on the Mistral Small 3.1 decoder (June 2025), text-only. maxContextTokens is the 131072 the architecture supports; Mistral recommends 40960 (40k) and the official GGUF was converted for that. Day of release not recorded. 23.57B is the text decoder, derived as for mistral-small-24b (40 x (2x5120x4096 + 2x5120x1024 + 3x5120x32768) + 2x131072x5120); whatmodel.sh lists Magistral Small 1.0/1.1 at 23.57B. No GGUF file size recorded.',
  },
  'magistral-small-2507': {
    source: 'huggingface.co/mistralai/Magistral-Small-2507 and huggingface.co/unsloth/Magistral-Small-2507-GGUF model cards (Magistral Small 1.1, built upon Mistral Small 3.1 (2503), 24B; about the same performance as 1.0, [THINK] tokens); dimensions: huggingface.co/mistralai/Mistral-Small-3.1-24B-Instruct-2503 config.json (text_config: 40 layers, hidden 5120, 32 heads, 8 KV heads, head_dim 128, intermediate 32768, vocab 131072, max_position_embeddings 131072, rope_theta 1e9)',
    asOf: '2026-12',
    notes: 'Magistral Small 1.1 (July 2025), text-only, same architecture as magistral-small-2506 (128k supported, 40k recommended). Day of release not recorded. 23.57B is the text decoder, derived as for mistral-small-24b (40 x (2x5120x4096 + 2x5120x1024 + 3x5120x32768) + 2x131072x5120); whatmodel.sh lists Magistral Small 1.0/1.1 at 23.57B. No GGUF file size recorded.',
  },
  'magistral-small-2509': {
    source: 'huggingface.co/unsloth/Magistral-Small-2509-FP8-torchao README (Magistral Small 1.2, built upon Mistral Small 3.2 (2506), 24B, adds a vision encoder; llama-cli -hf unsloth/Magistral-Small-2509-GGUF:UD-Q4_K_XL); dimensions: huggingface.co/mistralai/Mistral-Small-3.1-24B-Instruct-2503 config.json (text_config: 40 layers, hidden 5120, 32 heads, 8 KV heads, head_dim 128, intermediate 32768, vocab 131072, max_position_embeddings 131072, rope_theta 1e9) and the text-only Mistral Small 3.2 copy cited for mistral-small-3.2-24b',
    asOf: '2026-12',
    notes: 'Magistral Small 1.2 (September 2025): the Mistral Small 3.2 decoder with reasoning training and a vision encoder (the figures are the text decoder\'s; the projector is a separate mmproj file). Day of release not recorded. 23.57B is the text decoder, derived as for mistral-small-24b (40 x (2x5120x4096 + 2x5120x1024 + 3x5120x32768) + 2x131072x5120); whatmodel.sh lists Magistral Small 1.0/1.1 at 23.57B. No GGUF file size recorded (the UD-Q4_K_XL preset is not listed as a format without one).',
  },
  'qwen3-coder-480b-a35b': {
    source: 'zyzshishui/miles scripts/models/qwen3-coder-480B-A35B.sh (Megatron arguments for Qwen/Qwen3-Coder-480B-A35B-Instruct: 62 layers, hidden 6144, 96 heads, 8 query groups, kv-channels 128, vocab 151936, untied, 160 experts, top-8, expert FFN 2560, every layer MoE); QwenLM/Qwen3-Coder README (256K native context, as for qwen3-coder-30b-a3b); GGUF repo: huggingface.co/models?other=base_model:quantized:Qwen/Qwen3-Coder-480B-A35B-Instruct (unsloth/Qwen3-Coder-480B-A35B-Instruct-GGUF, July 2025)',
    asOf: '2026-12',
    notes: 'Parameters check (hand arithmetic from the dimensions): per layer attention 6144x12288 + 2x6144x1024 + 12288x6144 = 163.6M and 160 experts x 3 x 6144 x 2560 = 7.55B; x 62 + 2 x 151936 x 6144 embeddings = 480.2B total; 8 experts active = 35.4B per token, matching the 480B / A35B name (used). No shared expert. maxContextTokens 262144 native (1M with YaRN per Qwen). Released late July 2025 (quantised uploads dated 22-23 July 2025); day not recorded. No GGUF file size recorded.',
  },
};
