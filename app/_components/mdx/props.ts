/**
 * Props schemas of every MDX registry component, kept free of React so the
 * content checker (lib/content) can validate guides without rendering them.
 * registry.tsx pairs each schema with its component; the types must agree.
 *
 * Schemas are strict: an unknown prop fails the build.
 */
import { z } from 'zod';
import { devices, findModel, formats, kvCacheFormats, models } from '@/lib/catalog';
import { resolveScenario, type EstimateInput } from '@/lib/estimator';
import { FIGURES } from '@/lib/format/figures';

export const calloutProps = z.strictObject({
  /** note: background; tip: a shortcut; warning: something that bites. */
  type: z.enum(['note', 'tip', 'warning']).default('note'),
  /** Optional bold lead-in; defaults to the type's name. */
  title: z.string().min(1).max(80).optional(),
});
export type CalloutProps = z.input<typeof calloutProps>;

const ids = <T extends { id: string }>(records: readonly T[]) => records.map((r) => r.id) as [string, ...string[]];

/**
 * <Estimate>: one number from the estimator, computed at build time and printed as text. Ids are
 * checked against the catalog, and the whole scenario against the estimator, so a guide that asks
 * for something impossible (a format the model is not published in, a context beyond its limit)
 * fails the build at that line with the estimator's own message.
 */
export const estimateProps = z
  .strictObject({
    model: z.enum(ids(models)),
    device: z.enum(ids(devices)),
    /** Which number: context | decode | decode-full-context | prefill | time-to-first-token | memory | file-size | kv-cache | verdict. */
    show: z.enum(FIGURES),
    quant: z.enum(ids(formats)).optional(),
    /** Context tokens to allocate, or "max" for the model's own limit (from the catalog). */
    context: z.union([z.number().int().positive(), z.literal('max')]).optional(),
    promptTokens: z.number().int().positive().optional(),
    kvCache: z.enum(ids(kvCacheFormats)).optional(),
    memoryGB: z.number().positive().optional(),
    systemRamGB: z.number().positive().optional(),
    devices: z.number().int().min(1).max(16).optional(),
    /** Print the likely range after the number (default true). */
    range: z.boolean().default(true),
  })
  .superRefine((p, ctx) => {
    const r = resolveScenario(estimateInput(p));
    if (!r.ok) ctx.addIssue({ code: 'custom', message: r.error.message, path: [PROP_OF_FIELD[r.error.field] ?? r.error.field] });
  });
export type EstimateProps = z.input<typeof estimateProps>;

/** The engine input for <Estimate> props (prop names follow the CLI's short forms). */
export function estimateInput(p: z.output<typeof estimateProps> | EstimateProps): EstimateInput {
  return {
    model: p.model,
    device: p.device,
    quant: p.quant,
    contextTokens: p.context === 'max' ? findModel(p.model)?.architecture.maxContextTokens : p.context,
    promptTokens: p.promptTokens,
    kvCache: p.kvCache,
    memoryGB: p.memoryGB,
    systemRamGB: p.systemRamGB,
    devices: p.devices,
  };
}

const PROP_OF_FIELD: Record<string, string> = { contextTokens: 'context' };

/** <CalibrationAccuracy />: the estimator's measured accuracy, from the committed calibration report. */
export const calibrationAccuracyProps = z.strictObject({});

/** Registry name → props schema. Add a widget here and in registry.tsx. */
export const componentProps = {
  Callout: calloutProps,
  Estimate: estimateProps,
  CalibrationAccuracy: calibrationAccuracyProps,
} as const satisfies Record<string, z.ZodType>;

export type RegistryName = keyof typeof componentProps;
