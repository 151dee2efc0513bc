/**
 * The comparison page (`/compare`): two or three set-ups side by side, each a model on a device in a
 * format, sharing one context length and one amount of system RAM so that the columns differ only in
 * what the reader chose to compare (devices, models or formats).
 *
 * URL: `m1 d1 q1`, `m2 d2 q2`, `m3 d3 q3` (model, device, format of each column) and the shared `ctx`
 * and `ram`. A column's missing model or device is the first column's, so
 * `?m1=gpt-oss-20b&d1=rtx-4090&d2=rx-7900-xtx` compares two cards for one model. A missing format is the
 * best that fits entirely (8-bit down to the 4.4-bit floor), else the usual download, as on the
 * will-it-run pages. Each column goes through the calculator's own parser (`parseCalculatorQuery`), so
 * the checks and the notices are the calculator's: a rejected value falls back to the default and is
 * named in a notice; nothing from the URL is rendered as markup.
 */
import { modelById } from '../catalog';
import { buildOutcome, type Outcome } from './outcome';
import { DEFAULT_STATE, type CalculatorState } from './state';
import { bestRun } from './tables';
import { excerpt, parseCalculatorQuery, type QueryNotice } from './url';

export const MIN_COLUMNS = 2;
export const MAX_COLUMNS = 3;

export interface CompareColumn {
  model: string;
  device: string;
  /** Undefined: the best format that fits. */
  quant?: string;
}

export interface CompareSetup {
  columns: CompareColumn[];
  contextTokens?: number;
  systemRamGB?: number;
}

export const DEFAULT_COMPARE: CompareSetup = {
  columns: [
    { model: 'gpt-oss-20b', device: 'rtx-4090' },
    { model: 'gpt-oss-20b', device: 'rx-7900-xtx' },
    { model: 'gpt-oss-20b', device: 'apple-m4-max-16c40g' },
  ],
};

const COLUMN_KEYS = ['m', 'd', 'q'] as const;
export const COMPARE_KEYS = [...[1, 2, 3].flatMap((i) => COLUMN_KEYS.map((k) => `${k}${i}`)), 'ctx', 'ram'];

export interface ParsedCompare {
  setup: CompareSetup;
  notices: QueryNotice[];
}

/** The comparison a query asks for, every value checked; the default comparison for an empty query. */
export function parseCompareQuery(query: string | URLSearchParams): ParsedCompare {
  const q = typeof query === 'string' ? new URLSearchParams(query) : query;
  const notices: QueryNotice[] = [];
  for (const key of new Set(q.keys())) {
    if (!COMPARE_KEYS.includes(key)) notices.push({ key: excerpt(key), value: excerpt(q.get(key) ?? ''), message: `"${excerpt(key)}" is not a setting of the comparison; it was ignored.` });
  }
  const given = (i: number) => COLUMN_KEYS.some((k) => q.has(`${k}${i}`));
  if (![1, 2, 3].some(given) && !q.has('ctx') && !q.has('ram')) return { setup: DEFAULT_COMPARE, notices };

  const count = given(3) ? 3 : 2;
  const columns: CompareColumn[] = [];
  let ctx: number | undefined;
  let ram: number | undefined;
  for (let i = 1; i <= count; i++) {
    const first = columns[0];
    const sub = new URLSearchParams();
    const model = q.get(`m${i}`) ?? first?.model ?? DEFAULT_COMPARE.columns[0]!.model;
    const device = q.get(`d${i}`) ?? first?.device ?? DEFAULT_COMPARE.columns[0]!.device;
    sub.set('model', model);
    sub.set('device', device);
    const quant = q.get(`q${i}`);
    if (quant !== null) sub.set('quant', quant);
    if (q.has('ctx')) sub.set('ctx', q.get('ctx')!);
    if (q.has('ram')) sub.set('ram', q.get('ram')!);
    const parsed = parseCalculatorQuery(sub);
    const keyOf: Record<string, string> = { model: `m${i}`, device: `d${i}`, quant: `q${i}`, ctx: 'ctx', ram: 'ram' };
    for (const n of parsed.notices) {
      // ctx and ram are shared: report them once.
      if ((n.key === 'ctx' || n.key === 'ram') && i > 1) continue;
      notices.push({ ...n, key: keyOf[n.key] ?? n.key, message: n.message.replace(`"${n.key}"`, `"${keyOf[n.key] ?? n.key}"`) });
    }
    const s = parsed.state;
    columns.push({ model: s.model, device: s.device, quant: quant !== null && s.quant === quant ? s.quant : undefined });
    if (i === 1) {
      if (s.contextTokens !== DEFAULT_STATE.contextTokens && q.has('ctx')) ctx = s.contextTokens;
      if (s.systemRamGB !== DEFAULT_STATE.systemRamGB && q.has('ram')) ram = s.systemRamGB;
    }
  }
  return { setup: { columns, contextTokens: ctx, systemRamGB: ram }, notices };
}

/** The query string for a comparison (`?m1=…`), the first column's model and device not repeated. */
export function compareQuery(setup: CompareSetup): string {
  const q = new URLSearchParams();
  const [first] = setup.columns;
  setup.columns.forEach((c, idx) => {
    const i = idx + 1;
    if (i === 1 || c.model !== first!.model) q.set(`m${i}`, c.model);
    if (i === 1 || c.device !== first!.device || idx === setup.columns.length - 1) q.set(`d${i}`, c.device);
    if (c.quant) q.set(`q${i}`, c.quant);
  });
  if (setup.contextTokens !== undefined) q.set('ctx', String(setup.contextTokens));
  if (setup.systemRamGB !== undefined) q.set('ram', String(setup.systemRamGB));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export const compareHref = (setup: CompareSetup) => `/compare${compareQuery(setup)}`;

/** A column's calculator state: the shared context (capped by the model) and RAM, its format or the best that fits. */
export function columnState(c: CompareColumn, setup: CompareSetup): CalculatorState {
  const m = modelById.get(c.model);
  const ctx = Math.min(setup.contextTokens ?? DEFAULT_STATE.contextTokens, m?.architecture.maxContextTokens ?? Infinity);
  const base: CalculatorState = { ...DEFAULT_STATE, model: c.model, device: c.device, contextTokens: ctx, systemRamGB: setup.systemRamGB ?? DEFAULT_STATE.systemRamGB };
  if (c.quant || !m) return c.quant ? { ...base, quant: c.quant } : base;
  const best = bestRun(base, m);
  return best ? { ...base, quant: best.quant.id } : base;
}

/** One outcome per column (verdict, memory, speeds and times; no alternatives or charts). */
export function compareOutcomes(setup: CompareSetup): Outcome[] {
  return setup.columns.map((c) => buildOutcome(columnState(c, setup)));
}
