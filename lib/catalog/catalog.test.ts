import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { deviceById, devices, findDevices, findModel, formats, kvCacheFormats, modelById, models } from './index';
import { deviceProvenance, deviceRecords, formatRecords, kvCacheFormatProvenance, modelProvenance, modelRecords } from './provenance';
import { deviceSchema, formatSchema, modelSchema } from './schema';

const REQUIRED_MODEL_IDS = [
  'gpt-oss-20b', 'gpt-oss-120b', 'llama-2-7b', 'llama-2-70b', 'llama-3-8b', 'llama-3-70b', 'llama-3.1-8b',
  'llama-3.1-70b', 'llama-3.2-1b', 'llama-3.2-3b', 'llama-3.3-70b', 'mistral-7b', 'mistral-nemo-12b',
  'mistral-small-24b', 'mixtral-8x7b', 'qwen2.5-7b', 'qwen2.5-coder-7b', 'qwen2.5-14b', 'qwen2.5-32b',
  'qwen2.5-72b', 'qwen3-8b', 'qwen3-14b', 'qwen3-32b', 'qwen3-30b-a3b', 'qwen3-coder-30b-a3b', 'qwen3-235b-a22b',
  'deepseek-r1-distill-llama-8b', 'deepseek-r1-distill-qwen-32b', 'deepseek-v3', 'gemma-3-4b', 'gemma-3-12b',
  'gemma-3-27b', 'phi-4',
];
/** Added for issue 7: the models people run now (MoE with expert offload, laptop-sized, tutorial classics, recent). */
const ADDED_MODEL_IDS = [
  'deepseek-r1', 'deepseek-v3.1', 'deepseek-coder-v2-lite', 'qwen3-next-80b-a3b', 'glm-4.5-air', 'glm-4.6',
  'qwen3-0.6b', 'qwen3-1.7b', 'qwen3-4b', 'qwen3-30b-a3b-2507', 'qwen3-235b-a22b-2507', 'gemma-3-1b', 'llama-3.1-405b',
  'llama-2-13b', 'qwen2.5-3b', 'gemma-2-9b', 'phi-3-mini', 'llama-4-scout', 'llama-4-maverick', 'minimax-m2', 'kimi-k2',
  'deepseek-r1-distill-qwen-14b', 'deepseek-r1-distill-qwen-7b', 'deepseek-r1-0528-qwen3-8b', 'qwq-32b', 'qwen2.5-coder-14b',
  'qwen2.5-coder-32b', 'gpt-oss-safeguard-20b', 'gpt-oss-safeguard-120b', 'qwen2.5-0.5b', 'qwen2.5-1.5b', 'qwen2.5-coder-0.5b',
  'qwen2.5-coder-1.5b', 'qwen2.5-coder-3b', 'qwen3-4b-2507', 'smollm3-3b', 'mixtral-8x22b', 'deepseek-r1-distill-llama-70b',
  'deepseek-r1-distill-qwen-1.5b',
];
const ADDED_FORMAT_IDS = [
  'iq4_nl', 'iq3_xs', 'iq3_xxs', 'iq2_s', 'iq2_xs', 'iq1_m', 'iq1_s',
  'ud-q5_k_xl', 'ud-q4_k_xl', 'ud-q3_k_xl', 'ud-q2_k_xl', 'ud-iq2_xxs', 'ud-iq1_m', 'ud-iq1_s',
];

describe('catalog records', () => {
  it.each(deviceRecords.map((d) => [d.id, d] as const))('device %s is valid', (_id, d) => {
    expect(deviceSchema.safeParse(d).error?.issues ?? []).toEqual([]);
  });
  it.each(modelRecords.map((m) => [m.id, m] as const))('model %s is valid', (_id, m) => {
    expect(modelSchema.safeParse(m).error?.issues ?? []).toEqual([]);
    for (const f of m.formats) expect(formats.map((x) => x.id)).toContain(f);
  });
  it.each(formatRecords.map((f) => [f.id, f] as const))('format %s is valid', (_id, f) => {
    expect(formatSchema.safeParse(f).error?.issues ?? []).toEqual([]);
  });

  it('has the coverage the product promises', () => {
    expect(devices.length).toBeGreaterThanOrEqual(180);
    const ids = models.map((m) => m.id);
    for (const id of [...REQUIRED_MODEL_IDS, ...ADDED_MODEL_IDS]) expect(ids, id).toContain(id);
    expect(models.length).toBeGreaterThanOrEqual(70);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(devices.map((d) => d.id)).size).toBe(devices.length);
    expect(new Set(devices.map((d) => d.name)).size).toBe(devices.length);
    for (const id of ['q2_k', 'q3_k_m', 'q4_0', 'q4_k_m', 'q5_k_m', 'q6_k', 'q8_0', 'iq4_xs', 'f16', 'bf16', 'mxfp4', ...ADDED_FORMAT_IDS])
      expect(formats.map((f) => f.id)).toContain(id);
    for (const seg of ['consumer', 'laptop', 'workstation', 'datacenter', 'soc', 'igpu', 'cpu'])
      expect(devices.some((d) => d.segment === seg)).toBe(true);
    for (const vendor of ['nvidia', 'amd', 'intel', 'apple', 'generic'])
      expect(devices.some((d) => d.vendor === vendor)).toBe(true);
  });

  it('keeps provenance and figures in step: one provenance entry per record, none left over', () => {
    expect(Object.keys(kvCacheFormatProvenance).sort()).toEqual(kvCacheFormats.map((k) => k.id).sort());
    for (const k of kvCacheFormats) expect(kvCacheFormatProvenance[k.id].length, k.id).toBeGreaterThan(8);
    expect(Object.keys(deviceProvenance).sort()).toEqual(devices.map((d) => d.id).sort());
    expect(Object.keys(modelProvenance).sort()).toEqual(models.map((m) => m.id).sort());
  });

  it('cites a page for every device, or shows the arithmetic behind a derived figure', () => {
    for (const d of deviceRecords) {
      const cited = /^https?:\/\/\S+/.test(d.source);
      const derived = /DERIVED/.test(d.notes ?? '');
      expect(cited || derived, `${d.id}: source must start with a URL, or notes must show a DERIVED figure`).toBe(true);
    }
  });

  it('cites a model\'s architecture by URL or repository and path', () => {
    for (const m of modelRecords)
      expect(m.source, m.id).toMatch(/(huggingface\.co\/[\w.-]+\/[\w.-]+|[\w.-]+\/[\w.-]+ [\w./-]*(\.\w+|README))/);
  });

  it('dates every record whose figures can change (downloads, tags, file sizes)', () => {
    for (const m of modelRecords) if (m.fileSizesGiB || m.ollamaTag || m.ggufRepo) expect(m.asOf, m.id).toMatch(/^\d{4}-\d{2}/);
  });

  it('lists an Unsloth Dynamic (UD) format only with its published file size', () => {
    // A UD preset picks a type per tensor, so no bits-per-weight figure sizes it across models.
    for (const m of modelRecords)
      for (const f of m.formats.filter((x) => x.startsWith('ud-'))) {
        expect(m.fileSizesGiB?.[f], `${m.id} ${f}`).toBeGreaterThan(0);
        expect(m.fileSizes?.[f]?.source, `${m.id} ${f}`).toMatch(/huggingface\.co\/\S+|llama-bench/);
      }
  });

  it('ships gpt-oss in its native MXFP4 release', () => {
    for (const id of ['gpt-oss-20b', 'gpt-oss-120b']) {
      const m = modelById.get(id)!;
      expect(m.nativeFormat).toBe('mxfp4');
      expect(m.formats).toContain('mxfp4');
    }
    // ggml-org GGUF sizes printed by llama-bench (issue #3; data/benchmarks/calibration.csv size_gib).
    expect(modelById.get('gpt-oss-20b')!.fileSizesGiB?.mxfp4).toBe(11.27);
    expect(modelById.get('gpt-oss-120b')!.fileSizesGiB?.mxfp4).toBe(59.02);
  });
});

describe('published figures', () => {
  it('matches spec sheets for well-known devices', () => {
    // NVIDIA Ada whitepaper: RTX 4090 24 GB GDDR6X, 1008 GB/s. Apple: M2 Ultra 800 GB/s. H100 SXM 3.35 TB/s.
    expect(deviceById.get('rtx-4090')).toMatchObject({ memoryGB: 24, bandwidthGBps: 1008 });
    expect(deviceById.get('apple-m2-ultra')?.bandwidthGBps).toBe(800);
    expect(deviceById.get('h100-sxm')).toMatchObject({ memoryGB: 80, bandwidthGBps: 3350 });
    // DDR5-5600 dual channel: 5600 MT/s x 8 bytes x 2 channels = 89.6 GB/s.
    expect(deviceById.get('cpu-ddr5-5600-2ch')?.bandwidthGBps).toBeCloseTo(5600 * 8 * 2 / 1000, 5);
  });

  it('has config.json architectures for the flagship models', () => {
    // openai/gpt-oss-20b config.json: 24 layers, hidden 2880, 64 heads, 8 KV heads, head_dim 64, 32 experts, 4 per token, window 128.
    expect(modelById.get('gpt-oss-20b')!.architecture).toMatchObject({
      layers: 24, hiddenSize: 2880, attentionHeads: 64, kvHeads: 8, headDim: 64,
      moe: { expertsTotal: 32, expertsPerToken: 4 }, slidingWindow: { windowTokens: 128, slidingLayers: 12 },
    });
    // meta-llama Llama 3.1 8B: 32 layers, 4096 hidden, 32 heads, 8 KV heads.
    expect(modelById.get('llama-3.1-8b')!.architecture).toMatchObject({ layers: 32, hiddenSize: 4096, attentionHeads: 32, kvHeads: 8 });
    // DeepSeek-V3 config_671B.json: kv_lora_rank 512, qk_rope_head_dim 64, 61 layers, first 3 dense.
    expect(modelById.get('deepseek-v3')!.architecture).toMatchObject({ layers: 61, mla: { kvLoraRank: 512, qkRopeHeadDim: 64 }, moe: { moeLayers: 58 } });
  });

  it('has exact KV cache element sizes from the GGML block layouts', () => {
    const bytes = Object.fromEntries(kvCacheFormats.map((k) => [k.id, k.bytesPerElement]));
    expect(bytes).toEqual({ f16: 2, q8_0: 34 / 32, q4_0: 18 / 32 });
  });
});

describe('model lookup', () => {
  it('accepts ids and loosely typed names', () => {
    expect(findModel('gpt-oss-20b')?.id).toBe('gpt-oss-20b');
    expect(findModel('GPT-OSS 20B')?.id).toBe('gpt-oss-20b');
    expect(findModel('llama 3.1 8b')?.id).toBe('llama-3.1-8b');
    expect(findModel('Qwen3 30B-A3B')?.id).toBe('qwen3-30b-a3b');
    expect(findModel('llama')).toBeUndefined();
    expect(findModel('')).toBeUndefined();
  });
});

describe('device lookup', () => {
  it('finds devices by forgiving names', () => {
    expect(findDevices('4090').map((d) => d.id)).toContain('rtx-4090');
    expect(findDevices('RTX-4090').map((d) => d.id)).toContain('rtx-4090');
    // The full 76-core chip is assumed; the 60-core variant (same bandwidth) is listed after it.
    expect(findDevices('m2 ultra').map((d) => d.id)).toEqual(['apple-m2-ultra', 'apple-m2-ultra-60g']);
    expect(findDevices('rtx-4090').map((d) => d.id)).toEqual(['rtx-4090']);
    // An M3 Pro is sold with a 14- or 18-core GPU: the full chip first, then the binned variant.
    expect(findDevices('MacBook Pro M3 Pro').map((d) => d.id)).toEqual(['apple-m3-pro', 'apple-m3-pro-14g']);
    expect(findDevices('4090 laptop').map((d) => d.id)).toEqual(['rtx-4090-laptop']);
  });
  it('reports every candidate of an ambiguous name', () => {
    expect(findDevices('3060').length).toBeGreaterThan(1);
    expect(findDevices('no such gpu')).toEqual([]);
    expect(findDevices('   ')).toEqual([]);
  });
});

describe('devices added for the common-hardware coverage (issue 7)', () => {
  it('matches the spec sheets they cite', () => {
    // Tom's Hardware GTX 1080 Ti launch: 352-bit, 11 Gb/s GDDR5X = 484 GB/s, 11 GB.
    expect(deviceById.get('gtx-1080-ti')).toMatchObject({ memoryGB: 11, bandwidthGBps: 484 });
    // AMD's RX 6600 sheet: 8 GB, 128-bit, 14 Gbps = 224 GB/s, 17.86 TFLOPS half precision.
    expect(deviceById.get('rx-6600')).toMatchObject({ memoryGB: 8, bandwidthGBps: 128 * 14 / 8, fp16TFLOPS: 17.86 });
    // Intel Arc A750: 8 GB on 256 bits at 16 Gbps = 512 GB/s.
    expect(deviceById.get('arc-a750')?.bandwidthGBps).toBe(256 * 16 / 8);
    // GTX 1660 SUPER: 192-bit x 14 Gbps (guru3d) = 336 GB/s.
    expect(deviceById.get('gtx-1660-super')?.bandwidthGBps).toBe(192 * 14 / 8);
  });
  it('runs Pascal at its FP32 rate and GTX 16 at shader FP16 (no tensor cores)', () => {
    // GTX 1060 6GB: 1280 cores x 2 x 1.708 GHz = 4.37 TFLOPS FP32 (alldbin: 4,375 GFLOPS).
    expect(deviceById.get('gtx-1060-6gb')?.fp16TFLOPS).toBeCloseTo(4.375, 1);
    // GTX 1660 Ti: 2 x (1536 x 2 x 1.77 GHz) = 10.87.
    expect(deviceById.get('gtx-1660-ti')?.fp16TFLOPS).toBeCloseTo(10.87, 2);
  });
  it('scales a binned Apple GPU with its core count and keeps the bandwidth', () => {
    // Apple: 76-core M2 Ultra 27.2 TFLOPS, 800 GB/s for both GPU variants.
    expect(deviceById.get('apple-m2-ultra-60g')?.fp16TFLOPS).toBeCloseTo(27.2 * 60 / 76, 2);
    expect(deviceById.get('apple-m2-ultra-60g')?.bandwidthGBps).toBe(deviceById.get('apple-m2-ultra')?.bandwidthGBps);
    expect(findDevices('m2 ultra 60-core').map((d) => d.id)).toEqual(['apple-m2-ultra-60g']);
  });
  it('models integrated GPUs as unified memory fed by system RAM', () => {
    // The Steam Decks are sold with one soldered 16 GB configuration only (Valve); every other iGPU's RAM is an input.
    const fixedRam = new Set(['steam-deck', 'steam-deck-oled']);
    for (const d of devices.filter((x) => x.segment === 'igpu')) {
      expect(d.memoryKind, d.id).toBe('unified');
      if (fixedRam.has(d.id)) expect(d.memoryOptionsGB, d.id).toEqual([16]);
      else expect(d.memoryOptionsGB?.length, d.id).toBeGreaterThan(1);
    }
    // Dual-channel DDR4-3200: 3200 MT/s x 8 bytes x 2 = 51.2 GB/s.
    expect(deviceById.get('intel-iris-xe')?.bandwidthGBps).toBeCloseTo(3200 * 8 * 2 / 1000, 5);
  });
});

describe('devices added by the devices follow-up (issue 7)', () => {
  it('has the devices agreed in notes/device-ids.md that were missing', () => {
    const ids = devices.map((d) => d.id);
    for (const id of ['rtx-2080-super', 'rtx-2050-laptop', 'rx-6700', 'rx-6500-xt', 'radeon-760m', 'radeon-880m', 'radeon-vega-8',
      'intel-uhd-620', 'intel-uhd-630', 'arc-130v', 'adreno-x1-85'])
      expect(ids, id).toContain(id);
  });
  it('matches the spec sheets and arithmetic they cite', () => {
    // RTX 2080 SUPER (pcpop launch review): full TU104, 384 tensor cores, 1815 MHz, 15.5 Gbps on 256 bits.
    expect(deviceById.get('rtx-2080-super')?.bandwidthGBps).toBe((256 * 15.5) / 8);
    expect(deviceById.get('rtx-2080-super')?.fp16TFLOPS).toBeCloseTo((384 * 1.815 * 64) / 1000, 1);
    // RX 6500 XT: 4 GB of 18 Gbps GDDR6 on 64 bits (hardwaretimes) = 144 GB/s. RTX 2050: 14 Gbps on 64 bits.
    expect(deviceById.get('rx-6500-xt')).toMatchObject({ memoryGB: 4, bandwidthGBps: (64 * 18) / 8 });
    expect(deviceById.get('rtx-2050-laptop')).toMatchObject({ memoryGB: 4, bandwidthGBps: (64 * 14) / 8 });
    // RX 6700: 2304 stream processors at 2495 MHz, packed FP16 = 4 FLOP per SP per clock.
    expect(deviceById.get('rx-6700')?.fp16TFLOPS).toBeCloseTo((2304 * 4 * 2.495) / 1000, 1);
    // Intel iGPUs on dual-channel DDR4: 2400 MT/s x 8 bytes x 2 (UHD 620), 2666 MT/s (UHD 630, golem.de).
    expect(deviceById.get('intel-uhd-620')?.bandwidthGBps).toBeCloseTo((2400 * 8 * 2) / 1000, 5);
    expect(deviceById.get('intel-uhd-630')?.bandwidthGBps).toBeCloseTo((2666 * 8 * 2) / 1000, 1);
    // Arc 130V: the Arc 140V's 67 INT8 TOPS scaled to 7 of 8 Xe2 cores and 1.85 of 2.05 GHz, halved for FP16.
    expect(deviceById.get('arc-130v')?.fp16TFLOPS).toBeCloseTo((67 * (7 / 8) * (1.85 / 2.05)) / 2, 1);
    // RDNA 3 / 3.5 WMMA: 512 FP16 FLOP per CU per clock (760M: 8 CU at 2.599 GHz; 880M: 12 CU at 2.9 GHz).
    expect(deviceById.get('radeon-760m')?.fp16TFLOPS).toBeCloseTo((8 * 2.599 * 512) / 1000, 1);
    expect(deviceById.get('radeon-880m')?.fp16TFLOPS).toBeCloseTo((12 * 2.9 * 512) / 1000, 1);
  });
  it('runs Snapdragon X on the cpu backend: llama.cpp Vulkan does not run there, and OpenCL is not a Backend', () => {
    const x = deviceById.get('adreno-x1-85')!;
    expect(x.backends).toEqual(['cpu']);
    // LPDDR5X-8448 on a 128-bit bus: 8448 MT/s x 16 bytes.
    expect(x.bandwidthGBps).toBeCloseTo((8448 * 16) / 1000, 1);
  });
  it('lists for every GPU the names tools print (nvidia-smi/ggml, AMD marketing name and gfx id, Metal chip name)', () => {
    for (const d of devices.filter((x) => x.segment !== 'cpu')) {
      const a = d.aliases ?? [];
      if (d.vendor === 'nvidia') expect(a.some((x) => /^(nvidia|tesla) /i.test(x)), d.id).toBe(true);
      if (d.vendor === 'amd') {
        expect(a.some((x) => /^amd /i.test(x)), d.id).toBe(true);
        expect(a.some((x) => /^gfx\d{2,4}[a-f]?$/.test(x)), d.id).toBe(true);
      }
      if (d.vendor === 'apple') expect(a.some((x) => /^apple m\d/i.test(x)), d.id).toBe(true);
      if (d.vendor === 'intel') expect(a.some((x) => /^intel/i.test(x)), d.id).toBe(true);
    }
  });
  it('keeps data/reference/hardware.csv in step: a row for every catalog device added since the split, same figures', () => {
    const lines = readFileSync(new URL('../../data/reference/hardware.csv', import.meta.url), 'utf8').trim().split('\n');
    const byId = new Map(lines.slice(1).map((l) => [l.slice(0, l.indexOf(',')), l.split(',')] as const));
    for (const id of ['gtx-1060-6gb', 'rtx-5050', 'rx-6600', 'arc-a750', 'intel-iris-xe', 'apple-m2-ultra-60g', 'rtx-2080-super', 'adreno-x1-85']) {
      const row = byId.get(id);
      expect(row, id).toBeDefined();
      const d = deviceById.get(id)!;
      expect(Number(row![5]), id).toBe(d.bandwidthGBps);
      expect(Number(row![4]), id).toBe(d.memoryGB);
    }
    expect(lines.length - 1).toBeGreaterThanOrEqual(160);
  });
});

describe('models added by the catalog leftovers (issue 7)', () => {
  const LEFTOVER_MODEL_IDS = ['gemma-3-270m', 'gemma-3n-e2b', 'gemma-3n-e4b', 'phi-4-mini', 'gemma-2-27b'];

  it('has the small and tutorial models the issue names', () => {
    for (const id of LEFTOVER_MODEL_IDS) expect(modelById.get(id), id).toBeDefined();
  });

  it('counts Gemma 3n per-layer embeddings with the embedding, and a tied head reads only the token table', async () => {
    const { parameterBreakdown, tokenEmbeddingShare } = await import('../estimator/weights');
    const e2b = modelById.get('gemma-3n-e2b')!;
    // Hand arithmetic from the config: token table 262400 x 2048, PLE 262144 x (30 layers x 256).
    const token = 262_400 * 2_048; // 537,395,200
    const ple = 262_144 * 256 * 30; // 2,013,265,920
    expect(parameterBreakdown(e2b).embedding).toBe(token + ple);
    expect(parameterBreakdown(e2b).outputHead).toBe(0);
    expect(tokenEmbeddingShare(e2b.architecture)).toBeCloseTo(537_395_200 / 2_550_661_120, 12);
    // Models without a PLE table keep the whole embedding as the tied head's read.
    expect(tokenEmbeddingShare(modelById.get('gemma-3-4b')!.architecture)).toBe(1);
    // Ollama lists gemma3n:e2b at 4.46B; E4B's text total is the hand sum 6.867B (notes).
    expect(e2b.totalParamsB).toBe(4.46);
    expect(modelById.get('gemma-3n-e4b')!.totalParamsB).toBeCloseTo(6.87, 2);
  });

  it('agrees with the config arithmetic written out here', () => {
    // Gemma 2 27B: tied 256000 x 4608 + 46 x (q 4608x4096 + k,v 4608x2048 each + o 4096x4608 + 3 x 4608 x 36864).
    const g2 = 256_000 * 4_608 + 46 * (2 * 4_608 * 4_096 + 2 * 4_608 * 2_048 + 3 * 4_608 * 36_864);
    expect(Math.abs(modelById.get('gemma-2-27b')!.totalParamsB * 1e9 - g2) / g2).toBeLessThan(0.005);
    // Phi-4-mini: 3,836,021,856 parameters as quoted for the unsloth GGUF.
    expect(Math.abs(modelById.get('phi-4-mini')!.totalParamsB * 1e9 - 3_836_021_856) / 3_836_021_856).toBeLessThan(0.002);
    // Gemma 3 270M: tied 262144 x 640 + 18 x (q 640x1024 + k,v 640x256 + o 1024x640 + 3 x 640 x 2048).
    const g270 = 262_144 * 640 + 18 * (2 * 640 * 1_024 + 2 * 640 * 256 + 3 * 640 * 2_048);
    expect(Math.abs(modelById.get('gemma-3-270m')!.totalParamsB * 1e9 - g270) / g270).toBeLessThan(0.005);
  });

  it('converts the published sizes it cites (bytes / 2^30, GB x 1e9 / 2^30)', () => {
    expect(modelById.get('phi-4-mini')!.fileSizesGiB!.q4_k_m).toBeCloseTo(2_491_874_272 / 2 ** 30, 2);
    expect(modelById.get('gemma-3n-e2b')!.fileSizesGiB!.q4_k_m).toBeCloseTo(3_026_881_888 / 2 ** 30, 2);
    expect(modelById.get('gemma-2-27b')!.fileSizesGiB!.q4_k_m).toBeCloseTo((16.6 * 1e9) / 2 ** 30, 2);
  });
});

describe('models added for the Mistral 24B line and Qwen3-Coder 480B (issue 7)', () => {
  const MISTRAL_24B_IDS = ['mistral-small-3.2-24b', 'devstral-small-2505', 'devstral-small-2507', 'magistral-small-2506', 'magistral-small-2507', 'magistral-small-2509'];

  it('gives every Mistral Small 3.x derivative the Mistral Small 3.1 text decoder (config.json text_config)', () => {
    // text_config: 40 layers, hidden 5120, 32 heads, 8 KV heads, head_dim 128, FFN 32768, vocab 131072, 131072 positions.
    for (const id of MISTRAL_24B_IDS)
      expect(modelById.get(id)?.architecture, id).toMatchObject({
        layers: 40, hiddenSize: 5120, attentionHeads: 32, kvHeads: 8, headDim: 128, intermediateSize: 32768, vocabSize: 131072, maxContextTokens: 131072,
      });
    // 40 x (q 5120x4096 + k,v 5120x1024 each + o 4096x5120 + 3 x 5120 x 32768) + untied 2 x 131072 x 5120.
    const decoder = 40 * (2 * 5_120 * 4_096 + 2 * 5_120 * 1_024 + 3 * 5_120 * 32_768) + 2 * 131_072 * 5_120;
    for (const id of MISTRAL_24B_IDS) expect(Math.abs(modelById.get(id)!.totalParamsB * 1e9 - decoder) / decoder, id).toBeLessThan(0.001);
  });

  it('matches Qwen3-Coder-480B-A35B\'s name with its own dimensions (160 experts, 8 active, width 2560, 62 layers)', () => {
    const m = modelById.get('qwen3-coder-480b-a35b')!;
    const attention = 6_144 * 12_288 + 2 * 6_144 * 1_024 + 12_288 * 6_144;
    const expert = 3 * 6_144 * 2_560;
    const embeddings = 2 * 151_936 * 6_144;
    const total = 62 * (attention + 160 * expert) + embeddings;
    const active = 62 * (attention + 8 * expert) + embeddings;
    expect(Math.abs(m.totalParamsB * 1e9 - total) / total).toBeLessThan(0.005);
    expect(Math.abs(m.activeParamsB * 1e9 - active) / active).toBeLessThan(0.02);
    expect(m.architecture.moe).toEqual({ expertsTotal: 160, expertsPerToken: 8, sharedExperts: 0, expertIntermediateSize: 2_560, moeLayers: 62 });
    expect(findModel('Qwen3-Coder 480B-A35B Instruct')?.id).toBe('qwen3-coder-480b-a35b');
  });
});
