/**
 * The catalog: hardware, models and formats, the figures only (their sources are in `provenance.ts`).
 * Plain data, safe to ship to the browser. Lookups by id are exact; `findDevices` is the forgiving name search used by the CLI and
 * the calculator's device picker.
 */
import { devices } from './devices';
import { models } from './models';
import type { Device, Model } from './types';

export { devices } from './devices';
export { models } from './models';
export { formats, kvCacheFormats, formatById, kvCacheFormatById } from './formats';
export type * from './types';

export const deviceById: ReadonlyMap<string, Device> = new Map(devices.map((d) => [d.id, d]));
export const modelById: ReadonlyMap<string, Model> = new Map(models.map((m) => [m.id, m]));

/** Lower-case, and drop everything but letters and digits: "RTX-4090 " and "rtx 4090" compare equal. */
export function normaliseName(text: string): string {
  return text.toLowerCase().replace(/geforce|nvidia|radeon|apple|amd|intel/g, '').replace(/[^a-z0-9+]/g, '');
}

const compact = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** A model by id, or by its id or name typed loosely ("GPT-OSS 20B", "llama 3.1 8b", "Qwen3 30B-A3B"). */
export function findModel(query: string): Model | undefined {
  const exact = modelById.get(query.trim().toLowerCase());
  if (exact) return exact;
  const q = compact(query);
  return q ? models.find((m) => compact(m.id) === q || compact(m.name) === q) : undefined;
}

/**
 * Devices matching a typed name: an exact id, else names/aliases equal to the query after
 * normalising, else those containing it. Returns every candidate so callers can report ambiguity.
 */
export function findDevices(query: string): Device[] {
  const exact = deviceById.get(query.trim().toLowerCase());
  if (exact) return [exact];
  const q = normaliseName(query);
  if (!q) return [];
  const keys = (d: Device) => [d.id, d.name, ...(d.aliases ?? [])].map(normaliseName);
  const equal = devices.filter((d) => keys(d).includes(q));
  if (equal.length > 0) return equal;
  const containing = devices.filter((d) => keys(d).some((k) => k.includes(q)));
  if (containing.length > 0) return containing;
  // Last resort: every meaningful word of the query appears in one name ("macbook m3 pro" -> M3 Pro).
  const words = query
    .toLowerCase()
    .split(/[^a-z0-9+]+/)
    .map(normaliseName)
    .filter((w) => w && !FILLER_WORDS.has(w));
  if (words.length === 0) return [];
  return devices.filter((d) => keys(d).some((k) => words.every((w) => k.includes(w))));
}

/** Words people add to a device name that no catalog name carries. */
const FILLER_WORDS = new Set(['macbook', 'mac', 'imac', 'studio', 'mini', 'air', 'gpu', 'graphics', 'card', 'the', 'with', 'my']);
