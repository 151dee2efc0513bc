import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deviceById, devices } from './index';
import { matchDevice, matchGpuInfo, type DeviceMatch } from './match';
import { SEEN_STRINGS, type Expected } from './match-strings';

const summary = (m: DeviceMatch): Expected =>
  m.kind === 'device'
    ? { device: m.device.id }
    : m.kind === 'ambiguous'
      ? { ambiguous: m.candidates.map((d) => d.id).sort() }
      : m.kind === 'unidentifiable'
        ? { unidentifiable: true }
        : { none: true };

const sorted = (e: Expected): Expected => ('ambiguous' in e ? { ambiguous: [...e.ambiguous].sort() } : e);

const present = (e: Expected) =>
  'device' in e ? deviceById.has(e.device) : 'ambiguous' in e ? e.ambiguous.every((id) => deviceById.has(id)) : true;

describe('real strings from tools and browsers (lib/catalog/match-strings.ts)', () => {
  it('has at least 60 rows, each with where it was seen, covering every vendor and browser family', () => {
    expect(SEEN_STRINGS.length).toBeGreaterThanOrEqual(60);
    for (const row of SEEN_STRINGS) expect(row.seen).toMatch(/^https:\/\/|^[\w.-]+\/[\w.-]+ \S+/);
    const all = SEEN_STRINGS.map((r) => `${r.text} ${r.from}`).join('\n');
    for (const vendor of [/NVIDIA|GeForce/, /AMD|Radeon/, /Intel/, /Apple/, /Qualcomm|Adreno/]) expect(all).toMatch(vendor);
    const from = SEEN_STRINGS.map((r) => r.from).join('\n');
    for (const family of [/ANGLE D3D11/, /ANGLE Metal/, /Safari/, /Firefox on Linux/, /Firefox.*Windows/, /or similar|sanitised/, /Linux \(ANGLE OpenGL\)|Mesa/, /ANGLE Vulkan/, /nvidia-smi/, /ggml CUDA/, /rocminfo/, /ggml Vulkan/, /ggml Metal/])
      expect(from).toMatch(family);
    expect(SEEN_STRINGS.some((r) => 'unidentifiable' in r.expect && /SwiftShader|llvmpipe|Basic Render/.test(r.text))).toBe(true);
  });

  const ready = SEEN_STRINGS.filter((r) => !r.pendingDevice || present(r.expect));
  it.each(ready.map((r) => [r.text, r.expect, r.seen] as const))('%s', (text, expected) => {
    expect(summary(matchDevice(text))).toEqual(sorted(expected));
  });

  it('rows waiting for a catalog device (pendingDevice) all have their device by now', () => {
    const waiting = SEEN_STRINGS.filter((r) => r.pendingDevice && !present(r.expect)).map((r) => `${JSON.stringify(r.expect)} for "${r.text}"`);
    expect(waiting).toEqual([]);
  });

  it('marks no row pending whose device already exists (so none is skipped silently)', () => {
    expect(SEEN_STRINGS.filter((r) => r.pendingDevice && present(r.expect)).map((r) => r.text)).toEqual([]);
  });
});

describe('the examples of issue 7', () => {
  it.each([
    ['Apple M2 Ultra (76-core GPU)', 'apple-m2-ultra'],
    ['NVIDIA GeForce RTX 5070 12GB', 'rtx-5070'],
    ['AMD Instinct MI50 (gfx906)', 'mi50'],
    ['NVIDIA GeForce RTX 4060 Laptop GPU (8GB)', 'rtx-4060-laptop'],
    ['NVIDIA RTX PRO 6000 Blackwell Max-Q', 'rtx-pro-6000-blackwell-max-q'],
    ['ANGLE (NVIDIA, NVIDIA GeForce RTX 3070 Direct3D11 vs_5_0 ps_5_0, D3D11)', 'rtx-3070'],
    ['ANGLE (NVIDIA, NVIDIA GeForce RTX 3070 (0x00002484) Direct3D11 vs_5_0 ps_5_0, D3D11)', 'rtx-3070'],
    ['AMD Radeon RX 6600 (radeonsi, navi23, LLVM 15.0.7, DRM 3.49, 6.1.0)', 'rx-6600'],
    ['3060 12GB', 'rtx-3060-12gb'],
    ['m3 max 40c', 'apple-m3-max-16c40g'],
    ['4060ti 16gb', 'rtx-4060-ti-16gb'],
    ['7900xtx', 'rx-7900-xtx'],
  ])('%s -> %s, with nothing assumed', (text, id) => {
    const m = matchDevice(text);
    expect(m.kind === 'device' && m.device.id).toBe(id);
    expect(m.kind === 'device' && m.assumed).toBeFalsy();
  });

  it('"3060" names several products, so it is ambiguous: both desktop sizes, the Ti and the laptop', () => {
    const m = matchDevice('3060');
    expect(m.kind).toBe('ambiguous');
    if (m.kind === 'ambiguous') {
      expect(m.candidates.map((d) => d.id).sort()).toEqual(['rtx-3060-12gb', 'rtx-3060-8gb', 'rtx-3060-laptop', 'rtx-3060-ti']);
      expect(m.message).toMatch(/"3060" matches 4 devices: .*Pick one id\./);
    }
  });

  it('"rtx 3060" is one product in two memory sizes: 12 GB assumed (released first), 8 GB listed', () => {
    const m = matchDevice('rtx 3060');
    expect(m.kind).toBe('device');
    if (m.kind === 'device') {
      expect(m.device.id).toBe('rtx-3060-12gb');
      expect(m.alternatives.map((d) => d.id)).toEqual(['rtx-3060-8gb']);
      expect(m.assumed).toMatch(/does not say the memory size; assumed 12 GB .*released first \(2021\).*8 GB \(rtx-3060-8gb, 2022\)/);
    }
  });

  it('"RTX 4060 Ti" assumes the 8 GB card, launched two months before the 16 GB', () => {
    const m = matchDevice('NVIDIA GeForce RTX 4060 Ti');
    expect(m.kind === 'device' && [m.device.id, m.alternatives.map((d) => d.id)]).toEqual(['rtx-4060-ti-8gb', ['rtx-4060-ti-16gb']]);
    expect(m.kind === 'device' && m.assumed).toMatch(/24 May 2023/);
  });

  it('variants launched together assume the one retail sales show far more common (RTX 5060 Ti, RX 9060 XT: 16 GB)', () => {
    const m = matchDevice('rtx 5060 ti');
    expect(m.kind === 'device' && [m.device.id, m.alternatives.map((d) => d.id)]).toEqual(['rtx-5060-ti-16gb', ['rtx-5060-ti-8gb']]);
    expect(m.kind === 'device' && m.assumed).toMatch(/1,675 units against 105/);
    const amd = matchDevice('AMD Radeon RX 9060 XT');
    expect(amd.kind === 'device' && amd.device.id).toBe('rx-9060-xt-16gb');
  });

  it('variants launched together with no figure to choose by stay ambiguous', () => {
    // Two made-up cards of one family, same year, not in the table of assumed variants.
    const base = { vendor: 'nvidia', segment: 'consumer', memoryKind: 'discrete', bandwidthGBps: 300, backends: ['cuda'], releaseYear: 2030 } as const;
    const list = [
      { ...base, id: 'rtx-9990-8gb', name: 'GeForce RTX 9990 8GB', memoryGB: 8 },
      { ...base, id: 'rtx-9990-16gb', name: 'GeForce RTX 9990 16GB', memoryGB: 16 },
    ];
    const m = matchDevice('rtx 9990', list.map((d) => ({ ...d, backends: [...d.backends] })));
    expect(m.kind === 'ambiguous' && m.candidates.map((d) => d.id).sort()).toEqual(['rtx-9990-16gb', 'rtx-9990-8gb']);
    expect(m.kind === 'ambiguous' && m.message).toMatch(/released together/);
  });

  it('Apple core-count variants with different bandwidth are ambiguous; with the same bandwidth the full chip is assumed', () => {
    expect(matchDevice('m4 max').kind).toBe('ambiguous');
    const metal = matchDevice('ANGLE Metal Renderer: Apple M2 Max');
    expect(metal.kind === 'device' && [metal.device.id, metal.alternatives.map((d) => d.id)]).toEqual(['apple-m2-max', ['apple-m2-max-30g']]);
    const m = matchDevice('Apple M2 Ultra');
    expect(m.kind === 'device' && m.device.id).toBe('apple-m2-ultra');
    expect(m.kind === 'device' && m.assumed).toMatch(/GPU core count.*same 800 GB\/s/);
  });

  it('a bare gfx id names a chip, not a card', () => {
    const m = matchDevice('gfx1100');
    expect(m.kind).toBe('ambiguous');
    if (m.kind === 'ambiguous') {
      expect(m.candidates.map((d) => d.id)).toEqual(expect.arrayContaining(['rx-7900-xtx', 'rx-7900-xt', 'rx-7900-gre']));
      expect(m.message).toMatch(/gfx1100 is the chip of .*Radeon PRO W7800/);
    }
  });

  it('a stated memory size the catalog does not have is no match, never the other size', () => {
    const m = matchDevice('NVIDIA A100-SXM4-40GB');
    expect(m.kind).toBe('none');
    expect(m.kind === 'none' && m.message).toMatch(/80 GB, not 40 GB/);
  });

  it('unified memory stated in the name is returned as a configuration', () => {
    const m = matchDevice('Apple M1 Max GPU (64GB)');
    expect(m.kind === 'device' && m.memoryGB).toBe(64);
  });

  it('distinguishing words are never ignored', () => {
    for (const [text, not] of [
      ['RTX 3070 Ti', 'rtx-3070'],
      ['RTX 4090 Laptop GPU', 'rtx-4090'],
      ['Radeon RX 7900 XT', 'rx-7900-xtx'],
      ['Quadro RTX 6000', 'rtx-6000-ada'],
      ['RTX 3080 SUPER', 'rtx-3080-10gb'],
      ['NVIDIA RTX PRO 6000 Blackwell Max-Q Workstation Edition', 'rtx-pro-6000-blackwell'],
    ]) {
      const m = matchDevice(text);
      expect(m.kind === 'device' ? m.device.id : m.kind, text).not.toBe(not);
    }
  });
});

describe('the catalog itself', () => {
  it.each(devices.map((d) => [d.id, d.name] as const))('%s: its id and its name resolve to it', (id, name) => {
    const byId = matchDevice(id);
    expect(byId.kind === 'device' && byId.device.id).toBe(id);
    const byName = matchDevice(name);
    expect(byName.kind === 'device' && byName.device.id, `${name} -> ${JSON.stringify(summary(byName))}`).toBe(id);
  });
});

describe('matchGpuInfo (the browser)', () => {
  it('prefers the most specific of WebGPU and WebGL', () => {
    const m = matchGpuInfo({ webglRenderer: 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3070 Direct3D11 vs_5_0 ps_5_0, D3D11)', webgpu: { vendor: 'nvidia', architecture: 'ampere', description: '' } });
    expect(m.kind === 'device' && m.device.id).toBe('rtx-3070');
    expect(m.matchedFrom).toMatch(/^ANGLE/);
    const better = matchGpuInfo({ webglRenderer: 'NVIDIA GeForce RTX 3060', webgpu: { description: 'NVIDIA GeForce RTX 3060 Laptop GPU' } });
    expect(better.kind === 'device' && better.device.id).toBe('rtx-3060-laptop');
  });

  it('Safari on a Mac is unidentifiable, and says so plainly', () => {
    const m = matchGpuInfo({ webglRenderer: 'Apple GPU', webglVendor: 'Apple Inc.', webgpu: { vendor: 'apple', architecture: 'metal-3' } });
    expect(m.kind).toBe('unidentifiable');
    expect(m.kind === 'unidentifiable' && m.message).toMatch(/Apple GPU.*Pick your Mac's chip/);
  });

  it('nothing reported is none', () => {
    expect(matchGpuInfo({}).kind).toBe('none');
  });
});

describe('robustness', () => {
  it('never throws on arbitrary strings, and always answers one of the four kinds', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          // Fragments of real strings in random order: brackets, labels, sizes, core counts, gfx ids.
          fc
            .array(fc.constantFrom('ANGLE (', '(', ')', ', ', 'or similar', 'gfx', '1100', '12GB', '8192MiB', '76-core GPU', 'Device 0:', ' | ', 'RTX', '3060', 'Ti', 'Laptop GPU', 'Apple M', 'w/ ', ' -- ', 'Max-Q', '+'), { maxLength: 12 })
            .map((parts) => parts.join('')),
        ),
        (s) => {
        const m = matchDevice(s);
        expect(['device', 'ambiguous', 'unidentifiable', 'none']).toContain(m.kind);
        expect(typeof m.matchedFrom).toBe('string');
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never throws on what a caller may pass by mistake', () => {
    for (const junk of [undefined, null, 42, {}, []]) expect(matchDevice(junk as unknown as string).kind).toBe('none');
    for (const junk of [undefined, null, { webgpu: null }, { webglRenderer: 7 }]) expect(() => matchGpuInfo(junk as never)).not.toThrow();
  });
});
