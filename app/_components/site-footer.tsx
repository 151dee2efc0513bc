import Link from 'next/link';
import { siteName } from '@/lib/site';
import styles from './site-footer.module.css';

export function SiteFooter() {
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <p>
          {siteName}: whether an AI model will run on your own hardware, and how fast. Estimates come from a calibrated
          model of memory and bandwidth, never from numbers typed into articles.
        </p>
        <nav aria-label="Footer">
          <ul className={styles.links}>
            <li>
              <Link href="/">Home</Link>
            </li>
            <li>
              <Link href="/guides">Guides</Link>
            </li>
            <li>
              <Link href="/calculator">Calculator</Link>
            </li>
            <li>
              <Link href="/compare">Compare</Link>
            </li>
            <li>
              <Link href="/models">Models</Link>
            </li>
            <li>
              <Link href="/devices">Devices</Link>
            </li>
            <li>
              <Link href="/methodology">Methodology</Link>
            </li>
            <li>
              <Link href="/about">About</Link>
            </li>
            <li>
              <a href="/sitemap.xml">Sitemap</a>
            </li>
            <li>
              <a href="/feed.xml" type="application/atom+xml">
                Feed
              </a>
            </li>
            <li>
              <Link href="/methodology#open-data">Open data</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
