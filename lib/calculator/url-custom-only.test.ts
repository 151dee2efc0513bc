import { describe, expect, it } from 'vitest';
import { parseCalculatorQuery } from './url';

describe('custom-hardware keys with a catalog device', () => {
  it('get a notice naming the key instead of being ignored silently', () => {
    for (const key of ['bw', 'tflops', 'kind']) {
      const value = key === 'kind' ? 'cpu' : '500';
      const { notices, state } = parseCalculatorQuery(`device=rtx-4090&${key}=${value}`);
      expect(notices.map((n) => n.message)).toEqual([`"${key}" applies only with device=custom; it was ignored.`]);
      expect(state.device).toBe('rtx-4090');
      expect(state.custom).toBeUndefined();
    }
  });

  it('are used with device=custom', () => {
    const { notices, state } = parseCalculatorQuery('device=custom&mem=48&bw=500&tflops=80&kind=unified');
    expect(notices).toEqual([]);
    expect(state.custom).toEqual({ memoryGB: 48, bandwidthGBps: 500, tflops: 80, kind: 'unified' });
  });
});
