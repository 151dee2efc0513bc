import type { Metadata } from 'next';
import Link from 'next/link';
import { pageMetadata } from '@/lib/metadata';
import { SearchBox } from './search-box';
import styles from './search.module.css';

export const metadata: Metadata = pageMetadata({
  title: 'Search models, devices and guides',
  description: 'Find a model, a GPU or Mac, or a guide by a partial name: "4060ti", "oss 120", "m3 max" or a question.',
  path: '/search',
});

/**
 * Site search. The index (pagefind, built after `next build` by scripts/postbuild/search.mjs) and the
 * catalog matcher load in the browser on demand; without JavaScript the page points to the indexes.
 */
export default function SearchPage() {
  return (
    <div className={styles.page}>
      <h1>Search</h1>
      <SearchBox />
      <p className={styles.browse}>
        Or browse <Link href="/models">every model</Link>, <Link href="/devices">every device</Link> and <Link href="/guides">the guides</Link>.
      </p>
    </div>
  );
}
