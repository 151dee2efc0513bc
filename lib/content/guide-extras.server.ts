/**
 * What the guide page needs beyond the body, computed once per guide at index time from its MDX
 * tree: word count, reading time and the FAQ (for FAQPage structured data).
 *
 * FAQ answers may quote a figure with <Estimate>. Decision: the figure is evaluated here with the
 * engine, exactly as the <Estimate> component evaluates it on the page (same props schema, same
 * `figure()` phrase, range included), so the structured data states what the reader sees. Any
 * other component that prints something makes that answer unsayable in text, and the question is
 * left out of the structured data (see faq.ts).
 */
import 'server-only';
import type { Root } from 'mdast';
import { estimateInput, estimateProps } from './component-props';
import { visit } from 'unist-util-visit';
import { deviceById, modelById } from '@/lib/catalog';
import { estimate } from '@/lib/estimator';
import { figure } from '@/lib/format/figures';
import { literalProps } from './check';
import { extractFaq, type FaqEntry, type MdxJsxElement } from './faq';
import { countWords, readingMinutes } from './reading';

export interface GuideExtras {
  /** Words of prose (reading.ts says what counts). */
  words: number;
  readingMinutes: number;
  /** Questions and answers of the `## Frequently asked questions` section, [] if none. */
  faq: FaqEntry[];
  /** The guide's first <Estimate> (its lead figure, for the social image), without its range. */
  keyFigure?: { text: string; label: string };
}

/** The text an <Estimate> prints ("about 210 tokens/s (likely 150–230)"); undefined for other components. */
export function renderFigureText(element: MdxJsxElement): string | null | undefined {
  if (element.name !== 'Estimate') return undefined;
  const parsed = estimateProps.safeParse(literalProps(element));
  if (!parsed.success) return null;
  const r = estimate(estimateInput(parsed.data));
  if (!r.ok) return null;
  const f = figure(r.value, parsed.data.show, parsed.data.range);
  return f.text + f.range;
}

/** The first <Estimate> of the body as a bare figure and what it is of ("gpt-oss-20b on GeForce RTX 4060 Ti 16GB"). */
function firstFigure(tree: Root): GuideExtras['keyFigure'] {
  let found: GuideExtras['keyFigure'];
  visit(tree, (node) => {
    if (found || (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement')) return;
    const element = node as unknown as MdxJsxElement;
    if (element.name !== 'Estimate') return;
    const parsed = estimateProps.safeParse({ ...literalProps(element), range: false });
    if (!parsed.success || parsed.data.show === 'verdict') return;
    const r = estimate(estimateInput(parsed.data));
    if (!r.ok) return;
    const label = `${modelById.get(parsed.data.model)?.name} on ${deviceById.get(parsed.data.device)?.name}`;
    found = { text: figure(r.value, parsed.data.show, false).text, label };
  });
  return found;
}

export function guideExtras(tree: Root): GuideExtras {
  const words = countWords(tree);
  return { words, readingMinutes: readingMinutes(words), faq: extractFaq(tree, renderFigureText), keyFigure: firstFigure(tree) };
}
