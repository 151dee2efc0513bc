'use client';

import { useCombobox } from 'downshift';
import { useEffect, useMemo, useState } from 'react';
import { filterItems, type PickerItem } from '@/lib/calculator/filter';
import type { PickerIds, PickerProps } from './picker';
import styles from './calculator.module.css';

export interface ComboboxProps extends Omit<PickerProps, 'error' | 'hint'> {
  ids: PickerIds;
  describedBy?: string;
  invalid: boolean;
  /** What the reader typed into the static field before this loaded (null: nothing). */
  typed: string | null;
  /** The static field had focus, or its list was asked for: carry that over. */
  focus: boolean;
  open: boolean;
}

/**
 * A searchable combobox over catalog entries, grouped. Keyboard and screen-reader behaviour come from
 * Downshift's useCombobox (WAI-ARIA 1.2 combobox pattern); we only draw it. Loaded lazily (combobox-loader.ts).
 */
export function Combobox({ label, items, selectedId, selectedName, onSelect, onWant, ids, describedBy, invalid, typed, focus, open }: ComboboxProps) {
  // What the reader has typed since opening the list (null: show everything). Downshift owns the
  // input's value itself; controlling it from React state drops keystrokes.
  const [filter, setFilter] = useState<string | null>(typed);
  const filtered = useMemo(() => (items ? filterItems(items, filter ?? '') : []), [items, filter]);
  const selectedItem = useMemo(() => items?.find((i) => i.id === selectedId) ?? null, [items, selectedId]);
  const { isOpen, highlightedIndex, getLabelProps, getInputProps, getMenuProps, getItemProps, getToggleButtonProps } = useCombobox<PickerItem>({
    id: ids.base,
    labelId: ids.label,
    inputId: ids.input,
    menuId: ids.menu,
    toggleButtonId: ids.toggle,
    items: filtered,
    itemToString: (i) => i?.name ?? '',
    selectedItem,
    initialInputValue: typed ?? selectedName,
    initialIsOpen: open || typed !== null,
    onInputValueChange: ({ inputValue, type }) => {
      if (type !== useCombobox.stateChangeTypes.InputChange) return;
      onWant();
      setFilter(inputValue ?? '');
    },
    onIsOpenChange: ({ isOpen: opened }) => {
      if (opened) onWant();
      else setFilter(null);
    },
    onSelectedItemChange: ({ selectedItem: item }) => {
      if (item && item.id !== selectedId) onSelect(item.id);
    },
  });
  // Mounting replaced the focused static field: keep the reader where they were, caret at the end.
  useEffect(() => {
    const input = document.getElementById(ids.input);
    if (!focus || !(input instanceof HTMLInputElement)) return;
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
    // Only on mount: later focus belongs to the reader.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const groups: Array<{ group: string; entries: Array<{ item: PickerItem; index: number }> }> = [];
  filtered.forEach((item, index) => {
    const last = groups[groups.length - 1];
    if (last && last.group === item.group) last.entries.push({ item, index });
    else groups.push({ group: item.group, entries: [{ item, index }] });
  });
  return (
    <>
      <label className={styles.label} {...getLabelProps()}>
        {label}
      </label>
      <div className={styles.comboRow}>
        <input
          className={styles.input}
          {...getInputProps({ 'aria-invalid': invalid || undefined, 'aria-describedby': describedBy, spellCheck: false, autoComplete: 'off' })}
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
    </>
  );
}
