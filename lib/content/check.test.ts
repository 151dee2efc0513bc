import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { brokenLinkReason, checkDocument, formatIssue, type SiteIndex } from './check';

const index: SiteIndex = {
  pages: new Map<string, ReadonlySet<string>>([
    ['/', new Set(['main'])],
    ['/about', new Set(['main', 'where-the-numbers-come-from'])],
    ['/guides', new Set(['main'])],
    ['/guides/other', new Set(['main', 'a-section'])],
  ]),
  files: new Set(['/og.png', '/sitemap.xml', '/images/chart.png']),
  draftGuides: new Set(['secret']),
  components: {
    Callout: z.strictObject({ type: z.enum(['note', 'tip', 'warning']).default('note'), title: z.string().optional() }),
    Meter: z.strictObject({ value: z.number().min(0).max(1), labels: z.array(z.string()).optional(), opts: z.object({ a: z.number() }).optional() }),
  },
};

const frontmatter = (extra = '') => `---
title: A guide
description: A short description.
published: 2025-01-02
updated: 2025-01-03
tags: [basics]
related: []
${extra}---
`;

/** Lines of the frontmatter block above (so body positions are predictable). */
const FM_LINES = 8;

function check(body: string, opts: { fm?: string; file?: string } = {}) {
  const file = opts.file ?? 'content/guides/foo.mdx';
  return checkDocument(file, (opts.fm ?? frontmatter()) + body, index).map(formatIssue);
}

describe('a valid guide', () => {
  it('has no issues', () => {
    const body = [
      '## First section',
      '',
      'See [about](/about), [the numbers](/about#where-the-numbers-come-from), [other](/guides/other#a-section),',
      '[below](#second-section), [the list](/guides), [home](/), [og](/og.png), [ext](https://ollama.com), [mail](mailto:a@b.c).',
      '',
      '<Callout type="tip" title="Hi">Body with [a link](#first-section).</Callout>',
      '',
      '<Meter value={0.5} labels={["a", `b`]} opts={{ a: -1 }} />',
      '',
      '{/* a comment is fine */}',
      '',
      'Press <kbd>Enter</kbd>. ![chart](/images/chart.png)',
      '',
      '## Second section',
    ].join('\n');
    expect(check(body)).toEqual([]);
  });
});

describe('links', () => {
  it('reports a link to a missing guide with file, line and column', () => {
    expect(check('Intro.\n\nRead [this](/guides/nope) next.')).toEqual([
      `content/guides/foo.mdx:${FM_LINES + 3}:6 broken link "/guides/nope" (no such guide)`,
    ]);
  });

  it('reports a missing anchor on another guide, on this page and on an app route', () => {
    expect(check('[a](/guides/other#nope) [b](#nope) [c](/about#nope)')).toEqual([
      `content/guides/foo.mdx:${FM_LINES + 1}:1 broken link "/guides/other#nope" (no heading "#nope" in /guides/other)`,
      `content/guides/foo.mdx:${FM_LINES + 1}:25 broken link "#nope" (no heading "#nope" on this page)`,
      `content/guides/foo.mdx:${FM_LINES + 1}:36 broken link "/about#nope" (no heading "#nope" in /about)`,
    ]);
  });

  it('reports unknown pages, drafts, relative links and links inside components', () => {
    const issues = check('[x](/pricing) [y](/guides/secret) [z](other-guide)\n\n<Callout>[w](/guides/gone)</Callout>');
    expect(issues).toEqual([
      expect.stringContaining('broken link "/pricing" (no such page)'),
      expect.stringContaining('broken link "/guides/secret" (guide is a draft and has no page)'),
      expect.stringContaining('broken link "other-guide" (relative link'),
      expect.stringMatching(/:11:10 broken link "\/guides\/gone" \(no such guide\)$/),
    ]);
  });

  it('checks reference-style definitions and href props', () => {
    const issues = check('[x][ref]\n\n[ref]: /guides/nope\n\n<Callout>ok</Callout>');
    expect(issues).toEqual([expect.stringContaining(`:${FM_LINES + 3}:1 broken link "/guides/nope"`)]);
  });

  it('accepts trailing slashes and query strings on real routes', () => {
    expect(brokenLinkReason('/about/', '/x', new Set(), index)).toBeNull();
    expect(brokenLinkReason('/guides?tag=a', '/x', new Set(), index)).toBeNull();
    expect(brokenLinkReason('/og.png#x', '/x', new Set(), index)).toMatch(/is a file/);
  });

  it('reports images missing from public/', () => {
    expect(check('![alt](/images/none.png)')).toEqual([expect.stringContaining('missing image "/images/none.png"')]);
  });
});

describe('components', () => {
  it('reports an unknown component', () => {
    expect(check('Text\n\n<Chart model="x" />')).toEqual([
      `content/guides/foo.mdx:${FM_LINES + 3}:1 unknown component <Chart> (registry has: Callout, Meter)`,
    ]);
  });

  it('reports an unknown prop at the prop', () => {
    expect(check('<Callout type="note" colour="red">x</Callout>')).toEqual([
      `content/guides/foo.mdx:${FM_LINES + 1}:22 unknown prop "colour" on <Callout>`,
    ]);
  });

  it('reports a prop value that fails the schema', () => {
    const issues = check('<Callout type="danger">x</Callout>\n\n<Meter value={2} />');
    expect(issues).toHaveLength(2);
    expect(issues[0]).toMatch(new RegExp(`:${FM_LINES + 1}:10 invalid prop "type" on <Callout>: `));
    expect(issues[1]).toMatch(new RegExp(`:${FM_LINES + 3}:8 invalid prop "value" on <Meter>: `));
  });

  it('reports a missing required prop', () => {
    expect(check('<Meter />')).toEqual([expect.stringContaining('invalid prop "value" on <Meter>')]);
  });

  it('reports non-literal prop expressions and spreads', () => {
    const issues = check('<Meter value={0.1 + 0.2} />\n\n<Meter value={x} />\n\n<Callout {...props}>x</Callout>\n\n<Meter value={0.5} labels={[a]} />');
    expect(issues).toEqual([
      expect.stringContaining('prop "value" on <Meter> must be a literal value, not {0.1 + 0.2}'),
      expect.stringContaining('prop "value" on <Meter> must be a literal value, not {x}'),
      expect.stringContaining('spread props are not allowed on <Callout>'),
      expect.stringContaining('prop "labels" on <Meter> must be a literal value'),
    ]);
  });

  it('reports imports, exports, expressions and disallowed HTML', () => {
    const issues = check('import X from "./x"\n\nexport const y = 1\n\nSum: {1 + 1}\n\n<div>raw</div>');
    expect(issues).toEqual([
      expect.stringContaining(`:${FM_LINES + 1}:1 guides must not use import or export`),
      expect.stringContaining(`:${FM_LINES + 3}:1 guides must not use import or export`),
      expect.stringContaining(`:${FM_LINES + 5}:6 expressions like {…} are not allowed`),
      expect.stringContaining(`:${FM_LINES + 7}:1 HTML element <div> is not allowed`),
    ]);
  });

  it('reports hand-typed speed and memory figures in prose, but not in code', () => {
    const issues = check('It needs 12 GB and runs at 40 tokens/s.\n\nAlso 1.5 TB/s, 30 tok/s, 8GiB.\n\n`ollama run gpt-oss:20b` and `24 GB` in code are fine.\n\n```\nVRAM: 24 GB\n```');
    expect(issues).toEqual([
      expect.stringContaining(`:${FM_LINES + 1}:1 hand-typed figure "12 GB"`),
      expect.stringContaining(`:${FM_LINES + 3}:1 hand-typed figure "1.5 TB/s"`),
    ]);
    expect(check('Two phases, a 20b model, 4-bit weights, Q4_K_M, MXFP4.')).toEqual([]);
  });

  it('reports "about" before a figure that already says "about"', () => {
    // (This fixture registry has no Estimate, so "unknown component" is reported too; only the hedge matters here.)
    const doubled = (body: string) => check(body).filter((i) => i.includes('doubles up'));
    expect(doubled('It writes about <Estimate model="gpt-oss-20b" device="rtx-4090" show="decode" /> there.')).toEqual([
      expect.stringContaining('"about" before <Estimate show="decode"> doubles up'),
    ]);
    // Memory figures print a bare number, so hedging them is fine.
    expect(doubled('It needs about <Estimate model="gpt-oss-20b" device="rtx-4090" show="memory" />.')).toEqual([]);
  });

  it('reports an h1 in a guide body', () => {
    expect(check('# Second title')).toEqual([expect.stringContaining('must not use "#" (h1) headings')]);
  });

  it('reports MDX syntax errors with a position', () => {
    expect(check('Text\n\n<Callout type="note">never closed')).toEqual([
      expect.stringMatching(/^content\/guides\/foo\.mdx:\d+:\d+ MDX syntax error: /),
    ]);
  });

  it('allows ESM in app pages but not in guides', () => {
    const source = "import { x } from '@/lib/x'\nexport const metadata = x\n\n# About\n\nSee [guides](/guides).";
    expect(checkDocument('app/about/page.mdx', source, index, { kind: 'page', route: '/about' })).toEqual([]);
  });
});

describe('frontmatter', () => {
  it('reports invalid fields at their line', () => {
    const fm = `---
title: A guide
description: ${'x'.repeat(161)}
published: not a date
updated: 2025-01-03
tags: [basics]
related: []
colour: red
---
`;
    expect(check('Body', { fm })).toEqual([
      expect.stringMatching(/^content\/guides\/foo\.mdx:3:1 invalid frontmatter field "description": description is longer than 160 characters$/),
      expect.stringMatching(/:4:1 invalid frontmatter field "published": /),
      'content/guides/foo.mdx:8:1 unknown frontmatter field "colour"',
    ]);
  });

  it('reports missing fields and missing frontmatter', () => {
    expect(check('Body', { fm: '---\ntitle: T\ndescription: D\npublished: 2025-01-01\n---\n' })).toEqual([
      expect.stringContaining('frontmatter field "updated" is required'),
    ]);
    expect(check('Just a body', { fm: '' })).toEqual(['content/guides/foo.mdx:1:1 missing frontmatter (a --- YAML block at the top)']);
  });

  it('reports invalid YAML', () => {
    expect(check('Body', { fm: '---\ntitle: [unclosed\n---\n' })).toEqual([expect.stringMatching(/^content\/guides\/foo\.mdx:\d+:\d+ invalid YAML: /)]);
  });

  it('reports related slugs that do not exist, are drafts, or point to itself', () => {
    const fm = frontmatter().replace('related: []', 'related:\n  - other\n  - nope\n  - secret\n  - foo');
    expect(check('Body', { fm })).toEqual([
      'content/guides/foo.mdx:9:5 related guide "nope" (no such guide)',
      'content/guides/foo.mdx:10:5 related guide "secret" (guide is a draft)',
      'content/guides/foo.mdx:11:5 related guide "foo" (a guide cannot be related to itself)',
    ]);
  });
});
