import { describe, expect, it } from 'vitest';
import { buildAtomFeed, buildLlmsTxt, escapeXml, newestDay, rfc3339Day, toDay, type AtomFeed } from './feeds';

describe('escapeXml', () => {
  it('escapes the five XML specials and drops characters XML 1.0 forbids', () => {
    expect(escapeXml(`a < b & c > "d" 'e'`)).toBe('a &lt; b &amp; c &gt; &quot;d&quot; &apos;e&apos;');
    expect(escapeXml('tab\tand\nnewline stay; bell\u0007 and NUL\u0000 go')).toBe('tab\tand\nnewline stay; bell and NUL go');
    // Already-escaped text is escaped again (the input is text, not markup).
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });
});

describe('dates', () => {
  it('reads a day as itself and a month as its first day, and refuses anything else', () => {
    expect(toDay('2026-11-24')).toBe('2026-11-24');
    expect(toDay('2026-12')).toBe('2026-12-01');
    expect(() => toDay('Dec 2026')).toThrow(/not a YYYY-MM-DD/);
    expect(() => toDay('2026')).toThrow();
  });

  it('newestDay takes the latest, skipping missing values', () => {
    expect(newestDay(['2026-05', undefined, '2026-11-24', '2026-12', ''])).toBe('2026-12-01');
    expect(newestDay(['2026-12-02', '2026-12'])).toBe('2026-12-02');
    expect(newestDay([])).toBeUndefined();
  });

  it('writes RFC 3339 midnight UTC', () => {
    expect(rfc3339Day('2026-12-01')).toBe('2026-12-01T00:00:00Z');
  });
});

const feed: AtomFeed = {
  title: 'Site & guides',
  subtitle: 'About <things>',
  siteUrl: 'https://example.com/',
  feedUrl: 'https://example.com/feed.xml',
  author: 'Site',
  entries: [
    { title: 'B <newer>', url: 'https://example.com/guides/b', published: '2026-11-01', updated: '2026-12-01', summary: 'Fish & chips', categories: ['gpu'] },
    { title: 'A', url: 'https://example.com/guides/a?x=1&y=2', updated: '2026-11-24', summary: 'Plain' },
  ],
};

describe('buildAtomFeed', () => {
  const xml = buildAtomFeed(feed);

  it('is an Atom feed with the required feed elements, updated = newest entry', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
    expect(xml).toContain('<id>https://example.com/feed.xml</id>');
    expect(xml).toContain('<title>Site &amp; guides</title>');
    expect(xml).toContain('<subtitle>About &lt;things&gt;</subtitle>');
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://example.com/feed.xml"/>');
    expect(xml).toContain('<author><name>Site</name></author>');
    // Feed-level updated comes before the first entry.
    const head = xml.slice(0, xml.indexOf('<entry>'));
    expect(head).toContain('<updated>2026-12-01T00:00:00Z</updated>');
    expect(xml.trimEnd().endsWith('</feed>')).toBe(true);
  });

  it('has one entry per guide, in the given order, with id = link = URL and escaped text', () => {
    const entries = [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]!);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toContain('<id>https://example.com/guides/b</id>');
    expect(entries[0]).toContain('<title>B &lt;newer&gt;</title>');
    expect(entries[0]).toContain('<published>2026-11-01T00:00:00Z</published>');
    expect(entries[0]).toContain('<updated>2026-12-01T00:00:00Z</updated>');
    expect(entries[0]).toContain('<summary type="text">Fish &amp; chips</summary>');
    expect(entries[0]).toContain('<category term="gpu"/>');
    expect(entries[1]).toContain('<id>https://example.com/guides/a?x=1&amp;y=2</id>');
    expect(entries[1]).toContain('href="https://example.com/guides/a?x=1&amp;y=2"');
    expect(entries[1]).not.toContain('<published>');
    // No raw ampersand anywhere: every & starts an entity.
    expect(xml).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
  });

  it('still has an updated element with no entries', () => {
    expect(buildAtomFeed({ ...feed, entries: [] }, '2026-01-02')).toContain('<updated>2026-01-02T00:00:00Z</updated>');
  });
});

describe('buildLlmsTxt', () => {
  const text = buildLlmsTxt({
    name: 'Site',
    summary: 'What it is,\nin one line.',
    notes: ['A note.', '- a list\n- of points'],
    sections: [
      { title: 'Guides', links: [{ title: 'Guide [one]', url: 'https://example.com/g/1', notes: 'first\nguide' }, { title: 'Two', url: 'https://example.com/a b(c)' }] },
      { title: 'Empty', links: [] },
      { title: 'Optional', links: [{ title: 'Feed', url: 'https://example.com/feed.xml' }] },
    ],
  });

  it('follows llmstxt.org: H1, blockquote, notes, then H2 link lists', () => {
    expect(text).toBe(
      [
        '# Site',
        '',
        '> What it is, in one line.',
        '',
        'A note.',
        '',
        '- a list\n- of points',
        '',
        '## Guides',
        '',
        '- [Guide \\[one\\]](https://example.com/g/1): first guide',
        '- [Two](https://example.com/a%20b%28c%29)',
        '',
        '## Optional',
        '',
        '- [Feed](https://example.com/feed.xml)',
        '',
      ].join('\n'),
    );
  });

  it('refuses notes that would add a heading', () => {
    expect(() => buildLlmsTxt({ name: 'x', summary: 'y', notes: ['ok\n## sneaky'], sections: [] })).toThrow(/headings/);
  });
});
