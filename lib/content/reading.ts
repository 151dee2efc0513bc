/**
 * Word count and reading time of a guide, from its MDX tree (computed once, at index time).
 *
 * What counts: the prose a reader reads: paragraphs, headings, lists, tables, and the text written
 * inside components that wrap prose (a <Callout>'s body). What does not: code (blocks and inline),
 * frontmatter, imports and expressions, raw HTML, and what widgets print (an <Estimate>'s figure, a
 * chart's table), since that text is not in the source and readers scan rather than read it.
 *
 * Reading time = words / 230 words per minute, rounded, at least one minute. Adults read English
 * non-fiction silently at about 238 words per minute on average (Brysbaert 2019, "How many words do
 * we read per minute?", Journal of Memory and Language 109, 104047, doi:10.1016/j.jml.2019.104047);
 * 230 rounds that down a little for technical text with figures and tables.
 */
import type { Root } from 'mdast';
import type { Node, Parent } from 'unist';

export const WORDS_PER_MINUTE = 230;

/** Node types whose text is never counted. */
const SKIPPED = new Set(['yaml', 'code', 'inlineCode', 'html', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'image', 'imageReference']);

/** Inline containers: their children join without a space ("foo**bar**" is one word). */
const INLINE = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'tableCell', 'mdxJsxTextElement']);

function proseText(node: Node): string {
  if (SKIPPED.has(node.type)) return '';
  if (node.type === 'text') return (node as Node & { value: string }).value;
  const children = (node as Parent).children;
  if (!children) return '';
  return children.map(proseText).join(INLINE.has(node.type) ? '' : ' ');
}

/** Words of prose in an MDX tree (see the module comment for what counts). */
export function countWords(tree: Root): number {
  return proseText(tree)
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Minutes to read `words` words, rounded, never less than one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
