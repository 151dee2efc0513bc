/**
 * The generated page families (one page per catalog record or pair) and their paths: the one list the
 * pages' generateStaticParams, the sitemap, the content checker's link index and the crawl sample read,
 * so a path can never be linked, listed or crawled without existing. A family is added here in the same
 * commit as its page route.
 */
import { devices } from '../catalog/devices';
import { models } from '../catalog/models';
import { WILL_IT_RUN_ALL_DEVICES_MODEL_IDS, WILL_IT_RUN_DEVICE_IDS, WILL_IT_RUN_MODEL_IDS } from '../catalog/popular';

/** Model ids may hold dots (llama-3.1-8b), which static servers read as a file extension; the path uses dashes. */
export const modelPath = (id: string) => `/models/${modelSlug(id)}`;
export const devicePath = (id: string) => `/devices/${id}`;

/** Model ids with dots (llama-3.1-8b) become dashes, as on model pages. */
export const modelSlug = (modelId: string) => modelId.replace(/\./g, '-');

export const willItRunPath = (modelId: string, deviceId: string) => `/will-it-run/${modelSlug(modelId)}/${deviceId}`;

export interface Pair {
  modelId: string;
  deviceId: string;
}

let pairList: Pair[] | undefined;

/** Every pair with a page: both gpt-oss models on every device, then the popular models × popular devices. */
export function willItRunPairs(): Pair[] {
  if (pairList) return pairList;
  const seen = new Set<string>();
  const list: Pair[] = [];
  const add = (modelId: string, deviceId: string) => {
    const key = `${modelId}|${deviceId}`;
    if (seen.has(key) || !models.some((m) => m.id === modelId) || !devices.some((d) => d.id === deviceId)) return;
    seen.add(key);
    list.push({ modelId, deviceId });
  };
  for (const m of WILL_IT_RUN_ALL_DEVICES_MODEL_IDS) for (const d of devices) add(m, d.id);
  for (const m of WILL_IT_RUN_MODEL_IDS) for (const d of WILL_IT_RUN_DEVICE_IDS) add(m, d);
  pairList = list;
  return list;
}

const pairKeys = () => new Set(willItRunPairs().map((p) => `${p.modelId}|${p.deviceId}`));
let keys: Set<string> | undefined;

/** True when the pair has a page. */
export function hasWillItRunPage(modelId: string, deviceId: string): boolean {
  keys ??= pairKeys();
  return keys.has(`${modelId}|${deviceId}`);
}



export interface PageFamily {
  name: string;
  /** Every path of the family. */
  paths(): string[];
}

/** The families whose page routes exist in app/. */
export const PAGE_FAMILIES: PageFamily[] = [
  { name: 'models', paths: () => models.map((m) => modelPath(m.id)) },
  { name: 'devices', paths: () => devices.map((d) => devicePath(d.id)) },
  { name: 'will-it-run', paths: () => willItRunPairs().map((p) => willItRunPath(p.modelId, p.deviceId)) },
];

/** Every generated path, in family order. */
export function generatedPaths(): string[] {
  return PAGE_FAMILIES.flatMap((f) => f.paths());
}

