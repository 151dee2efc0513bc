/**
 * The data of a "can X run Y" page (`/will-it-run/<model>/<device>`): one scenario per pair, answered by
 * the calculator's own view model (`buildOutcome`), so the page, its title and description, its FAQ, its
 * social image and its open-data record all read the same numbers.
 *
 * The scenario: the calculator's defaults (8,192 tokens of context or the model's limit, a 512-token
 * prompt, 32 GB of DDR5 system RAM) at the best-quality format that fits entirely (8-bit down to the
 * 4.4-bit floor), else the model's usual download placed as well as it goes (`bestRun`).
 * Which pairs get a page is the catalog's choice (`lib/catalog/popular.ts`).
 */
import { deviceById, modelById, type Device, type Model } from '../catalog';
import { buildOutcome, type Outcome } from '../calculator/outcome';
import { DEFAULT_STATE, scenario, type CalculatorState } from '../calculator/state';
import { bestRun, runsEntirely } from '../calculator/tables';
import { calculatorHref, defaultContext } from '../calculator/url';
import type { FaqEntry } from '../content/faq';
import type { EstimateResult } from '../estimator';
import { formatSeconds, roundRate } from '../format/figures';
import { contextLabel, memoryRun } from './model-page';
import { hasWillItRunPage, modelSlug, willItRunPairs, willItRunPath, type Pair } from './routes';

/** The pair a route's segments name (`llama-3-1-8b`, `rtx-4090`), or undefined. */
export function pairBySlugs(modelSegment: string, deviceId: string): Pair | undefined {
  return willItRunPairs().find((p) => modelSlug(p.modelId) === modelSegment && p.deviceId === deviceId);
}

/** The route segments of every page (what generateStaticParams returns). */
export function willItRunParams(): Array<{ model: string; device: string }> {
  return willItRunPairs().map((p) => ({ model: modelSlug(p.modelId), device: p.deviceId }));
}

/** The page's scenario: calculator defaults at the best format that runs entirely, else the usual download. */
export function pairState(modelId: string, deviceId: string): CalculatorState {
  const m = modelById.get(modelId);
  if (!m) throw new Error(`unknown model ${modelId}`);
  const base = scenario({ model: modelId, device: deviceId, contextTokens: defaultContext(modelId) });
  const best = bestRun(base, m);
  return best ? { ...base, quant: best.quant.id } : base;
}

export type Answer = 'yes' | 'partly' | 'cpu' | 'no';

/** A row of the "other models on this device" and "this model on other devices" tables. */
export interface NeighbourRow {
  href: string;
  /** The other model or device of the pair. */
  modelId: string;
  deviceId: string;
  name: string;
  format: string;
  headline: string;
  runsEntirely: boolean;
  /** Expected tokens/s (0 when it does not fit). */
  decodeTokensPerSecond: number;
  memoryGB: number;
}

export interface WillItRunPageData {
  model: Model;
  device: Device;
  state: CalculatorState;
  outcome: Outcome;
  result: EstimateResult;
  answer: Answer;
  /** The one-paragraph answer at the top of the page. */
  lead: string;
  title: string;
  description: string;
  /** The key figure for the social image: "about 180 tokens/s", or what is missing. */
  keyFigure: string;
  calculatorHref: string;
  otherModels: NeighbourRow[];
  otherDevices: NeighbourRow[];
  faq: FaqEntry[];
}

/** "the GeForce RTX 4090", "a desktop CPU with DDR5-5600 dual channel". */
const the = (d: Device) => (d.memoryKind === 'system' ? `a ${d.name.charAt(0).toLowerCase()}${d.name.slice(1).replace(', ', ' with ')}` : `the ${d.name}`);
const The = (d: Device) => {
  const x = the(d);
  return x.charAt(0).toUpperCase() + x.slice(1);
};
const tokens = (n: number) => n.toLocaleString('en-US');
const gb = (x: number) => `${x.toFixed(1)} GB`;
const rate = (r: EstimateResult) => `about ${roundRate(r.decodeTokensPerSecond.expected)} tokens/s`;

function answerOf(r: EstimateResult): Answer {
  if (r.verdict === 'does-not-fit') return 'no';
  if (runsEntirely(r)) return 'yes';
  return r.verdict === 'cpu-only' ? 'cpu' : 'partly';
}

function leadFor(m: Model, d: Device, r: EstimateResult, answer: Answer): string {
  const at = `${m.name} at ${r.quant.name} with ${tokens(r.contextTokens)} tokens of context`;
  const first =
    r.promptTokens > 0 ? ` The first token of a ${tokens(r.promptTokens)}-token prompt arrives after ${formatSeconds(r.timeToFirstTokenSeconds.expected)}.` : '';
  const ram = `${DEFAULT_STATE.systemRamGB} GB of system RAM`;
  switch (answer) {
    case 'yes':
      return d.memoryKind === 'system'
        ? `Yes. ${at} needs ${gb(r.memoryGB.total)} of the ${gb(r.memoryGB.available)} of RAM it may use on ${the(d)}, and the CPU writes ${rate(r)}.${first}`
        : `Yes. ${at} needs ${gb(r.memoryGB.total)} of the ${gb(r.memoryGB.available)} ${d.memoryKind === 'unified' ? 'of unified memory' : 'of GPU memory'} it may use on ${the(d)}, and writes ${rate(r)}.${first}`;
    case 'partly':
      return `Partly. ${at} does not fit in the ${gb(r.memoryGB.available)} ${the(d)} may use, so part of it runs from ${ram}: ${r.placement.kind === 'cpu-moe' ? `the experts of ${r.placement.cpuMoeLayers} layers` : `${r.placement.totalLayers - (r.placement.kind === 'gpu-layers' ? r.placement.gpuLayers : 0)} of its ${r.placement.totalLayers} layers`} (${gb(r.placement.systemRamGB)}). It writes ${rate(r)}.${first}`;
    case 'cpu':
      return `Only on the CPU. Nothing useful of ${at} fits in the ${gb(r.memoryGB.available)} ${the(d)} may use, so it runs from ${ram} at ${rate(r)}.${first}`;
    case 'no':
      return `No. ${at} needs ${gb(r.memoryGB.missing)} more memory than ${the(d)} and ${ram} can hold together, even with the best split between them.`;
  }
}

function titleFor(m: Model, d: Device, r: EstimateResult, answer: Answer): string {
  const q = `Can ${the(d)} run ${m.name}?`;
  switch (answer) {
    case 'yes':
      return `${q} Yes, ${rate(r)}`;
    case 'partly':
      return `${q} Partly, ${rate(r)} with offload`;
    case 'cpu':
      return `${q} On the CPU only, ${rate(r)}`;
    case 'no':
      return `${q} No, ${gb(r.memoryGB.missing)} short`;
  }
}

const MAX_DESCRIPTION = 160;

function descriptionFor(m: Model, d: Device, r: EstimateResult, answer: Answer): string {
  const ctx = `${contextLabel(r.contextTokens)} context`;
  const options =
    answer === 'yes'
      ? [
          `Yes: ${m.name} (${r.quant.name}) fits on ${the(d)} and writes ${rate(r)} at ${ctx}. Memory, speed, commands and alternatives.`,
          `Yes: ${m.name} (${r.quant.name}) fits on ${the(d)} and writes ${rate(r)} at ${ctx}.`,
          `Yes: ${m.name} fits on ${the(d)}, ${rate(r)}.`,
        ]
      : answer === 'partly'
        ? [
            `Partly: ${m.name} (${r.quant.name}) spills ${gb(r.placement.systemRamGB)} into system RAM on ${the(d)}, ${rate(r)} at ${ctx}. What to change.`,
            `Partly: ${m.name} spills into system RAM on ${the(d)}, ${rate(r)}.`,
          ]
        : answer === 'cpu'
          ? [`${m.name} does not fit on ${the(d)}; on the CPU it writes ${rate(r)} at ${ctx}. What to change and which GPUs hold it.`, `${m.name} runs on the CPU only beside ${the(d)}, ${rate(r)}.`]
          : [
              `No: ${m.name} (${r.quant.name}) needs ${gb(r.memoryGB.missing)} more than ${the(d)} and 32 GB of RAM hold. Smaller formats and devices that run it.`,
              `No: ${m.name} needs ${gb(r.memoryGB.missing)} more than ${the(d)} holds.`,
            ];
  return options.find((x) => x.length <= MAX_DESCRIPTION) ?? options.at(-1)!.slice(0, MAX_DESCRIPTION);
}

function keyFigureFor(r: EstimateResult, answer: Answer): string {
  return answer === 'no' ? `${gb(r.memoryGB.missing)} short` : rate(r);
}

function neighbour(href: string, name: string, r: EstimateResult, summary: (r: EstimateResult) => string): NeighbourRow {
  const runs = r.verdict !== 'does-not-fit';
  return {
    href,
    modelId: r.model.id,
    deviceId: r.hardware.id ?? '',
    name,
    format: r.quant.name,
    headline: summary(r),
    runsEntirely: runsEntirely(r),
    decodeTokensPerSecond: runs ? r.decodeTokensPerSecond.expected : 0,
    memoryGB: r.memoryGB.total,
  };
}

/**
 * What the whole model needs in one memory pool: the device's own figure when it all fits there, else
 * the memory table's reference run (one CUDA GPU, nothing offloaded), since an offloaded run only
 * reports the part left on the GPU.
 */
function wholeNeed(r: EstimateResult): EstimateResult['memoryGB'] {
  if (runsEntirely(r)) return r.memoryGB;
  return memoryRun(r.model.id, r.quant.id, r.contextTokens)?.memoryGB ?? r.memoryGB;
}

function faqFor(m: Model, d: Device, r: EstimateResult, answer: Answer, outcome: Outcome): FaqEntry[] {
  const faq: FaqEntry[] = [];
  const need = wholeNeed(r);
  const spill = answer === 'partly' ? `, so ${gb(r.placement.systemRamGB)} of it goes to system RAM` : answer === 'cpu' ? ', so it runs from system RAM' : answer === 'no' ? ', and with system RAM beside it that is still not enough' : '';
  faq.push({
    question: `How much memory does ${m.name} need on ${the(d)}?`,
    answer: `At ${r.quant.name} with ${tokens(r.contextTokens)} tokens of context it needs ${gb(need.total)} to run entirely in ${d.memoryKind === 'discrete' ? 'GPU memory' : 'memory'}: ${gb(need.weights)} of weights, ${gb(need.kvCache)} of KV cache and ${gb(Math.max(0, need.total - need.weights - need.kvCache))} of buffers. ${The(d)} may use ${gb(r.memoryGB.available)} of its ${gb(r.memoryGB.installed)}${spill}.`,
  });
  if (answer !== 'no')
    faq.push({
      question: `How fast is ${m.name} on ${the(d)}?`,
      answer: `${rate(r).replace(/^a/, 'A')} (likely ${roundRate(r.decodeTokensPerSecond.low)}–${roundRate(r.decodeTokensPerSecond.high)}) with a short conversation, and ${roundRate(r.decodeAtFullContextTokensPerSecond.expected)} tokens/s once all ${tokens(r.contextTokens)} tokens of context are in use. Prompts are read at about ${roundRate(r.prefillTokensPerSecond.expected)} tokens/s.`,
    });
  const fix = outcome.alternatives[0];
  const bigger = outcome.devicesThatFit[0];
  if (answer !== 'yes' && (fix || bigger))
    faq.push({
      question: `How can I make ${m.name} run better on ${the(d)}?`,
      answer: [fix && `${fix.label}: ${fix.headline.charAt(0).toLowerCase()}${fix.headline.slice(1)}${fix.verdict !== 'does-not-fit' ? `, about ${roundRate(fix.decode.expected)} tokens/s` : ''}.`, bigger && `Or use hardware that holds all of it, such as ${bigger.label.replace(/^Use (an? )?/, '')}.`]
        .filter(Boolean)
        .join(' '),
    });
  return faq;
}

const cache = new Map<string, WillItRunPageData>();
const modelNeighbours = new Map<string, Map<string, EstimateResult>>();

/** Every device of a model's pages, at each device's page scenario (computed once per model). */
function resultsForModel(modelId: string): Map<string, EstimateResult> {
  let hit = modelNeighbours.get(modelId);
  if (hit) return hit;
  hit = new Map();
  const m = modelById.get(modelId)!;
  for (const p of willItRunPairs()) {
    if (p.modelId !== modelId) continue;
    const r = bestRun(scenario({ model: modelId, device: p.deviceId, contextTokens: defaultContext(modelId) }), m);
    if (r) hit.set(p.deviceId, r);
  }
  modelNeighbours.set(modelId, hit);
  return hit;
}

const headlineOf = (r: EstimateResult) => {
  switch (answerOf(r)) {
    case 'yes':
      return 'Runs entirely';
    case 'partly':
      return 'Partly in system RAM';
    case 'cpu':
      return 'CPU only';
    case 'no':
      return 'Does not fit';
  }
};

/** Up to `n` devices either side of this one, by memory then bandwidth, among the model's pages. */
function similarDevices(modelId: string, d: Device, n = 4): NeighbourRow[] {
  const results = resultsForModel(modelId);
  const list = [...results.keys()]
    .map((id) => deviceById.get(id)!)
    // Like with like: discrete cards, unified-memory machines (Macs, iGPUs, Strix Halo) and CPUs apart.
    .filter((x) => x.memoryKind === d.memoryKind)
    .sort((a, b) => a.memoryGB - b.memoryGB || a.bandwidthGBps - b.bandwidthGBps || a.name.localeCompare(b.name));
  const at = list.findIndex((x) => x.id === d.id);
  const picked = list.slice(Math.max(0, at - n), at).concat(list.slice(at + 1, at + 1 + n + 1));
  return picked.map((x) => neighbour(willItRunPath(modelId, x.id), x.name, results.get(x.id)!, headlineOf));
}

/** The other models with a page on this device, at their page scenarios, fastest first. */
function otherModels(modelId: string, d: Device): NeighbourRow[] {
  const rows: NeighbourRow[] = [];
  for (const p of willItRunPairs()) {
    if (p.deviceId !== d.id || p.modelId === modelId) continue;
    const r = resultsForModel(p.modelId).get(d.id);
    if (r) rows.push(neighbour(willItRunPath(p.modelId, d.id), modelById.get(p.modelId)!.name, r, headlineOf));
  }
  return rows.sort((a, b) => Number(b.runsEntirely) - Number(a.runsEntirely) || b.decodeTokensPerSecond - a.decodeTokensPerSecond);
}

/** Everything a will-it-run page shows, computed once per pair per process. */
export function willItRunPageData(modelId: string, deviceId: string): WillItRunPageData | undefined {
  const key = `${modelId}|${deviceId}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const m = modelById.get(modelId);
  const d = deviceById.get(deviceId);
  if (!m || !d || !hasWillItRunPage(modelId, deviceId)) return undefined;
  const state = pairState(modelId, deviceId);
  const outcome = buildOutcome(state, { alternatives: true });
  const result = outcome.result;
  if (!result) throw new Error(`the engine rejects ${modelId} on ${deviceId}: ${outcome.error?.message}`);
  const answer = answerOf(result);
  const data: WillItRunPageData = {
    model: m,
    device: d,
    state,
    outcome,
    result,
    answer,
    lead: leadFor(m, d, result, answer),
    title: titleFor(m, d, result, answer),
    description: descriptionFor(m, d, result, answer),
    keyFigure: keyFigureFor(result, answer),
    calculatorHref: calculatorHref(state),
    otherModels: otherModels(modelId, d),
    otherDevices: similarDevices(modelId, d),
    faq: faqFor(m, d, result, answer, outcome),
  };
  cache.set(key, data);
  return data;
}
