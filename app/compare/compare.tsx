'use client';

import { useEffect, useRef, useState } from 'react';
import type { CompareColumn, CompareSetup } from '@/lib/calculator/compare';
import type { Outcome } from '@/lib/calculator/outcome';
import type { QueryNotice } from '@/lib/calculator/url';
import type { Range } from '@/lib/estimator';
import { formatSeconds, roundRate } from '@/lib/format/figures';
import { useEarlyValue } from '@/app/_components/use-early-value';
import styles from './compare.module.css';

type Engine = typeof import('@/lib/calculator/compare-browser');

export interface CompareProps {
  initial: { setup: CompareSetup; outcomes: Outcome[]; hrefs: string[] };
}

const CONTEXTS = [4096, 8192, 16384, 32768, 65536, 131072];
const RAM_GB = [8, 16, 32, 64, 96, 128, 192, 256];
const DEFAULT_CTX = 8192;
const DEFAULT_RAM = 32;

interface MetricRow {
  label: string;
  value: (o: Outcome) => number | undefined;
  text: (o: Outcome) => string;
  /** Which end is better. */
  better: 'high' | 'low';
}

const range = (r: Range, f: (x: number) => string) => `likely ${f(r.low)}–${f(r.high)}`;
const runs = (o: Outcome) => o.result && o.result.verdict !== 'does-not-fit';

const METRICS: MetricRow[] = [
  {
    label: 'Generation speed',
    value: (o) => (runs(o) ? o.result!.decodeTokensPerSecond.expected : undefined),
    text: (o) => `${roundRate(o.result!.decodeTokensPerSecond.expected)} tokens/s (${range(o.result!.decodeTokensPerSecond, roundRate)})`,
    better: 'high',
  },
  {
    label: 'With the context full',
    value: (o) => (runs(o) ? o.result!.decodeAtFullContextTokensPerSecond.expected : undefined),
    text: (o) => `${roundRate(o.result!.decodeAtFullContextTokensPerSecond.expected)} tokens/s`,
    better: 'high',
  },
  {
    label: 'Prompt processing',
    value: (o) => (runs(o) ? o.result!.prefillTokensPerSecond.expected : undefined),
    text: (o) => `${roundRate(o.result!.prefillTokensPerSecond.expected)} tokens/s`,
    better: 'high',
  },
  {
    label: 'Time to first token',
    value: (o) => (runs(o) ? o.result!.timeToFirstTokenSeconds.expected : undefined),
    text: (o) => `${formatSeconds(o.result!.timeToFirstTokenSeconds.expected)} for ${o.result!.promptTokens.toLocaleString('en-US')} prompt tokens`,
    better: 'low',
  },
  {
    label: 'Time to a finished answer',
    value: (o) => (runs(o) ? o.result!.timeToAnswerSeconds.expected : undefined),
    text: (o) => `${formatSeconds(o.result!.timeToAnswerSeconds.expected)} for ${(o.result!.outputTokens + o.result!.reasoningTokens).toLocaleString('en-US')} tokens`,
    better: 'low',
  },
];

function best(row: MetricRow, outcomes: Outcome[]): number | undefined {
  const values = outcomes.map(row.value).filter((v): v is number => v !== undefined);
  if (values.length < 2) return undefined;
  return row.better === 'high' ? Math.max(...values) : Math.min(...values);
}

/** A labelled select of numbers, in ascending order; a choice made before hydration is taken over. */
function NumberSelect({ label, value, options, onValue }: { label: string; value: number; options: Array<{ value: number; label: string }>; onValue: (v: number) => void }) {
  const ref = useEarlyValue<HTMLSelectElement>(String(value), (el) => onValue(Number(el.value)));
  return (
    <label>
      {label}
      <select ref={ref} value={value} onChange={(e) => onValue(Number(e.target.value))}>
        {[...options].sort((a, b) => a.value - b.value).map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Two or three set-ups side by side; the first answer is the server's, the engine loads after hydration. */
export function Compare({ initial }: CompareProps) {
  const [engine, setEngine] = useState<Engine | null>(null);
  const [setup, setSetup] = useState(initial.setup);
  const [outcomes, setOutcomes] = useState(initial.outcomes);
  const [hrefs, setHrefs] = useState(initial.hrefs);
  const [notices, setNotices] = useState<QueryNotice[]>([]);

  const apply = (e: Engine, next: CompareSetup, push: boolean) => {
    const outs = e.compareOutcomes(next);
    setSetup(next);
    setOutcomes(outs);
    setHrefs(outs.map((o) => e.calculatorHref(o.state)));
    if (push) window.history.replaceState(window.history.state, '', `/compare${e.compareQuery(next)}`);
  };

  // Changes made before the engine is here show at once and are replayed on the URL's set-up once it is.
  const queued = useRef<Array<(s: CompareSetup) => CompareSetup>>([]);

  useEffect(() => {
    let live = true;
    import('@/lib/calculator/compare-browser').then((e) => {
      if (!live) return;
      setEngine(e);
      const fromUrl = window.location.search ? e.parseCompareQuery(window.location.search) : undefined;
      if (fromUrl) setNotices(fromUrl.notices);
      let next = fromUrl?.setup ?? initial.setup;
      for (const update of queued.current) next = update(next);
      const changed = queued.current.length > 0;
      queued.current = [];
      if (fromUrl || changed) apply(e, next, changed);
    });
    return () => {
      live = false;
    };
    // Runs once (the server's set-up never changes): the URL is read after hydration so the server HTML
    // and the first render agree.
  }, [initial.setup]);

  const change = (update: (s: CompareSetup) => CompareSetup) => {
    if (engine) apply(engine, update(setup), true);
    else {
      queued.current.push(update);
      setSetup(update);
    }
  };
  const setColumn = (i: number, patch: Partial<CompareColumn>) =>
    change((s) => ({ ...s, columns: s.columns.map((c, j) => (j === i ? { ...c, ...patch } : c)) }));

  const deviceItems = engine?.devicePickerItems();
  const modelItems = engine?.modelPickerItems();
  const groups = (items: ReturnType<Engine['devicePickerItems']>) => [...new Set(items.map((x) => x.group))].map((g) => ({ g, items: items.filter((x) => x.group === g) }));

  return (
    <div className={styles.compare} data-ready={engine ? 'true' : 'false'}>
      {notices.length > 0 && (
        <div role="status" className={styles.notices}>
          <p>Some settings in the address could not be used:</p>
          <ul>
            {notices.map((n, i) => (
              <li key={i}>
                <code>{n.key}</code>: {n.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <form className={`${styles.form} ${setup.columns.length === 3 ? styles.cols3 : styles.cols2}`} onSubmit={(e) => e.preventDefault()} aria-label="Set-ups to compare">
        {setup.columns.map((c, i) => {
          const o = outcomes[i];
          const formats = engine && o?.model ? o.formats : [];
          return (
            <fieldset key={i} className={styles.column}>
              <legend>Set-up {i + 1}</legend>
              <label>
                Model
                <select value={c.model} onChange={(e) => setColumn(i, { model: e.target.value, quant: undefined })}>
                  {modelItems
                    ? groups(modelItems).map(({ g, items }) => (
                        <optgroup key={g} label={g}>
                          {items.map((m) => (
                            <option key={m.id} value={m.id}>
                              {m.name}
                            </option>
                          ))}
                        </optgroup>
                      ))
                    : <option value={c.model}>{o?.model?.name ?? c.model}</option>}
                </select>
              </label>
              <label>
                Device
                <select value={c.device} onChange={(e) => setColumn(i, { device: e.target.value })}>
                  {deviceItems
                    ? groups(deviceItems).map(({ g, items }) => (
                        <optgroup key={g} label={g}>
                          {items.map((d) => (
                            <option key={d.id} value={d.id}>
                              {d.name}
                            </option>
                          ))}
                        </optgroup>
                      ))
                    : <option value={c.device}>{o?.device?.name ?? c.device}</option>}
                </select>
              </label>
              <label>
                Format
                <select value={c.quant ?? ''} onChange={(e) => setColumn(i, { quant: e.target.value || undefined })}>
                  <option value="">Best that fits{o?.result && !c.quant ? ` (${o.result.quant.name})` : ''}</option>
                  {formats.map((f) => (
                    <option key={f.id} value={f.id}>
                      {f.name}
                      {f.usual ? ' (usual download)' : ''}
                    </option>
                  ))}
                </select>
              </label>
              {i === 2 && (
                <button type="button" className={styles.secondary} onClick={() => change((s) => ({ ...s, columns: s.columns.slice(0, 2) }))}>
                  Remove set-up 3
                </button>
              )}
            </fieldset>
          );
        })}
        <fieldset className={styles.shared}>
          <legend>For all set-ups</legend>
          <NumberSelect
            label="Context"
            value={setup.contextTokens ?? DEFAULT_CTX}
            options={[...new Set([...CONTEXTS, setup.contextTokens ?? DEFAULT_CTX])].map((c) => ({ value: c, label: `${c.toLocaleString('en-US')} tokens` }))}
            onValue={(c) => change((s) => ({ ...s, contextTokens: c === DEFAULT_CTX ? undefined : c }))}
          />
          <NumberSelect
            label="System RAM"
            value={setup.systemRamGB ?? DEFAULT_RAM}
            options={[...new Set([...RAM_GB, setup.systemRamGB ?? DEFAULT_RAM])].map((g) => ({ value: g, label: `${g} GB` }))}
            onValue={(g) => change((s) => ({ ...s, systemRamGB: g === DEFAULT_RAM ? undefined : g }))}
          />
          {setup.columns.length < 3 && (
            <button type="button" className={styles.secondary} disabled={!engine} onClick={() => change((s) => ({ ...s, columns: [...s.columns, { ...s.columns[s.columns.length - 1]! }] }))}>
              Add a third set-up
            </button>
          )}
        </fieldset>
      </form>

      <div className="table-scroll" role="region" aria-label="Comparison" tabIndex={0}>
        <table className={styles.table} data-testid="comparison">
          <thead>
            <tr>
              <td />
              {outcomes.map((o, i) => (
                <th key={i} scope="col">
                  {o.model?.name ?? setup.columns[i]?.model}
                  <span className={styles.sub}>
                    {o.result ? `${o.result.quant.name} on ` : 'on '}
                    {o.device?.name ?? setup.columns[i]?.device}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Verdict</th>
              {outcomes.map((o, i) => (
                <td key={i} data-figure="verdict" className={o.verdict ? styles[`tone-${o.verdict.tone}`] : undefined}>
                  {o.verdict?.headline ?? o.error?.message}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">Memory</th>
              {outcomes.map((o, i) => (
                <td key={i}>{o.result ? `${o.result.memoryGB.total.toFixed(1)} of ${o.result.memoryGB.available.toFixed(1)} GB usable` : '—'}</td>
              ))}
            </tr>
            {METRICS.map((row) => {
              const top = best(row, outcomes);
              return (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  {outcomes.map((o, i) => {
                    const v = row.value(o);
                    if (v === undefined) return <td key={i}>—</td>;
                    const isBest = v === top;
                    return (
                      <td key={i} data-figure={row.label === 'Generation speed' ? 'decode' : undefined} className={isBest ? styles.best : undefined}>
                        {row.text(o)}
                        {isBest && <span className={styles.bestMark}> best</span>}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
            <tr>
              <th scope="row">Details</th>
              {hrefs.map((h, i) => (
                <td key={i}>
                  <a href={h}>Open in the calculator</a>
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </div>
  );
}
