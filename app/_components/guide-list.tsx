import Link from 'next/link';
import { formatDay } from '@/lib/content/format';
import { groupGuides } from '@/lib/content/groups';
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
            Updated <time dateTime={g.frontmatter.updated}>{formatDay(g.frontmatter.updated)}</time> · {g.readingMinutes} min
            read
          </p>
        </li>
      ))}
    </ul>
  );
}

/**
 * Guides grouped by the reader's question (frontmatter `group`: will it fit, how fast, how to set
 * it up, what to run), each group an h2 section with its cards; guides without a group come last.
 */
export function GroupedGuideList({ guides }: { guides: Guide[] }) {
  const groups = groupGuides(guides);
  if (groups.length === 0) return <p>No guides yet.</p>;
  return (
    <>
      {groups.map(({ group, question, guides: members }) => {
        const id = `group-${group ?? 'more'}`;
        return (
          <section key={id} aria-labelledby={id} className={styles.group}>
            <h2 id={id} className={styles.groupHeading}>
              {question}
            </h2>
            <GuideList guides={members} headingLevel={3} />
          </section>
        );
      })}
    </>
  );
}
