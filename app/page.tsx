import type { Metadata } from 'next';
import Link from 'next/link';
import { GuideList } from '@/app/_components/guide-list';
import { getContentIndex } from '@/lib/content/guides.server';
import { pageMetadata } from '@/lib/metadata';
import { siteDescription, siteName } from '@/lib/site';
import styles from './page.module.css';

export const metadata: Metadata = {
  ...pageMetadata({ title: siteName, description: siteDescription, path: '/' }),
  title: { absolute: `${siteName}: will this AI model run on your hardware?` },
};

export default async function HomePage() {
  const { guides } = await getContentIndex();
  const start = guides.find((g) => g.slug === 'how-local-llm-speed-works') ?? guides[0];
  return (
    <>
      <section className={styles.hero}>
        <h1>Will this AI model run on your hardware, and how fast?</h1>
        <p className={styles.lead}>
          Before you spend an evening downloading weights, find out whether a model fits in your machine&apos;s memory
          and how quickly it will answer. Plain explanations, with estimates built on a model of the hardware rather
          than on guesswork.
        </p>
        {start && (
          <p>
            New here? Start with <Link href={start.route}>{start.frontmatter.title}</Link>.
          </p>
        )}
      </section>

      <section className={styles.section} aria-labelledby="how-heading">
        <h2 id="how-heading">The three questions</h2>
        <ul className={styles.steps}>
          <li>
            <h3>Does it fit?</h3>
            <p>The weights and the conversation&apos;s working memory must fit in fast memory.</p>
          </li>
          <li>
            <h3>How fast will it write?</h3>
            <p>Generating each word means reading the active weights again, so memory bandwidth sets the pace.</p>
          </li>
          <li>
            <h3>How long until it starts?</h3>
            <p>Reading your prompt is heavy arithmetic, so raw compute decides the wait for the first word.</p>
          </li>
        </ul>
      </section>

      <section className={styles.section} aria-labelledby="guides-heading">
        <h2 id="guides-heading">Latest guides</h2>
        <GuideList guides={guides.slice(0, 6)} headingLevel={3} />
      </section>
    </>
  );
}
