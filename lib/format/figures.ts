/**
 * Estimator results as short phrases for prose ("about 210 tokens/s, likely 150–240"). Pure and
 * shared by the MDX <Estimate> component and anything else that quotes one number in a sentence.
 * Numbers are rounded to what the uncertainty supports: two significant figures for rates and
 * times, one decimal for memory.
 */
import type { EstimateResult, Range } from '../estimator';

export const FIGURES = [
  'context',
  'decode',
  'decode-full-context',
  'prefill',
  'time-to-first-token',
  'memory',
  'file-size',
  'kv-cache',
  'verdict',
] as const;
export type FigureName = (typeof FIGURES)[number];

export interface Figure {
  /** The main number (machine-readable), or null for words such as the verdict. */
  value: number | null;
  /** The phrase to print. */
  text: string;
  /** " (likely …–…)" or "" when the figure has no range or ranges are off. */
  range: string;
}

const numberFormat = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 2 });
const memoryFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

/** Two significant figures (208.7 -> "210", 12,792 -> "13,000"): the estimates are not more precise than that. */
export const roundRate = (x: number): string => numberFormat.format(x);

const VERDICT_TEXT: Record<EstimateResult['verdict'], string> = {
  fits: 'fits entirely in GPU memory',
  offload: 'runs with part of the model in system RAM',
  'cpu-only': 'runs on the CPU only',
  'does-not-fit': 'does not fit',
};

function rate(r: Range, unit: string, withRange: boolean): Figure {
  return {
    value: r.expected,
    text: `about ${roundRate(r.expected)} ${unit}`,
    range: withRange ? ` (likely ${roundRate(r.low)}–${roundRate(r.high)})` : '',
  };
}

/** A duration at the precision the estimate supports: "350 ms", "4.2 s", "2.5 min". */
export function formatSeconds(x: number): string {
  if (x < 1) return `${roundRate(x * 1000)} ms`;
  if (x < 90) return `${roundRate(x)} s`;
  return `${roundRate(x / 60)} min`;
}

function seconds(r: Range, withRange: boolean): Figure {
  const unit = formatSeconds;
  return { value: r.expected, text: `about ${unit(r.expected)}`, range: withRange ? ` (likely ${unit(r.low)}–${unit(r.high)})` : '' };
}

const gb = (x: number): Figure => ({ value: x, text: `${memoryFormat.format(x)} GB`, range: '' });

export function figure(result: EstimateResult, name: FigureName, withRange = true): Figure {
  const runs = result.verdict !== 'does-not-fit';
  switch (name) {
    case 'context':
      return { value: result.contextTokens, text: `${result.contextTokens.toLocaleString('en-US')} tokens`, range: '' };
    case 'decode':
      return runs ? rate(result.decodeTokensPerSecond, 'tokens/s', withRange) : notRunning();
    case 'decode-full-context':
      return runs ? rate(result.decodeAtFullContextTokensPerSecond, 'tokens/s', withRange) : notRunning();
    case 'prefill':
      return runs ? rate(result.prefillTokensPerSecond, 'tokens/s', withRange) : notRunning();
    case 'time-to-first-token':
      return runs ? seconds(result.timeToFirstTokenSeconds, withRange) : notRunning();
    case 'memory':
      return gb(result.memoryGB.total);
    case 'file-size':
      return gb(result.quant.fileSizeGB);
    case 'kv-cache':
      return gb(result.kvCacheTotalGB);
    case 'verdict':
      return { value: null, text: VERDICT_TEXT[result.verdict], range: '' };
  }
}

function notRunning(): Figure {
  return { value: null, text: 'not possible (it does not fit)', range: '' };
}
