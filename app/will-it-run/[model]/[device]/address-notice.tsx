'use client';

import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};
const MAX_KEYS = 5;
const plain = (s: string) => {
  const t = s.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
  return t.length > 24 ? `${t.slice(0, 21)}…` : t;
};

/**
 * This page answers one fixed scenario and reads nothing from its address. When the address carries
 * settings anyway (a hand-edited link, a calculator query pasted onto it), say so and offer the
 * calculator, which validates them, with the page's own scenario. Key names are shown as text only.
 */
export function AddressNotice({ calculatorHref }: { calculatorHref: string }) {
  // '' on the server and during hydration, the real query after: no mismatch.
  const search = useSyncExternalStore(subscribe, () => window.location.search, () => '');
  if (!search || search === '?') return null;
  const keys = [...new Set([...new URLSearchParams(search).keys()].map(plain))].map((k) => k || '(empty name)');
  return (
    <div role="status" data-testid="address-notice">
      <p>This page shows one fixed set-up and ignores these settings in its address:</p>
      <ul>
        {keys.slice(0, MAX_KEYS).map((k) => (
          <li key={k}>
            <code>{k}</code>
          </li>
        ))}
        {keys.length > MAX_KEYS && <li>and {keys.length - MAX_KEYS} more</li>}
      </ul>
      <p>
        To change them, <a href={calculatorHref}>open this set-up in the calculator</a>.
      </p>
    </div>
  );
}
