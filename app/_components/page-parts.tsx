/**
 * The parts every content page shares: structured data, the breadcrumb trail, the FAQ section and the
 * related-guides list. The visible trail and its BreadcrumbList, and the visible questions and their
 * FAQPage, each come from one list, so what search engines read cannot drift from what readers see.
 */
import Link from 'next/link';
import type { ReactNode } from 'react';
import type { FaqEntry } from '@/lib/content/faq';
import { breadcrumbJsonLd, faqPageJsonLd, jsonLd } from '@/lib/content/json-ld';
import { absoluteUrl } from '@/lib/site';
import styles from './page-parts.module.css';

/** JSON-LD script elements (with `<` escaped); null entries are skipped. */
export function StructuredData({ data }: { data: ReadonlyArray<Record<string, unknown> | null> }) {
  return (
    <>
      {data
        .filter((d) => d !== null)
        .map((d, i) => (
          <script key={i} type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd(d) }} />
        ))}
    </>
  );
}

export interface TrailStep {
  name: string;
  /** Site path, e.g. `/models`. */
  path: string;
}

/** From the home page to this page (the last step, shown as text with aria-current). */
export function Breadcrumb({ trail }: { trail: readonly TrailStep[] }) {
  const last = trail.length - 1;
  return (
    <>
      <StructuredData data={[breadcrumbJsonLd(trail.map((s) => ({ name: s.name, url: absoluteUrl(s.path) })))]} />
      <nav aria-label="Breadcrumb" className={styles.breadcrumb}>
        <ol>
          {trail.map((s, i) => (
            <li key={s.path}>
              {i === last ? (
                <span aria-current="page">{s.name}</span>
              ) : (
                <Link href={s.path}>{s.name}</Link>
              )}
            </li>
          ))}
        </ol>
      </nav>
    </>
  );
}

/** "Frequently asked questions" (id `faq`) with its FAQPage; nothing when there are no questions. */
export function FaqSection({ faq, className }: { faq: readonly FaqEntry[]; className?: string }) {
  if (faq.length === 0) return null;
  return (
    <section className={className} aria-labelledby="faq">
      <StructuredData data={[faqPageJsonLd(faq)]} />
      <h2 id="faq">Frequently asked questions</h2>
      {faq.map((f) => (
        <div key={f.question} className={styles.question}>
          <h3>{f.question}</h3>
          <p>{f.answer}</p>
        </div>
      ))}
    </section>
  );
}

/** "Related guides" (id `related`), with any extra list items after the guides. */
export function RelatedGuides({ guides, className, children }: { guides: ReadonlyArray<{ route: string; title: string }>; className?: string; children?: ReactNode }) {
  if (guides.length === 0 && !children) return null;
  return (
    <section className={className} aria-labelledby="related">
      <h2 id="related">Related guides</h2>
      <ul className={styles.related}>
        {guides.map((g) => (
          <li key={g.route}>
            <Link href={g.route}>{g.title}</Link>
          </li>
        ))}
        {children}
      </ul>
    </section>
  );
}
