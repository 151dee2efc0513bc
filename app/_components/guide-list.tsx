import Link from 'next/link';
import { formatDay } from '@/lib/content/format';
import type { Guide } from '@/lib/content/guides.server';
import styles from './guide-list.module.css';

/** Cards linking to guides. `headingLevel` keeps the page outline correct where it is used. */
export function GuideList({ guides, headingLevel = 2 }: { guides: Guide[]; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  if (guides.length === 0) return <p>No guides yet.</p>;
  return (
    <ul className={styles.list}>
      {guides.map((g) => (
        <li key={g.slug} className={styles.card}>
          <Heading className={styles.title}>
            <Link href={g.route}>{g.frontmatter.title}</Link>
          </Heading>
          <p className={styles.description}>{g.frontmatter.description}</p>
          <p className={styles.meta}>
            Updated <time dateTime={g.frontmatter.updated}>{formatDay(g.frontmatter.updated)}</time>
          </p>
        </li>
      ))}
    </ul>
  );
}
