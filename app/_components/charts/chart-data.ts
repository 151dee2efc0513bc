/** What a chart draws: plain rows, the same ones the table alternative lists. */
import type { SeriesPoint } from '@/lib/calculator/series';

export type ChartKind = 'context' | 'devices' | 'offload';

export interface ChartRow {
  label: string;
  /** A short label for the axis ("RTX 4090", "Apple M4 Max", "Ryzen AI Max+ 395"), with "(does not fit)" where it does not. */
  axisLabel: string;
  x: number;
  /** null where it does not run (a gap in a line, an empty bar). */
  expected: number | null;
  range: [number, number] | null;
  runs: boolean;
}

export function chartRows(series: readonly SeriesPoint[]): ChartRow[] {
  return series.map((p) => {
    const runs = p.verdict !== 'does-not-fit';
    const short = p.label.replace(/\s*\(.*\)\s*/g, ' ').replace(/^GeForce /, '').trim();
    return {
      label: p.label,
      axisLabel: runs ? short : `${short} (does not fit)`,
      x: p.x,
      expected: runs ? p.decode.expected : null,
      range: runs ? [p.decode.low, p.decode.high] : null,
      runs,
    };
  });
}
