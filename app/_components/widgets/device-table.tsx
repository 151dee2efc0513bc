import { modelById } from '@/lib/catalog';
import { POPULAR_DEVICE_IDS } from '@/lib/catalog/popular';
import { deviceTable } from '@/lib/calculator/tables';
import { deviceTableProps, type DeviceTableProps } from '../mdx/props';
import { SortableDeviceTable } from './sortable-table';

/** Which devices run a model, at the best format that fits, and how fast: computed at build time. */
export function DeviceTable(props: DeviceTableProps) {
  const p = deviceTableProps.parse(props);
  const m = modelById.get(p.model)!;
  const rows = deviceTable(p.model, { contextTokens: p.context, deviceIds: p.devices === 'all' ? undefined : POPULAR_DEVICE_IDS });
  const ctx = Math.min(p.context ?? 8192, m.architecture.maxContextTokens);
  return <SortableDeviceTable rows={rows} caption={`${m.name} by device: best format that fits at ${ctx.toLocaleString('en-US')} tokens of context`} />;
}
