'use client';

import { useState } from 'react';
import type { DeviceRow } from '@/lib/calculator/tables';
import { formatSeconds, roundRate } from '@/lib/format/figures';
import styles from './widgets.module.css';

type Key = 'device' | 'memoryGB' | 'decodeTokensPerSecond' | 'timeToFirstTokenSeconds';
const COLUMNS: Array<{ key: Key | null; label: string; numeric?: boolean }> = [
  { key: 'device', label: 'Device' },
  { key: 'memoryGB', label: 'Memory (GB)', numeric: true },
  { key: null, label: 'Format' },
  { key: null, label: 'Verdict' },
  { key: 'decodeTokensPerSecond', label: 'Tokens/s', numeric: true },
  { key: 'timeToFirstTokenSeconds', label: 'First token', numeric: true },
];

/** The device table, sortable by clicking a column heading (server-rendered in its default order). */
export function SortableDeviceTable({ rows, caption }: { rows: DeviceRow[]; caption: string }) {
  const [sort, setSort] = useState<{ key: Key; dir: 1 | -1 }>({ key: 'decodeTokensPerSecond', dir: -1 });
  const sorted = [...rows].sort((a, b) => {
    const x = a[sort.key];
    const y = b[sort.key];
    return (typeof x === 'string' ? x.localeCompare(y as string) : (x as number) - (y as number)) * sort.dir;
  });
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className={styles.table}>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.label}
                scope="col"
                aria-sort={c.key && sort.key === c.key ? (sort.dir === 1 ? 'ascending' : 'descending') : undefined}
                className={c.numeric ? styles.num : undefined}
              >
                {c.key ? (
                  <button
                    type="button"
                    className={styles.sortButton}
                    onClick={() => setSort((s) => ({ key: c.key!, dir: s.key === c.key ? (s.dir === 1 ? -1 : 1) : c.numeric ? -1 : 1 }))}
                  >
                    {c.label}
                    <span aria-hidden="true">{sort.key === c.key ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                ) : (
                  c.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.deviceId}>
              <th scope="row">{r.device}</th>
              <td className={styles.num}>{r.memoryGB}</td>
              <td>{r.format}</td>
              <td>{r.headline}</td>
              <td className={styles.num} data-device={r.deviceId}>
                {r.verdict === 'does-not-fit' ? '—' : roundRate(r.decodeTokensPerSecond)}
              </td>
              <td className={styles.num}>{r.verdict === 'does-not-fit' ? '—' : formatSeconds(r.timeToFirstTokenSeconds)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
