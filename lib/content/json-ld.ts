/**
 * schema.org structured data for pages, as JSON-LD strings ready for a
 * `<script type="application/ld+json">`. Every `<` is escaped (as `\u003c`, still valid JSON), so
 * no text from content can close the script element.
 */
import type { FaqEntry } from './faq';

/** JSON for a JSON-LD script element, with `<` escaped. */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** FAQPage: each question with its accepted answer, or null when there are none. */
export function faqPageJsonLd(entries: readonly FaqEntry[]): Record<string, unknown> | null {
  if (entries.length === 0) return null;
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: entries.map((e) => ({
      '@type': 'Question',
      name: e.question,
      acceptedAnswer: { '@type': 'Answer', text: e.answer },
    })),
  };
}

export interface Crumb {
  name: string;
  /** Absolute URL. */
  url: string;
}

/** BreadcrumbList: the trail from the home page to this page, positions from 1. */
export function breadcrumbJsonLd(trail: readonly Crumb[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: c.url })),
  };
}
