/**
 * zod schemas for the catalog records: the tests validate every record with them, so a bad value
 * (a zero, a negative, a missing source, an unknown format) fails CI rather than a page.
 * Kept out of the estimator's import graph so zod never ships to the browser for the engine.
 */
import { z } from 'zod';

const positive = z.number().finite().positive();
const source = z.string().trim().min(8, 'every record needs a source');
const asOf = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/).optional();
export const formatIdSchema = z.enum([
  'f32', 'bf16', 'f16', 'fp8', 'q8_0', 'q6_k', 'q5_k_m', 'q5_k_s', 'q4_k_m', 'q4_k_s', 'q4_0', 'iq4_xs',
  'q3_k_m', 'q3_k_s', 'iq3_m', 'q2_k', 'iq2_xxs', 'iq4_nl', 'iq3_xs', 'iq3_xxs', 'iq2_s', 'iq2_xs', 'iq1_m', 'iq1_s',
  'mxfp4', 'ud-q5_k_xl', 'ud-q4_k_xl', 'ud-q3_k_xl', 'ud-q2_k_xl', 'ud-iq2_xxs', 'ud-iq1_m', 'ud-iq1_s',
]);
const backend = z.enum(['cuda', 'metal', 'rocm', 'vulkan', 'sycl', 'cpu']);

export const deviceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9+]+)*$/),
    name: z.string().min(2),
    aliases: z.array(z.string().min(1)).optional(),
    vendor: z.enum(['nvidia', 'amd', 'intel', 'apple', 'generic']),
    segment: z.enum(['consumer', 'laptop', 'workstation', 'datacenter', 'soc', 'igpu', 'cpu']),
    memoryKind: z.enum(['discrete', 'unified', 'system']),
    memoryGB: positive.max(4096),
    memoryOptionsGB: z.array(positive).optional(),
    bandwidthGBps: positive.max(20000),
    fp16TFLOPS: positive.max(5000).optional(),
    backends: z.array(backend).min(1),
    releaseYear: z.number().int().min(2010).max(2030).optional(),
    source,
    asOf,
    notes: z.string().optional(),
  })
  .strict()
  .refine((d) => !d.memoryOptionsGB || d.memoryOptionsGB.includes(d.memoryGB), {
    message: 'memoryOptionsGB must include memoryGB',
  })
  .refine((d) => (d.memoryKind === 'system') === d.backends.includes('cpu') || d.memoryKind !== 'system', {
    message: 'CPU-only set-ups run the cpu backend',
  });

const architectureSchema = z
  .object({
    layers: z.number().int().positive(),
    hiddenSize: z.number().int().positive(),
    attentionHeads: z.number().int().positive(),
    kvHeads: z.number().int().positive(),
    headDim: z.number().int().positive(),
    intermediateSize: z.number().int().positive().optional(),
    vocabSize: z.number().int().positive(),
    tiedEmbeddings: z.boolean(),
    maxContextTokens: z.number().int().min(2048),
    slidingWindow: z
      .object({ windowTokens: z.number().int().positive(), slidingLayers: z.number().int().positive(), pattern: z.string().min(3) })
      .strict()
      .optional(),
    moe: z
      .object({
        expertsTotal: z.number().int().min(2),
        expertsPerToken: z.number().int().positive(),
        sharedExperts: z.number().int().min(0),
        expertIntermediateSize: z.number().int().positive(),
        moeLayers: z.number().int().positive(),
      })
      .strict()
      .optional(),
    mla: z.object({ kvLoraRank: z.number().int().positive(), qkRopeHeadDim: z.number().int().positive() }).strict().optional(),
    perLayerEmbedding: z
      .object({ vocabSize: z.number().int().positive(), widthPerLayer: z.number().int().positive() })
      .strict()
      .optional(),
  })
  .strict()
  .refine((a) => a.kvHeads <= a.attentionHeads, 'kvHeads cannot exceed attentionHeads')
  .refine((a) => !a.slidingWindow || a.slidingWindow.slidingLayers < a.layers, 'some layers must use full attention')
  .refine((a) => !a.moe || (a.moe.expertsPerToken < a.moe.expertsTotal && a.moe.moeLayers <= a.layers), 'inconsistent MoE');

export const modelSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9.]+(-[a-z0-9.]+)*$/),
    name: z.string().min(2),
    family: z.string().min(2),
    developer: z.string().min(2),
    releaseDate: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/),
    license: z.string().min(2),
    totalParamsB: positive,
    activeParamsB: positive,
    nativeFormat: formatIdSchema,
    architecture: architectureSchema,
    formats: z.array(formatIdSchema).min(1),
    fileSizesGiB: z.record(z.string(), positive).optional(),
    fileSizes: z.record(z.string(), z.object({ source, asOf }).strict()).optional(),
    ollamaTag: z.string().min(2).optional(),
    ggufRepo: z.string().regex(/^[\w.-]+\/[\w.-]+$/).optional(),
    source,
    asOf,
    notes: z.string().optional(),
  })
  .strict()
  .refine((m) => m.activeParamsB <= m.totalParamsB, 'active parameters cannot exceed the total')
  .refine((m) => Object.keys(m.fileSizesGiB ?? {}).every((f) => (m.formats as string[]).includes(f)), 'a file size for a format not listed in formats')
  .refine(
    (m) => Object.keys(m.fileSizesGiB ?? {}).sort().join() === Object.keys(m.fileSizes ?? {}).sort().join(),
    'every published file size needs its source in models.provenance.ts, and every source a size',
  );

export const formatSchema = z
  .object({
    id: formatIdSchema,
    name: z.string(),
    nominalBitsPerWeight: positive.max(32),
    fileBitsPerWeight: positive.max(32),
    blockWeights: z.number().int().positive(),
    blockBytes: z.number().int().positive(),
    description: z.string().min(10),
    source,
  })
  .strict()
  .refine((f) => Math.abs((f.blockBytes * 8) / f.blockWeights - f.nominalBitsPerWeight) < 1e-9, 'nominal bits must equal the block layout');
