import type { ReactNode } from 'react';
import type { CalloutProps } from '@/lib/content/component-props';
import styles from './callout.module.css';

const defaultTitles = { note: 'Note', tip: 'Tip', warning: 'Watch out' } as const;

/** A boxed aside in an article. Server component: no client JS. */
export function Callout({ type = 'note', title, children }: CalloutProps & { children?: ReactNode }) {
  return (
    <aside className={`${styles.callout} ${styles[type]}`} aria-label={title ?? defaultTitles[type]}>
      <strong className={styles.title}>{title ?? defaultTitles[type]}</strong>
      <div className={styles.body}>{children}</div>
    </aside>
  );
}
