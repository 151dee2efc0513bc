import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { mdxComponents } from '@/app/_components/mdx/registry';
import { renderGuide } from '@/lib/content/compile.server';
import { formatDay } from '@/lib/content/format';
import { getContentIndex, getGuide, type Guide } from '@/lib/content/guides.server';
import { faqPageJsonLd } from '@/lib/content/json-ld';
import { tableOfContents } from '@/lib/content/toc';
import { pageMetadata } from '@/lib/metadata';
import { absoluteUrl, siteName } from '@/lib/site';
import { Breadcrumb, RelatedGuides, StructuredData } from '@/app/_components/page-parts';
import styles from './guide.module.css';

export const dynamicParams = false;

export async function generateStaticParams(): Promise<Array<{ slug: string }>> {
  const { guides } = await getContentIndex();
  return guides.map((g) => ({ slug: g.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guide = await getGuide((await params).slug);
  if (!guide) return {};
  const fm = guide.frontmatter;
  return pageMetadata({
    title: fm.title,
    description: fm.description,
    path: guide.route,
    image: { path: `${guide.route}/og.png`, alt: fm.title },
    type: 'article',
    publishedTime: fm.published,
    modifiedTime: fm.updated,
    tags: fm.tags,
  });
}

/** JSON-LD for the article. */
function articleJsonLd(guide: Guide) {
  const fm = guide.frontmatter;
  return {
    '@context': 'https://schema.org',
    '@type': 'TechArticle',
    headline: fm.title,
    description: fm.description,
    datePublished: fm.published,
    dateModified: fm.updated,
    url: absoluteUrl(guide.route),
    image: absoluteUrl(`${guide.route}/og.png`),
    keywords: fm.tags.join(', '),
    timeRequired: `PT${guide.readingMinutes}M`,
    wordCount: guide.words,
    publisher: { '@type': 'Organization', name: siteName },
  };
}

export default async function GuidePage({ params }: Props) {
  const { slug } = await params;
  const index = await getContentIndex();
  const guide = index.guides.find((g) => g.slug === slug);
  if (!guide) notFound();
  const fm = guide.frontmatter;
  const body = await renderGuide(guide, mdxComponents);
  const related = fm.related.map((s) => index.guides.find((g) => g.slug === s)).filter((g) => g !== undefined);

  const toc = tableOfContents(guide.headings, guide.words);

  return (
    <article className={styles.article}>
      <StructuredData data={[articleJsonLd(guide), faqPageJsonLd(guide.faq)]} />
      <Breadcrumb
        trail={[
          { name: 'Home', path: '/' },
          { name: 'Guides', path: '/guides' },
          { name: fm.title, path: guide.route },
        ]}
      />
      <header className={styles.header}>
        <h1>{fm.title}</h1>
        <p className={styles.lead}>{fm.description}</p>
        <p className={styles.meta}>
          Published <time dateTime={fm.published}>{formatDay(fm.published)}</time>
          {fm.updated !== fm.published && (
            <>
              {' · '}Updated <time dateTime={fm.updated}>{formatDay(fm.updated)}</time>
            </>
          )}
          {' · '}
          <span data-testid="reading-time">{guide.readingMinutes} min read</span>
        </p>
      </header>
      {toc.length > 0 && (
        // Closed by default, so the first paragraph (which answers the reader's question) stays near the top.
        <nav aria-label="On this page" className={styles.toc}>
          <details>
            <summary>
              On this page <span className={styles.tocCount}>({toc.length} sections)</span>
            </summary>
            <ol>
              {toc.map((entry) => (
                <li key={entry.id}>
                  <a href={`#${entry.id}`}>{entry.text}</a>
                </li>
              ))}
            </ol>
          </details>
        </nav>
      )}
      <div className="prose">
        {body}
      </div>
      {(related.length > 0 || fm.tags.length > 0) && (
        <footer className={styles.footer}>
          <RelatedGuides guides={related.map((g) => ({ route: g.route, title: g.frontmatter.title }))} />
          {fm.tags.length > 0 && (
            <p className={styles.tags}>
              <span className="visually-hidden">Tags: </span>
              {fm.tags.map((t) => (
                <span key={t} className={styles.tag}>
                  {t}
                </span>
              ))}
            </p>
          )}
        </footer>
      )}
    </article>
  );
}
