/**
 * One device matcher for every entry point: typed names ("4060ti", "m3 max 40c"), tool output
 * (nvidia-smi, llama.cpp/ggml CUDA, Vulkan and Metal logs, rocminfo), WebGL renderer strings (ANGLE
 * on Windows/macOS/Linux, Mesa, Firefox) and WebGPU adapter info. Pure and small: it ships to the
 * browser for "Detect my GPU". Never a silent wrong device: when the text could be several devices
 * the answer is `ambiguous`, when one was picked among memory or core variants `assumed` says why.
 *
 * How a text is read:
 * 1. An exact catalog id wins.
 * 2. Strings that cannot name a GPU are `unidentifiable`: software renderers (SwiftShader, llvmpipe,
 *    Microsoft Basic Render Driver), Safari's "Apple GPU", Firefox's ", or similar" names (Firefox
 *    replaces the real GPU by a representative of its class: an RTX 3070 reads "GeForce GTX 980, or
 *    similar"; mozilla/gecko-dev dom/canvas/SanitizeRenderer.cpp), bare vendor names ("AMD Radeon
 *    Graphics", "Intel(R) Graphics").
 * 3. Wrappers are peeled: log prefixes ("Device 0:", "ggml_vulkan: 0 =", "GPU name:"), ANGLE's
 *    "(vendor, renderer, backend)", "ANGLE Metal Renderer:", Vulkan-in-ANGLE, driver and PCI details
 *    in brackets, "/PCIe/SSE2", Direct3D shader models, versions, (TM)/(R). Stated memory ("12GB",
 *    "(8GB)", "12288MiB"), GPU core counts ("76-core GPU", "40c") and AMD gfx ids are read out first.
 * 4. What is left is split into words (letters and digits apart: "4060ti" = 4060 ti) without brand
 *    words, and compared with every device's id, name and aliases read the same way. A device matches
 *    when one of its names appears in the text and no distinguishing word is left over (a number, a
 *    single letter, or ti/super/xt/laptop/max/pro/...): "RTX 3070 Ti" never matches the RTX 3070.
 *    The longest matching name wins. A bare model number ("3060") lists every product carrying it.
 * 5. Several matches that are one product in several memory sizes or GPU-core counts resolve to one
 *    of them with `assumed` and `alternatives` (see chooseVariant); anything else is `ambiguous`.
 */
import { devices as catalogDevices } from './devices';
import type { Device } from './types';

export interface GpuInfo {
  webglRenderer?: string;
  webglVendor?: string;
  webgpu?: { vendor?: string; architecture?: string; device?: string; description?: string };
}

export type DeviceMatch =
  | {
      kind: 'device';
      device: Device;
      matchedFrom: string;
      /** set when the text names a product sold in several memory sizes: which one was assumed and why */
      assumed?: string;
      alternatives: Device[];
      /** Memory the text states for a unified-memory device (a configuration, not a separate device). */
      memoryGB?: number;
    }
  | { kind: 'ambiguous'; matchedFrom: string; candidates: Device[]; message: string }
  | { kind: 'unidentifiable'; matchedFrom: string; message: string }
  | { kind: 'none'; matchedFrom: string; message: string };

// ---------------------------------------------------------------------------------------------
// Reading a text

interface Reading {
  tokens: string[];
  memoryGB?: number;
  gpuCores?: number;
  cpuCores?: number;
  /** A core count with no CPU/GPU word ("40c", "14 core"). */
  cores?: number;
  gfx?: string;
  codename?: string;
  /** Contents of brackets, tried when the text outside them names nothing. */
  inner: string[];
}

/** Words that name a vendor, a brand or nothing at all. */
const DROP = new Set([
  'nvidia', 'geforce', 'amd', 'ati', 'radeon', 'intel', 'apple', 'qualcomm', 'corporation', 'corp', 'inc', 'mesa', 'dri',
  'graphics', 'gpu', 'series', 'tm', 'c', 'the', 'my', 'card', 'with', 'and', 'or', 'design', 'edition',
  'generation', 'founders', 'renderer', 'device', 'adapter', 'driver', 'proprietary', 'open', 'source', 'unspecified',
  'version', 'build', 'chip', 'integrated', 'igpu', 'discrete', 'video', 'display', 'on', 'engine', 'core', 'profile',
  'compute', 'capability', 'vmm', 'yes', 'no', 'radv', 'radeonsi', 'anv', 'nvk', 'amdvlk',
]);

/** A leftover word that names a different product than the one matched. */
const QUALIFIERS = new Set([
  'ti', 'super', 'xt', 'xtx', 'gre', 'laptop', 'max', 'pro', 'ultra', 'plus', 'sxm', 'pcie', 'nvl', 'ada', 'blackwell',
  'server', 'mini', 'lite', 'oem', 'titan', 'quadro', 'tesla', 'mobility', 'vega', 'iris', 'uhd', 'hd', 'arc', 'xe',
]);

/** Codenames printed by Mesa and lspci (pci.ids), mapped to the gfx id of their chip. */
const CODENAME_GFX: Record<string, string> = {
  navi10: 'gfx1010', navi14: 'gfx1012', navi21: 'gfx1030', navi22: 'gfx1031', navi23: 'gfx1032', navi24: 'gfx1034',
  navi31: 'gfx1100', navi32: 'gfx1101', navi33: 'gfx1102', navi44: 'gfx1200', navi48: 'gfx1201',
  rembrandt: 'gfx1035', phoenix: 'gfx1103', renoir: 'gfx90c', cezanne: 'gfx90c', vega20: 'gfx906',
};

/**
 * AMD gfx ids and the products built on each chip. Catalog ids where the catalog has the product,
 * plain names where it does not (so a bare gfx id never silently stands for one card of several).
 * Sources: LLVM AMDGPUUsage processor table (https://llvm.org/docs/AMDGPUUsage.html; product names
 * added in llvm/llvm-project PRs #155577, #163717, #170469), Gentoo's amdgpu_targets descriptions
 * (https://packages.gentoo.org/useflags/amdgpu_targets_gfx1010), gfx1032 = RX 6600 / 6650 XT
 * (VecSzn/PolyStrata discussion #49).
 */
const GFX: Record<string, string[]> = {
  gfx906: ['mi50', 'Radeon VII', 'Radeon Instinct MI60', 'Radeon Pro VII'],
  gfx90c: ['radeon-vega-7', 'radeon-vega-8', 'Radeon Vega 6'],
  gfx942: ['mi300x', 'Instinct MI300A', 'Instinct MI325X'],
  gfx1010: ['rx-5700-xt', 'rx-5700', 'rx-5600-xt'],
  gfx1012: ['rx-5500-xt-8gb', 'Radeon RX 5500 XT 4GB', 'Radeon RX 5300'],
  gfx1030: ['rx-6800', 'rx-6800-xt', 'rx-6900-xt', 'rx-6950-xt', 'Radeon Pro W6800'],
  gfx1031: ['rx-6700-xt', 'rx-6750-xt', 'rx-6700'],
  gfx1032: ['rx-6600', 'rx-6600-xt', 'rx-6650-xt'],
  gfx1033: ['steam-deck', 'steam-deck-oled'],
  gfx1034: ['rx-6500-xt', 'Radeon RX 6400'],
  gfx1035: ['radeon-680m', 'radeon-660m'],
  gfx1100: ['rx-7900-xtx', 'rx-7900-xt', 'rx-7900-gre', 'radeon-pro-w7900', 'Radeon PRO W7800'],
  gfx1101: ['rx-7800-xt', 'rx-7700-xt', 'rx-7700'],
  gfx1102: ['rx-7600', 'rx-7600-xt', 'Radeon PRO W7600'],
  gfx1103: ['radeon-780m', 'radeon-760m', 'Radeon 740M'],
  gfx1150: ['radeon-890m', 'radeon-880m'],
  gfx1151: ['ryzen-ai-max-plus-395', 'ryzen-ai-max-385'],
  gfx1152: ['radeon-860m', 'Radeon 840M'],
  gfx1200: ['rx-9060-xt-16gb', 'rx-9060-xt-8gb', 'Radeon RX 9060'],
  gfx1201: ['rx-9070-xt', 'rx-9070', 'Radeon RX 9070 GRE'],
};

const SOFTWARE = /swiftshader|llvmpipe|softpipe|lavapipe|basic render driver|gdi generic|software rasterizer/i;
const VIRTUAL = /vmware|virtualbox|parallels|\bvirgl\b|svga3d|\bqxl\b|red hat virtio/i;

/** Splits on commas that are not inside brackets. */
function topLevelParts(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** The part of a tool's line or a browser string that names the GPU. */
function peel(raw: string): string {
  let s = raw.replace(/[\u00ae\u2122]/g, ' ').replace(/\s+/g, ' ').trim();
  // Firefox about:support "Vendor -- Renderer".
  if (s.includes(' -- ')) s = s.slice(s.lastIndexOf(' -- ') + 4);
  const angle = s.search(/ANGLE \(/i);
  if (angle >= 0) {
    const body = s.slice(angle + 7);
    const close = body.lastIndexOf(')');
    const parts = topLevelParts(close >= 0 ? body.slice(0, close) : body);
    s = (parts.length >= 2 ? parts[1] : parts[0]) ?? '';
    const vulkan = /^Vulkan [\d.]+ \((.*)\)$/i.exec(s);
    if (vulkan) s = vulkan[1]!;
  } else {
    // ggml / llama.cpp / nvidia-smi / rocminfo / lspci-style labels.
    s = s
      .replace(/^.*?\bggml_vulkan:\s*\d+\s*=\s*/i, '')
      .replace(/^.*?\bVulkan\d+:\s*/i, '')
      .replace(/^.*?\bDevice \d+:\s*/i, '')
      .replace(
        /^.*?\b(?:gpu name|found device|picking default device|marketing name|product name|card name|chipset model|gpu model|adapter description|gl_renderer|opengl renderer string|unmasked renderer|renderer|gpu\s?\d*|name)\s*[:=]\s*/i,
        '',
      );
    s = s.split(' | ')[0]!.replace(/,\s*(?:compute capability|vmm|luid|dedicated|shared)\b.*$/i, '');
    // "CPU w/ GPU" (lshw, AMD processor names).
    const w = s.search(/\bw\/\s/i);
    if (w >= 0) s = s.slice(w + 3);
  }
  return s.replace(/^ANGLE Metal Renderer:\s*/i, '').trim();
}

function read(text: string): Reading {
  let s = ` ${text} `;
  const r: Reading = { tokens: [], inner: [] };
  s = s
    .replace(/\bwith max-?q design\b/gi, ' laptop ')
    .replace(/\bmobile\b/gi, ' laptop ')
    // Mac model names around the chip ("MacBook Pro M3 Pro") and memory types ("80GB HBM3").
    .replace(/\b(?:macbook(?: pro| air)?|mac (?:studio|mini|pro)|imac(?: pro)?|mac)\b/gi, ' ')
    .replace(/\b(?:hbm\d?e?|gddr\d\w?)\b/gi, ' ');
  // Memory: "12GB", "(8GB)", "16 GiB", nvidia-smi's "12288MiB" (not "... MiB free").
  s = s.replace(/(\d+(?:\.\d+)?)\s*(?:gb|gib)\b/gi, (_, n: string) => {
    r.memoryGB ??= Number(n);
    return ' ';
  });
  s = s.replace(/(\d{3,7})\s*mib\b(\s*free)?/gi, (_, n: string, free?: string) => {
    if (!free && Number(n) >= 1024) r.memoryGB ??= Math.round(Number(n) / 1024);
    return ' ';
  });
  // Core counts: "76-core GPU", "14-core CPU", "76 cores", "40c", "16c40g".
  s = s.replace(/\b(\d{1,3})c(\d{1,3})g\b/gi, (_, c: string, g: string) => {
    r.cpuCores = Number(c);
    r.gpuCores = Number(g);
    return ' ';
  });
  s = s.replace(/\b(\d{1,3})(?:[- ]?cores?|c)\b(?:\s*(gpu|cpu))?/gi, (_, n: string, kind?: string) => {
    const k = kind?.toLowerCase();
    if (k === 'gpu') r.gpuCores = Number(n);
    else if (k === 'cpu') r.cpuCores = Number(n);
    else r.cores = Number(n);
    return ' ';
  });
  s = s.replace(/\bgfx\s?(\d{3,4}[a-f]?)\b/gi, (_, g: string) => {
    r.gfx ??= `gfx${g.toLowerCase()}`;
    return ' ';
  });
  s = s.replace(/\b(navi\s?\d\d|rembrandt|phoenix|renoir|cezanne|vega\s?20)\b/gi, (m: string) => {
    r.codename ??= m.toLowerCase().replace(/\s/g, '');
    return ' ';
  });
  // Brackets: their contents are kept aside; PCI ids, driver versions and (TM)/(R) go.
  for (let guard = 0; guard < 8 && /\([^()]*\)/.test(s); guard++)
    s = s.replace(/\(([^()]*)\)/g, (_, inner: string) => {
      if (/[a-z]{2}/i.test(inner)) r.inner.push(inner);
      return ' ';
    });
  s = s
    .replace(/\bdirect3d\w*|\bd3d\d+[-\w.]*|\b[vp]s_\d_\d\b|\/pcie?\/sse2|\bopengl(?: es)?\b|\bvulkan\b|\bmetal\b|\b\w+\.dll\b/gi, ' ')
    .replace(/\b(?:llvm|drm)\s*[\d.]+/gi, ' ')
    .replace(/\b0x[0-9a-f]+\b/gi, ' ')
    .replace(/\b\d+(?:\.\d+)+\S*/g, ' ')
    .replace(/\+/g, ' plus ')
    .replace(/\bsxm\d\b/gi, 'sxm');
  r.tokens = s
    .toLowerCase()
    .replace(/([a-z])(\d)/g, '$1 $2')
    .replace(/(\d)([a-z])/g, '$1 $2')
    .split(/[^a-z0-9]+/)
    .filter((t) => t && !DROP.has(t));
  // "Max-Q" on a GeForce is the laptop part (RTX PRO 6000 Blackwell Max-Q is not a laptop).
  const q = r.tokens.findIndex((t, i) => t === 'max' && r.tokens[i + 1] === 'q');
  if (q >= 0 && !r.tokens.includes('pro') && r.tokens.some((t) => t === 'rtx' || t === 'gtx')) r.tokens.splice(q, 2, 'laptop');
  return r;
}

// ---------------------------------------------------------------------------------------------
// The catalog, read the same way once

interface Entry {
  device: Device;
  /** The product without its memory size or core count: rtx-3060-12gb -> rtx-3060. */
  family: string;
  keys: string[][];
  gpuCores?: number;
  cpuCores?: number;
  /** The id states a memory size (rtx-3060-12gb): a text without one leaves it assumed. */
  sizedId: boolean;
}

let cache: { source: Device[]; entries: Entry[]; byId: Map<string, Entry> } | undefined;

function entriesFor(list: Device[]) {
  if (cache?.source === list) return cache;
  const entries = list.map((device): Entry => {
    let family = FAMILY_OF[device.id] ?? device.id.replace(/-\d+gb\b/, '');
    let cpuCores: number | undefined;
    let gpuCores: number | undefined;
    const cores = /^(apple-.*?)-(?:(\d+)c)?(\d+)g$/.exec(family);
    if (cores) {
      family = cores[1]!;
      cpuCores = cores[2] ? Number(cores[2]) : undefined;
      gpuCores = Number(cores[3]);
    }
    const name = read(device.name);
    cpuCores ??= name.cpuCores;
    gpuCores ??= name.gpuCores;
    const sources = [family.replace(/-/g, ' '), ...(device.aliases ?? [])];
    const keys = [name.tokens, ...name.inner.flatMap((i) => i.split(/[,/]/)).map((p) => read(p).tokens), ...sources.map((t) => read(t).tokens)];
    const seen = new Set<string>();
    const unique = keys.filter((k) => k.length > 0 && !k.every((t) => /^\d+$/.test(t)) && !seen.has(k.join(' ')) && seen.add(k.join(' ')));
    // Bare model numbers ("3060") are kept separately: they list every product carrying the number.
    return { device, family, keys: unique, gpuCores, cpuCores, sizedId: /-\d+gb\b/.test(device.id) };
  });
  cache = { source: list, entries, byId: new Map(entries.map((e) => [e.device.id, e])) };
  return cache;
}

function containsAt(hay: string[], needle: string[]): number {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

const distinguishing = (t: string) => /\d/.test(t) || t.length === 1 || QUALIFIERS.has(t);

/** Devices one of whose names appears in the tokens with nothing distinguishing left over, best first. */
function containing(tokens: string[], entries: Entry[]): Entry[] {
  let best = 0;
  let found: Entry[] = [];
  for (const e of entries) {
    let score = 0;
    for (const k of e.keys) {
      const at = containsAt(tokens, k);
      if (at < 0 || k.length <= score) continue;
      const rest = [...tokens.slice(0, at), ...tokens.slice(at + k.length)];
      if (!rest.some(distinguishing)) score = k.length;
    }
    if (score > best) [best, found] = [score, [e]];
    else if (score > 0 && score === best) found.push(e);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Variants of one product

/**
 * Variants of one product that the name does not tell apart, and which one to assume (the rule: the
 * most common variant where a survey or a retailer's sales figures separate them, else the one the
 * vendor launched first; the Steam Hardware Survey lists these under one name). Families not listed
 * here fall back to the catalog's releaseYear; families launched on the same day stay ambiguous.
 * `what` names what the text leaves open (default: the memory size).
 */
const ASSUMED_VARIANT: Record<string, { id: string; reason: string; what?: string }> = {
  'rtx-4060-ti': {
    id: 'rtx-4060-ti-8gb',
    // https://www.thefpsreview.com/2023/05/10/nvidia-to-launch-geforce-rtx-4060-ti-8-gb-on-may-24-just-one-day-before-amd-radeon-rx-7600/
    reason: 'NVIDIA launched the 8 GB card first (24 May 2023; the 16 GB followed in July 2023)',
  },
  'gtx-1060': {
    id: 'gtx-1060-6gb',
    // https://christiantoday.com/article/nvidia.geforce.gtx.1060.3gb.release.date.tamed.down.model.leaked/90891.htm
    reason: 'NVIDIA launched the 6 GB card first (19 July 2016; the 3 GB followed in August 2016)',
  },
  'rtx-5060-ti': {
    id: 'rtx-5060-ti-16gb',
    // Both launched on 16 April 2025. Mindfactory.de sales reported by TechPowerUp (July 2025):
    // https://compare.iprice.my/news/202507021202_RTX_5060_Ti_16GB_Dominates_Sales_Over_8GB_Model
    reason: 'both launched on 16 April 2025, and the 16 GB card is by far the more common one (Mindfactory.de sales to July 2025: 1,675 units against 105)',
  },
  'rx-9060-xt': {
    id: 'rx-9060-xt-16gb',
    // Both launched together (June 2025). Mindfactory.de sales, reported at https://texno.org/nvidia-8gb-gpus-market-rejection-ru-4st
    reason: 'both launched together in June 2025, and the 16 GB card is by far the more common one (Mindfactory.de sold about 30 times as many)',
  },
  'rtx-3050-laptop': {
    id: 'rtx-3050-laptop',
    // The 6 GB part prints its size: "NVIDIA GeForce RTX 3050 6GB Laptop GPU" (Steam Hardware Survey, April 2026).
    reason: 'the 6 GB part (2023) prints its size in its name ("RTX 3050 6GB Laptop GPU"), so a name without one is most likely the 4 GB part',
  },
  'steam-deck': {
    id: 'steam-deck',
    what: 'which model (LCD or OLED)',
    // HandheldCompanion VangoghGPU.cs, libdrm amdgpu.ids: 0405 = LCD (163F), 0932 = OLED (1435); older stacks printed 0405 for both.
    reason: 'Valve launched the LCD model first (February 2022; the OLED followed in November 2023), and "AMD Custom GPU 0405" and RADV\'s "VANGOGH" have been printed by both',
  },
};

/** Records that belong to one product family although their ids do not say so (the OLED Steam Deck). */
const FAMILY_OF: Record<string, string> = { 'steam-deck-oled': 'steam-deck' };

const gb = (d: Device) => `${d.memoryGB} GB`;
const listNames = (ds: Device[]) => ds.map((d) => `${d.name} (${d.id})`).join(', ');

type Choice = { device: Device; assumed?: string; alternatives: Device[] } | { message: string };

/** One product sold in several memory sizes or GPU-core counts: which member to assume, and why. */
function chooseVariant(members: Entry[]): Choice {
  const devs = members.map((m) => m.device);
  const sameBandwidth = devs.every((d) => d.bandwidthGBps === devs[0]!.bandwidthGBps && d.memoryKind === devs[0]!.memoryKind);
  const cored = members.some((m) => m.gpuCores !== undefined);
  if (cored && sameBandwidth) {
    // GPU-core variants with the same memory bandwidth: generation speed, which bandwidth sets, is the
    // same, so the full chip (the record without a core suffix, else the most cores) is assumed.
    const full = members.find((m) => m.family === m.device.id) ?? [...members].sort((a, b) => (b.gpuCores ?? 0) - (a.gpuCores ?? 0))[0]!;
    const others = devs.filter((d) => d !== full.device);
    return {
      device: full.device,
      assumed: `The name does not say the GPU core count; assumed ${full.device.name}${full.gpuCores ? ` (${full.gpuCores}-core GPU)` : ''}. Also sold: ${listNames(others)}, with the same ${full.device.bandwidthGBps} GB/s memory bandwidth.`,
      alternatives: others,
    };
  }
  if (cored) return { message: `sold with several GPU core counts and memory bandwidths` };
  const family = members[0]!.family;
  const table = ASSUMED_VARIANT[family];
  const listed = table && members.find((m) => m.device.id === table.id);
  if (listed) {
    const others = devs.filter((d) => d !== listed.device);
    const picked = table.what ? listed.device.name : `${gb(listed.device)} (${listed.device.name})`;
    return {
      device: listed.device,
      assumed: `The name does not say ${table.what ?? 'the memory size'}; assumed ${picked}: ${table.reason}. Also sold: ${listNames(others)}.`,
      alternatives: others,
    };
  }
  const years = devs.map((d) => d.releaseYear ?? Infinity);
  const first = Math.min(...years);
  if (first !== Infinity && years.filter((y) => y === first).length === 1) {
    const pick = devs[years.indexOf(first)]!;
    const others = devs.filter((d) => d !== pick);
    return {
      device: pick,
      assumed: `The name does not say the memory size; assumed ${gb(pick)} (${pick.name}), the version released first (${first}). Also sold: ${others.map((d) => `${gb(d)} (${d.id}, ${d.releaseYear ?? 'year unknown'})`).join(', ')}.`,
      alternatives: others,
    };
  }
  return { message: `sold in ${devs.map(gb).join(' and ')} versions released together` };
}

/**
 * Before the RTX 30 series (2021) NVIDIA's laptop GPUs printed the desktop card's name ("NVIDIA
 * GeForce GTX 1660 Ti"); from then on "Laptop GPU" is part of it. So an old name without "laptop"
 * may be either: the desktop card is assumed and the laptop part listed.
 */
function laptopTwin(e: Entry, tokens: string[], byId: Map<string, Entry>): Device | undefined {
  if (e.device.vendor !== 'nvidia' || e.device.segment !== 'consumer' || tokens.includes('laptop')) return undefined;
  const twin = byId.get(`${e.family}-laptop`)?.device;
  return twin && (twin.releaseYear ?? Infinity) <= 2020 ? twin : undefined;
}

// ---------------------------------------------------------------------------------------------

const ambiguous = (text: string, candidates: Device[], why?: string): DeviceMatch => ({
  kind: 'ambiguous',
  matchedFrom: text,
  candidates,
  message: `"${text}" matches ${candidates.length} device${candidates.length === 1 ? '' : 's'}${why ? ` (${why})` : ''}: ${candidates
    .slice(0, 12)
    .map((d) => `${d.id} (${d.name})`)
    .join(', ')}${candidates.length > 12 ? ', …' : ''}. Pick one id.`,
});

const none = (text: string, detail?: string): DeviceMatch => ({
  kind: 'none',
  matchedFrom: text,
  message: `No device matches "${text}"${detail ? `: ${detail}` : ''}. Use a catalog id, or give memoryGB and bandwidthGBps for custom hardware.`,
});

const unidentifiable = (text: string, message: string): DeviceMatch => ({ kind: 'unidentifiable', matchedFrom: text, message });

function fromGfx(text: string, gfx: string, entries: Map<string, Entry>): DeviceMatch | undefined {
  const products = GFX[gfx];
  if (!products) return undefined;
  const inCatalog = products.map((p) => entries.get(p)?.device).filter((d): d is Device => !!d);
  const names = products.map((p) => entries.get(p)?.device.name ?? p);
  if (inCatalog.length === 1 && products.length === 1) return { kind: 'device', device: inCatalog[0]!, matchedFrom: text, alternatives: [] };
  if (inCatalog.length === 0) return none(text, `${gfx} is the chip of ${names.join(', ')}, none of them in the catalog`);
  return ambiguous(text, inCatalog, `${gfx} is the chip of ${names.join(', ')}`);
}

/** Resolves a set of candidate devices with what the text stated (memory, cores). */
function settle(text: string, found: Entry[], r: Reading, byId: Map<string, Entry>): DeviceMatch {
  let set = found;
  if (r.memoryGB !== undefined) {
    const mem = r.memoryGB;
    const fits = set.filter((e) => e.device.memoryKind !== 'discrete' || Math.abs(e.device.memoryGB - mem) <= 0.5);
    if (fits.length === 0)
      return none(text, `the catalog has ${listNames(set.map((e) => e.device))} with ${[...new Set(set.map((e) => e.device.memoryGB))].join(' or ')} GB, not ${mem} GB`);
    set = fits;
  }
  const cores = r.gpuCores ?? r.cpuCores ?? r.cores;
  if (cores !== undefined && set.some((e) => e.gpuCores !== undefined || e.cpuCores !== undefined)) {
    const exact = set.filter((e) =>
      r.gpuCores !== undefined ? e.gpuCores === cores : r.cpuCores !== undefined ? e.cpuCores === cores : e.gpuCores === cores || e.cpuCores === cores,
    );
    // A record without a core count is the full chip (apple-m2-ultra beside apple-m2-ultra-60g).
    const unstated = set.filter((e) => e.gpuCores === undefined);
    if (exact.length > 0) set = exact;
    else if (unstated.length === 1 && set.every((e) => e.gpuCores !== cores)) set = unstated;
    else return none(text, `no ${cores}-core version of ${set[0]!.device.name} in the catalog`);
  }
  const statedMemory = (d: Device) => (r.memoryGB !== undefined && d.memoryKind !== 'discrete' ? { memoryGB: r.memoryGB } : {});
  const families = [...new Set(set.map((e) => e.family))];
  if (set.length === 1 || families.length === 1) {
    let pick: Device;
    let assumed: string | undefined;
    let alternatives: Device[] = [];
    if (set.length === 1) pick = set[0]!.device;
    else {
      const c = chooseVariant(set);
      if ('message' in c) return ambiguous(text, set.map((e) => e.device), c.message);
      ({ device: pick, assumed, alternatives } = c);
    }
    const entry = byId.get(pick.id)!;
    if (!assumed && entry.sizedId && r.memoryGB === undefined && set.length === 1)
      assumed = `The name does not say the memory size; assumed ${gb(pick)}, the only version of it in the catalog.`;
    const twin = laptopTwin(entry, r.tokens, byId);
    if (twin) {
      assumed = `${assumed ? `${assumed} ` : ''}Assumed the desktop card: NVIDIA laptop GPUs of this generation print the same name (${twin.name}, ${twin.id}).`;
      alternatives = [...alternatives, twin];
    }
    return { kind: 'device', device: pick, matchedFrom: text, alternatives, ...(assumed ? { assumed } : {}), ...statedMemory(pick) };
  }
  return ambiguous(text, set.map((e) => e.device));
}

const plain = (t: string) => t.toLowerCase().replace(/\((?:r|tm)\)|[®™]/g, '').replace(/\s+/g, ' ').trim();

/** The one device whose name or alias equals the text (case, spacing and trademark signs aside), if exactly one does. */
function exactAlias(text: string, entries: readonly Entry[]): Device | undefined {
  const t = plain(text);
  const hits = entries.filter((e) => [e.device.name, ...(e.device.aliases ?? [])].some((a) => plain(a) === t));
  return hits.length === 1 ? hits[0]!.device : undefined;
}

/** Matches any text a person, a tool or a browser gives for a GPU or machine. Never throws. */
export function matchDevice(text: string, list: Device[] = catalogDevices): DeviceMatch {
  const m = matchByRules(text, list);
  // Only memory words are stripped by the rules and can tell candidates apart; bare numbers ("4090")
  // and chip names stay ambiguous on purpose.
  if (m.kind !== 'ambiguous' || !/\b(?:\d+\s*(?:gb|gib)|hbm\d?e?|gddr\d\w?)\b/i.test(text)) return m;
  // A name exactly as a tool prints it, listed as one candidate's alias, settles what the rules (which
  // strip memory words) cannot: "NVIDIA H100 80GB HBM3" is the SXM card; the PCIe card has HBM2e.
  const { entries } = entriesFor(list);
  const given = text.trim();
  const candidates = new Set(m.candidates.map((d) => d.id));
  const pool = entries.filter((e) => candidates.has(e.device.id));
  const verbatim = exactAlias(given, pool) ?? exactAlias(peel(given), pool) ?? exactAlias(peel(given).replace(/\s*\([^)]*\)\s*$/, ''), pool);
  return verbatim ? { kind: 'device', device: verbatim, matchedFrom: given, alternatives: [] } : m;
}

function matchByRules(text: string, list: Device[]): DeviceMatch {
  const given = typeof text === 'string' ? text.trim() : '';
  if (!given) return none(given, 'the text is empty');
  const { entries, byId } = entriesFor(list);
  const exact = byId.get(given.toLowerCase());
  if (exact) return { kind: 'device', device: exact.device, matchedFrom: given, alternatives: [] };

  if (/,\s*or similar\s*\)?\s*$/i.test(given))
    return unidentifiable(
      given,
      'Firefox does not report the real GPU: it shows a representative of its class ("or similar"; an RTX 3070 reads as a GTX 980), so the model cannot be told. Pick your GPU, or read it in about:support.',
    );
  if (SOFTWARE.test(given))
    return unidentifiable(
      given,
      'This is a software renderer: the browser or system is drawing without the GPU (hardware acceleration off, blocked or unavailable), so the GPU cannot be identified. Turn hardware acceleration on, or pick your GPU.',
    );
  if (VIRTUAL.test(given)) return unidentifiable(given, "This is a virtual machine's graphics adapter, not the real GPU. Pick your GPU.");

  const core = peel(given);
  if (/^apple gpu$/i.test(core))
    return unidentifiable(given, 'Safari reports every Apple GPU as "Apple GPU", so the chip cannot be told from the browser. Pick your Mac\'s chip (Apple menu > About This Mac).');
  if (/^(?:webkit webgl|mozilla|generic renderer)$/i.test(core))
    return unidentifiable(given, 'The browser hides the GPU name. Pick your GPU.');

  const r = read(core);
  const tried = [r.tokens, ...r.inner.map((i) => read(i).tokens)];
  for (const tokens of tried) {
    if (tokens.length === 0) continue;
    // A bare model number lists every product that carries it ("3060": the 3060 8GB and 12GB, Ti, Laptop).
    if (tokens.length === 1 && /^\d{3,5}$/.test(tokens[0]!)) {
      const n = tokens[0]!;
      const carrying = entries.filter((e) => [...e.keys, ...(e.device.aliases ?? []).map((a) => read(a).tokens)].some((k) => k.includes(n)));
      if (carrying.length > 0) return settle(given, [...new Set(carrying)], r, byId);
      continue;
    }
    const found = containing(tokens, entries);
    if (found.length > 0) return settle(given, found, { ...r, tokens }, byId);
  }
  const gfx = r.gfx ?? (r.codename ? CODENAME_GFX[r.codename] : undefined);
  if (gfx) {
    const viaChip = fromGfx(given, gfx, byId);
    if (viaChip) return viaChip;
  }
  if (r.tokens.length === 0 && /\b(amd|radeon|intel|nvidia|geforce|qualcomm|adreno)\b/i.test(core))
    return unidentifiable(
      given,
      `"${core}" names the maker but not the model (integrated GPUs often report only "Radeon Graphics" or "Intel Graphics"). Pick your processor's GPU.`,
    );
  // Less specific than a catalog name ("rtx 2050", "xe graphics"): offer, never pick.
  const partial = r.tokens.length > 0 ? entries.filter((e) => e.keys.some((k) => k.length > r.tokens.length && containsAt(k, r.tokens) >= 0)) : [];
  if (partial.length > 0) return ambiguous(given, partial.map((e) => e.device), 'names containing it');
  return none(given);
}

const rank = (m: DeviceMatch) =>
  m.kind === 'device' ? (m.assumed ? 4 : 5) : m.kind === 'ambiguous' ? 3 - Math.min(1, (m.candidates.length - 1) / 100) : m.kind === 'unidentifiable' ? 1 : 0;

/** The browser's GPU: the most specific answer among WebGPU's description and device and the WebGL renderer. */
export function matchGpuInfo(info: GpuInfo, list: Device[] = catalogDevices): DeviceMatch {
  const texts = [info?.webgpu?.description, info?.webgpu?.device, info?.webglRenderer].filter(
    (t): t is string => typeof t === 'string' && t.trim() !== '',
  );
  let best: DeviceMatch | undefined;
  for (const t of texts) {
    const m = matchDevice(t, list);
    if (!best || rank(m) > rank(best)) best = m;
  }
  if (best && best.kind !== 'none' && best.kind !== 'unidentifiable') return best;
  if (/apple/i.test(info?.webgpu?.vendor ?? '') || /apple/i.test(info?.webglVendor ?? ''))
    return unidentifiable(
      best?.matchedFrom ?? info?.webgpu?.vendor ?? '',
      'This is an Apple GPU, but the browser does not say which chip (Safari reports every one as "Apple GPU"). Pick your Mac\'s chip (Apple menu > About This Mac).',
    );
  return best ?? none('', 'the browser reported no GPU');
}
