/**
 * What the device and model pickers list: every catalog entry with its group and a one-line detail.
 * Loaded with the engine in the browser (not in the first-load bundle), and on the server for tests.
 */
import { devices, models, type Device } from '../catalog';
import type { PickerItem } from './filter';

export type { PickerItem };

const VENDOR: Record<Device['vendor'], string> = { nvidia: 'NVIDIA', amd: 'AMD', intel: 'Intel', apple: 'Apple', generic: '' };
const SEGMENT: Record<Device['segment'], string> = {
  consumer: 'desktop GPUs',
  laptop: 'laptop GPUs',
  workstation: 'workstation GPUs',
  datacenter: 'data-centre GPUs',
  soc: 'unified memory',
  igpu: 'integrated GPUs',
  cpu: '',
};

export function deviceGroup(d: Device): string {
  if (d.segment === 'cpu') return 'CPU only (no GPU)';
  if (d.vendor === 'apple') return 'Apple silicon';
  return `${VENDOR[d.vendor]} ${SEGMENT[d.segment]}`.trim();
}

const GROUP_ORDER = ['NVIDIA desktop GPUs', 'NVIDIA laptop GPUs', 'AMD desktop GPUs', 'Intel desktop GPUs', 'Apple silicon'];
const groupRank = (g: string) => {
  const i = GROUP_ORDER.indexOf(g);
  return i === -1 ? GROUP_ORDER.length + (g.startsWith('CPU') ? 10 : 0) : i;
};

export function devicePickerItems(): PickerItem[] {
  return devices
    .map((d) => ({
      id: d.id,
      name: d.name,
      group: deviceGroup(d),
      detail: `${d.memoryOptionsGB && d.memoryOptionsGB.length > 1 ? `${Math.min(...d.memoryOptionsGB)}–${Math.max(...d.memoryOptionsGB)}` : d.memoryGB} GB ${d.memoryKind === 'discrete' ? 'VRAM' : d.memoryKind === 'unified' ? 'unified' : 'RAM'} · ${d.bandwidthGBps} GB/s`,
      keywords: [d.id, ...(d.aliases ?? [])].join(' '),
    }))
    .sort((a, b) => groupRank(a.group) - groupRank(b.group) || a.group.localeCompare(b.group));
}

/** Models grouped by developer (groups in order of their first model in the catalog), catalog order within. */
export function modelPickerItems(): PickerItem[] {
  const firstIndex = new Map<string, number>();
  models.forEach((m, i) => firstIndex.has(m.developer) || firstIndex.set(m.developer, i));
  const ordered = models.map((m, i) => ({ m, i })).sort((a, b) => firstIndex.get(a.m.developer)! - firstIndex.get(b.m.developer)! || a.i - b.i);
  return ordered.map(({ m }) => ({
    id: m.id,
    name: m.name,
    group: m.developer,
    detail: `${m.totalParamsB}B${m.activeParamsB < m.totalParamsB ? ` (${m.activeParamsB}B active)` : ''} · ${m.license}`,
    keywords: `${m.id} ${m.family} ${m.developer}`,
  }));
}
