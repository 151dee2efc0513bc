'use client';

import { useCombobox } from 'downshift';
import { useId, useMemo, useState } from 'react';
import { filterItems, type PickerItem } from '@/lib/calculator/filter';
import styles from './calculator.module.css';

interface PickerProps {
  label: string;
  /** Undefined until the catalog has loaded with the engine; the input still shows the current name. */
  items: readonly PickerItem[] | undefined;
  selectedId: string;
  selectedName: string;
  onSelect: (id: string) => void;
  /** Called when the reader opens or types: the list needs the engine chunk. */
  onWant: () => void;
  error?: string;
  hint?: string;
}

/**
 * A searchable combobox over catalog entries, grouped. Keyboard and screen-reader behaviour come from
 * Downshift's useCombobox (WAI-ARIA 1.2 combobox pattern); we only draw it.
 */
export function Picker({ label, items, selectedId, selectedName, onSelect, onWant, error, hint }: PickerProps) {
  const id = useId();
  // What the reader has typed since opening the list (null: show everything). Downshift owns the
  // input's value itself; controlling it from React state drops keystrokes.
  const [filter, setFilter] = useState<string | null>(null);
  const filtered = useMemo(() => (items ? filterItems(items, filter ?? '') : []), [items, filter]);
  const selectedItem = useMemo(() => items?.find((i) => i.id === selectedId) ?? null, [items, selectedId]);
  const { isOpen, highlightedIndex, getLabelProps, getInputProps, getMenuProps, getItemProps, getToggleButtonProps } = useCombobox<PickerItem>({
    items: filtered,
    itemToString: (i) => i?.name ?? '',
    selectedItem,
    initialInputValue: selectedName,
    onInputValueChange: ({ inputValue, type }) => {
      if (type !== useCombobox.stateChangeTypes.InputChange) return;
      onWant();
      setFilter(inputValue ?? '');
    },
    onIsOpenChange: ({ isOpen: open }) => {
      if (open) onWant();
      else setFilter(null);
    },
    onSelectedItemChange: ({ selectedItem: item }) => {
      if (item && item.id !== selectedId) onSelect(item.id);
    },
  });

  const groups: Array<{ group: string; entries: Array<{ item: PickerItem; index: number }> }> = [];
  filtered.forEach((item, index) => {
    const last = groups[groups.length - 1];
    if (last && last.group === item.group) last.entries.push({ item, index });
    else groups.push({ group: item.group, entries: [{ item, index }] });
  });
  const describedBy = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <div className={styles.field}>
      <label className={styles.label} {...getLabelProps()}>
        {label}
      </label>
      <div className={styles.comboRow}>
        <input
          className={styles.input}
          {...getInputProps({ 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy, spellCheck: false, autoComplete: 'off' })}
        />
        <button type="button" className={styles.comboToggle} {...getToggleButtonProps({ 'aria-label': `Show all ${label.toLowerCase()} options` })}>
          <span aria-hidden="true">▾</span>
        </button>
      </div>
      <ul className={`${styles.menu} ${isOpen ? styles.menuOpen : ''}`} {...getMenuProps()}>
        {isOpen && !items && <li className={styles.menuNote}>Loading the catalog…</li>}
        {isOpen && items && filtered.length === 0 && <li className={styles.menuNote}>Nothing matches “{filter}”.</li>}
        {isOpen &&
          groups.map((g, gi) => (
            <li key={`${gi}-${g.group}`} role="presentation">
              <div className={styles.menuGroup} aria-hidden="true">
                {g.group}
              </div>
              <ul role="group" aria-label={g.group} className={styles.menuList}>
                {g.entries.map(({ item, index }) => (
                  <li
                    key={item.id}
                    className={`${styles.option} ${highlightedIndex === index ? styles.optionActive : ''} ${selectedId === item.id ? styles.optionSelected : ''}`}
                    {...getItemProps({ item, index })}
                  >
                    <span className={styles.optionName}>{item.name}</span>
                    <span className={styles.optionDetail}>{item.detail}</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
      </ul>
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
