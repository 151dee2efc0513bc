/**
 * Where each weight format's and KV-cache type's figures come from (block layouts, whole-file bits per
 * weight). Server, CLI and tests only: the browser bundle never imports this file. Conventions are
 * described in formats.ts.
 */
import type { FormatId, KvCacheType } from './types';

export const formatProvenance: Record<FormatId, string> = {
  f32: 'ggml-org/llama.cpp gguf-py/gguf/constants.py (GGML_QUANT_SIZES)',
  bf16: 'ggml-org/llama.cpp gguf-py/gguf/constants.py (GGML_QUANT_SIZES); file bpw as F16 in ggml-org/llama.cpp tools/quantize/README.md (Llama-3.1-8B table)',
  f16: 'ggml-org/llama.cpp gguf-py/gguf/constants.py (GGML_QUANT_SIZES); ggml-org/llama.cpp tools/quantize/README.md (Llama-3.1-8B table)',
  fp8: 'deepseek-ai/DeepSeek-V3 README (FP8 weights, 128x128 block scaling); file bpw adds one FP32 scale per 128x128 block (32/16384 = 0.002 bits) plus BF16 embeddings — approximate',
  q8_0: 'ggml-org/llama.cpp gguf-py/gguf/constants.py (GGML_QUANT_SIZES); ggml-org/llama.cpp tools/quantize/README.md (Llama-3.1-8B table)',
  q6_k: 'ggml-org/llama.cpp gguf-py/gguf/constants.py (GGML_QUANT_SIZES); ggml-org/llama.cpp tools/quantize/README.md (Llama-3.1-8B table)',
  q5_k_m: 'ggml-org/llama.cpp gguf-py/gguf/constants.py (GGML_QUANT_SIZES) (Q5_K); ggml-org/llama.cpp tools/quantize/README.md (Llama-3.1-8B table)',
  q5_k_s: 'ggml-org/llama.cpp gguf-py/gguf/constants.py (GGML_QUANT_SIZES) (Q5_K); ggml-org/llama.cpp tools/quantize/README.md (Llama-3.1-8B table)',
  q4_k_m: 'ggml-org/llama.cpp gguf-py/gguf/constants.py (GGML_QUANT_SIZES) (Q4_K); ggml-org/llama.cpp tools/quantize/README.md (Llama-3.1-8B table)',
  q4_k_s: 'ggml-org/llama.cpp gguf-py/gguf/constants.py (GGML_QUANT_SIZES) (Q4_K); ggml-org/llama.cpp tools/quantize/README.md (Llama-3.1-8B table)',
  q4_0: 'ggml-org/llama.cpp gguf-py/gguf/constants.py (GGML_QUANT_SIZES); file bpw taken as nominal (Llama-2-7B Q4_0 is 3.56 GiB for 6.74B params = 4.54 bpw, llama-bench)',
  iq4_xs: 'ggml-org/llama.cpp gguf-py/gguf/constants.py (GGML_QUANT_SIZES); ggml-org/llama.cpp tools/quantize/README.md (Llama-3.1-8B table)',
  q3_k_m: 'ggml-org/llama.cpp gguf-py/gguf/constants.py (GGML_QUANT_SIZES) (Q3_K); file bpw derived from ggml-org/llama.cpp tools/quantize/quantize.cpp QUANT_OPTIONS (Q3_K_M 3.74G for Llama-3-8B: 3.74 GiB x 2^30 x 8 / 8.03e9 params = 4.00 bpw; the same arithmetic on its Q4_K_M 4.58G gives 4.90, matching the README)',
  q3_k_s: 'ggml-org/llama.cpp gguf-py/gguf/constants.py (GGML_QUANT_SIZES) (Q3_K); ggml-org/llama.cpp tools/quantize/README.md (Llama-3.1-8B table)',
  iq3_m: 'ggml-org/llama.cpp gguf-py/gguf/constants.py (GGML_QUANT_SIZES) (IQ3_S); ggml-org/llama.cpp tools/quantize/README.md (Llama-3.1-8B table)',
  q2_k: 'ggml-org/llama.cpp gguf-py/gguf/constants.py (GGML_QUANT_SIZES); ggml-org/llama.cpp tools/quantize/README.md (Llama-3.1-8B table)',
  iq2_xxs: 'ggml-org/llama.cpp gguf-py/gguf/constants.py (GGML_QUANT_SIZES); ggml-org/llama.cpp tools/quantize/README.md (Llama-3.1-8B table)',
  iq4_nl: 'ggml-org/llama.cpp gguf-py/gguf/constants.py (GGML_QUANT_SIZES); ggml-org/llama.cpp tools/quantize/README.md (Llama-3.1-8B table)',
  iq3_xs: 'ggml-org/llama.cpp gguf-py/gguf/constants.py (GGML_QUANT_SIZES) (IQ3_S, main type per ggml-org/llama.cpp src/llama-quant.cpp (default_type of the file type)); ggml-org/llama.cpp tools/quantize/README.md (Llama-3.1-8B table)',
  iq3_xxs: 'ggml-org/llama.cpp gguf-py/gguf/constants.py (GGML_QUANT_SIZES); ggml-org/llama.cpp tools/quantize/README.md (Llama-3.1-8B table)',
  iq2_s: 'ggml-org/llama.cpp gguf-py/gguf/constants.py (GGML_QUANT_SIZES) (IQ2_XS, main type per ggml-org/llama.cpp src/llama-quant.cpp (default_type of the file type)); ggml-org/llama.cpp tools/quantize/README.md (Llama-3.1-8B table)',
  iq2_xs: 'ggml-org/llama.cpp gguf-py/gguf/constants.py (GGML_QUANT_SIZES); ggml-org/llama.cpp tools/quantize/README.md (Llama-3.1-8B table)',
  iq1_m: 'ggml-org/llama.cpp gguf-py/gguf/constants.py (GGML_QUANT_SIZES); ggml-org/llama.cpp tools/quantize/README.md (Llama-3.1-8B table)',
  iq1_s: 'ggml-org/llama.cpp gguf-py/gguf/constants.py (GGML_QUANT_SIZES); ggml-org/llama.cpp tools/quantize/README.md (Llama-3.1-8B table)',
  'ud-q5_k_xl': 'ggml-org/llama.cpp gguf-py/gguf/constants.py (GGML_QUANT_SIZES) (Q5_K); file bpw DERIVED from huggingface.co/unsloth/DeepSeek-V3.1-GGUF tree UD-Q5_K_XL: 485 GB x 8 / 671B parameters (a MoE model: dense models\' UD files are relatively wider)',
  'ud-q4_k_xl': 'ggml-org/llama.cpp gguf-py/gguf/constants.py (GGML_QUANT_SIZES) (Q4_K); file bpw DERIVED from huggingface.co/unsloth/DeepSeek-V3-0324-GGUF tree UD-Q4_K_XL: 405 GB x 8 / 671B parameters (a MoE model: dense models\' UD files are relatively wider)',
  'ud-q3_k_xl': 'ggml-org/llama.cpp gguf-py/gguf/constants.py (GGML_QUANT_SIZES) (Q3_K); file bpw DERIVED from huggingface.co/unsloth/GLM-4.6-GGUF tree UD-Q3_K_XL: 158.01 GB x 8 / 355B parameters (a MoE model: dense models\' UD files are relatively wider)',
  'ud-q2_k_xl': 'ggml-org/llama.cpp gguf-py/gguf/constants.py (GGML_QUANT_SIZES) (Q2_K); file bpw DERIVED from huggingface.co/unsloth/DeepSeek-R1-GGUF tree DeepSeek-R1-UD-Q2_K_XL: 49.8 + 3 x 50 + 26.8 = 226.6 GB x 8 / 671B parameters',
  'ud-iq2_xxs': 'ggml-org/llama.cpp gguf-py/gguf/constants.py (GGML_QUANT_SIZES) (IQ2_XXS); file bpw DERIVED from huggingface.co/unsloth/DeepSeek-R1-GGUF tree DeepSeek-R1-UD-IQ2_XXS: 49.1 + 49.8 + 49.8 + 47.5 = 196.2 GB x 8 / 671B parameters',
  'ud-iq1_m': 'ggml-org/llama.cpp gguf-py/gguf/constants.py (GGML_QUANT_SIZES) (IQ1_M); file bpw DERIVED from huggingface.co/unsloth/GLM-4.6-GGUF tree UD-IQ1_M: 107.23 GB x 8 / 355B parameters',
  'ud-iq1_s': 'ggml-org/llama.cpp gguf-py/gguf/constants.py (GGML_QUANT_SIZES) (IQ1_S); file bpw DERIVED from huggingface.co/unsloth/DeepSeek-R1-GGUF tree DeepSeek-R1-UD-IQ1_S: 49.3 + 49.4 + 41.5 = 140.2 GB x 8 / 671B parameters',
  mxfp4: 'ggml-org/llama.cpp gguf-py/gguf/constants.py (GGML_QUANT_SIZES) (MXFP4: 17 bytes per 32 weights); openai/gpt-oss model card',
};

export const kvCacheFormatProvenance: Record<KvCacheType, string> = {
  f16: 'ggml-org/llama.cpp gguf-py/gguf/constants.py (GGML_QUANT_SIZES)',
  q8_0: 'ggml-org/llama.cpp gguf-py/gguf/constants.py (GGML_QUANT_SIZES)',
  q4_0: 'ggml-org/llama.cpp gguf-py/gguf/constants.py (GGML_QUANT_SIZES)',
};
