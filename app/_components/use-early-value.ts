'use client';

import { useEffectEvent, useLayoutEffect, useRef } from 'react';

type Control = HTMLInputElement | HTMLSelectElement;

/** What a control shows: its checked state for a checkbox or radio, else its value. */
function shownValue(el: Control): string | boolean {
  return el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio') ? el.checked : el.value;
}

/**
 * Takes over a choice the reader made in the server-rendered control before React hydrated it.
 *
 * The scripts start after the first paint, so a reader can pick an option or type a number while the
 * control is still plain HTML; hydration keeps what is on screen but tells the component nothing, and
 * no change event ever comes for it. Attach the returned ref to the control and pass what the component
 * rendered into it: if the control shows something else when it mounts, `adopt` gets the control and
 * applies its value as the control's own change handler would.
 */
export function useEarlyValue<E extends Control>(rendered: string | boolean, adopt: (el: E) => void) {
  const ref = useRef<E>(null);
  const check = useEffectEvent(() => {
    const el = ref.current;
    if (el && shownValue(el) !== rendered) adopt(el);
  });
  // A layout effect: it runs straight after the hydrating commit, before any later render could write
  // the rendered value back over the reader's.
  useLayoutEffect(() => check(), []);
  return ref;
}
