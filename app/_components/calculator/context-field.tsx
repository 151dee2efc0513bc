'use client';

import { useId } from 'react';
import { useEarlyValue } from '../use-early-value';
import { NumberField } from './fields';
import styles from './calculator.module.css';

/** Log-spaced stops: 2K, 3K, 4K, 6K, 8K, 12K … up to the model's limit (which is always a stop). */
export function contextStops(maxTokens: number): number[] {
  const stops: number[] = [];
  for (let c = 2048; c < maxTokens; c *= 2) {
    stops.push(c);
    if (c * 1.5 < maxTokens) stops.push(c * 1.5);
  }
  stops.push(maxTokens);
  return stops;
}

const tokens = (n: number) => `${n.toLocaleString('en-US')} tokens`;

/** Context length: a logarithmic slider for quick moves and a number field for an exact value. */
export function ContextField({
  value,
  maxTokens,
  onChange,
  error,
}: {
  value: number;
  maxTokens: number;
  onChange: (value: number, commit: boolean) => void;
  error?: string;
}) {
  const id = useId();
  const stops = contextStops(maxTokens);
  let index = stops.findIndex((s) => s >= value);
  if (index === -1) index = stops.length - 1;
  const range = useEarlyValue<HTMLInputElement>(String(index), (el) => onChange(stops[Number(el.value)] ?? value, true));
  return (
    <div className={styles.contextField}>
      <div className={styles.field}>
        <label className={styles.label} htmlFor={id}>
          Context length
        </label>
        <input
          ref={range}
          id={id}
          type="range"
          className={styles.range}
          min={0}
          max={stops.length - 1}
          step={1}
          value={index}
          aria-valuetext={tokens(stops[index]!)}
          onChange={(e) => onChange(stops[Number(e.target.value)]!, false)}
          onPointerUp={(e) => onChange(stops[Number(e.currentTarget.value)]!, true)}
          onKeyUp={(e) => onChange(stops[Number(e.currentTarget.value)]!, true)}
        />
        <div className={styles.rangeScale} aria-hidden="true">
          <span>2K</span>
          <span>{maxTokens >= 1024 ? `${Math.round(maxTokens / 1024)}K` : maxTokens}</span>
        </div>
      </div>
      <NumberField
        label="Context tokens"
        value={value}
        integer
        onChange={(n, commit) => n !== undefined && onChange(n, commit)}
        hint={`How much conversation the KV cache holds, up to ${tokens(maxTokens)}.`}
        error={error}
      />
    </div>
  );
}
