/**
 * The data of a model page (`/models/<id>`) and of the model index (`/models`): every figure is an
 * engine result for a stated scenario, computed once per model and shared by the page, its metadata
 * and its FAQ (so the title, the lead, the tables and the structured data cannot disagree).
 *
 * Scenarios
 * - Memory needed: `estimate()` on one H200 SXM (141 GB, CUDA) with offload off, per format and context
 *   length. `memoryGB.total` is what one CUDA GPU must hold (weights + KV cache + compute buffer +
 *   runtime context) whether or not it fits there, so the reference card only sets the backend.
 * - The headline: the model's usual download (`defaultFormat`: Q4_K_M, or MXFP4 for gpt-oss) at the
 *   calculator's default context (8,192 tokens, or the model's limit when smaller).
 * - Devices: `deviceTable` (best format that fits at the 4.4-bit quality floor, calculator defaults).
 * Nothing here types a number; phrases come from lib/format.
 */
import { deviceById, modelById, models, type Device, type Model } from '../catalog';
import { POPULAR_DEVICE_IDS } from '../catalog/popular';
import { formatOptions } from '../calculator/outcome';
import { bestRun, deviceTable, type DeviceRow } from '../calculator/tables';
import { DEFAULT_STATE, scenario, type CalculatorState } from '../calculator/state';
import { defaultContext } from '../calculator/url';
import { tryEstimate } from '../calculator/run';
import { defaultFormat, type EstimateResult } from '../estimator';
import { figure, roundRate } from '../format/figures';
import type { FaqEntry } from '../content/faq';
import { licenseGroup } from './model-filter';
import { modelPath } from './routes';

/** The card whose backend (CUDA) the memory table is computed for; large enough to hold every headline model. */
export const MEMORY_REFERENCE_DEVICE = 'h200-sxm';

/** Context lengths in the memory table: 4K, 8K (the calculator's default), 32K and the model's limit. */
export function memoryContexts(maxContextTokens: number): number[] {
  return [...new Set([4096, 8192, 32768, maxContextTokens].filter((c) => c <= maxContextTokens))].sort((a, b) => a - b);
}

/** "4K", "32K", "128K", "1M" (binary thousands, as context lengths are quoted). */
export function contextLabel(tokens: number): string {
  if (tokens >= 1024 * 1024 && tokens % (1024 * 1024) === 0) return `${tokens / (1024 * 1024)}M`;
  if (tokens >= 1024 && tokens % 1024 === 0) return `${tokens / 1024}K`;
  return tokens.toLocaleString('en-US');
}

export interface MemoryCell {
  contextTokens: number;
  totalGB: number;
  /** The engine's phrase for the total ("12.3 GB"). */
  text: string;
}

export interface MemoryRow {
  formatId: string;
  format: string;
  usual: boolean;
  fileSizeGB: number;
  fileSizeText: string;
  cells: MemoryCell[];
}

/** One engine run of the memory scenario (what one CUDA GPU must hold). */
export function memoryRun(modelId: string, quant: string, contextTokens: number): EstimateResult | undefined {
  return tryEstimate(scenario({ model: modelId, device: MEMORY_REFERENCE_DEVICE, quant, contextTokens, offload: 'none' }));
}

/** Memory needed per format (usual download first, then largest to smallest) × context length. */
export function memoryTable(m: Model): MemoryRow[] {
  const contexts = memoryContexts(m.architecture.maxContextTokens);
  return formatOptions(m).flatMap((f) => {
    const cells: MemoryCell[] = [];
    let file: EstimateResult | undefined;
    for (const ctx of contexts) {
      const r = memoryRun(m.id, f.id, ctx);
      if (!r) continue;
      file ??= r;
      cells.push({ contextTokens: ctx, totalGB: r.memoryGB.total, text: figure(r, 'memory').text });
    }
    if (!file) return [];
    return [{ formatId: f.id, format: f.name, usual: f.usual, fileSizeGB: file.quant.fileSizeGB, fileSizeText: figure(file, 'file-size').text, cells }];
  });
}

export interface Headline {
  formatId: string;
  format: string;
  contextTokens: number;
  totalGB: number;
  text: string;
  /** The same format at the model's full context. */
  maxContext: { contextTokens: number; totalGB: number; text: string };
}

/** The usual download at the default context, and at the model's limit. */
export function headline(m: Model): Headline {
  const quant = defaultFormat(m);
  const ctx = defaultContext(m.id);
  const r = memoryRun(m.id, quant, ctx);
  const full = memoryRun(m.id, quant, m.architecture.maxContextTokens);
  if (!r || !full) throw new Error(`the engine rejects ${m.id} at ${quant}`);
  return {
    formatId: quant,
    format: r.quant.name,
    contextTokens: ctx,
    totalGB: r.memoryGB.total,
    text: figure(r, 'memory').text,
    maxContext: { contextTokens: full.contextTokens, totalGB: full.memoryGB.total, text: figure(full, 'memory').text },
  };
}

const runs = (r: DeviceRow) => r.verdict !== 'does-not-fit';
const fits = (r: DeviceRow) => r.verdict === 'fits';
const rate = (r: DeviceRow) => `about ${roundRate(r.decodeTokensPerSecond)} tokens/s`;
const byMemoryThenSpeed = (a: DeviceRow, b: DeviceRow) => a.memoryGB - b.memoryGB || b.decodeTokensPerSecond - a.decodeTokensPerSecond;

/**
 * The popular device a reader most likely owns that holds the model entirely: the least memory, then
 * the earlier in the popular list (which runs from common to rare).
 */
export function smallestFit(popular: readonly DeviceRow[]): DeviceRow | undefined {
  return popular.filter(fits).reduce<DeviceRow | undefined>((best, r) => (!best || r.memoryGB < best.memoryGB ? r : best), undefined);
}

/** "an RTX 4090", "a GeForce GTX 1650", "an H100 SXM", "an L4": the article as the name is spoken. */
export function withArticle(name: string): string {
  return /^([aeiou]|rtx\b|rx\b|[hl]\d|nvidia\b)/i.test(name) ? `an ${name}` : `a ${name}`;
}

export interface CommandsScenario {
  state: CalculatorState;
  result: EstimateResult;
  device: Device;
}

/** The run whose commands the page shows: the model on the smallest popular device that holds it (else none). */
export function commandsScenario(m: Model, popular: readonly DeviceRow[]): CommandsScenario | undefined {
  const row = smallestFit(popular);
  const device = row && deviceById.get(row.deviceId);
  if (!row || !device) return undefined;
  const base = scenario({ model: m.id, device: device.id, contextTokens: defaultContext(m.id) });
  const result = bestRun(base, m);
  if (!result || result.verdict !== 'fits') return undefined;
  return { state: { ...base, quant: result.quant.id }, result, device };
}

/** The card the FAQ asks about: the one most readers ask about for local models. */
export const FAQ_CARD = 'rtx-4090';
/** Macs in the popular set, smallest first (their default memory size). */
const MACS = POPULAR_DEVICE_IDS.filter((id) => deviceById.get(id)?.vendor === 'apple');

export interface ModelPageData {
  model: Model;
  headline: Headline;
  memory: MemoryRow[];
  contexts: number[];
  /** Every catalog accelerator (as the "all" device table). */
  allRows: DeviceRow[];
  /** The popular devices, in the catalog's popular order. */
  popularRows: DeviceRow[];
  commands?: CommandsScenario;
  /** Devices that hold the model entirely, and how many were tried. */
  fitCount: number;
  deviceCount: number;
  answer: string;
  title: string;
  description: string;
  faq: FaqEntry[];
}

const lowerFirst = (x: string) => x.charAt(0).toLowerCase() + x.slice(1);
const joinAnd = (xs: string[]) => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);

function faqFor(m: Model, h: Headline, memory: MemoryRow[], all: DeviceRow[], popular: DeviceRow[]): FaqEntry[] {
  const faq: FaqEntry[] = [];
  const usual = memory.find((r) => r.usual);
  const smallestFormat = [...memory].sort((a, b) => a.fileSizeGB - b.fileSizeGB)[0];
  const ctxPhrase = (c: MemoryCell) => `${c.text} with ${c.contextTokens.toLocaleString('en-US')} tokens of context`;
  if (usual) {
    let answer = `At ${usual.format} (its usual download, a ${usual.fileSizeText} file) ${m.name} needs about ${joinAnd(usual.cells.map(ctxPhrase))} on one GPU: the weights, the KV cache for the context, and the runtime's buffers.`;
    if (smallestFormat && smallestFormat.formatId !== usual.formatId && smallestFormat.cells[0])
      answer += ` The smallest published format, ${smallestFormat.format}, needs ${ctxPhrase(smallestFormat.cells[0])}.`;
    faq.push({ question: `How much VRAM does ${m.name} need?`, answer });
  }

  const card = all.find((r) => r.deviceId === FAQ_CARD) ?? popular.find((r) => r.deviceId === FAQ_CARD);
  if (card) {
    const where = `${withArticle(card.device)} (${card.memoryGB} GB)`;
    const answer = fits(card)
      ? `Yes. At ${card.format} with ${h.contextTokens.toLocaleString('en-US')} tokens of context it fits entirely on ${where} and writes ${rate(card)}.`
      : runs(card)
        ? `Partly: on ${where} it ${lowerFirst(card.headline)}, at ${card.format}, and writes ${rate(card)}; a card with more memory keeps it all on the GPU.`
        : `No. It does not fit on ${where}, even with ${DEFAULT_STATE.systemRamGB} GB of system RAM beside it: at ${h.format} it needs about ${h.text} with ${h.contextTokens.toLocaleString('en-US')} tokens of context.`;
    faq.push({ question: `Can ${m.name} run on ${withArticle(card.device)}?`, answer });
  }

  const gpu = all.filter((r) => fits(r) && deviceById.get(r.deviceId)?.memoryKind === 'discrete').sort(byMemoryThenSpeed)[0];
  faq.push({
    question: `What is the smallest graphics card that runs ${m.name} entirely on the GPU?`,
    answer: gpu
      ? `Of the cards we track, ${withArticle(gpu.device)} (${gpu.memoryGB} GB) is the smallest that holds it, at ${gpu.format} with ${h.contextTokens.toLocaleString('en-US')} tokens of context; it writes ${rate(gpu)}.`
      : `None of the single cards we track holds it: at ${h.format} it needs about ${h.text} with ${h.contextTokens.toLocaleString('en-US')} tokens of context, so it needs several GPUs, a large unified-memory machine, or part of it in system RAM.`,
  });

  const macs = MACS.map((id) => all.find((r) => r.deviceId === id) ?? popular.find((r) => r.deviceId === id)).filter((r): r is DeviceRow => !!r);
  const macFits = macs.filter(fits);
  if (macs.length > 0) {
    const largest = macs.at(-1)!;
    faq.push({
      question: `How fast is ${m.name} on a Mac?`,
      answer:
        macFits.length > 0
          ? `${joinAnd(macFits.map((r) => `${rate(r)} on ${withArticle(r.device)} with ${r.memoryGB} GB (${r.format})`))}, with ${h.contextTokens.toLocaleString('en-US')} tokens of context.` +
            (macFits.length < macs.length
              ? ` ${joinAnd(macs.filter((r) => !fits(r)).map((r) => `${withArticle(r.device)} with ${r.memoryGB} GB`))} cannot hold it entirely.`.replace(/^ a/, ' A')
              : '')
          : `It does not fit on the Macs we track: even ${withArticle(largest.device)} with ${largest.memoryGB} GB cannot hold it, since at ${h.format} it needs about ${h.text} with ${h.contextTokens.toLocaleString('en-US')} tokens of context.`,
    });
  }
  return faq.map((e) => ({ question: e.question, answer: e.answer.charAt(0).toUpperCase() + e.answer.slice(1) }));
}

/** The one-line answer at the top of the page. */
function answerLine(m: Model, h: Headline, fitCount: number, deviceCount: number, best?: DeviceRow): string {
  const full = h.maxContext.contextTokens > h.contextTokens ? ` (${h.maxContext.text} at its full ${h.maxContext.contextTokens.toLocaleString('en-US')} tokens)` : '';
  const where = best
    ? ` It fits entirely on ${fitCount} of the ${deviceCount} devices we track; the smallest common one is ${withArticle(best.device)} (${best.memoryGB} GB), at ${rate(best)}.`
    : fitCount > 0
      ? ` It fits entirely on ${fitCount} of the ${deviceCount} devices we track, none of them a common consumer device.`
      : ` None of the ${deviceCount} single devices we track holds it entirely.`;
  return `${m.name} needs about ${h.text} of memory at ${h.format} with ${h.contextTokens.toLocaleString('en-US')} tokens of context${full}.${where}`;
}

const MAX_DESCRIPTION = 160;

/** The meta description: the answer in at most 160 characters, shortest clauses dropped first. */
function describe(m: Model, h: Headline, best: DeviceRow | undefined, fitCount: number): string {
  const lead = `${m.name} needs about ${h.text} (${h.format}, ${contextLabel(h.contextTokens)} context)`;
  const options = best
    ? [
        `${lead}: runs on ${withArticle(best.device)} at ${rate(best)}. Fits ${fitCount} devices; speeds, formats and commands.`,
        `${lead}: runs on ${withArticle(best.device)} at ${rate(best)}; speeds on every device.`,
        `${lead}: runs on ${withArticle(best.device)} at ${rate(best)}.`,
      ]
    : fitCount > 0
      ? [`${lead}: fits ${fitCount} large devices we track, none of them consumer hardware; speeds and formats.`, `${lead}: fits ${fitCount} devices we track.`]
      : [`${lead}: more than any single device we track holds; memory per format and context.`, `${lead}: more than any single device holds.`];
  return options.find((d) => d.length <= MAX_DESCRIPTION) ?? lead.slice(0, MAX_DESCRIPTION);
}

/** The model whose page path ends in this segment (`llama-3-1-8b` for llama-3.1-8b), or undefined. */
export function modelBySlug(slug: string): Model | undefined {
  return models.find((m) => modelPath(m.id) === `/models/${slug}`);
}

/** The last segment of a model's page path: what generateStaticParams hands the route. */
export { modelSlug } from './routes';

const cache = new Map<string, ModelPageData>();

/** Everything a model page shows, computed once per model per process. */
export function modelPageData(modelId: string): ModelPageData | undefined {
  const hit = cache.get(modelId);
  if (hit) return hit;
  const m = modelById.get(modelId);
  if (!m) return undefined;
  const h = headline(m);
  const memory = memoryTable(m);
  const allRows = deviceTable(m.id);
  const popularRows = POPULAR_DEVICE_IDS.map((id) => allRows.find((r) => r.deviceId === id)).filter((r): r is DeviceRow => !!r);
  const fitCount = allRows.filter(fits).length;
  const best = smallestFit(popularRows);
  const data: ModelPageData = {
    model: m,
    headline: h,
    memory,
    contexts: memoryContexts(m.architecture.maxContextTokens),
    allRows,
    popularRows,
    commands: commandsScenario(m, popularRows),
    fitCount,
    deviceCount: allRows.length,
    answer: answerLine(m, h, fitCount, allRows.length, best),
    title: `${m.name} hardware requirements: ${h.text} at ${h.format}`,
    description: describe(m, h, best, fitCount),
    faq: faqFor(m, h, memory, allRows, popularRows),
  };
  cache.set(modelId, data);
  return data;
}

/** Size classes for the index filter, by total parameters (billions). */
export const SIZE_CLASSES = [
  { id: 'tiny', label: 'Under 4B', maxB: 4 },
  { id: 'small', label: '4B to 15B', maxB: 15 },
  { id: 'medium', label: '15B to 40B', maxB: 40 },
  { id: 'large', label: '40B to 150B', maxB: 150 },
  { id: 'huge', label: '150B and more', maxB: Infinity },
] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number]['id'];

export function sizeClass(totalParamsB: number): SizeClass {
  return SIZE_CLASSES.find((s) => totalParamsB < s.maxB)!.id;
}

/** One row of the model index (plain JSON: it is handed to the client filter). */
export interface ModelIndexRow {
  id: string;
  /** The model page. */
  href: string;
  name: string;
  developer: string;
  family: string;
  license: string;
  licenseGroup: string;
  totalParamsB: number;
  activeParamsB: number;
  maxContextTokens: number;
  releaseDate: string;
  size: SizeClass;
  /** The headline scenario: usual format at the default context. */
  format: string;
  contextTokens: number;
  memoryGB: number;
  memoryText: string;
}

/** Every catalog model as an index row, largest memory need last within a developer (the default order: developer, then size). */
export function modelIndexRows(): ModelIndexRow[] {
  return models
    .map((m) => {
      const h = headline(m);
      return {
        id: m.id,
        href: modelPath(m.id),
        name: m.name,
        developer: m.developer,
        family: m.family,
        license: m.license,
        licenseGroup: licenseGroup(m.license),
        totalParamsB: m.totalParamsB,
        activeParamsB: m.activeParamsB,
        maxContextTokens: m.architecture.maxContextTokens,
        releaseDate: m.releaseDate,
        size: sizeClass(m.totalParamsB),
        format: h.format,
        contextTokens: h.contextTokens,
        memoryGB: h.totalGB,
        memoryText: h.text,
      };
    })
    .sort((a, b) => a.developer.localeCompare(b.developer) || a.totalParamsB - b.totalParamsB || a.name.localeCompare(b.name));
}

export interface GuideRef {
  slug: string;
  route: string;
  title: string;
  tags: readonly string[];
  /** The guide's MDX source (to find widgets and links naming the model). */
  source: string;
}

/** Guides every model page may fall back on: how memory is counted, and what to run on which hardware. */
export const DEFAULT_RELATED_GUIDES = ['vram-requirements', 'best-local-models'];

/**
 * Guides about this model: tagged with its family or id, or naming it in a widget prop or a link
 * (`model="qwen3-8b"`, a link to its page); then the default guides, at most `limit` in all.
 */
export function relatedGuides(m: Pick<Model, 'id' | 'family'>, guides: readonly GuideRef[], limit = 4): GuideRef[] {
  const family = m.family.toLowerCase();
  const mentions = (g: GuideRef) =>
    g.tags.some((t) => t.toLowerCase() === family || t.toLowerCase() === m.id) || g.source.includes(`"${m.id}"`) || g.source.includes(`${modelPath(m.id)})`);
  const picked = guides.filter(mentions);
  for (const slug of DEFAULT_RELATED_GUIDES) {
    const g = guides.find((x) => x.slug === slug);
    if (g && !picked.includes(g)) picked.push(g);
  }
  return picked.slice(0, limit);
}

export type SourcePart = { text: string; href?: string };

/**
 * A provenance string with its addresses made links: `https://…` as written, and `huggingface.co/org/repo`
 * (how the catalog names Hugging Face repositories) as its https URL. The text itself is unchanged.
 */
export function linkedSource(source: string): SourcePart[] {
  const parts: SourcePart[] = [];
  const re = /https?:\/\/[^\s;,()]+|huggingface\.co\/[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+/g;
  let last = 0;
  for (const match of source.matchAll(re)) {
    let url = match[0];
    // A sentence's full stop is not part of the address.
    while (/[.]$/.test(url)) url = url.slice(0, -1);
    const at = match.index!;
    if (at > last) parts.push({ text: source.slice(last, at) });
    parts.push({ text: url, href: url.startsWith('http') ? url : `https://${url}` });
    last = at + url.length;
  }
  if (last < source.length) parts.push({ text: source.slice(last) });
  return parts;
}
