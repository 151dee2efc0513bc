'use client';

import { useId, useState, type ReactNode } from 'react';
import { useEarlyValue } from '../use-early-value';
import styles from './calculator.module.css';

/** Label, control, hint and the field's own error message, wired for screen readers. */
export function Field({
  label,
  hint,
  error,
  children,
}: {
  label: string;
  hint?: ReactNode;
  error?: string;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={styles.field}>
      <label className={styles.label} htmlFor={id}>
        {label}
      </label>
      {children({ id, describedBy, invalid: Boolean(error) })}
      {hint && (
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className={styles.error} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export interface NumberFieldProps {
  label: string;
  value: number | undefined;
  /** `commit` is false while typing (the URL is replaced) and true on blur or Enter (a history entry). */
  onChange: (value: number | undefined, commit: boolean) => void;
  unit?: string;
  integer?: boolean;
  optional?: boolean;
  min?: number;
  max?: number;
  step?: number | 'any';
  hint?: ReactNode;
  /** The engine's message for this field, if it rejected the value. */
  error?: string;
}

/**
 * A number input that keeps what the reader types (so "8" on the way to "8192" is not rejected) and
 * passes on only finite numbers; anything else gets a message here and leaves the last good value.
 */
export function NumberField({ label, value, onChange, unit, integer, optional, min, max, step, hint, error }: NumberFieldProps) {
  const shown = value === undefined ? '' : String(value);
  const [text, setText] = useState(shown);
  const [synced, setSynced] = useState(shown);
  if (shown !== synced) {
    setSynced(shown);
    setText(shown);
  }
  const parsed = parseNumberText(text, integer);
  const local =
    text.trim() === ''
      ? optional
        ? undefined
        : 'Enter a number.'
      : parsed === undefined
        ? integer
          ? 'Enter a whole number.'
          : 'Enter a number.'
        : undefined;
  const push = (t: string, commit: boolean) => {
    const n = parseNumberText(t, integer);
    if (t.trim() === '' && optional) onChange(undefined, commit);
    else if (n !== undefined) onChange(n, commit);
  };
  const ref = useEarlyValue<HTMLInputElement>(text, (el) => {
    setText(el.value);
    push(el.value, true);
  });
  return (
    <Field label={unit ? `${label} (${unit})` : label} hint={hint} error={local ?? error}>
      {({ id, describedBy, invalid }) => (
        <input
          ref={ref}
          id={id}
          className={styles.input}
          type="text"
          inputMode={integer ? 'numeric' : 'decimal'}
          value={text}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          data-min={min}
          data-max={max}
          data-step={step}
          onChange={(e) => {
            setText(e.target.value);
            push(e.target.value, false);
          }}
          onBlur={(e) => push(e.target.value, true)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') push(e.currentTarget.value, true);
          }}
        />
      )}
    </Field>
  );
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

function parseNumberText(text: string, integer?: boolean): number | undefined {
  const t = text.trim().replace(/[,_\s]/g, '');
  if (!NUMBER.test(t)) return undefined;
  const n = Number(t);
  if (!Number.isFinite(n) || (integer && !Number.isInteger(n))) return undefined;
  return n;
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  hint,
  error,
}: {
  label: string;
  value: T;
  options: ReadonlyArray<{ value: T; label: string }>;
  onChange: (value: T) => void;
  hint?: ReactNode;
  error?: string;
}) {
  const ref = useEarlyValue<HTMLSelectElement>(value, (el) => onChange(el.value as T));
  return (
    <Field label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => (
        <select
          ref={ref}
          id={id}
          className={styles.select}
          value={value}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value as T)}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A checkbox with its label; a tick set before hydration is taken over like any other field. */
export function CheckField({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const ref = useEarlyValue<HTMLInputElement>(checked, (el) => onChange(el.checked));
  return (
    <label className={styles.check}>
      <input ref={ref} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}
