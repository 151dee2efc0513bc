import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Element, Root as HastRoot } from 'hast';
import { describe, expect, it } from 'vitest';
import { parseMdx } from './check';
import { collectHeadings } from './headings';

/** Ids as rehype-slug assigns them in the real pipeline. */
function rehypeSlugIds(source: string): string[] {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSlug);
  const hast = processor.runSync(processor.parse(source)) as HastRoot;
  const ids: string[] = [];
  visit(hast, 'element', (el: Element) => {
    if (/^h[1-6]$/.test(el.tagName)) ids.push(String(el.properties.id));
  });
  return ids;
}

const source = `
## Why a model that fits can still be slow
## Memory: weights + KV cache
### What's \`Q4_K_M\`?
## Duplicate
## Duplicate
## Ünïcode & émphasis *here*
## Offload — when it doesn't fit!
## ![an image](/x.png) with alt text
## 100% sure? (yes/no)
`;

describe('collectHeadings', () => {
  it('computes the same ids as rehype-slug', () => {
    const { tree } = parseMdx('x.mdx', source);
    const ids = collectHeadings(tree!).map((h) => h.id);
    expect(ids).toEqual(rehypeSlugIds(source));
    expect(ids).toContain('duplicate-1');
    expect(ids[0]).toBe('why-a-model-that-fits-can-still-be-slow');
  });

  it('records depth and position', () => {
    const { tree } = parseMdx('x.mdx', '# Title\n\ntext\n\n### Deep');
    expect(collectHeadings(tree!)).toMatchObject([
      { id: 'title', depth: 1, line: 1, column: 1 },
      { id: 'deep', depth: 3, line: 5 },
    ]);
  });

  it('still matches rehype-slug when the MDX parser is in the chain', () => {
    const mdx = '## Heading with <Callout>inline</Callout> element\n';
    const { tree } = parseMdx('x.mdx', mdx);
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkRehype).use(rehypeSlug);
    const hast = processor.runSync(processor.parse(mdx)) as HastRoot;
    let id = '';
    visit(hast, 'element', (el: Element) => {
      if (el.tagName === 'h2') id = String(el.properties.id);
    });
    expect(collectHeadings(tree!)[0].id).toBe(id);
  });
});
