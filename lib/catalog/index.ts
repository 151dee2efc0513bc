/**
 * The catalog: hardware, models and formats, the figures only (their sources are in `provenance.ts`).
 * Plain data, safe to ship to the browser. Lookups by id are exact; `matchDevice` (match.ts) reads any name, tool output or
 * browser GPU string, for the CLI, URLs and the calculator's "Detect my GPU".
 */
import { devices } from './devices';
import { models } from './models';
import { matchDevice } from './match';
import type { Device, Model } from './types';

export { devices } from './devices';
export { models } from './models';
export { formats, kvCacheFormats, formatById, kvCacheFormatById } from './formats';
export type * from './types';
export { matchDevice, matchGpuInfo, type DeviceMatch, type GpuInfo } from './match';

export const deviceById: ReadonlyMap<string, Device> = new Map(devices.map((d) => [d.id, d]));
export const modelById: ReadonlyMap<string, Model> = new Map(models.map((m) => [m.id, m]));

const compact = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** A model by id, or by its id or name typed loosely ("GPT-OSS 20B", "llama 3.1 8b", "Qwen3 30B-A3B"). */
export function findModel(query: string): Model | undefined {
  const exact = modelById.get(query.trim().toLowerCase());
  if (exact) return exact;
  const q = compact(query);
  return q ? models.find((m) => compact(m.id) === q || compact(m.name) === q) : undefined;
}

/**
 * The devices a name could be, for callers that only need candidates: the matched device first, then
 * the variants it was assumed over (other memory sizes, GPU-core counts); or every candidate of an
 * ambiguous name; or none. The matcher (`matchDevice`) says why and what it assumed.
 */
export function findDevices(query: string): Device[] {
  const m = matchDevice(query);
  return m.kind === 'device' ? [m.device, ...m.alternatives] : m.kind === 'ambiguous' ? m.candidates : [];
}
