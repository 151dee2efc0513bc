/**
 * Heading ids, computed the way rehype-slug computes them: one github-slugger
 * per document, fed the heading's plain text (image alt text excluded, as in
 * hast-util-to-string). The link checker uses these to verify `#anchors`;
 * headings.test.ts proves they match rehype-slug's output.
 */
import GithubSlugger from 'github-slugger';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

export interface HeadingInfo {
  id: string;
  depth: number;
  text: string;
  line: number;
  column: number;
}

/** All headings of an mdast tree in document order, with their slug ids. */
export function collectHeadings(tree: Root): HeadingInfo[] {
  const slugger = new GithubSlugger();
  const headings: HeadingInfo[] = [];
  visit(tree, 'heading', (node: Heading) => {
    const text = toString(node, { includeImageAlt: false });
    headings.push({
      id: slugger.slug(text),
      depth: node.depth,
      text,
      line: node.position?.start.line ?? 1,
      column: node.position?.start.column ?? 1,
    });
  });
  return headings;
}
