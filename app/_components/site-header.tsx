import Link from 'next/link';
import { siteName } from '@/lib/site';
import { NavLinks } from './nav-links';
import styles from './site-header.module.css';
import { ThemeToggle } from './theme-toggle';

export function SiteHeader() {
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <Link href="/" className={styles.brand}>
          <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
            <rect width="32" height="32" rx="7" fill="var(--color-accent)" />
            <path d="M8 17.5l5 5 11-12" fill="none" stroke="var(--color-accent-fg)" strokeWidth="3.5" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          <span className={styles.brandName}>{siteName}</span>
        </Link>
        <nav aria-label="Main" className={styles.nav}>
          <NavLinks />
        </nav>
        <Link href="/search" className={styles.search} aria-keyshortcuts="/" title="Search (press /)">
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
            <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2.2" />
            <path d="M15.5 15.5L21 21" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
          </svg>
          <span className={styles.searchLabel}>Search</span>
        </Link>
        <ThemeToggle />
      </div>
    </header>
  );
}
