/**
 * Device-page data against independent checks: the engine's own estimate for each row's scenario (called
 * directly, not through the page code), the best-format rule re-checked by trying every better format,
 * physical bounds written out by hand (weights at 4 bits per parameter must fit in the usable memory), and
 * spec-sheet figures (RTX 4060: 8 GB, 272 GB/s, NVIDIA's product page).
 */
import { describe, expect, it } from 'vitest';
import { deviceById, devices, models } from '../catalog';
import { POPULAR_MODEL_IDS } from '../catalog/popular';
import { formatsByQuality } from '../calculator/tables';
import { scenario, toEstimateInput } from '../calculator/state';
import { estimate } from '../estimator';
import {
  comparableDevices,
  deviceDescription,
  deviceFaq,
  deviceIndexRows,
  dualGains,
  deviceKind,
  hasDualTable,
  memoryOptions,
  runSet,
  sourceParts,
} from './device-page';
import { devicePath, generatedPaths } from './routes';

function engine(model: string, device: string, quant: string, extra: { gpus?: number; memoryGB?: number } = {}) {
  const m = models.find((x) => x.id === model)!;
  const r = estimate(toEstimateInput(scenario({ model, device, quant, contextTokens: Math.min(8192, m.architecture.maxContextTokens), ...extra })));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('runSet', () => {
  it('has one row per catalog model, each equal to the engine for its scenario', () => {
    for (const id of ['rtx-4090', 'apple-m4-pro', 'cpu-ddr5-5600-2ch', 'gtx-1050']) {
      const s = runSet(id);
      expect(s.rows.map((r) => r.modelId)).toEqual(models.map((m) => m.id));
      for (const r of s.rows) {
        const e = engine(r.modelId, id, r.formatId);
        expect(r.verdict).toBe(e.verdict);
        expect(r.decodeTokensPerSecond).toBe(e.verdict === 'does-not-fit' ? 0 : e.decodeTokensPerSecond.expected);
        expect(r.timeToFirstTokenSeconds).toBe(e.verdict === 'does-not-fit' ? 0 : e.timeToFirstTokenSeconds.expected);
        expect(r.contextTokens).toBe(e.contextTokens);
        expect(s.usableGB).toBe(e.memoryGB.available);
      }
    }
  });

  it('picks the best-quality format that fits: no better format in the ladder fits', () => {
    const s = runSet('rtx-4060-ti-16gb');
    for (const r of s.rows.filter((x) => x.verdict === 'fits')) {
      const m = models.find((x) => x.id === r.modelId)!;
      const ladder = formatsByQuality(m);
      for (const better of ladder.slice(0, ladder.indexOf(r.formatId as (typeof ladder)[number])))
        expect(engine(r.modelId, 'rtx-4060-ti-16gb', better).verdict, `${r.modelId} at ${better}`).not.toBe('fits');
    }
  });

  it('the largest model that runs entirely obeys the 4-bit bound, and nothing larger runs entirely', () => {
    for (const d of devices) {
      const s = runSet(d.id);
      if (!s.largest) continue;
      // 4 bits = 0.5 bytes per parameter, at the very least, must fit in the usable GiB.
      expect(s.largest.paramsB * 1e9 * 0.5, d.id).toBeLessThanOrEqual(s.usableGB * 2 ** 30);
      expect(s.rows.filter((r) => r.runsEntirely && r.paramsB > s.largest!.paramsB)).toEqual([]);
    }
  });

  it('hand checks on a 24 GB card: Qwen3 32B (32.8B) runs entirely, a 70B model cannot (70.6B x 4.4 bits = 38.8 GB)', () => {
    const s = runSet('rtx-4090');
    expect(s.rows.find((r) => r.modelId === 'qwen3-32b')?.runsEntirely).toBe(true);
    expect(s.rows.find((r) => r.modelId === 'llama-3.3-70b')?.runsEntirely).toBe(false);
    expect(s.usableGB).toBeGreaterThan(20);
    expect(s.usableGB).toBeLessThanOrEqual(24);
    expect(s.largest!.paramsB).toBeGreaterThanOrEqual(32.8);
  });

  it('the fastest popular model is popular and the fastest of those that run entirely', () => {
    const s = runSet('rtx-3060-12gb');
    const f = s.fastestPopular!;
    expect(POPULAR_MODEL_IDS as readonly string[]).toContain(f.modelId);
    for (const r of s.rows.filter((x) => x.runsEntirely && (POPULAR_MODEL_IDS as readonly string[]).includes(x.modelId)))
      expect(r.decodeTokensPerSecond).toBeLessThanOrEqual(f.decodeTokensPerSecond);
  });

  it('two cards pool their memory: about twice the usable memory, at least as many models run entirely', () => {
    const one = runSet('rtx-3090');
    const two = runSet('rtx-3090', { gpus: 2 });
    expect(two.usableGB).toBeGreaterThan(1.9 * one.usableGB);
    expect(two.usableGB).toBeLessThanOrEqual(2 * 24);
    expect(two.rows.filter((r) => r.runsEntirely).length).toBeGreaterThan(one.rows.filter((r) => r.runsEntirely).length);
    expect(engine('llama-3.3-70b', 'rtx-3090', two.rows.find((r) => r.modelId === 'llama-3.3-70b')!.formatId, { gpus: 2 }).verdict).toBe('fits');
  });

  it('is computed once per device and scenario', () => {
    expect(runSet('rtx-4090')).toBe(runSet('rtx-4090'));
  });
});

describe('classification and neighbours', () => {
  it('maps segments to index kinds', () => {
    const kind = (id: string) => deviceKind(deviceById.get(id)!);
    expect(kind('rtx-4090')).toBe('desktop');
    expect(kind('apple-m4')).toBe('apple');
    expect(kind('dgx-spark')).toBe('unified');
    expect(kind('radeon-780m')).toBe('integrated');
    expect(kind('cpu-ddr5-5600-2ch')).toBe('cpu');
  });

  it('two-card tables only for discrete GPUs with 8 GB or more', () => {
    expect(hasDualTable(deviceById.get('rtx-4060')!)).toBe(true);
    expect(hasDualTable(deviceById.get('gtx-1650')!)).toBe(false);
    expect(hasDualTable(deviceById.get('apple-m4-max-16c40g')!)).toBe(false);
  });

  it('RTX 4060 (8 GB, 272 GB/s): more memory from NVIDIA desktops, faster ones with more bandwidth', () => {
    const d = deviceById.get('rtx-4060')!;
    expect(d.memoryGB).toBe(8);
    expect(d.bandwidthGBps).toBe(272);
    const { moreMemory, faster } = comparableDevices(d);
    expect(moreMemory.length).toBeGreaterThan(0);
    for (const c of moreMemory) {
      const o = deviceById.get(c.id)!;
      expect([o.vendor, o.segment]).toEqual(['nvidia', 'consumer']);
      expect(o.memoryGB).toBeGreaterThan(8);
    }
    expect(moreMemory.map((c) => c.memoryGB)).toEqual([...moreMemory.map((c) => c.memoryGB)].sort((a, b) => a - b));
    expect(faster.length).toBeGreaterThan(0);
    for (const c of faster) {
      expect(c.bandwidthGBps).toBeGreaterThan(272);
      expect(c.memoryGB).toBeGreaterThanOrEqual(8);
    }
  });

  it('memory options: more memory never runs fewer models', () => {
    const rows = memoryOptions(deviceById.get('apple-m4-pro')!);
    expect(rows.length).toBeGreaterThan(1);
    for (let i = 1; i < rows.length; i++) {
      expect(rows[i]!.usableGB).toBeGreaterThan(rows[i - 1]!.usableGB);
      expect(rows[i]!.entireCount).toBeGreaterThanOrEqual(rows[i - 1]!.entireCount);
    }
    expect(memoryOptions(deviceById.get('rtx-4090')!)).toEqual([]);
  });
});

describe('words', () => {
  it('every description is at most 160 characters and states the usable memory and the largest model', () => {
    for (const d of devices) {
      const s = runSet(d.id);
      const text = deviceDescription(d, s);
      expect(text.length, d.id).toBeLessThanOrEqual(160);
      expect(text, d.id).toContain(`${s.usableGB.toFixed(1)} GB`);
      if (s.largest) expect(text, d.id).toContain(s.largest.model);
    }
  });

  it('the FAQ answers with the engine figures', () => {
    const d = deviceById.get('rtx-4060-ti-16gb')!;
    const faq = deviceFaq(d, runSet(d.id), runSet(d.id, { gpus: 2 }));
    const oss = engine('gpt-oss-20b', d.id, 'mxfp4');
    expect(oss.verdict).toBe('fits');
    expect(faq.find((f) => f.question.includes('gpt-oss-20b'))!.answer).toMatch(/^Yes: fits entirely on the gpu at MXFP4/);
    expect(faq[0]!.answer).toContain(`${oss.memoryGB.available.toFixed(1)} GB of its`);
    expect(faq).toHaveLength(4);
  });

  it('splits sources at semicolons and links only whole URLs', () => {
    expect(sourceParts('https://a.example/x; b.example table (1, 2); http://c.example')).toEqual([
      { text: 'https://a.example/x', href: 'https://a.example/x' },
      { text: 'b.example table (1, 2)' },
      { text: 'http://c.example', href: 'http://c.example' },
    ]);
  });
});

describe('index and routes', () => {
  it('lists every device once, and the devices family lists every page', () => {
    const rows = deviceIndexRows();
    expect(rows.map((r) => r.id).sort()).toEqual(devices.map((d) => d.id).sort());
    const paths = generatedPaths().filter((p) => p.startsWith('/devices/'));
    expect(paths.sort()).toEqual(devices.map((d) => devicePath(d.id)).sort());
    expect(paths.length, 'issue 7 asks for at least 180 devices').toBeGreaterThanOrEqual(180);
  });
});

describe('dualGains', () => {
  it('lists only models that do not run entirely on one card and run better on two', () => {
    const one = runSet('rtx-3090');
    const two = runSet('rtx-3090', { gpus: 2 });
    const gains = dualGains(one, two);
    expect(gains.map((r) => r.modelId)).toContain('llama-3.3-70b'); // 42 GB at Q4_K_M: not one 24 GB card, two
    expect(gains.map((r) => r.modelId)).not.toContain('qwen3-8b'); // fits on one card already
    for (const r of gains) expect(one.rows.find((x) => x.modelId === r.modelId)!.runsEntirely).toBe(false);
  });
});
