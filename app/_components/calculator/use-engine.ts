'use client';

import { useEffect, useRef, useState } from 'react';
import { loadCombobox } from './combobox-loader';

export type Engine = typeof import('@/lib/calculator/browser');

let enginePromise: Promise<Engine> | undefined;

/** Import the engine chunk once per page, however many widgets ask; the pickers' combobox comes with it. */
export function loadEngine(): Promise<Engine> {
  enginePromise ??= Promise.all([import('@/lib/calculator/browser'), loadCombobox()]).then(([engine]) => engine);
  return enginePromise;
}

/**
 * The engine, once loaded. `when` decides when to fetch it: 'page' for the standalone calculator (at
 * idle when the URL carries a scenario, which only the engine can read; otherwise at the first hover,
 * touch, focus or key inside the element, so a visitor who only reads the default answer never pays for
 * it), 'visible' when the element nears the viewport (widgets inside articles).
 * `wanted` forces the load at once (the reader touched a control). `onLoad` runs once, with the engine,
 * before the component re-renders with it.
 */
export function useEngine(
  when: 'page' | 'visible',
  target: React.RefObject<Element | null>,
  wanted: boolean,
  onLoad?: (engine: Engine) => void,
): Engine | undefined {
  const [engine, setEngine] = useState<Engine>();
  const [triggered, setTriggered] = useState(false);
  const onLoadRef = useRef(onLoad);
  useEffect(() => {
    onLoadRef.current = onLoad;
  }, [onLoad]);
  const load = wanted || triggered;

  useEffect(() => {
    if (load) return;
    if (when === 'page' && window.location.search === '') {
      const el = target.current;
      if (!el) return;
      const go = () => setTriggered(true);
      const events = ['pointerover', 'pointerdown', 'focusin', 'keydown'] as const;
      for (const e of events) el.addEventListener(e, go, { once: true, passive: true });
      return () => {
        for (const e of events) el.removeEventListener(e, go);
      };
    }
    if (when === 'page') {
      const w = window as Window & {
        requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number;
        cancelIdleCallback?: (id: number) => void;
      };
      if (w.requestIdleCallback && w.cancelIdleCallback) {
        const id = w.requestIdleCallback(() => setTriggered(true), { timeout: 1500 });
        return () => w.cancelIdleCallback!(id);
      }
      const t = setTimeout(() => setTriggered(true), 200);
      return () => clearTimeout(t);
    }
    const el = target.current;
    if (!el || typeof IntersectionObserver === 'undefined') {
      const t = setTimeout(() => setTriggered(true), 0);
      return () => clearTimeout(t);
    }
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setTriggered(true), { rootMargin: '400px' });
    io.observe(el);
    return () => io.disconnect();
  }, [when, target, load]);

  useEffect(() => {
    if (!load || engine) return;
    let live = true;
    loadEngine().then((e) => {
      if (!live) return;
      onLoadRef.current?.(e);
      setEngine(() => e);
    });
    return () => {
      live = false;
    };
  }, [load, engine]);

  return engine;
}
