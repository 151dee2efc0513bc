'use client';

import Link from 'next/link';
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { DeviceIndexRow } from '@/lib/discovery/device-page';
import styles from '@/app/_components/discovery-page.module.css';

type Row = DeviceIndexRow & { href: string };
type Filter = { vendor: string; kind: string; mem: number };
const MEMORY_STEPS = [4, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192];
const ALL: Filter = { vendor: '', kind: '', mem: 0 };
const noop = () => () => {};

/**
 * The device list with filters by vendor, kind and memory. The server renders every row (the default
 * view works without JavaScript); the filters appear once hydrated and keep their state in the query.
 */
export function DeviceIndex({ rows, vendors, kinds }: { rows: Row[]; vendors: Record<string, string>; kinds: Record<string, string> }) {
  const hydrated = useSyncExternalStore(noop, () => true, () => false);
  const [f, setF] = useState<Filter>(ALL);
  useEffect(() => {
    const q = new URLSearchParams(window.location.search);
    setF({ vendor: q.get('vendor') ?? '', kind: q.get('kind') ?? '', mem: Number(q.get('mem')) || 0 });
  }, []);
  const update = (patch: Partial<Filter>) => {
    const next = { ...f, ...patch };
    setF(next);
    const q = new URLSearchParams();
    if (next.vendor) q.set('vendor', next.vendor);
    if (next.kind) q.set('kind', next.kind);
    if (next.mem) q.set('mem', String(next.mem));
    window.history.replaceState(null, '', q.size ? `?${q}` : window.location.pathname);
  };
  const shown = rows.filter((r) => (!f.vendor || r.vendor === f.vendor) && (!f.kind || r.kind === f.kind) && r.memoryGB >= f.mem);
  const select = (label: string, value: string, options: Record<string, string>, on: (v: string) => void) => (
    <label>
      {label}
      <select aria-label={label} value={value} onChange={(e) => on(e.target.value)}>
        {Object.entries(options).map(([k, v]) => (
          <option key={k} value={k}>
            {v}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <>
      {hydrated && (
        <form className={styles.filters} aria-label="Filter devices" onSubmit={(e) => e.preventDefault()}>
          {select('Vendor', f.vendor, { '': 'Any', ...vendors }, (vendor) => update({ vendor }))}
          {select('Kind', f.kind, { '': 'Any', ...kinds }, (kind) => update({ kind }))}
          {select('Memory', String(f.mem), { '0': 'Any', ...Object.fromEntries(MEMORY_STEPS.map((m) => [m, `${m} GB or more`])) }, (m) => update({ mem: Number(m) }))}
          <p className={styles.count} role="status">
            {shown.length} of {rows.length} devices
          </p>
        </form>
      )}
      <div className="table-scroll" role="region" aria-label="Devices" tabIndex={0}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">Device</th>
              <th scope="col">Vendor</th>
              <th scope="col">Kind</th>
              <th scope="col" className={styles.num}>
                Memory (GB)
              </th>
              <th scope="col" className={styles.num}>
                Bandwidth (GB/s)
              </th>
              <th scope="col">Largest model that runs entirely</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.id} data-device={r.id}>
                <th scope="row">
                  <Link href={r.href} prefetch={false}>
                    {r.name}
                  </Link>
                </th>
                <td>{vendors[r.vendor]}</td>
                <td>{kinds[r.kind]}</td>
                <td className={styles.num}>{r.memoryGB}</td>
                <td className={styles.num}>{r.bandwidthGBps}</td>
                <td>{r.largest ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
