/**
 * System RAM presets: the peak bandwidth of common desktop and workstation memory set-ups.
 * Peak = channels x 64-bit bus x transfer rate (MT/s) / 8 bits: DDR4-3200 dual channel =
 * 2 x 8 bytes x 3200 MT/s = 51.2 GB/s. These are the same set-ups as the catalog's CPU-only entries
 * (lib/catalog, `cpu-*` ids, each sourced there); the arithmetic here is the JEDEC definition.
 */
export interface RamPreset {
  id: string;
  label: string;
  bandwidthGBps: number;
}

const preset = (kind: 'DDR4' | 'DDR5', rateMTs: number, channels: number, label: string): RamPreset => ({
  id: `${kind.toLowerCase()}-${rateMTs}-${channels}ch`,
  label,
  bandwidthGBps: Math.round(((channels * 64) / 8) * rateMTs) / 1000,
});

export const RAM_PRESETS: readonly RamPreset[] = [
  preset('DDR4', 3200, 2, 'DDR4-3200, dual channel (most desktops before 2022)'),
  preset('DDR5', 5600, 2, 'DDR5-5600, dual channel (current desktops)'),
  preset('DDR5', 6000, 2, 'DDR5-6000, dual channel (tuned AM5 desktops)'),
  preset('DDR4', 3200, 4, 'DDR4-3200, quad channel (HEDT, older Threadripper)'),
  preset('DDR5', 5200, 4, 'DDR5-5200, quad channel (Threadripper 7000)'),
  preset('DDR4', 3200, 8, 'DDR4-3200, 8 channels (EPYC Rome/Milan)'),
  preset('DDR5', 4800, 8, 'DDR5-4800, 8 channels (Threadripper PRO, Xeon W)'),
  preset('DDR5', 4800, 12, 'DDR5-4800, 12 channels (EPYC Genoa)'),
];

/** The preset with this bandwidth, if any (the URL stores the bandwidth, not the preset). */
export function ramPresetFor(bandwidthGBps: number): RamPreset | undefined {
  return RAM_PRESETS.find((p) => Math.abs(p.bandwidthGBps - bandwidthGBps) < 0.05);
}

/** RAM sizes offered in the picker (GB). */
export const RAM_SIZES_GB: readonly number[] = [8, 16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512];
