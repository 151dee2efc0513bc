'use client';

import { useState, type ReactNode } from 'react';
import type { DeviceRow } from '@/lib/calculator/tables';
import { formatSeconds, roundRate } from '@/lib/format/figures';
import styles from './widgets.module.css';

export interface SortColumn {
  label: string;
  /** Right-aligned; sorts largest first on the first click. */
  numeric?: boolean;
  /** Has a sort button (default true). */
  sortable?: boolean;
}

export interface SortRow {
  key: string;
  /** One sort value per column (ignored for columns that do not sort). */
  sort: ReadonlyArray<string | number>;
  /** One cell per column; the first is the row header. Server components may pass rendered nodes. */
  cells: ReactNode[];
  /** Extra attributes per cell, e.g. `{ 'data-device': id }` for tests. */
  cellAttrs?: ReadonlyArray<Record<string, string> | undefined>;
}

/** A table sortable by clicking a column heading, server-rendered in its initial order. */
export function SortableTable({ caption, columns, rows, initial }: { caption: string; columns: SortColumn[]; rows: SortRow[]; initial: { column: number; dir: 1 | -1 } }) {
  const [sort, setSort] = useState(initial);
  const sorted = [...rows].sort((a, b) => {
    const x = a.sort[sort.column];
    const y = b.sort[sort.column];
    return (typeof x === 'string' ? x.localeCompare(y as string) : (x as number) - (y as number)) * sort.dir;
  });
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className={styles.table}>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={c.label} scope="col" aria-sort={sort.column === i ? (sort.dir === 1 ? 'ascending' : 'descending') : undefined} className={c.numeric ? styles.num : undefined}>
                {c.sortable === false ? (
                  c.label
                ) : (
                  <button
                    type="button"
                    className={styles.sortButton}
                    onClick={() => setSort((s) => ({ column: i, dir: s.column === i ? (s.dir === 1 ? -1 : 1) : c.numeric ? -1 : 1 }))}
                  >
                    {c.label}
                    <span aria-hidden="true">{sort.column === i ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.key}>
              {r.cells.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row" {...r.cellAttrs?.[i]}>
                    {cell}
                  </th>
                ) : (
                  <td key={i} className={columns[i]?.numeric ? styles.num : undefined} {...r.cellAttrs?.[i]}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const DEVICE_COLUMNS: SortColumn[] = [
  { label: 'Device' },
  { label: 'Memory (GB)', numeric: true },
  { label: 'Format', sortable: false },
  { label: 'Verdict', sortable: false },
  { label: 'Tokens/s', numeric: true },
  { label: 'First token', numeric: true },
];

/**
 * The device table (a model on every device), sortable by device, memory, speed and first-token time.
 * `hrefs` (device id → page) links a device's name to its page for this model, where there is one; plain
 * links, since prefetching a page per row would fetch hundreds of payloads nobody asked for.
 */
export function SortableDeviceTable({ rows, caption, hrefs = {} }: { rows: DeviceRow[]; caption: string; hrefs?: Record<string, string> }) {
  const none = (r: DeviceRow) => r.verdict === 'does-not-fit';
  return (
    <SortableTable
      caption={caption}
      columns={DEVICE_COLUMNS}
      initial={{ column: 4, dir: -1 }}
      rows={rows.map((r) => ({
        key: r.deviceId,
        sort: [r.device, r.memoryGB, '', '', r.decodeTokensPerSecond, r.timeToFirstTokenSeconds],
        cells: [hrefs[r.deviceId] ? <a href={hrefs[r.deviceId]}>{r.device}</a> : r.device, r.memoryGB, r.format, r.headline, none(r) ? '—' : roundRate(r.decodeTokensPerSecond), none(r) ? '—' : formatSeconds(r.timeToFirstTokenSeconds)],
        cellAttrs: [undefined, undefined, undefined, undefined, { 'data-device': r.deviceId }],
      }))}
    />
  );
}
