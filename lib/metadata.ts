/**
 * Per-page metadata with the site's defaults filled in. Next merges metadata
 * shallowly, so a page that sets `openGraph` must repeat the image; this
 * helper does that in one place.
 */
import type { Metadata } from 'next';
import { siteName } from './site';

/** Social preview image served by app/og.png/route.tsx. */
export const ogImage = { url: '/og.png', width: 1200, height: 630, alt: `${siteName}: will this AI model run on your hardware?` };

/** The Atom feed of guides (app/feed.xml/route.ts), linked from every page's head. */
export const feedAlternates = { 'application/atom+xml': [{ url: '/feed.xml', title: `${siteName}: guides` }] };

export interface PageMetadataInput {
  /** Page title; the layout's template appends the site name. */
  title: string;
  description: string;
  /** Canonical path, e.g. `/guides/foo`. Resolved against metadataBase (SITE_URL). */
  path: string;
  type?: 'website' | 'article';
  publishedTime?: string;
  modifiedTime?: string;
  tags?: string[];
  /** The page's own social image (an og.png route beside the page), else the site's. */
  image?: { path: string; alt: string };
}

export function pageMetadata(input: PageMetadataInput): Metadata {
  const { title, description, path, type = 'website' } = input;
  const image = input.image ? { url: input.image.path, width: 1200, height: 630, alt: input.image.alt } : ogImage;
  return {
    title,
    description,
    // Next replaces the layout's alternates with a page's, so the feed link is repeated here.
    alternates: { canonical: path, types: feedAlternates },
    openGraph: {
      type,
      siteName,
      title,
      description,
      url: path,
      images: [image],
      ...(type === 'article'
        ? { publishedTime: input.publishedTime, modifiedTime: input.modifiedTime, tags: input.tags }
        : {}),
    },
    twitter: { card: 'summary_large_image', title, description, images: [image.url] },
  };
}
