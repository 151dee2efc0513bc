/**
 * The model index's filter, shared by the client component and its tests. Browser-safe and tiny: it
 * imports nothing, so the index page's first-load JavaScript carries no catalog or engine.
 */

/** What the filter reads from a row of the index. */
export interface FilterableModel {
  id: string;
  name: string;
  family: string;
  developer: string;
  /** The licence's group (`licenseGroup`), which the licence filter compares. */
  licenseGroup: string;
  size: string;
}

export interface ModelFilters {
  q: string;
  developer: string;
  license: string;
  size: string;
}

export const NO_FILTERS: Readonly<ModelFilters> = Object.freeze({ q: '', developer: '', license: '', size: '' });

/** Case, spaces, dots and dashes ignored, so "qwen3 30b", "Qwen3-30B" and "qwen330b" read alike. */
export const squash = (s: string) => s.toLowerCase().replace(/[\s._-]+/g, '');

/**
 * Licences in groups a reader filters by: the catalog spells each licence out ("MIT (weights derived
 * from Qwen2.5-14B, Apache-2.0)", "Llama 3.1 Community License"), which would make one option per model.
 */
export function licenseGroup(license: string): string {
  if (/^Apache/i.test(license)) return 'Apache 2.0';
  if (/^MIT\b/.test(license)) return 'MIT';
  if (/Llama/i.test(license)) return 'Llama community licence';
  if (/Gemma/i.test(license)) return 'Gemma terms of use';
  if (/Qwen/i.test(license)) return 'Qwen licence';
  if (/DeepSeek/i.test(license)) return 'DeepSeek model licence';
  return license;
}

/** True when the row passes every filter that is set (an empty filter passes everything). */
export function matchesFilters(row: FilterableModel, f: ModelFilters): boolean {
  if (f.developer && row.developer !== f.developer) return false;
  if (f.license && row.licenseGroup !== f.license) return false;
  if (f.size && row.size !== f.size) return false;
  if (f.q.trim()) {
    const words = f.q.trim().split(/\s+/).map(squash).filter(Boolean);
    const hay = [row.name, row.id, row.family, row.developer].map(squash).join(' ');
    if (!words.every((w) => hay.includes(w))) return false;
  }
  return true;
}
