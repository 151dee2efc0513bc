import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { mdxComponents } from '@/app/_components/mdx/registry';
import { renderGuide } from '@/lib/content/compile.server';
import { formatDay } from '@/lib/content/format';
import { getContentIndex, getGuide } from '@/lib/content/guides.server';
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
    type: 'article',
    publishedTime: fm.published,
    modifiedTime: fm.updated,
    tags: fm.tags,
  });
}

/** JSON-LD for the article, with `<` escaped so it cannot close the script element. */
function articleJsonLd(guide: NonNullable<Awaited<ReturnType<typeof getGuide>>>): string {
  const fm = guide.frontmatter;
  return JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'TechArticle',
    headline: fm.title,
    description: fm.description,
    datePublished: fm.published,
    dateModified: fm.updated,
    url: absoluteUrl(guide.route),
    image: absoluteUrl('/og.png'),
    keywords: fm.tags.join(', '),
    publisher: { '@type': 'Organization', name: siteName },
  }).replace(/</g, '\\u003c');
}

export default async function GuidePage({ params }: Props) {
  const { slug } = await params;
  const index = await getContentIndex();
  const guide = index.guides.find((g) => g.slug === slug);
  if (!guide) notFound();
  const fm = guide.frontmatter;
  const body = await renderGuide(guide, mdxComponents);
  const related = fm.related.map((s) => index.guides.find((g) => g.slug === s)).filter((g) => g !== undefined);

  return (
    <article className={styles.article}>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: articleJsonLd(guide) }} />
      <nav aria-label="Breadcrumb" className={styles.breadcrumb}>
        <Link href="/guides">Guides</Link>
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
        </p>
      </header>
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
