'use client';

import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import styles from './calculator.module.css';

const SAMPLE =
  'Memory bandwidth sets the pace of generation: for every new token the runtime reads the active weights once, ' +
  'so a card that moves twice the bytes per second writes about twice as fast. A long context adds the cached ' +
  'keys and values to every step, which is why answers slow down as a conversation grows.';

const reducedMotionQuery = '(prefers-reduced-motion: reduce)';
function subscribe(cb: () => void) {
  const mq = window.matchMedia(reducedMotionQuery);
  mq.addEventListener('change', cb);
  return () => mq.removeEventListener('change', cb);
}

/**
 * Streams sample text at the estimated rate (about four characters per token), so a reader can feel
 * what a number means. Starts only when asked; with reduced motion it does not animate at all.
 */
export function FeelTheSpeed({ tokensPerSecond }: { tokensPerSecond: number }) {
  const reduced = useSyncExternalStore(subscribe, () => window.matchMedia(reducedMotionQuery).matches, () => false);
  const [shown, setShown] = useState(0);
  const [running, setRunning] = useState(false);
  const started = useRef(0);

  useEffect(() => {
    if (!running) return;
    started.current = performance.now();
    let frame = 0;
    const tick = (now: number) => {
      const chars = Math.floor(((now - started.current) / 1000) * tokensPerSecond * 4);
      setShown(Math.min(SAMPLE.length, chars));
      if (chars < SAMPLE.length) frame = requestAnimationFrame(tick);
      else setRunning(false);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [running, tokensPerSecond]);

  if (!(tokensPerSecond > 0)) return null;
  return (
    <div className={styles.feel}>
      {reduced ? (
        <p className={styles.muted}>Streaming preview is off because your system asks for reduced motion.</p>
      ) : (
        <>
          <button
            type="button"
            className={styles.secondaryButton}
            onClick={() => {
              setShown(0);
              setRunning(true);
            }}
          >
            {running ? 'Restart' : 'Feel the speed'}
          </button>
          <p className={styles.stream} aria-hidden="true">
            {shown === 0 && !running ? (
              <span className={styles.muted}>Sample text appears here at the estimated speed.</span>
            ) : (
              SAMPLE.slice(0, shown)
            )}
            {running && <span className={styles.caret} />}
          </p>
        </>
      )}
    </div>
  );
}
