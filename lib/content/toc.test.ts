import { describe, expect, it } from 'vitest';
import { parseMdx } from './check';
import { collectHeadings } from './headings';
import { tableOfContents, TOC_MIN_WORDS } from './toc';

const headingsOf = (source: string) => collectHeadings(parseMdx('x.mdx', source).tree!);

const source = `
## What it is
### Not in the table
## Memory: weights + KV cache
## Duplicate
## Duplicate
## Frequently asked questions
### Is it free?
`;

describe('tableOfContents', () => {
  it('lists the ## headings of a long guide with their rehype-slug ids, h3s left out', () => {
    expect(tableOfContents(headingsOf(source), TOC_MIN_WORDS + 1)).toEqual([
      { id: 'what-it-is', text: 'What it is' },
      { id: 'memory-weights--kv-cache', text: 'Memory: weights + KV cache' },
      { id: 'duplicate', text: 'Duplicate' },
      { id: 'duplicate-1', text: 'Duplicate' },
      { id: 'frequently-asked-questions', text: 'Frequently asked questions' },
    ]);
  });

  it('gives short guides none', () => {
    expect(TOC_MIN_WORDS).toBe(1000);
    expect(tableOfContents(headingsOf(source), 1000)).toEqual([]);
    expect(tableOfContents(headingsOf(source), 400)).toEqual([]);
  });

  it('gives none when there are fewer than three sections to jump between', () => {
    expect(tableOfContents(headingsOf('## One\n\n## Two\n\n### Three\n'), 5000)).toEqual([]);
  });
});
