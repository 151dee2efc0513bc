/**
 * KV cache size.
 *
 * Grouped-query attention caches K and V for every KV head: per token per layer
 *   2 x kvHeads x headDim x bytesPerElement.
 * Multi-head latent attention (DeepSeek-V3) caches one compressed latent plus the RoPE key:
 *   (kvLoraRank + qkRopeHeadDim) x bytesPerElement (llama.cpp's MLA cache).
 * Sliding-window layers keep only the window: llama.cpp sizes their cache to window + one micro-
 * batch (n_swa + n_ubatch), so only full-attention layers grow with the context.
 * Quantised caches (q8_0, q4_0) store 34 or 18 bytes per 32 elements.
 */
import { kvCacheFormatById } from '../catalog/formats';
import type { KvCacheType, Model } from '../catalog/types';

/** llama.cpp's default micro-batch (n_ubatch). */
export const MICRO_BATCH_TOKENS = 512;

export function kvBytesPerTokenPerLayer(model: Model, kvCache: KvCacheType): number {
  const a = model.architecture;
  const format = kvCacheFormatById.get(kvCache);
  if (!format) throw new RangeError(`kvBytesPerTokenPerLayer: unknown KV cache type ${JSON.stringify(kvCache)}`);
  const bytes = format.bytesPerElement;
  if (a.mla) return (a.mla.kvLoraRank + a.mla.qkRopeHeadDim) * bytes;
  return 2 * a.kvHeads * a.headDim * bytes;
}

interface KvLayout {
  fullLayers: number;
  slidingLayers: number;
  /** Tokens a sliding layer caches (its window plus one micro-batch), 0 when there are none. */
  slidingCacheTokens: number;
}

function kvLayout(model: Model): KvLayout {
  const a = model.architecture;
  const slidingLayers = a.slidingWindow?.slidingLayers ?? 0;
  return {
    fullLayers: a.layers - slidingLayers,
    slidingLayers,
    slidingCacheTokens: a.slidingWindow ? a.slidingWindow.windowTokens + MICRO_BATCH_TOKENS : 0,
  };
}

/** Bytes allocated for a context of `contextTokens` tokens, over `layerShare` of the layers (1 = all). */
export function kvCacheBytes(model: Model, contextTokens: number, kvCache: KvCacheType, layerShare = 1): number {
  // Validated inputs never trip these; a NaN or a negative count must not turn into a silent NaN or negative size.
  if (!Number.isFinite(contextTokens) || contextTokens < 0) throw new RangeError(`kvCacheBytes: contextTokens must be finite and at least 0; got ${contextTokens}`);
  if (!Number.isFinite(layerShare) || layerShare < 0 || layerShare > 1) throw new RangeError(`kvCacheBytes: layerShare must be from 0 to 1; got ${layerShare}`);
  const perLayer = kvBytesPerTokenPerLayer(model, kvCache);
  const l = kvLayout(model);
  const tokensPerLayer =
    l.fullLayers * contextTokens + l.slidingLayers * Math.min(contextTokens, l.slidingCacheTokens);
  const bytes = perLayer * tokensPerLayer * layerShare;
  if (!Number.isFinite(bytes)) throw new RangeError(`kvCacheBytes: ${contextTokens} tokens is too large to size`);
  return bytes;
}

/**
 * Bytes of cache one decode step reads when `depthTokens` tokens are already in context: full
 * layers read every cached token, sliding layers at most their window.
 */
export function kvBytesReadPerToken(model: Model, depthTokens: number, kvCache: KvCacheType): number {
  const perLayer = kvBytesPerTokenPerLayer(model, kvCache);
  const l = kvLayout(model);
  const window = model.architecture.slidingWindow?.windowTokens ?? 0;
  return perLayer * (l.fullLayers * depthTokens + l.slidingLayers * Math.min(depthTokens, window));
}
