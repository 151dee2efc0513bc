'use client';

import type { ComponentType } from 'react';
import type { ComboboxProps } from './combobox';

/**
 * Downshift and the combobox that uses it, loaded with the engine rather than with the page: until a reader
 * reaches for a control, the pickers are plain server-rendered fields (see picker.tsx), so the first-load
 * JavaScript of every page with a calculator or widget carries no combobox code.
 */
let loaded: ComponentType<ComboboxProps> | undefined;
let promise: Promise<ComponentType<ComboboxProps>> | undefined;

export function loadCombobox(): Promise<ComponentType<ComboboxProps>> {
  promise ??= import('./combobox').then((m) => (loaded = m.Combobox));
  return promise;
}

/** The combobox if it has loaded, else undefined (always undefined on the server and at hydration). */
export function loadedCombobox(): ComponentType<ComboboxProps> | undefined {
  return loaded;
}
