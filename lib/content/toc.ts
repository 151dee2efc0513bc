/**
 * Table of contents for long guides: the `##` headings, linking the ids rehype-slug gives them
 * (headings.ts computes the same ids). Short guides get none: a reader sees their whole outline by
 * scrolling, and a list of three links above four paragraphs is noise.
 */
import type { HeadingInfo } from './headings';

/** Guides longer than this many words of prose get a table of contents. */
export const TOC_MIN_WORDS = 1000;
/** …and only when there are at least this many `##` sections to jump between. */
export const TOC_MIN_ENTRIES = 3;

export interface TocEntry {
  id: string;
  text: string;
}

/** The `##` headings of a guide as TOC entries, or [] when the guide is short. */
export function tableOfContents(headings: readonly HeadingInfo[], words: number): TocEntry[] {
  if (words <= TOC_MIN_WORDS) return [];
  const entries = headings.filter((h) => h.depth === 2).map((h) => ({ id: h.id, text: h.text.trim() }));
  return entries.length >= TOC_MIN_ENTRIES ? entries : [];
}
