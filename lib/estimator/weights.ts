/**
 * Weight bytes by tensor class.
 *
 * Parameters split into: the input token embedding (vocab x hidden, plus Gemma 3n's per-layer
 * embedding table where the model has one; llama.cpp keeps both in system RAM and reads one row per
 * token), the output head (vocab x hidden unless tied to the embedding),
 * routed MoE experts (moeLayers x experts x 3 x hidden x expertIntermediate: gate, up and down
 * projections), and the dense rest (attention, norms, dense FFN, shared experts, routers), which is
 * total minus the three computed classes.
 *
 * Bytes: a published file size for the model and format wins; its bytes are shared among the
 * classes in proportion to the computed estimate (for native MXFP4 experts, among the other classes). Otherwise every class uses the format's
 * whole-file bits per weight, except that models released with MXFP4 experts (gpt-oss) keep their
 * experts at MXFP4's 4.25 bits in every GGUF conversion (quants.md section 3: K-quant files of
 * gpt-oss are within a few percent of the MXFP4 one).
 */
import { formatById } from '../catalog/formats';
import type { FormatId, Model, ModelArchitecture } from '../catalog/types';
import { gibToBytes } from './units';

export interface ParameterBreakdown {
  embedding: number;
  outputHead: number;
  routedExperts: number;
  /** Routed expert parameters active for one token (experts per token / experts total). */
  activeRoutedExperts: number;
  dense: number;
  total: number;
}

const breakdownCache = new WeakMap<Model, ParameterBreakdown>();
const weightCache = new WeakMap<Model, Map<FormatId, WeightBytes>>();

export function parameterBreakdown(model: Model): ParameterBreakdown {
  let cached = breakdownCache.get(model);
  if (!cached) breakdownCache.set(model, (cached = computeBreakdown(model)));
  return cached;
}

function computeBreakdown(model: Model): ParameterBreakdown {
  const a = model.architecture;
  const total = model.totalParamsB * 1e9;
  const embedding = a.vocabSize * a.hiddenSize + perLayerEmbeddingParams(a);
  const outputHead = a.tiedEmbeddings ? 0 : a.vocabSize * a.hiddenSize;
  const routedExperts = a.moe
    ? a.moe.moeLayers * a.moe.expertsTotal * 3 * a.hiddenSize * a.moe.expertIntermediateSize
    : 0;
  const activeRoutedExperts = a.moe ? (routedExperts * a.moe.expertsPerToken) / a.moe.expertsTotal : 0;
  // Published totals are rounded ("8B"); never let rounding make the dense rest negative.
  const dense = Math.max(total - embedding - outputHead - routedExperts, 0);
  return { embedding, outputHead, routedExperts, activeRoutedExperts, dense, total };
}

/** Parameters of a per-layer embedding table (Gemma 3n PLE): vocab x widthPerLayer x layers; 0 when absent. */
export function perLayerEmbeddingParams(a: ModelArchitecture): number {
  return a.perLayerEmbedding ? a.perLayerEmbedding.vocabSize * a.perLayerEmbedding.widthPerLayer * a.layers : 0;
}

/** Share of the embedding class that is the token embedding (what a tied output head multiplies by). */
export function tokenEmbeddingShare(a: ModelArchitecture): number {
  const token = a.vocabSize * a.hiddenSize;
  return token / (token + perLayerEmbeddingParams(a));
}

export interface WeightBytes {
  embedding: number;
  outputHead: number;
  routedExperts: number;
  dense: number;
  total: number;
  /** True when `total` is a published file size rather than a computed estimate. */
  fromPublishedFile: boolean;
}

/** Memoised per model object and format: estimates for tables and charts repeat them. */
export function weightBytes(model: Model, formatId: FormatId): WeightBytes {
  let byFormat = weightCache.get(model);
  if (!byFormat) weightCache.set(model, (byFormat = new Map()));
  let cached = byFormat.get(formatId);
  if (!cached) byFormat.set(formatId, (cached = computeWeightBytes(model, formatId)));
  return cached;
}

function computeWeightBytes(model: Model, formatId: FormatId): WeightBytes {
  const format = formatById.get(formatId);
  if (!format) throw new Error(`unknown format ${formatId}`); // callers validate first
  const p = parameterBreakdown(model);
  // MXFP4 is an experts-only format (llama.cpp's MOSTLY_MXFP4_MOE): everything else stays 16-bit.
  const bytesPerParam = formatId === 'mxfp4' ? 2 : format.fileBitsPerWeight / 8;
  const expertBytesPerParam = model.nativeFormat === 'mxfp4' && formatId !== 'f32' ? 4.25 / 8 : bytesPerParam;
  const computed = {
    embedding: p.embedding * bytesPerParam,
    outputHead: p.outputHead * bytesPerParam,
    routedExperts: p.routedExperts * expertBytesPerParam,
    dense: p.dense * bytesPerParam,
  };
  const computedTotal = computed.embedding + computed.outputHead + computed.routedExperts + computed.dense;
  const published = model.fileSizesGiB?.[formatId];
  const target = published !== undefined ? gibToBytes(published) : computedTotal;
  // Native MXFP4 experts have an exact size, so a published file's difference from the estimate lies in
  // the other tensors (ggml-org's gpt-oss GGUF stores them at about 8.5 bits); otherwise share it out.
  const expertsExact = model.nativeFormat === 'mxfp4' && target > computed.routedExperts * 1.02;
  const fixed = expertsExact ? computed.routedExperts : 0;
  const scale = (target - fixed) / (computedTotal - fixed);
  const expertScale = expertsExact ? 1 : scale;
  return {
    embedding: computed.embedding * scale,
    outputHead: computed.outputHead * scale,
    routedExperts: computed.routedExperts * expertScale,
    dense: computed.dense * scale,
    total: target,
    fromPublishedFile: published !== undefined,
  };
}
