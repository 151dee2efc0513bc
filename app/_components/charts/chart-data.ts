/** What a chart draws: plain rows, the same ones the table alternative lists. */
import type { SeriesPoint } from '@/lib/calculator/series';

export type ChartKind = 'context' | 'devices' | 'offload';

export interface ChartRow {
  label: string;
  x: number;
  /** null where it does not run (a gap in a line, an empty bar). */
  expected: number | null;
  range: [number, number] | null;
  runs: boolean;
}

export function chartRows(series: readonly SeriesPoint[]): ChartRow[] {
  return series.map((p) => {
    const runs = p.verdict !== 'does-not-fit';
    return {
      label: p.label,
      x: p.x,
      expected: runs ? p.decode.expected : null,
      range: runs ? [p.decode.low, p.decode.high] : null,
      runs,
    };
  });
}
