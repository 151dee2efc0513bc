/**
 * The calculator's view model: everything a calculator or widget displays for one state, computed
 * from one `estimate()` of the state (plus the alternatives and chart series, each its own estimate).
 * Built on the server for the first paint and in the browser after each change, by this one function,
 * so the two can never differ. Plain JSON: it travels from server to client as props.
 */
import { deviceById, formatById, modelById, type Device, type Model } from '../catalog';
import { defaultFormat, resolveScenario, type EstimateError, type EstimateResult, type Range, type Verdict } from '../estimator';
import { POPULAR_DEVICE_IDS } from '../catalog/popular';
import { verdictSummary, type VerdictSummary } from '../format/verdict';
import { alternatives as findAlternatives, needsAlternatives, type AlternativeKind } from './alternatives';
import { estimateState } from './run';
import { decodeAcrossDevices, decodeByContext, offloadCurve, type SeriesPoint } from './series';
import { CUSTOM_DEVICE, toEstimateInput, type CalculatorState } from './state';

export interface FormatOption {
  id: string;
  name: string;
  description: string;
  /** The model's usual download (listed first). */
  usual: boolean;
}

export interface ModelSummary {
  id: string;
  name: string;
  developer: string;
  license: string;
  totalParamsB: number;
  activeParamsB: number;
  layers: number;
  maxContextTokens: number;
  /** MoE layers whose experts can go to system RAM (0 for dense models). */
  moeLayers: number;
  hasReasoningEffort: boolean;
}

export interface DeviceSummary {
  id: string;
  name: string;
  memoryKind: Device['memoryKind'] | 'custom';
  memoryGB: number;
  memoryOptionsGB: number[];
}

export interface AlternativeSummary {
  kind: AlternativeKind;
  label: string;
  patch: Partial<CalculatorState>;
  verdict: Verdict;
  headline: string;
  decode: Range;
  memoryTotalGB: number;
}

export interface Outcome {
  state: CalculatorState;
  /** The engine's answer, or the field it rejected. */
  result?: EstimateResult;
  error?: EstimateError;
  verdict?: VerdictSummary;
  model?: ModelSummary;
  device?: DeviceSummary;
  formats: FormatOption[];
  alternatives: AlternativeSummary[];
  devicesThatFit: AlternativeSummary[];
  charts: { byContext: SeriesPoint[]; acrossDevices: SeriesPoint[]; offload: SeriesPoint[] };
}

export interface OutcomeOptions {
  /** Compute "what to change" (the device scan is the costliest part; compact widgets skip it). */
  alternatives?: boolean;
  /** Which chart series to compute. */
  charts?: Array<keyof Outcome['charts']>;
  devicesForChart?: readonly string[];
}

export function modelSummary(m: Model): ModelSummary {
  return {
    id: m.id,
    name: m.name,
    developer: m.developer,
    license: m.license,
    totalParamsB: m.totalParamsB,
    activeParamsB: m.activeParamsB,
    layers: m.architecture.layers,
    maxContextTokens: m.architecture.maxContextTokens,
    moeLayers: m.architecture.moe?.moeLayers ?? 0,
    hasReasoningEffort: m.family === 'gpt-oss',
  };
}

/** The formats a model is published in, its usual download first, then from largest to smallest. */
export function formatOptions(m: Model): FormatOption[] {
  const usual = defaultFormat(m);
  const bits = (id: string) => formatById.get(id as never)?.fileBitsPerWeight ?? 0;
  return [...m.formats]
    .sort((a, b) => Number(b === usual) - Number(a === usual) || bits(b) - bits(a))
    .map((id) => {
      const f = formatById.get(id)!;
      return { id, name: f.name, description: f.description, usual: id === usual };
    });
}

function deviceSummary(s: CalculatorState): DeviceSummary | undefined {
  if (s.device === CUSTOM_DEVICE && s.custom)
    return {
      id: CUSTOM_DEVICE,
      name: 'Custom hardware',
      memoryKind: 'custom',
      memoryGB: s.custom.memoryGB,
      memoryOptionsGB: [],
    };
  const d = deviceById.get(s.device);
  if (!d) return undefined;
  return { id: d.id, name: d.name, memoryKind: d.memoryKind, memoryGB: d.memoryGB, memoryOptionsGB: d.memoryOptionsGB ?? [] };
}

const summarise = (kind: AlternativeKind, label: string, patch: Partial<CalculatorState>, r: EstimateResult): AlternativeSummary => ({
  kind,
  label,
  patch,
  verdict: r.verdict,
  headline: verdictSummary(r).headline,
  decode: r.decodeTokensPerSecond,
  memoryTotalGB: r.memoryGB.total,
});

export function buildOutcome(state: CalculatorState, options: OutcomeOptions = {}): Outcome {
  const m = modelById.get(state.model);
  const out: Outcome = {
    state,
    model: m && modelSummary(m),
    device: deviceSummary(state),
    formats: m ? formatOptions(m) : [],
    alternatives: [],
    devicesThatFit: [],
    charts: { byContext: [], acrossDevices: [], offload: [] },
  };
  const r = estimateState(state);
  if (!r.ok) {
    out.error = r.error;
    return out;
  }
  const result = r.value;
  out.result = result;
  out.verdict = verdictSummary(result);
  if (options.alternatives && needsAlternatives(result)) {
    const alt = findAlternatives(state, result);
    out.alternatives = alt.changes.map((a) => summarise(a.kind, a.label, a.patch, a.result));
    out.devicesThatFit = alt.devices.map((a) => summarise(a.kind, a.label, a.patch, a.result));
  }
  const charts = new Set(options.charts ?? []);
  if (charts.has('byContext')) out.charts.byContext = decodeByContext(state);
  if (charts.has('acrossDevices')) out.charts.acrossDevices = decodeAcrossDevices(state, options.devicesForChart ?? POPULAR_DEVICE_IDS);
  if (charts.has('offload')) out.charts.offload = offloadCurve(state);
  return out;
}

/** True when the engine accepts the state as it is (used to validate widget props at build time). */
export function isValidState(state: CalculatorState): EstimateError | undefined {
  const r = resolveScenario(toEstimateInput(state));
  return r.ok ? undefined : r.error;
}
