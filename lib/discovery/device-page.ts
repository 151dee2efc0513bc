/**
 * The data behind `/devices/<id>` and `/devices`: what runs on a device (every catalog model at the best
 * format that fits, `bestRun` from lib/calculator/tables.ts, at the calculator's default context capped by
 * the model's limit), the same for two cards, the largest model per memory option, comparable devices,
 * and the page's answer in words (title, description, FAQ), all computed from those engine results.
 *
 * Cost: one device is about 72 models x up to 3 formats, roughly 10 ms in Node. A page needs its own
 * device and the comparable ones, and the index needs all of them, so each run set is computed once per
 * build worker and kept in a module-level Map (`runSet`) that the page, its metadata and its neighbours share.
 *
 * "Runs entirely" is the rule the VRAM-tier table uses: the verdict is `fits`, or `cpu-only` on a device
 * whose memory is the CPU's own (unified or system memory), i.e. nothing spills anywhere slower.
 * Pure: no React, no Next, no provenance (sources are joined by the page, on the server).
 */
import { deviceById, devices, modelById, models, type Device } from '../catalog';
import { POPULAR_MODEL_IDS } from '../catalog/popular';
import { bestRun, runsEntirely } from '../calculator/tables';
import { DEFAULT_STATE, scenario } from '../calculator/state';
import type { EstimateResult, Verdict } from '../estimator';
import type { FaqEntry } from '../content/faq';
import { roundRate } from '../format/figures';
import { verdictSummary } from '../format/verdict';

/** How the index groups devices (segment, with Apple silicon apart from other unified-memory systems). */
export type DeviceKind = 'desktop' | 'laptop' | 'workstation' | 'datacenter' | 'apple' | 'unified' | 'integrated' | 'cpu';

export const DEVICE_KIND_LABEL: Record<DeviceKind, string> = {
  desktop: 'Desktop GPU',
  laptop: 'Laptop GPU',
  workstation: 'Workstation GPU',
  datacenter: 'Data-centre GPU',
  apple: 'Apple silicon',
  unified: 'Unified-memory PC',
  integrated: 'Integrated GPU',
  cpu: 'CPU only',
};

export const VENDOR_LABEL: Record<Device['vendor'], string> = { nvidia: 'NVIDIA', amd: 'AMD', intel: 'Intel', apple: 'Apple', generic: 'Other' };

export function deviceKind(d: Device): DeviceKind {
  switch (d.segment) {
    case 'consumer':
      return 'desktop';
    case 'laptop':
      return 'laptop';
    case 'workstation':
      return 'workstation';
    case 'datacenter':
      return 'datacenter';
    case 'soc':
      return d.vendor === 'apple' ? 'apple' : 'unified';
    case 'igpu':
      return 'integrated';
    case 'cpu':
      return 'cpu';
  }
}

/** Two cards are worth a table for discrete GPUs with at least this much memory each. */
export const DUAL_GPU_MIN_MEMORY_GB = 8;
export const hasDualTable = (d: Device) => d.memoryKind === 'discrete' && d.memoryGB >= DUAL_GPU_MIN_MEMORY_GB;

export interface DeviceModelRow {
  modelId: string;
  model: string;
  paramsB: number;
  formatId: string;
  format: string;
  verdict: Verdict;
  /** The verdict in words (`verdictSummary`). */
  headline: string;
  /** All of it in fast memory: nothing in slower system RAM. */
  runsEntirely: boolean;
  /** Expected generation speed (0 when it does not fit). */
  decodeTokensPerSecond: number;
  timeToFirstTokenSeconds: number;
  contextTokens: number;
  memoryTotalGB: number;
}

export interface DeviceRunSet {
  deviceId: string;
  gpus: number;
  memoryGB: number;
  /** What the runtime may use (`memoryGB.available` of the estimates), all cards together. */
  usableGB: number;
  installedGB: number;
  /** Why less than installed is usable, in the engine's words. */
  reserve: string;
  /** Every catalog model, in catalog order. */
  rows: DeviceModelRow[];
  /** The largest model (total parameters) that runs entirely. */
  largest?: DeviceModelRow;
  /** The fastest popular model that runs entirely (else the fastest that runs at all). */
  fastestPopular?: DeviceModelRow;
}

function row(r: EstimateResult): DeviceModelRow {
  const m = modelById.get(r.model.id)!;
  const runs = r.verdict !== 'does-not-fit';
  return {
    modelId: m.id,
    model: m.name,
    paramsB: m.totalParamsB,
    formatId: r.quant.id,
    format: r.quant.name,
    verdict: r.verdict,
    headline: verdictSummary(r).headline,
    runsEntirely: runsEntirely(r),
    decodeTokensPerSecond: runs ? r.decodeTokensPerSecond.expected : 0,
    timeToFirstTokenSeconds: runs ? r.timeToFirstTokenSeconds.expected : 0,
    contextTokens: r.contextTokens,
    memoryTotalGB: r.memoryGB.total,
  };
}

const POPULAR = new Set<string>(POPULAR_MODEL_IDS);
const cache = new Map<string, DeviceRunSet>();

/** Every model on `gpus` of the device (at `memoryGB`, one of its sizes, else its default), computed once per process. */
export function runSet(deviceId: string, options: { gpus?: number; memoryGB?: number } = {}): DeviceRunSet {
  const d = deviceById.get(deviceId);
  if (!d) throw new Error(`unknown device ${deviceId}`);
  const gpus = options.gpus ?? 1;
  const memoryGB = options.memoryGB ?? d.memoryGB;
  const key = `${d.id}|${gpus}|${memoryGB}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const rows: DeviceModelRow[] = [];
  let first: EstimateResult | undefined;
  for (const m of models) {
    const base = scenario({
      device: d.id,
      gpus,
      memoryGB: memoryGB === d.memoryGB ? undefined : memoryGB,
      contextTokens: Math.min(DEFAULT_STATE.contextTokens, m.architecture.maxContextTokens),
    });
    const r = bestRun(base, m);
    if (!r) continue;
    first ??= r;
    rows.push(row(r));
  }
  const entire = rows.filter((r) => r.runsEntirely);
  const largest = maxBy(entire, (r) => r.paramsB);
  const popular = rows.filter((r) => POPULAR.has(r.modelId));
  const popularEntire = popular.filter((r) => r.runsEntirely);
  const fastestPopular = maxBy(popularEntire.length ? popularEntire : popular.filter((r) => r.verdict !== 'does-not-fit'), (r) => r.decodeTokensPerSecond);
  const set: DeviceRunSet = {
    deviceId: d.id,
    gpus,
    memoryGB,
    usableGB: first?.memoryGB.available ?? 0,
    installedGB: first?.memoryGB.installed ?? memoryGB * gpus,
    reserve: first?.memoryGB.reserve ?? '',
    rows,
    largest,
    fastestPopular,
  };
  cache.set(key, set);
  return set;
}

function maxBy<T>(list: readonly T[], key: (x: T) => number): T | undefined {
  let best: T | undefined;
  for (const x of list) if (best === undefined || key(x) > key(best)) best = x;
  return best;
}

const RANK: Record<Verdict, number> = { fits: 3, offload: 2, 'cpu-only': 1, 'does-not-fit': 0 };

/**
 * What a second card adds: the models that do not run entirely on one card and run better on two (a better
 * verdict, or the same verdict at least 10 % faster, the rule `runsBetter` in lib/calculator/run.ts uses).
 * Models that already fit on one card are left out: a layer split adds memory, not speed.
 */
export function dualGains(single: DeviceRunSet, dual: DeviceRunSet): DeviceModelRow[] {
  const one = new Map(single.rows.map((r) => [r.modelId, r]));
  return dual.rows.filter((r) => {
    const a = one.get(r.modelId);
    if (!a || a.runsEntirely) return false;
    return RANK[r.verdict] !== RANK[a.verdict] ? RANK[r.verdict] > RANK[a.verdict] : r.decodeTokensPerSecond > a.decodeTokensPerSecond * 1.1;
  });
}

export interface ComparableDevice {
  id: string;
  name: string;
  memoryGB: number;
  bandwidthGBps: number;
  largest?: { model: string; format: string };
}

const COMPARABLE_COUNT = 4;

function comparable(d: Device): ComparableDevice {
  const l = runSet(d.id).largest;
  return { id: d.id, name: d.name, memoryGB: d.memoryGB, bandwidthGBps: d.bandwidthGBps, largest: l && { model: l.model, format: l.format } };
}

/**
 * Neighbours worth a look: the same vendor and segment with more memory (the next sizes up), and faster
 * ones: the same segment, any vendor, at least as much memory and more bandwidth (the next steps up).
 */
export function comparableDevices(d: Device): { moreMemory: ComparableDevice[]; faster: ComparableDevice[] } {
  const moreMemory = devices
    .filter((o) => o.id !== d.id && o.vendor === d.vendor && o.segment === d.segment && o.memoryGB > d.memoryGB)
    .sort((a, b) => a.memoryGB - b.memoryGB || a.bandwidthGBps - b.bandwidthGBps)
    .slice(0, COMPARABLE_COUNT);
  const taken = new Set(moreMemory.map((o) => o.id));
  const faster = devices
    .filter((o) => o.id !== d.id && !taken.has(o.id) && o.segment === d.segment && o.memoryGB >= d.memoryGB && o.bandwidthGBps > d.bandwidthGBps)
    .sort((a, b) => a.bandwidthGBps - b.bandwidthGBps || a.memoryGB - b.memoryGB)
    .slice(0, COMPARABLE_COUNT);
  return { moreMemory: moreMemory.map(comparable), faster: faster.map(comparable) };
}

export interface MemoryOptionRow {
  memoryGB: number;
  usableGB: number;
  entireCount: number;
  largest?: { model: string; format: string };
}

/** For devices sold in several memory sizes: what each size may use and the largest model that runs entirely. */
export function memoryOptions(d: Device): MemoryOptionRow[] {
  if (!d.memoryOptionsGB || d.memoryOptionsGB.length < 2) return [];
  return [...d.memoryOptionsGB]
    .sort((a, b) => a - b)
    .map((memoryGB) => {
      const s = runSet(d.id, { memoryGB });
      return {
        memoryGB,
        usableGB: s.usableGB,
        entireCount: s.rows.filter((r) => r.runsEntirely).length,
        largest: s.largest && { model: s.largest.model, format: s.largest.format },
      };
    });
}

const gb = (x: number) => `${x.toFixed(1)} GB`;
const tps = (x: number) => `about ${roundRate(x)} tokens/s`;
/** A row's speed, saying so when part of the model sits in slower system RAM. */
const speedOf = (r: DeviceModelRow) => `${tps(r.decodeTokensPerSecond)}${r.runsEntirely ? '' : ' with part in system RAM'}`;
const DESCRIPTION_MAX = 160;

/** Page title: the question and its answer. */
export function deviceTitle(d: Device, s: DeviceRunSet): string {
  return s.largest ? `What runs on the ${d.name}? Up to ${s.largest.model} (${s.largest.format})` : `What runs on the ${d.name}?`;
}

/** Meta description (at most 160 characters), stating usable memory, the largest model and a speed, shortest wording that fits. */
export function deviceDescription(d: Device, s: DeviceRunSet): string {
  const mem = `${d.name} may use ${gb(s.usableGB)} for a model`;
  const l = s.largest;
  const f = s.fastestPopular;
  const candidates: string[] = [];
  if (l) {
    const speed = f ? `; ${f.model} runs at ${speedOf(f)}` : '';
    candidates.push(
      `${mem}. The largest that runs entirely is ${l.model} (${l.format})${speed}.`,
      `${mem}. Largest that runs entirely: ${l.model} (${l.format})${speed}.`,
      `${mem}. Largest entirely in memory: ${l.model}${f ? `; ${f.model} at ${speedOf(f)}` : ''}.`,
      `${mem}; largest entirely in memory: ${l.model}.`,
    );
  } else {
    candidates.push(
      `${mem}: no catalog model runs entirely in it at 4-bit or better${f ? `; ${f.model} runs at ${speedOf(f)}` : ''}.`,
      `${mem}: no catalog model runs entirely in it at 4-bit or better.`,
    );
  }
  candidates.push(`${d.name}: ${gb(s.usableGB)} usable${l ? `; up to ${l.model}` : ''}.`);
  return candidates.find((c) => c.length <= DESCRIPTION_MAX) ?? candidates.at(-1)!.slice(0, DESCRIPTION_MAX);
}

/** The one-paragraph answer at the top of the page. */
export function deviceAnswer(d: Device, s: DeviceRunSet): string {
  const entire = s.rows.filter((r) => r.runsEntirely).length;
  const parts = [`The ${d.name} may use ${gb(s.usableGB)} of its ${gb(s.installedGB)} for a model.`];
  if (s.largest)
    parts.push(
      `The largest catalog model that runs entirely in it at a useful format (4-bit or better) is ${s.largest.model} at ${s.largest.format}, at ${tps(s.largest.decodeTokensPerSecond)}; ${entire} of ${s.rows.length} models run entirely.`,
    );
  else parts.push(`No catalog model runs entirely in it at 4-bit or better.`);
  const f = s.fastestPopular;
  if (f) parts.push(`The fastest popular model here, ${f.model} (${f.format}), generates ${speedOf(f)}.`);
  return parts.join(' ');
}

/** A short FAQ whose answers are the page's computed figures. */
export function deviceFaq(d: Device, single: DeviceRunSet, dual?: DeviceRunSet): FaqEntry[] {
  const faq: FaqEntry[] = [
    {
      question: `How much memory can the ${d.name} use for an AI model?`,
      answer: `About ${gb(single.usableGB)} of its ${gb(single.installedGB)}. ${single.reserve}`.trim(),
    },
  ];
  const l = single.largest;
  faq.push({
    question: `What is the largest model that runs entirely on the ${d.name}?`,
    answer: l
      ? `${l.model} (${roundRate(l.paramsB)}B parameters) at ${l.format}, with ${l.contextTokens.toLocaleString('en-US')} tokens of context: it needs ${gb(l.memoryTotalGB)} and generates ${tps(l.decodeTokensPerSecond)}.`
      : `None of the catalog's models runs entirely in its memory at 4-bit or better; smaller files lose too much quality to recommend.`,
  });
  const oss = single.rows.find((r) => r.modelId === 'gpt-oss-20b');
  if (oss)
    faq.push({
      question: `Can the ${d.name} run gpt-oss-20b?`,
      answer:
        oss.verdict === 'does-not-fit'
          ? `No: ${oss.headline.toLowerCase()}.`
          : `${oss.runsEntirely ? 'Yes' : 'Yes, partly'}: ${oss.headline.toLowerCase()} at ${oss.format}, generating ${tps(oss.decodeTokensPerSecond)}.`,
    });
  if (dual) {
    const more = dual.rows.filter((r) => r.runsEntirely).length - single.rows.filter((r) => r.runsEntirely).length;
    const dl = dual.largest;
    faq.push({
      question: `What do two ${d.name} cards run?`,
      answer: `Two cards may use ${gb(dual.usableGB)} together${more > 0 ? `, so ${more} more models run entirely` : ''}${dl ? `; the largest is ${dl.model} at ${dl.format}, at ${tps(dl.decodeTokensPerSecond)}` : ''}.`,
    });
  }
  return faq;
}

/** A provenance `source` split into its parts, with the URLs among them as links. */
export function sourceParts(source: string): Array<{ text: string; href?: string }> {
  return source
    .split(/;\s+/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((text) => (/^https?:\/\/\S+$/.test(text) ? { text, href: text } : { text }));
}

export interface DeviceIndexRow {
  id: string;
  name: string;
  vendor: Device['vendor'];
  kind: DeviceKind;
  memoryGB: number;
  bandwidthGBps: number;
  largest?: string;
}

/** The `/devices` index: every device, grouped by kind, then by memory and bandwidth. */
export function deviceIndexRows(): DeviceIndexRow[] {
  const order = Object.keys(DEVICE_KIND_LABEL) as DeviceKind[];
  return devices
    .map((d) => {
      const l = runSet(d.id).largest;
      return { id: d.id, name: d.name, vendor: d.vendor, kind: deviceKind(d), memoryGB: d.memoryGB, bandwidthGBps: d.bandwidthGBps, largest: l && `${l.model} (${l.format})` };
    })
    .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.memoryGB - b.memoryGB || a.bandwidthGBps - b.bandwidthGBps || a.name.localeCompare(b.name));
}
