import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { mdxComponents } from '@/app/_components/mdx/registry';
import { renderGuide } from '@/lib/content/compile.server';
import { formatDay } from '@/lib/content/format';
import { getContentIndex, getGuide, type Guide } from '@/lib/content/guides.server';
import { breadcrumbJsonLd, faqPageJsonLd, jsonLd } from '@/lib/content/json-ld';
import { tableOfContents } from '@/lib/content/toc';
import { pageMetadata } from '@/lib/metadata';
import { absoluteUrl, siteName } from '@/lib/site';
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

/**
 * Structured data for a guide: the article, its breadcrumb trail, and (when it has a
 * `## Frequently asked questions` section) an FAQPage, each server-rendered with `<` escaped.
 */
function structuredData(guide: Guide): string[] {
  const trail = breadcrumbJsonLd([
    { name: 'Home', url: absoluteUrl('/') },
    { name: 'Guides', url: absoluteUrl('/guides') },
    { name: guide.frontmatter.title, url: absoluteUrl(guide.route) },
  ]);
  const faq = faqPageJsonLd(guide.faq);
  return [articleJsonLd(guide), trail, ...(faq ? [faq] : [])].map(jsonLd);
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
      {structuredData(guide).map((json, i) => (
        <script key={i} type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />
      ))}
      <nav aria-label="Breadcrumb" className={styles.breadcrumb}>
        <ol>
          <li>
            <Link href="/">Home</Link>
          </li>
          <li>
            <Link href="/guides">Guides</Link>
          </li>
        </ol>
      </nav>
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
          {related.length > 0 && (
            <section aria-labelledby="related-heading">
              <h2 id="related-heading">Related guides</h2>
              <ul>
                {related.map((g) => (
                  <li key={g.slug}>
                    <Link href={g.route}>{g.frontmatter.title}</Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
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
