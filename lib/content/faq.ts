/**
 * FAQ extraction for FAQPage structured data, from a guide's MDX tree (at index time).
 *
 * The convention (guide brief): a top-level section `## Frequently asked questions` (or `## FAQ`)
 * whose `###` headings are the questions and whose following blocks, up to the next heading, are
 * the answer. A `###` heading that does not end in "?" is not a question and is skipped with its
 * text. The answer becomes plain text: links keep their words, code keeps its text, paragraphs
 * are separated by a blank line.
 *
 * Components inside an answer are handed to `renderElement`, which returns the text they print
 * (the guide index evaluates `<Estimate>` with the engine, so the structured data says exactly
 * what the page says), `undefined` for a component that merely wraps prose (its children's text
 * is used), or `null` when it cannot be said in text. A question whose answer contains such a
 * component, or a childless component the renderer does not know, is left out entirely: structured
 * data that quotes half an answer would disagree with the page. Without a renderer, answers that
 * contain a figure are left out.
 */
import type { Heading, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import type { Node, Parent } from 'unist';

export interface FaqEntry {
  question: string;
  /** The answer as plain text (paragraphs separated by a blank line). */
  answer: string;
}

export type MdxJsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Text a component prints, `undefined` to use its children's text, `null` if it cannot be said in text. */
export type RenderElement = (element: MdxJsxElement) => string | null | undefined;

const FAQ_HEADING = /^(frequently asked questions|faqs?)\b/i;

class Unsayable extends Error {}

function plainText(node: Node, render: RenderElement): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'code':
      return (node as Node & { value: string }).value;
    case 'break':
      return '\n';
    case 'image':
      return (node as Node & { alt?: string | null }).alt ?? '';
    case 'html':
    case 'yaml':
    case 'mdxjsEsm':
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return '';
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const el = node as MdxJsxElement;
      const out = render(el);
      if (out === null) throw new Unsayable();
      if (typeof out === 'string') return out;
      if (el.children.length === 0) throw new Unsayable();
      return blocksText(el.children as Node[], render, node.type === 'mdxJsxFlowElement');
    }
    default: {
      const children = (node as Parent).children;
      if (!children) return '';
      const block = ['list', 'listItem', 'blockquote', 'table', 'tableRow'].includes(node.type);
      return blocksText(children, render, block);
    }
  }
}

function blocksText(children: readonly Node[], render: RenderElement, block: boolean): string {
  const parts = children.map((c) => plainText(c, render));
  return block ? parts.map((p) => p.trim()).filter(Boolean).join('\n') : parts.join('');
}

const tidy = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((p) => p.replace(/[ \t]+/g, ' ').replace(/ *\n */g, '\n').trim())
    .filter(Boolean)
    .join('\n\n');

/** Without a renderer, every component that prints something (no children) is unsayable. */
const noFigures: RenderElement = () => undefined;

/** The questions and answers of a guide's FAQ section, in order; [] when it has none. */
export function extractFaq(tree: Root, renderElement: RenderElement = noFigures): FaqEntry[] {
  const nodes = tree.children;
  const start = nodes.findIndex((n) => n.type === 'heading' && n.depth === 2 && FAQ_HEADING.test(toString(n).trim()));
  if (start < 0) return [];

  const entries: FaqEntry[] = [];
  let question: string | null = null;
  let answer: RootContent[] = [];
  const flush = () => {
    if (question === null) return;
    try {
      const text = tidy(answer.map((n) => plainText(n, renderElement).trim()).join('\n\n'));
      if (text) entries.push({ question, answer: text });
    } catch (error) {
      if (!(error instanceof Unsayable)) throw error;
    }
    question = null;
    answer = [];
  };

  for (const node of nodes.slice(start + 1)) {
    if (node.type === 'heading' && node.depth <= 3) {
      flush();
      if (node.depth <= 2) break;
      const text = toString(node as Heading, { includeImageAlt: false }).trim();
      if (text.endsWith('?')) question = text;
      continue;
    }
    if (question !== null) answer.push(node);
  }
  flush();
  return entries;
}
