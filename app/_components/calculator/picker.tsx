'use client';

import { useEffect, useId, useState, type ComponentType } from 'react';
import type { PickerItem } from '@/lib/calculator/filter';
import type { ComboboxProps } from './combobox';
import { loadCombobox, loadedCombobox } from './combobox-loader';
import styles from './calculator.module.css';

export interface PickerProps {
  label: string;
  /** Undefined until the catalog has loaded with the engine; the input still shows the current name. */
  items: readonly PickerItem[] | undefined;
  selectedId: string;
  selectedName: string;
  onSelect: (id: string) => void;
  /** Called when the reader focuses, opens or types: the list needs the engine chunk. */
  onWant: () => void;
  error?: string;
  hint?: string;
}

/** Element ids shared with the static field the combobox replaces, so labels and descriptions stay attached. */
export interface PickerIds {
  base: string;
  label: string;
  input: string;
  menu: string;
  toggle: string;
}

export const pickerIds = (base: string): PickerIds => ({ base, label: `${base}-label`, input: `${base}-input`, menu: `${base}-menu`, toggle: `${base}-toggle` });

/**
 * A catalog picker. Server-rendered, and until the combobox code has loaded (with the engine, at the
 * reader's first touch), a plain field with the combobox's own markup, ids and ARIA state: it shows the
 * current name, takes focus and typing, and asks for the code. The loaded combobox takes over in place,
 * with whatever was typed and the focus carried over.
 */
export function Picker(props: PickerProps) {
  const { label, selectedName, onWant, error, hint } = props;
  const ids = pickerIds(`picker${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`);
  const [typed, setTyped] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);
  const [open, setOpen] = useState(false);
  const [Combobox, setCombobox] = useState<ComponentType<ComboboxProps> | undefined>(loadedCombobox);
  const take = () => void loadCombobox().then((C) => setCombobox(() => C));
  const want = () => {
    onWant();
    if (!Combobox) take();
  };
  // The engine brings the combobox with it (use-engine.ts): swap in as soon as the catalog is here.
  useEffect(() => {
    if (props.items && !Combobox) take();
  }, [props.items, Combobox]);

  const describedBy = [error ? `${ids.base}-error` : '', hint ? `${ids.base}-hint` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={styles.field}>
      {Combobox ? (
        <Combobox {...props} ids={ids} describedBy={describedBy} invalid={!!error} typed={typed} focus={focused || open} open={open} />
      ) : (
        <>
          <label className={styles.label} id={ids.label} htmlFor={ids.input}>
            {label}
          </label>
          <div className={styles.comboRow}>
            <input
              className={styles.input}
              id={ids.input}
              role="combobox"
              aria-autocomplete="list"
              aria-controls={ids.menu}
              aria-expanded="false"
              aria-labelledby={ids.label}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy}
              autoComplete="off"
              spellCheck={false}
              value={typed ?? selectedName}
              onFocus={() => {
                setFocused(true);
                want();
              }}
              onBlur={() => setFocused(false)}
              onChange={(e) => {
                setTyped(e.target.value);
                want();
              }}
            />
            <button
              type="button"
              className={styles.comboToggle}
              id={ids.toggle}
              tabIndex={-1}
              aria-controls={ids.menu}
              aria-expanded="false"
              aria-label={`Show all ${label.toLowerCase()} options`}
              onClick={() => {
                setOpen(true);
                want();
              }}
            >
              <span aria-hidden="true">▾</span>
            </button>
          </div>
          <ul className={styles.menu} id={ids.menu} role="listbox" aria-labelledby={ids.label} />
        </>
      )}
      {hint && (
        <p id={`${ids.base}-hint`} className={styles.hint}>
          {hint}
        </p>
      )}
      {error && (
        <p id={`${ids.base}-error`} className={styles.error} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
