'use client';

import dynamic from 'next/dynamic';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { SeriesPoint } from '@/lib/calculator/series';
import { roundRate } from '@/lib/format/figures';
import { chartRows, type ChartKind } from './chart-data';
import styles from './chart.module.css';

const RechartsChart = dynamic(() => import('./recharts-chart'), { ssr: false, loading: () => null });

interface ChartFrameProps {
  kind: ChartKind;
  title: string;
  series: readonly SeriesPoint[];
  /** Column heading of the table's first column and the x axis label. */
  xLabel: string;
  caption?: string;
}

/**
 * A chart in a box reserved at its final size (no layout shift), drawn by recharts once the box nears
 * the viewport, with the same numbers as a table beneath for screen readers, crawlers and anyone
 * without JavaScript. The table is in the server HTML.
 */
export const ChartFrame = memo(function ChartFrame({ kind, title, series, xLabel, caption }: ChartFrameProps) {
  const box = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        setVisible(true);
        io.disconnect();
      }
    }, { rootMargin: '200px' });
    io.observe(el);
    return () => io.disconnect();
  }, []);
  const rows = useMemo(() => chartRows(series), [series]);
  if (rows.length === 0) return null;
  const height = kind === 'devices' ? Math.max(200, rows.length * 30 + 40) : undefined;
  return (
    <figure className={styles.figure} data-widget="chart">
      <figcaption className={styles.title}>{title}</figcaption>
      <div ref={box} className={kind === 'devices' ? styles.boxBars : styles.box} style={height ? { height } : undefined} aria-hidden="true">
        {visible && <RechartsChart kind={kind} rows={rows} xLabel={xLabel} />}
      </div>
      {caption && <p className={styles.caption}>{caption}</p>}
      <details className={styles.tableToggle}>
        <summary>Show as a table</summary>
        <div className="table-scroll" role="region" aria-label={`${title}: table`} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{xLabel}</th>
                <th scope="col">Tokens/s (expected)</th>
                <th scope="col">Likely range</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.x}-${r.label}`}>
                  <th scope="row">{r.label}</th>
                  <td>{r.expected === null ? 'does not fit' : roundRate(r.expected)}</td>
                  <td>{r.range ? `${roundRate(r.range[0])}–${roundRate(r.range[1])}` : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
});
