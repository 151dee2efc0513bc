import type { Metadata } from 'next';
import Link from 'next/link';
import { GuideList } from '@/app/_components/guide-list';
import { WillItRun } from '@/app/_components/widgets/will-it-run';
import { getContentIndex } from '@/lib/content/guides.server';
import { pageMetadata } from '@/lib/metadata';
import { siteDescription, siteName } from '@/lib/site';
import styles from './page.module.css';

export const metadata: Metadata = {
  ...pageMetadata({ title: siteName, description: siteDescription, path: '/' }),
  title: { absolute: `${siteName}: will this AI model run on your hardware?` },
};

/** The guide the home page features next to the calculator, once it is published. */
const FEATURED_GUIDE = 'gpt-oss-20b-120b';
/** The first guide to read, newest replacement first. */
const START_GUIDES = ['tokens-per-second', 'how-local-llm-speed-works'];

export default async function HomePage() {
  const { guides } = await getContentIndex();
  const featured = guides.find((g) => g.slug === FEATURED_GUIDE);
  const start = START_GUIDES.map((s) => guides.find((g) => g.slug === s)).find((g) => g !== undefined) ?? guides[0];
  return (
    <>
      <section className={styles.hero}>
        <h1>Will this AI model run on your hardware, and how fast?</h1>
        <p className={styles.lead}>
          Before you spend an evening downloading weights, find out whether a model fits in your machine&apos;s memory
          and how quickly it will answer. Pick your graphics card or Mac and a model below: the answer is worked out by
          the same calibrated estimator that writes every figure on this site.
        </p>
      </section>

      <section className={styles.calculator} aria-labelledby="calculator-heading">
        <h2 id="calculator-heading">Ask the calculator</h2>
        <WillItRun model="gpt-oss-20b" device="rtx-4060-ti-16gb" />
        <p className={styles.more}>
          The <Link href="/calculator">full calculator</Link> adds multiple GPUs, offload settings, prompt length,
          charts and the exact Ollama and llama.cpp commands.
        </p>
      </section>

      <section className={styles.feature} aria-labelledby="feature-heading">
        <h2 id="feature-heading">gpt-oss-20b and gpt-oss-120b on your own machine</h2>
        <p>
          <a href="https://huggingface.co/openai/gpt-oss-120b">OpenAI&apos;s open-weight models</a> are mixtures of experts: large on disk, but each token reads only a small part
          of them, so they run faster than their size suggests, and the larger one can keep its experts in system RAM.
        </p>
        {featured ? (
          <p>
            <Link href={featured.route} className={styles.cta}>
              Read: {featured.frontmatter.title}
            </Link>
          </p>
        ) : (
          <p>
            <Link href="/calculator?model=gpt-oss-120b&device=rtx-4090&ram=64" className={styles.cta}>
              Check gpt-oss-120b on an RTX 4090 in the calculator
            </Link>
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
        {start && (
          <p>
            New here? Start with <Link href={start.route}>{start.frontmatter.title}</Link>.
          </p>
        )}
      </section>

      <section className={styles.section} aria-labelledby="guides-heading">
        <h2 id="guides-heading">Latest guides</h2>
        <GuideList guides={guides.slice(0, 6)} headingLevel={3} />
        <p className={styles.more}>
          <Link href="/guides">All guides, by question</Link> · <Link href="/methodology">How the numbers are worked out</Link>
        </p>
      </section>
    </>
  );
}
