/**
 * Ollama's own defaults and placement rules, applied when `runtime: "ollama"`.
 *
 * Read from Ollama's source at tag v0.32.15 (2026-08-19, the current release; v0.33.0 is at rc2), which
 * runs models through llama.cpp's llama-server (LLAMA_CPP_VERSION b10488):
 * - Context: `num_ctx` unset and OLLAMA_CONTEXT_LENGTH unset -> a default by the total VRAM of the GPUs
 *   found at start-up (less OLLAMA_GPU_OVERHEAD, default 0): >= 47 GiB -> 262144, >= 23 GiB -> 32768,
 *   otherwise 4096 (server/routes.go, "vram-based default context"; envconfig/config.go), then capped
 *   at the model's training context (server/sched.go effectiveContext; llm/server.go). On a Mac the GPU's
 *   memory is Metal's recommendedMaxWorkingSetSize (discover/gpu_info_darwin.m); a CPU-only machine has 0.
 * - KV cache: OLLAMA_KV_CACHE_TYPE, passed as --cache-type-k/-v; unset means llama-server's f16
 *   (llm/server.go NewLlamaServer, llm/llama_server.go).
 * - Flash attention: OLLAMA_FLASH_ATTENTION unset -> `--flash-attn auto` (llama-server enables it where the
 *   device supports it); set it to force on or off (llm/llama_server.go LlamaServerFlashAttention).
 * - Layers: `num_gpu` unset -> no -ngl, so llama-server's automatic fit places the model
 *   (llm/llama_server.go; LLAMA_ARG_FIT defaults to on, envconfig/config.go). The fit (llama.cpp
 *   common/fit.cpp, common_params_fit_impl) keeps the context it was given, leaves a free-memory margin
 *   on every GPU (1024 MiB by default, LLAMA_ARG_FIT_TARGET), and when the model does not fit puts MoE
 *   expert tensors in system RAM layer by layer (the experts of the last layers first; the dense parts of
 *   every layer stay on the GPU), or for a dense model keeps only as many whole layers on the GPU as fit.
 *   `num_gpu N` is passed as -ngl N and the fit then leaves the layers alone.
 * - A model that still fails to load for lack of memory with an automatic context is retried once with
 *   the next lower automatic context (262144 -> 32768 -> 4096; server/sched.go
 *   reduceAutoNumCtxForLoadOOM, nextLowerAutoNumCtx).
 * - One request at a time (OLLAMA_NUM_PARALLEL default 1, envconfig/config.go); micro-batch 512
 *   (api/types.go DefaultOptions NumBatch), which Ollama may raise to 1024 or 2048 for long contexts when
 *   memory allows (server/sched.go generationBatchForContext); not modelled here.
 * Pure and browser-safe: no Node imports.
 */
import type { Scenario } from './input';
import { appleWiredLimitGiB } from './memory';
import { OLLAMA_FIT_MARGIN_GIB, place } from './placement';
import { weightBytes } from './weights';

export const OLLAMA_VERSION = 'v0.32.15';
const SRC = `ollama/ollama ${OLLAMA_VERSION}`;

export { OLLAMA_FIT_MARGIN_GIB };

/** One default Ollama applied, where it comes from, and how to change it. */
export interface RuntimeDefault {
  setting: string;
  value: string;
  source: string;
  change: string;
}

const TIERS = [262144, 32768, 4096] as const;

/** Total GPU memory as Ollama's start-up discovery sees it (GiB). */
export function ollamaVramGiB(s: Scenario): number {
  const hw = s.hardware;
  if (hw.memoryKind === 'system' || hw.backend === 'cpu') return 0;
  if (hw.memoryKind === 'unified') return hw.vendor === 'apple' ? appleWiredLimitGiB(hw.memoryGiB) : hw.memoryGiB;
  return hw.memoryGiB * hw.deviceCount;
}

/** Ollama's automatic num_ctx for this much VRAM (server/routes.go), before the model's own limit. */
export function ollamaDefaultContext(vramGiB: number): number {
  if (vramGiB >= 47) return 262144;
  if (vramGiB >= 23) return 32768;
  return 4096;
}

/**
 * The scenario as Ollama would run it: its automatic context unless the input gave one, with its one
 * retry at a lower context when the first does not load, and the list of defaults applied.
 */
export function applyOllama(s: Scenario): Scenario {
  const defaults: RuntimeDefault[] = [];
  const maxContext = s.model.architecture.maxContextTokens;
  let contextTokens = s.contextTokens;
  const notes: string[] = [];
  if (!s.contextFromInput) {
    const vram = ollamaVramGiB(s);
    const tier = ollamaDefaultContext(vram);
    contextTokens = Math.min(tier, maxContext);
    const fits = (ctx: number) => place({ ...s, contextTokens: ctx, runtime: 'ollama' }, weightBytes(s.model, s.formatId)).verdict !== 'does-not-fit';
    if (!fits(contextTokens)) {
      const lower = TIERS.find((t) => t < Math.min(tier, contextTokens));
      if (lower !== undefined) {
        notes.push(
          `With Ollama's automatic ${contextTokens}-token context this does not load; Ollama retries once with ${lower} tokens (${SRC} server/sched.go reduceAutoNumCtxForLoadOOM).`,
        );
        contextTokens = lower;
      }
    }
    defaults.push({
      setting: 'num_ctx',
      value: String(contextTokens),
      source: `${SRC} server/routes.go: ${tier} tokens for ${vram.toFixed(1)} GiB of total VRAM (>= 47 GiB: 262144, >= 23 GiB: 32768, else 4096)${tier > maxContext ? `, capped at the model's ${maxContext}` : ''}`,
      change: 'OLLAMA_CONTEXT_LENGTH=N ollama serve, or /set parameter num_ctx N in the chat, or "num_ctx" in the API options',
    });
  }
  defaults.push({
    setting: 'OLLAMA_KV_CACHE_TYPE',
    value: s.kvCache === 'f16' ? 'unset (f16)' : s.kvCache,
    source: `${SRC} llm/server.go, llm/llama_server.go (--cache-type-k/-v only when set)`,
    change: 'OLLAMA_KV_CACHE_TYPE=q8_0 (or q4_0) ollama serve; a quantised cache needs flash attention',
  });
  defaults.push({
    setting: 'OLLAMA_FLASH_ATTENTION',
    value: 'unset (llama-server --flash-attn auto: on where the GPU supports it)',
    source: `${SRC} llm/llama_server.go LlamaServerFlashAttention`,
    change: 'OLLAMA_FLASH_ATTENTION=1 (or 0) ollama serve',
  });
  const pinned = s.offload.kind === 'gpu-layers' || s.offload.kind === 'none';
  defaults.push({
    setting: 'num_gpu',
    value: pinned ? (s.offload.kind === 'gpu-layers' ? String(s.offload.layers) : 'all') : 'unset (llama-server --fit places the layers)',
    source: `${SRC} llm/llama_server.go (no -ngl unless num_gpu is set); ggml-org/llama.cpp common/fit.cpp (leaves ${OLLAMA_FIT_MARGIN_GIB} GiB free per GPU; MoE experts of the last layers go to system RAM first, dense models keep whole layers)`,
    change: '/set parameter num_gpu N in the chat or "num_gpu" in the API options (N layers on the GPU, 0 = CPU only)',
  });
  return {
    ...s,
    contextTokens,
    promptTokens: Math.min(s.promptTokens, contextTokens),
    runtime: 'ollama',
    runtimeDefaults: defaults,
    assumptions: [
      ...s.assumptions,
      `Ollama ${OLLAMA_VERSION} defaults: ${defaults.map((d) => `${d.setting} ${d.value}`).join('; ')}. Change them with ${defaults.map((d) => d.change.split(',')[0]).join('; ')}.`,
      ...notes,
    ],
  };
}
