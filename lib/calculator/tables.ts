/**
 * Computed tables for guides and discovery pages: which devices run a model and how fast, and which
 * models fit each memory tier. Every cell is an engine result; nothing here is a rule of thumb.
 */
import { deviceById, devices, formatById, modelById, models, type Device, type FormatId, type Model } from '../catalog';
import { POPULAR_DEVICE_IDS, POPULAR_MODEL_IDS, WILL_IT_RUN_MODEL_IDS } from '../catalog/popular';
import { defaultFormat, type EstimateResult, type Verdict } from '../estimator';
import { verdictSummary } from '../format/verdict';
import { tryEstimate } from './run';
import { scenario, type CalculatorState } from './state';

/**
 * The quality floor for recommendations: about 4.4 bits per weight (IQ4_XS, Q4_0, Q4_K_M and up).
 * Below it, llama.cpp's own perplexity tables (tools/quantize/README.md) show the loss growing steeply,
 * so a 3- or 2-bit file "fits" without being a fair recommendation.
 */
export const RECOMMENDED_MIN_BITS = 4.4;

/** Formats worth recommending, best quality first: 8-bit down to the floor (16-bit files are for fine-tuning, not chat). */
export function formatsByQuality(m: Model, minBits = RECOMMENDED_MIN_BITS): FormatId[] {
  const usual = defaultFormat(m);
  if (m.nativeFormat === 'mxfp4') return [usual];
  const bits = (id: FormatId) => formatById.get(id)?.fileBitsPerWeight ?? 0;
  return m.formats.filter((f) => (bits(f) <= 8.6 && bits(f) >= minBits) || f === usual).sort((a, b) => bits(b) - bits(a));
}

/** All of the model in the memory the device computes from: on the GPU, or in RAM on a CPU-only machine. */
export const runsEntirely = (r: EstimateResult) => r.verdict === 'fits' || (r.verdict === 'cpu-only' && r.hardware.memoryKind !== 'discrete');

/** The best-quality format that fits entirely in fast memory, else the usual download placed as well as it goes. */
export function bestRun(base: CalculatorState, m: Model): EstimateResult | undefined {
  for (const quant of formatsByQuality(m)) {
    const r = tryEstimate({ ...base, model: m.id, quant });
    if (r && runsEntirely(r)) return r;
  }
  return tryEstimate({ ...base, model: m.id, quant: defaultFormat(m) });
}

export interface DeviceRow {
  deviceId: string;
  device: string;
  memoryGB: number;
  format: string;
  verdict: Verdict;
  headline: string;
  decodeTokensPerSecond: number;
  timeToFirstTokenSeconds: number;
}

const isAccelerator = (d: Device) => d.memoryKind !== 'system' || d.id === 'cpu-ddr5-5600-2ch';

/** One row per device: the model at its best format there, with the engine's speed and verdict. */
export function deviceTable(
  modelId: string,
  options: { contextTokens?: number; deviceIds?: readonly string[]; quant?: string } = {},
): DeviceRow[] {
  const m = modelById.get(modelId);
  if (!m) return [];
  const list = options.deviceIds ? options.deviceIds.map((id) => deviceById.get(id)).filter((d): d is Device => !!d) : devices.filter(isAccelerator);
  const rows: DeviceRow[] = [];
  for (const d of list) {
    const base = scenario({ model: m.id, device: d.id, contextTokens: Math.min(options.contextTokens ?? 8192, m.architecture.maxContextTokens) });
    const r = options.quant ? tryEstimate({ ...base, quant: options.quant }) : bestRun(base, m);
    if (!r) continue;
    const runs = r.verdict !== 'does-not-fit';
    rows.push({
      deviceId: d.id,
      device: d.name,
      memoryGB: d.memoryGB,
      format: r.quant.name,
      verdict: r.verdict,
      headline: verdictSummary(r).headline,
      decodeTokensPerSecond: runs ? r.decodeTokensPerSecond.expected : 0,
      timeToFirstTokenSeconds: runs ? r.timeToFirstTokenSeconds.expected : 0,
    });
  }
  return rows;
}

export const POPULAR_DEVICES = POPULAR_DEVICE_IDS;

/** Memory tiers, each stood for by a real catalog device (so its usable-memory rule is the real one). */
export const MEMORY_TIERS: ReadonlyArray<{ label: string; device: string; memoryGB?: number }> = [
  { label: '4 GB', device: 'gtx-1650' },
  { label: '6 GB', device: 'rtx-2060' },
  { label: '8 GB', device: 'rtx-4060' },
  { label: '12 GB', device: 'rtx-3060-12gb' },
  { label: '16 GB', device: 'rtx-4060-ti-16gb' },
  { label: '24 GB', device: 'rtx-4090' },
  { label: '32 GB', device: 'rtx-5090' },
  { label: '48 GB', device: 'rtx-a6000' },
  { label: '64 GB unified (Mac)', device: 'apple-m4-max-16c40g', memoryGB: 64 },
  { label: '96 GB unified (Mac)', device: 'apple-m2-max', memoryGB: 96 },
  { label: '128 GB unified (Strix Halo)', device: 'ryzen-ai-max-plus-395', memoryGB: 128 },
  { label: '192 GB unified (Mac)', device: 'apple-m2-ultra', memoryGB: 192 },
];

export interface TierRow {
  label: string;
  device: string;
  usableGB: number;
  /**
   * Models that fit entirely, largest first, each at its best format. Models of one developer and one size
   * (Mistral Small 3, 3.2, Devstral and Magistral are all the same 24B network) are one entry, named by the
   * best-known of them (`standsFor`), with `variants` counting the others, so a tier lists different sizes rather than one size
   * several times.
   */
  fits: Array<{ modelId: string; model: string; format: string; decodeTokensPerSecond: number; variants: number }>;
}

/** Which of two same-size models names the group: the better-known (the popular sets), else the newer. */
function standsFor(a: string, b: string): boolean {
  const rank = (id: string) => {
    const chart = (POPULAR_MODEL_IDS as readonly string[]).indexOf(id);
    if (chart >= 0) return chart;
    const pages = (WILL_IT_RUN_MODEL_IDS as readonly string[]).indexOf(id);
    return pages >= 0 ? 100 + pages : 1000;
  };
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra < rb;
  return (modelById.get(a)?.releaseDate ?? '') > (modelById.get(b)?.releaseDate ?? '');
}

export function vramTiers(contextTokens = 8192): TierRow[] {
  return MEMORY_TIERS.flatMap((tier) => {
    const d = deviceById.get(tier.device);
    if (!d) return [];
    const groups = new Map<string, TierRow['fits'][number]>();
    let usableGB = 0;
    for (const m of models) {
      const base = scenario({ device: d.id, memoryGB: tier.memoryGB, contextTokens: Math.min(contextTokens, m.architecture.maxContextTokens) });
      const r = bestRun(base, m);
      if (!r) continue;
      usableGB = r.memoryGB.available;
      if (!runsEntirely(r)) continue;
      const key = `${m.developer}|${Math.round(m.totalParamsB)}`;
      const entry = { modelId: m.id, model: m.name, format: r.quant.name, decodeTokensPerSecond: r.decodeTokensPerSecond.expected, variants: 0 };
      const same = groups.get(key);
      if (!same) groups.set(key, entry);
      else {
        groups.set(key, { ...(standsFor(m.id, same.modelId) ? entry : same), variants: same.variants + 1 });
      }
    }
    const params = (id: string) => modelById.get(id)?.totalParamsB ?? 0;
    const fits = [...groups.values()].sort((a, b) => params(b.modelId) - params(a.modelId));
    return [{ label: tier.label, device: d.name, usableGB, fits }];
  });
}
