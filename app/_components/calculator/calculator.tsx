'use client';

import Link from 'next/link';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import dynamic from 'next/dynamic';
import type { Outcome, OutcomeOptions } from '@/lib/calculator/outcome';
import type { CalculatorState } from '@/lib/calculator/state';
import type { QueryNotice } from '@/lib/calculator/url';
import { roundRate } from '@/lib/format/figures';
import { reportIssueHrefFor } from '@/lib/calculator/report-link';
import { ChartFrame } from '../charts/chart-frame';
import { CalculatorForm } from './calculator-form';
import { Results } from './results';
import { useEngine, type Engine } from './use-engine';
import styles from './calculator.module.css';

// Only the full calculator shows "Detect my GPU": loaded with it, so the compact widget in every guide does not carry it.
const DetectGpu = dynamic(() => import('./detect-gpu').then((m) => m.DetectGpu));

export interface CalculatorProps {
  /** The first answer, computed on the server with the same engine (so hydration matches). */
  initial: Outcome;
  /** 'full': the standalone page (URL = state, charts, alternatives); 'compact': a widget in an article. */
  variant: 'full' | 'compact';
  options: OutcomeOptions;
  /** Compact widgets link to the full calculator with their state; built by the server with calculatorHref. */
  fullHref?: string;
  /** "Report a wrong number" for the initial scenario (built by the server; the browser rebuilds it after changes). */
  reportHref?: string;
}

/**
 * The calculator island. It hydrates over the server-rendered answer without the engine, then loads
 * the engine chunk (at idle on the calculator page, near the viewport in an article) and recomputes
 * everything with one buildOutcome() per change.
 */
export function Calculator({ initial, variant, options, fullHref, reportHref }: CalculatorProps) {
  const full = variant === 'full';
  const root = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<CalculatorState>(initial.state);
  const [wanted, setWanted] = useState(false);
  const [notices, setNotices] = useState<QueryNotice[]>([]);
  const pendingHistory = useRef<'push' | 'replace' | null>(null);
  const typing = useRef(false);
  const queued = useRef<Array<Partial<CalculatorState>>>([]);

  // The URL is read once the engine (which validates it) is here; changes made before that are replayed.
  const onEngine = useCallback(
    (e: Engine) => {
      let next = full ? e.parseCalculatorQuery(window.location.search).state : initial.state;
      if (full) setNotices(e.parseCalculatorQuery(window.location.search).notices);
      for (const p of queued.current) next = e.applyPatch(next, p);
      if (queued.current.length > 0) pendingHistory.current = 'push';
      queued.current = [];
      // An empty query gives the defaults again: keep the server's answer (and its object) rather than
      // recomputing the same thing.
      if (JSON.stringify(next) !== JSON.stringify(initial.state)) setState(next);
    },
    [full, initial.state],
  );
  const engine = useEngine(full ? 'page' : 'visible', root, wanted, onEngine);

  const outcome = useMemo(
    () => (state === initial.state ? initial : engine ? engine.buildOutcome(state, options) : undefined),
    [engine, state, options, initial],
  );
  // While a value is out of range, keep showing the last answer the engine gave.
  const [lastGood, setLastGood] = useState<Outcome>(initial);
  if (outcome?.result && outcome !== lastGood) setLastGood(outcome);
  const shown = outcome?.result ? outcome : lastGood;
  // Charts redraw in a deferred pass, so the answer above them updates first (recharts is the slow part).
  const charted = useDeferredValue(shown);

  useEffect(() => {
    if (!engine || !full) return;
    const onPop = () => {
      const parsed = engine.parseCalculatorQuery(window.location.search);
      pendingHistory.current = null;
      typing.current = false;
      setState(parsed.state);
      setNotices(parsed.notices);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [engine, full]);

  // Write the state into the URL, one history entry per committed change: the first keystroke of an
  // edit pushes an entry, later keystrokes replace it, and the commit (blur, Enter, a pick) closes it.
  useEffect(() => {
    if (!engine || !full || pendingHistory.current === null) return;
    const mode = pendingHistory.current;
    pendingHistory.current = null;
    const url = `${window.location.pathname}${engine.calculatorQuery(state)}`;
    const same = url === `${window.location.pathname}${window.location.search}`;
    if (mode === 'replace') {
      if (same) return;
      if (typing.current) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
      typing.current = true;
    } else {
      if (!same) window.history[typing.current ? 'replaceState' : 'pushState'](null, '', url);
      typing.current = false;
    }
  }, [engine, full, state]);

  const change = useCallback(
    (patch: Partial<CalculatorState>, commit: boolean) => {
      setWanted(true);
      if (!engine) {
        queued.current.push(patch);
        return;
      }
      pendingHistory.current = commit ? 'push' : 'replace';
      setState((s) => engine.applyPatch(s, patch));
    },
    [engine],
  );
  const want = useCallback(() => setWanted(true), []);
  const deviceItems = useMemo(() => engine?.devicePickerItems(), [engine]);
  const modelItems = useMemo(() => engine?.modelPickerItems(), [engine]);
  const href = full ? undefined : engine ? `/calculator${engine.calculatorQuery(state)}` : fullHref;
  const report =
    full && reportHref
      ? engine && state !== initial.state
        ? reportIssueHrefFor(`${window.location.origin}/calculator${engine.calculatorQuery(state)}`, `${state.model} on ${state.device}`)
        : reportHref
      : undefined;

  return (
    <div ref={root} className={full ? styles.calculator : styles.widget} data-ready={engine ? 'true' : 'false'}>
      {notices.length > 0 && (
        <div className={styles.notice} role="status">
          <p>Some settings in the link could not be used:</p>
          <ul>
            {notices.map((n, i) => (
              <li key={i}>{n.message}</li>
            ))}
          </ul>
        </div>
      )}
      {full && shown.verdict && shown.result && (
        <p className={styles.summary}>
          <a href="#answer">
            {shown.verdict.headline}
            {shown.result.verdict !== 'does-not-fit' && ` · about ${roundRate(shown.result.decodeTokensPerSecond.expected)} tokens/s`}
          </a>
        </p>
      )}
      <div className={full ? styles.layout : styles.layoutCompact}>
        <CalculatorForm
          state={state}
          outcome={outcome ?? { ...shown, state, error: undefined }}
          onChange={change}
          deviceItems={deviceItems}
          modelItems={modelItems}
          onWant={want}
          compact={!full}
          detect={full ? <DetectGpu engine={engine} onWant={want} onPick={(id) => change({ device: id }, true)} /> : undefined}
        />
        <div className={styles.output} id={full ? 'answer' : undefined} aria-live="polite" aria-busy={!outcome}>
          {outcome?.error && (
            <p className={styles.staleNote}>
              The figures below are for the last valid settings: {outcome.error.message}
            </p>
          )}
          {full && <h2 className="visually-hidden">The answer</h2>}
          <Results outcome={shown} compact={!full} onApply={full ? (p) => change(p, true) : undefined} />
          {report && (
            <p className={styles.openFull}>
              Measured something different? <a href={report}>Report a wrong number</a> (opens a new issue with this scenario filled in).
            </p>
          )}
          {href && (
            <p className={styles.openFull}>
              <Link href={href}>Open this in the full calculator</Link> for commands, charts and what to change.
            </p>
          )}
        </div>
      </div>
      {full && charted.result && (
        <section className={styles.charts} aria-label="Charts">
          <ChartFrame
            kind="context"
            title={`${charted.result.model.name} on ${charted.result.hardware.name}: speed with the context full`}
            series={charted.charts.byContext}
            xLabel="Context length (tokens)"
            caption="Each point is a run started with that context length, measured once it is full. Longer contexts cache more keys and values, which every new token has to read."
          />
          <ChartFrame
            kind="devices"
            title={`${charted.result.model.name} ${charted.result.quant.name} on popular hardware`}
            series={charted.charts.acrossDevices}
            xLabel="Device"
            caption="One device each, the same context, automatic placement. Grey bars do not fit."
          />
          {charted.charts.offload.length > 0 && (
            <ChartFrame
              kind="offload"
              title="Speed against experts kept in system RAM (--n-cpu-moe)"
              series={charted.charts.offload}
              xLabel="Layers whose experts are in system RAM"
              caption="Fewer layers in RAM is faster, until the GPU runs out of memory (the missing points)."
            />
          )}
        </section>
      )}
    </div>
  );
}
