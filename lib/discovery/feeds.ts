/**
 * Text builders for the machine-readable files beside the pages: the Atom feed of guides (`/feed.xml`),
 * `/llms.txt`, and the content date the sitemap and the open data carry. Pure: the route handlers in
 * app/ gather the inputs (content index, catalog) and call these, so the formats are unit-tested here.
 *
 * - Atom (RFC 4287): a feed needs id, title, updated and an author; each entry id, title, updated.
 *   Ids are the pages' absolute URLs (stable as long as SITE_URL is). Dates are RFC 3339; a guide's
 *   day-precision `updated` becomes midnight UTC of that day.
 * - llms.txt (llmstxt.org): an H1 (the only required part), a blockquote summary, free notes without
 *   headings, then H2 sections of `- [name](url): notes` link lists; a section named "Optional" may be
 *   skipped by readers short of context.
 * - Content date: the newest of the guides' `updated` days and the catalog's `asOf` dates. A month-only
 *   `asOf` (`2026-12`) counts as the month's first day (the earliest day it can mean), so the date never
 *   runs ahead of what the files say and a build never reads the clock: two builds of one commit agree.
 */

/** `&`, `<`, `>`, `"` and `'` as XML entities; characters XML 1.0 forbids (most C0 controls) removed. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;

/** A `YYYY-MM-DD` day, or a `YYYY-MM` month as its first day; anything else is an error (never guessed). */
export function toDay(date: string): string {
  if (DAY.test(date)) return date;
  if (MONTH.test(date)) return `${date}-01`;
  throw new Error(`not a YYYY-MM-DD or YYYY-MM date: "${date}"`);
}

/** The newest of some dates (days or months, see `toDay`) as a day; undefined when there are none. */
export function newestDay(dates: ReadonlyArray<string | undefined>): string | undefined {
  return dates
    .filter((d): d is string => typeof d === 'string' && d.length > 0)
    .map(toDay)
    .sort()
    .at(-1);
}

/** An RFC 3339 timestamp for a day: midnight UTC. */
export function rfc3339Day(day: string): string {
  return `${toDay(day)}T00:00:00Z`;
}

export interface FeedEntry {
  title: string;
  /** Absolute URL of the page; also the entry's id. */
  url: string;
  /** YYYY-MM-DD. */
  updated: string;
  /** YYYY-MM-DD. */
  published?: string;
  summary: string;
  categories?: readonly string[];
}

export interface AtomFeed {
  title: string;
  subtitle?: string;
  /** Absolute URL of the site's home page. */
  siteUrl: string;
  /** Absolute URL of the feed itself; also the feed's id. */
  feedUrl: string;
  author: string;
  entries: readonly FeedEntry[];
}

/**
 * An Atom 1.0 document. The feed's `updated` is the newest entry's (the feed changes when an entry
 * does); a feed with no entries takes `fallbackUpdated`, since Atom requires the element.
 */
export function buildAtomFeed(feed: AtomFeed, fallbackUpdated = '1970-01-01'): string {
  const updated = newestDay(feed.entries.map((e) => e.updated)) ?? fallbackUpdated;
  const x = escapeXml;
  const entries = feed.entries.map((e) =>
    [
      '  <entry>',
      `    <id>${x(e.url)}</id>`,
      `    <title>${x(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${x(e.url)}"/>`,
      ...(e.published ? [`    <published>${rfc3339Day(e.published)}</published>`] : []),
      `    <updated>${rfc3339Day(e.updated)}</updated>`,
      `    <summary type="text">${x(e.summary)}</summary>`,
      ...(e.categories ?? []).map((c) => `    <category term="${x(c)}"/>`),
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${x(feed.feedUrl)}</id>`,
    `  <title>${x(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${x(feed.subtitle)}</subtitle>`] : []),
    `  <link rel="self" type="application/atom+xml" href="${x(feed.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(feed.siteUrl)}"/>`,
    `  <updated>${rfc3339Day(updated)}</updated>`,
    `  <author><name>${x(feed.author)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

export interface LlmsLink {
  title: string;
  /** Absolute URL. */
  url: string;
  notes?: string;
}

export interface LlmsSection {
  title: string;
  links: readonly LlmsLink[];
}

export interface LlmsTxt {
  name: string;
  summary: string;
  /** Paragraphs or list blocks between the summary and the first section (no headings). */
  notes?: readonly string[];
  sections: readonly LlmsSection[];
}

/** One line of text: line breaks and runs of spaces collapse, so a value cannot start a new block. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Link text with its brackets escaped, so `[`/`]` in a title cannot end the link early. */
const linkText = (text: string) => oneLine(text).replace(/([[\]\\])/g, '\\$1');
/** A URL for a markdown link destination: spaces and parentheses percent-encoded. */
const linkUrl = (url: string) => url.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29');

/** An llms.txt document (see the module comment for the format). */
export function buildLlmsTxt(doc: LlmsTxt): string {
  const blocks = [`# ${oneLine(doc.name)}`, `> ${oneLine(doc.summary)}`];
  for (const note of doc.notes ?? []) {
    if (/^\s*#/m.test(note)) throw new Error('llms.txt notes cannot contain headings');
    blocks.push(note.trim());
  }
  for (const section of doc.sections) {
    if (section.links.length === 0) continue;
    const lines = section.links.map(
      (l) => `- [${linkText(l.title)}](${linkUrl(l.url)})${l.notes ? `: ${oneLine(l.notes)}` : ''}`,
    );
    blocks.push(`## ${oneLine(section.title)}\n\n${lines.join('\n')}`);
  }
  return `${blocks.join('\n\n')}\n`;
}
