import { describe, expect, it } from 'vitest';
import { contextSteps, decodeAcrossDevices, decodeByContext, offloadCurve } from './series';
import { scenario } from './state';

describe('chart series', () => {
  it('steps contexts by powers of two up to the model limit', () => {
    expect(contextSteps(131072)).toEqual([2048, 4096, 8192, 16384, 32768, 65536, 131072]);
    expect(contextSteps(40960)).toEqual([2048, 4096, 8192, 16384, 32768, 40960]);
  });

  it('gets slower, never faster, as the context fills (more KV cache read per token)', () => {
    const points = decodeByContext(scenario({ model: 'llama-3.1-8b', device: 'rtx-4090' }));
    expect(points.length).toBe(contextSteps(131072).length);
    const speeds = points.filter((p) => p.verdict !== 'does-not-fit').map((p) => p.decode.expected);
    for (let i = 1; i < speeds.length; i++) expect(speeds[i]).toBeLessThanOrEqual(speeds[i - 1]!);
  });

  it('offload curve: each layer of experts moved to system RAM costs speed; empty for dense models and Macs', () => {
    const curve = offloadCurve(scenario({ model: 'gpt-oss-120b', device: 'rtx-4090', systemRamGB: 128 }));
    // gpt-oss-120b has 36 MoE layers (config.json num_hidden_layers); steps of 2 when there are more than 24.
    expect(curve[0]!.x).toBe(0);
    expect(curve.at(-1)!.x).toBe(36);
    const runs = curve.filter((p) => p.verdict !== 'does-not-fit');
    for (let i = 1; i < runs.length; i++) expect(runs[i]!.decode.expected).toBeLessThanOrEqual(runs[i - 1]!.decode.expected);
    // A 24 GB card cannot hold the whole ~60 GB model, so the first points do not fit.
    expect(curve[0]!.verdict).toBe('does-not-fit');
    expect(offloadCurve(scenario({ model: 'llama-3.1-8b', device: 'rtx-4090' }))).toEqual([]);
    expect(offloadCurve(scenario({ model: 'gpt-oss-120b', device: 'apple-m4-max-16c40g' }))).toEqual([]);
  });

  it('names each device and skips unknown ids', () => {
    const pts = decodeAcrossDevices(scenario(), ['rtx-4090', 'no-such-device', 'apple-m2-ultra']);
    expect(pts.map((p) => p.id)).toEqual(['rtx-4090', 'apple-m2-ultra']);
  });
});
