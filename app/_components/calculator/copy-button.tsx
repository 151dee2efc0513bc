'use client';

import { useState } from 'react';
import styles from './calculator.module.css';

/** Copies `text` to the clipboard and says so (politely, for screen readers). */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <>
      <button
        type="button"
        className={styles.copy}
        onClick={() => {
          navigator.clipboard?.writeText(text).then(
            () => setState('copied'),
            () => setState('failed'),
          );
          setTimeout(() => setState('idle'), 2000);
        }}
      >
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy'}
        <span className="visually-hidden"> {label}</span>
      </button>
      <span className="visually-hidden" role="status">
        {state === 'copied' ? `${label} copied` : ''}
      </span>
    </>
  );
}
