import { modelById } from '@/lib/catalog';
import { POPULAR_DEVICE_IDS } from '@/lib/catalog/popular';
import { deviceTable } from '@/lib/calculator/tables';
import { hasWillItRunPage, willItRunPath } from '@/lib/discovery/routes';
import { deviceTableProps, type DeviceTableProps } from '@/lib/content/component-props';
import { SortableDeviceTable } from './sortable-table';

/** Which devices run a model, at the best format that fits, and how fast: computed at build time. */
export function DeviceTable(props: DeviceTableProps) {
  const p = deviceTableProps.parse(props);
  const m = modelById.get(p.model)!;
  const rows = deviceTable(p.model, { contextTokens: p.context, deviceIds: p.devices === 'all' ? undefined : POPULAR_DEVICE_IDS });
  const ctx = Math.min(p.context ?? 8192, m.architecture.maxContextTokens);
  // Link to a device's "will it run" page only where it shows this table's scenario (the default context).
  const linkable = ctx === Math.min(8192, m.architecture.maxContextTokens);
  const hrefs = Object.fromEntries(rows.filter((r) => linkable && hasWillItRunPage(m.id, r.deviceId)).map((r) => [r.deviceId, willItRunPath(m.id, r.deviceId)]));
  return <SortableDeviceTable rows={rows} hrefs={hrefs} caption={`${m.name} by device: best format that fits at ${ctx.toLocaleString('en-US')} tokens of context`} />;
}
