import { describe, expect, it } from 'vitest';
import { deviceById } from './index';
import { matchDevice } from './match';
import { STEAM_SURVEY, STEAM_SURVEY_ENTRIES } from './steam-survey';

describe(`Steam Hardware Survey video cards (${STEAM_SURVEY.month}, >= ${STEAM_SURVEY.thresholdPct} %)`, () => {
  it('is a plausible copy of the month: sorted, above the threshold, each name once, shares summing below 100 %', () => {
    const shares = STEAM_SURVEY_ENTRIES.map((e) => e.sharePct);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    expect(Math.min(...shares)).toBeGreaterThanOrEqual(STEAM_SURVEY.thresholdPct);
    expect(new Set(STEAM_SURVEY_ENTRIES.map((e) => e.name)).size).toBe(STEAM_SURVEY_ENTRIES.length);
    const total = shares.reduce((a, b) => a + b, 0);
    // "Other" (9.06 %) and the 29 rows under 0.3 % are left out of 100 %.
    expect(total).toBeGreaterThan(70);
    expect(total).toBeLessThan(100 - 9.06);
    expect(STEAM_SURVEY_ENTRIES.length).toBeLessThan(STEAM_SURVEY.rowsInMonth);
    // Spot checks against the source rows: RTX 3060 3.99 %, RX 580 2048SP 0.59 %, GTX 1080 Ti 0.32 %.
    const share = (name: string) => STEAM_SURVEY_ENTRIES.find((e) => e.name === name)?.sharePct;
    expect([share('NVIDIA GeForce RTX 3060'), share('AMD Radeon RX 580 2048SP'), share('NVIDIA GeForce GTX 1080 Ti')]).toEqual([3.99, 0.59, 0.32]);
  });

  it('says for every entry what it must resolve to, and names only catalog devices', () => {
    for (const e of STEAM_SURVEY_ENTRIES) {
      const outcomes = [e.device, e.ambiguous, e.unidentifiable].filter((x) => x !== undefined);
      expect(outcomes.length, e.name).toBe(1);
      for (const id of [e.device, ...(e.ambiguous ?? [])].filter((x): x is string => !!x)) expect(deviceById.has(id), `${e.name}: ${id}`).toBe(true);
    }
  });

  it.each(STEAM_SURVEY_ENTRIES.map((e) => [e.name, e] as const))('"%s" resolves as the table says', (_name, e) => {
    const m = matchDevice(e.name);
    if (e.device) {
      expect(m.kind, m.kind === 'device' ? '' : 'message' in m ? m.message : '').toBe('device');
      if (m.kind === 'device') {
        expect(m.device.id).toBe(e.device);
        // Whatever was assumed (a memory size, the desktop card) is said, and its alternatives are catalog devices.
        if (m.alternatives.length > 0) {
          expect(m.assumed, e.name).toMatch(/\w{3}.*\w{3}/);
          for (const alt of m.alternatives) expect(deviceById.has(alt.id), alt.id).toBe(true);
        }
      }
    } else if (e.ambiguous) {
      expect(m.kind === 'ambiguous' && m.candidates.map((d) => d.id).sort()).toEqual([...e.ambiguous].sort());
    } else {
      expect(m.kind).toBe('unidentifiable');
    }
  });

  it('leaves only generic iGPU names unresolved: every NVIDIA card and every named AMD and Intel product resolves to one device', () => {
    const unresolved = STEAM_SURVEY_ENTRIES.filter((e) => !e.device).map((e) => e.name);
    expect(unresolved.sort()).toEqual(
      ['AMD Radeon (TM) Graphics', 'AMD Radeon Graphics', 'AMD Radeon(TM) Graphics', 'Intel UHD Graphics', 'Intel(R) Graphics', 'Intel(R) UHD Graphics'].sort(),
    );
    for (const e of STEAM_SURVEY_ENTRIES.filter((x) => /^NVIDIA /.test(x.name))) expect(e.device, e.name).toBeDefined();
  });

  it('resolves the entries added for the survey to figures from their sources', () => {
    // RX 580 2048SP: 256 bit x 7 Gbps = 224 GB/s (videocardz, fpsbench); RTX 3050 6GB Laptop: 96 bit x 12 Gbps = 144 GB/s (alldbin).
    expect(deviceById.get('rx-580-2048sp')).toMatchObject({ bandwidthGBps: (256 * 7) / 8 });
    expect(deviceById.get('rtx-3050-laptop-6gb')).toMatchObject({ memoryGB: 6, bandwidthGBps: (96 * 12) / 8 });
    // Steam Deck LCD: Valve's 88 GB/s = 128 bit x 5500 MT/s; OLED: 128 bit x 6400 MT/s. 16 GB, one configuration.
    expect(deviceById.get('steam-deck')).toMatchObject({ memoryGB: 16, bandwidthGBps: 88, segment: 'igpu' });
    expect(deviceById.get('steam-deck-oled')?.bandwidthGBps).toBeCloseTo((128 * 6400) / 8 / 1000, 5);
    const deck = matchDevice('AMD Radeon Graphics (RADV VANGOGH)');
    expect(deck.kind === 'device' && [deck.device.id, deck.alternatives.map((d) => d.id)]).toEqual(['steam-deck', ['steam-deck-oled']]);
    expect(deck.kind === 'device' && deck.assumed).toMatch(/LCD or OLED/);
  });
});
