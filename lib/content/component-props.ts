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
import { isValidState } from '@/lib/calculator/outcome';
import { scenario, type CalculatorState } from '@/lib/calculator/state';
import { defaultContext } from '@/lib/calculator/url';
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

/** A scenario as widget props: ids from the catalog, checked whole by the engine at build time. */
const scenarioShape = {
  model: z.enum(ids(models)),
  device: z.enum(ids(devices)),
  quant: z.enum(ids(formats)).optional(),
  /** Context tokens to allocate, or "max" for the model's own limit. */
  context: z.union([z.number().int().positive(), z.literal('max')]).optional(),
  kvCache: z.enum(ids(kvCacheFormats)).optional(),
  /** Memory size of a device sold in several (a Mac's RAM), GB. */
  memoryGB: z.number().positive().optional(),
  systemRamGB: z.number().positive().optional(),
};

// Only its type is used: each component's own schema spreads scenarioShape.
type ScenarioObject = ReturnType<typeof z.strictObject<typeof scenarioShape>>;
type ScenarioProps = z.output<ScenarioObject>;

/** The calculator state for widget props (defaults for everything not given). */
export function widgetState(p: ScenarioProps): CalculatorState {
  const max = findModel(p.model)?.architecture.maxContextTokens;
  return scenario({
    model: p.model,
    device: p.device,
    quant: p.quant,
    contextTokens: p.context === 'max' ? max : (p.context ?? defaultContext(p.model)),
    kvCache: (p.kvCache as CalculatorState['kvCache'] | undefined) ?? 'f16',
    memoryGB: p.memoryGB,
    systemRamGB: p.systemRamGB ?? scenario().systemRamGB,
  });
}

const checkScenario = (p: ScenarioProps, ctx: z.RefinementCtx) => {
  const e = isValidState(widgetState(p));
  if (e) ctx.addIssue({ code: 'custom', message: e.message, path: [PROP_OF_FIELD[e.field] ?? e.field] });
};

export type WillItRunProps = z.input<ScenarioObject>;
export type MemoryBreakdownProps = WillItRunProps;
export type OffloadCurveProps = WillItRunProps;

/** <WillItRun model device />: the compact calculator, pre-set; "open in the full calculator" carries its state. */
export const willItRunProps = z.strictObject(scenarioShape).superRefine(checkScenario);
/** <MemoryBreakdown model device />: the verdict and the memory bar for one scenario (server-rendered). */
export const memoryBreakdownProps = z.strictObject(scenarioShape).superRefine(checkScenario);
/** <OffloadCurve model device />: tokens/s against experts kept in system RAM (MoE models on a discrete GPU). */
export const offloadCurveProps = z
  .strictObject(scenarioShape)
  .superRefine(checkScenario)
  .refine((p) => Boolean(findModel(p.model)?.architecture.moe), { message: 'OffloadCurve needs a mixture-of-experts model', path: ['model'] })
  .refine((p) => devices.find((d) => d.id === p.device)?.memoryKind === 'discrete', { message: 'OffloadCurve needs a discrete GPU', path: ['device'] });

/** <ThroughputChart model devices={[…]} />: this model across devices (default: the popular set). */
export const throughputChartProps = z.strictObject({
  model: z.enum(ids(models)),
  devices: z.array(z.enum(ids(devices))).min(2).max(24).optional(),
  quant: z.enum(ids(formats)).optional(),
  context: z.number().int().positive().optional(),
});

/** <DeviceTable model />: which devices run it, at which format, how fast; sortable. */
export const deviceTableProps = z.strictObject({
  model: z.enum(ids(models)),
  /** "popular" (default) or "all" catalog accelerators. */
  devices: z.enum(['popular', 'all']).optional(),
  context: z.number().int().positive().optional(),
});

/** <VramTiers />: what fits each memory tier at a context length (default 8,192 tokens). */
export const vramTiersProps = z.strictObject({
  context: z.number().int().min(2048).max(131072).optional(),
  /** Models listed per tier (largest first). */
  limit: z.number().int().min(3).max(20).optional(),
});
export type ThroughputChartProps = z.input<typeof throughputChartProps>;
export type DeviceTableProps = z.input<typeof deviceTableProps>;
export type VramTiersProps = z.input<typeof vramTiersProps>;

/** Methodology page (methodology.tsx): figures read from the calibration report and the engine. */
export const calibrationSummaryProps = z.strictObject({});
/** <CalibrationErrors metric by />: median error by backend or by kind of run (dense, MoE, offload, CPU). */
export const calibrationErrorsProps = z.strictObject({
  metric: z.enum(['decode', 'prefill']),
  by: z.enum(['backend', 'kind']),
});
/** <CalibrationRows set />: every run, measured against estimated. */
export const calibrationRowsProps = z.strictObject({ set: z.enum(['calibration', 'validation']).default('calibration') });
/** <EngineConstants part />: the fitted constants in use (lib/estimator/calibration.json). */
export const engineConstantsProps = z.strictObject({ part: z.enum(['decode', 'prefill', 'ranges']) });
export const engineDefaultsProps = z.strictObject({});
export const memoryRulesProps = z.strictObject({});
export const calculatorUrlKeysProps = z.strictObject({});
/** <ReportWrongNumber [model] [device] [systemRamGB] />: a new-issue link with the scenario's calculator URL. */
export const reportWrongNumberProps = z.strictObject({
  model: z.enum(ids(models)).optional(),
  device: z.enum(ids(devices)).optional(),
  systemRamGB: z.number().positive().optional(),
});
export type CalibrationErrorsProps = z.input<typeof calibrationErrorsProps>;
export type CalibrationRowsProps = z.input<typeof calibrationRowsProps>;
export type EngineConstantsProps = z.input<typeof engineConstantsProps>;
export type ReportWrongNumberProps = z.input<typeof reportWrongNumberProps>;

/** <DatasetJsonLd />: schema.org Dataset for the open data (Methodology). */
export const datasetJsonLdProps = z.strictObject({});

/** Registry name → props schema. Add a widget here and in registry.tsx. */
export const componentProps = {
  Callout: calloutProps,
  Estimate: estimateProps,
  CalibrationAccuracy: calibrationAccuracyProps,
  WillItRun: willItRunProps,
  MemoryBreakdown: memoryBreakdownProps,
  OffloadCurve: offloadCurveProps,
  ThroughputChart: throughputChartProps,
  DeviceTable: deviceTableProps,
  VramTiers: vramTiersProps,
  CalibrationSummary: calibrationSummaryProps,
  CalibrationErrors: calibrationErrorsProps,
  CalibrationRows: calibrationRowsProps,
  EngineConstants: engineConstantsProps,
  EngineDefaults: engineDefaultsProps,
  MemoryRules: memoryRulesProps,
  CalculatorUrlKeys: calculatorUrlKeysProps,
  ReportWrongNumber: reportWrongNumberProps,
  DatasetJsonLd: datasetJsonLdProps,
} as const satisfies Record<string, z.ZodType>;

export type RegistryName = keyof typeof componentProps;

/**
 * What app/**\/page.mdx (About, Methodology) may use: server-rendered components only. Those pages render
 * through mdx-components.tsx with page-registry.tsx, which leaves the interactive widgets out so their client
 * code does not ship on pages that show none; the content check rejects a widget there by name.
 */
export const PAGE_COMPONENT_NAMES = [
  'Callout',
  'Estimate',
  'CalibrationAccuracy',
  'CalibrationSummary',
  'CalibrationErrors',
  'CalibrationRows',
  'EngineConstants',
  'EngineDefaults',
  'MemoryRules',
  'CalculatorUrlKeys',
  'ReportWrongNumber',
  'DatasetJsonLd',
] as const satisfies readonly RegistryName[];

export const pageComponentProps = Object.fromEntries(PAGE_COMPONENT_NAMES.map((n) => [n, componentProps[n]])) as Pick<
  typeof componentProps,
  (typeof PAGE_COMPONENT_NAMES)[number]
>;
