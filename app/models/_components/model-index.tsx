'use client';

import Link from 'next/link';
import { useId, useState, useSyncExternalStore } from 'react';
import { matchesFilters, NO_FILTERS, type ModelFilters } from '@/lib/discovery/model-filter';
import type { ModelIndexRow } from '@/lib/discovery/model-page';
import styles from '../models.module.css';

export interface SizeOption {
  id: string;
  label: string;
}

const subscribe = () => () => {};

/**
 * The model list with filters. The server HTML holds every row (the default view works without
 * JavaScript); the controls are enabled once the page is interactive and narrow the list in place.
 */
export function ModelIndex({ rows, sizes }: { rows: ModelIndexRow[]; sizes: SizeOption[] }) {
  const [f, setF] = useState<ModelFilters>(NO_FILTERS);
  const interactive = useSyncExternalStore(subscribe, () => true, () => false);
  const id = useId();
  const developers = [...new Set(rows.map((r) => r.developer))].sort((a, b) => a.localeCompare(b));
  const licenses = [...new Set(rows.map((r) => r.licenseGroup))].sort((a, b) => a.localeCompare(b));
  const shown = rows.filter((r) => matchesFilters(r, f));
  const set = (k: keyof ModelFilters) => (e: { target: { value: string } }) => setF((prev) => ({ ...prev, [k]: e.target.value }));
  const caption = 'Every model: size, context, licence and the memory it needs';

  return (
    <>
      <form className={styles.filters} role="search" aria-label="Filter models" onSubmit={(e) => e.preventDefault()}>
        <fieldset disabled={!interactive} style={{ display: 'contents' }}>
          <legend className="visually-hidden">Filter models</legend>
          <div className={styles.field}>
            <label htmlFor={`${id}-q`}>Name</label>
            <input id={`${id}-q`} type="search" value={f.q} onChange={set('q')} placeholder="e.g. qwen3 8b" autoComplete="off" />
          </div>
          <div className={styles.field}>
            <label htmlFor={`${id}-dev`}>Developer</label>
            <select id={`${id}-dev`} value={f.developer} onChange={set('developer')}>
              <option value="">Any</option>
              {developers.map((d) => (
                <option key={d}>{d}</option>
              ))}
            </select>
          </div>
          <div className={styles.field}>
            <label htmlFor={`${id}-size`}>Size</label>
            <select id={`${id}-size`} value={f.size} onChange={set('size')}>
              <option value="">Any</option>
              {sizes.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </select>
          </div>
          <div className={styles.field}>
            <label htmlFor={`${id}-lic`}>Licence</label>
            <select id={`${id}-lic`} value={f.license} onChange={set('license')}>
              <option value="">Any</option>
              {licenses.map((l) => (
                <option key={l}>{l}</option>
              ))}
            </select>
          </div>
          <button type="button" className={styles.reset} onClick={() => setF(NO_FILTERS)}>
            Clear filters
          </button>
        </fieldset>
      </form>
      <p className={styles.count} aria-live="polite" data-testid="model-count">
        {shown.length === rows.length ? `All ${rows.length} models` : `${shown.length} of ${rows.length} models`}
      </p>
      <div className="table-scroll prose" role="region" aria-label={caption} tabIndex={0}>
        <table data-testid="model-index">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col">Developer</th>
              <th scope="col" className={styles.num}>
                Parameters
              </th>
              <th scope="col" className={styles.num}>
                Active
              </th>
              <th scope="col" className={styles.num}>
                Context
              </th>
              <th scope="col">Licence</th>
              <th scope="col" className={styles.num}>
                Memory needed
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.id} data-model={r.id}>
                <th scope="row">
                  <Link href={r.href} prefetch={false}>
                    {r.name}
                  </Link>
                </th>
                <td>{r.developer}</td>
                <td className={styles.num}>{r.totalParamsB}B</td>
                <td className={styles.num}>{r.activeParamsB}B</td>
                <td className={styles.num}>{r.maxContextTokens.toLocaleString('en-US')}</td>
                <td>{r.license}</td>
                <td className={styles.num} data-memory={r.memoryGB}>
                  {r.memoryText} <span className={styles.usual}>({r.format})</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
