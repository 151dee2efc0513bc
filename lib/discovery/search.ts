/**
 * Quick answers for the site search: catalog models and devices found from a partial or sloppy name
 * ("4060ti", "oss 120", "7900xtx", "m3 max 40c", or a string a tool printed), ahead of the full-text
 * results (pagefind) over guides and pages. Pure; loaded by the search page on demand.
 *
 * Two mechanisms, in order: the device matcher (`matchDevice`, the same one the calculator and the CLI
 * use) for names as tools and people write them, then token matching: every word of the query must
 * occur in an entry's name, id or alias with spaces and punctuation removed, so "4060ti" meets
 * "GeForce RTX 4060 Ti" and "oss 120" meets "gpt-oss-120b".
 */
import { devices } from '../catalog/devices';
import { models } from '../catalog/models';
import { matchDevice } from '../catalog/match';
import { devicePath, modelPath } from './routes';

export interface SearchEntry {
  kind: 'model' | 'device';
  id: string;
  name: string;
  href: string;
  /** One line under the name: size and developer, or memory and bandwidth. */
  detail: string;
  /** Compacted forms (lower case, letters and digits only) of the name, id and aliases. */
  keys: string[];
}

/** Lower case, letters and digits only: "GeForce RTX 4060 Ti" → "geforcertx4060ti". */
export const compact = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** The query's words, compacted; empty words dropped. */
export const queryWords = (q: string) =>
  q
    .toLowerCase()
    .split(/[\s,;:/()+]+/)
    .map(compact)
    .filter(Boolean);

let entries: SearchEntry[] | undefined;

export function searchEntries(): SearchEntry[] {
  entries ??= [
    ...models.map<SearchEntry>((m) => ({
      kind: 'model',
      id: m.id,
      name: m.name,
      href: modelPath(m.id),
      detail: `${m.developer} · ${m.totalParamsB}B parameters${m.activeParamsB < m.totalParamsB ? `, ${m.activeParamsB}B active` : ''}`,
      keys: [...new Set([m.name, m.id, m.family].map(compact))],
    })),
    ...devices.map<SearchEntry>((d) => ({
      kind: 'device',
      id: d.id,
      name: d.name,
      href: devicePath(d.id),
      detail: `${d.memoryGB} GB, ${d.bandwidthGBps} GB/s`,
      keys: [...new Set([d.name, d.id, ...(d.aliases ?? [])].map(compact))],
    })),
  ];
  return entries;
}

/** How well an entry matches: higher is better, 0 is no match. */
function score(e: SearchEntry, words: string[], whole: string): number {
  if (words.length === 0) return 0;
  if (!words.every((w) => e.keys.some((k) => k.includes(w)))) return 0;
  let s = 1;
  if (e.keys.includes(whole)) s += 4; // the id, the name or an alias exactly
  else if (e.keys.some((k) => k.startsWith(whole))) s += 2;
  else if (e.keys.some((k) => k.includes(whole))) s += 1;
  // Shorter names first: "RTX 4090" before "RTX 4090 Laptop GPU" for "4090".
  return s + 1 / (1 + e.name.length);
}

/**
 * The catalog entries a query names, best first (at most `limit`). Empty or punctuation-only queries
 * find nothing; nothing here ever throws on input.
 */
export function quickMatches(query: string, limit = 8): SearchEntry[] {
  const q = typeof query === 'string' ? query.slice(0, 200) : '';
  const words = queryWords(q);
  if (words.length === 0) return [];
  const whole = compact(q);
  const list = searchEntries();
  const ranked = list
    .map((e) => ({ e, s: score(e, words, whole) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || a.e.name.localeCompare(b.e.name))
    .map((x) => x.e);
  // A device the matcher names outright (a tool's string, "4060ti 16gb") goes first.
  const m = matchDevice(q);
  const named = m.kind === 'device' ? list.find((e) => e.kind === 'device' && e.id === m.device.id) : undefined;
  const result = named ? [named, ...ranked.filter((e) => e !== named)] : ranked;
  return result.slice(0, limit);
}
