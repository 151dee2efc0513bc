import { describe, expect, it } from 'vitest';
import { parseMdx } from './check';
import { extractFaq, type RenderElement } from './faq';
import { guideExtras, renderFigureText } from './guide-extras.server';

const tree = (source: string) => {
  const { tree, issues } = parseMdx('x.mdx', source);
  expect(issues).toEqual([]);
  return tree!;
};

const FIXTURE = `---
title: T
---

## Intro

### Is this a question?

Not inside the FAQ section, so not extracted.

## Frequently asked questions

### Does gpt-oss-20b need a GPU?

No. It runs on a **CPU** too, just [slower](/guides/x).

A second paragraph with \`ollama ps\` in code.

### How fast is it on an RTX 4090?

It writes <Estimate model="gpt-oss-20b" device="rtx-4090" show="decode" /> there.

### Not a question, so skipped

Text that belongs to no question.

### Which tools work?

- Ollama
- llama.cpp

<Callout type="tip">Either is fine.</Callout>

### Can I see a chart?

<ThroughputChart model="gpt-oss-20b" />

## After the FAQ

### Is this extracted?

No: the FAQ section ended at the previous ## heading.
`;

const fakeFigure: RenderElement = (el) => (el.name === 'Estimate' ? 'about 200 tokens/s (likely 150–230)' : undefined);

describe('extractFaq', () => {
  it('takes the ### questions of the FAQ section with their answers as plain text', () => {
    expect(extractFaq(tree(FIXTURE), fakeFigure)).toEqual([
      {
        question: 'Does gpt-oss-20b need a GPU?',
        answer: 'No. It runs on a CPU too, just slower.\n\nA second paragraph with ollama ps in code.',
      },
      { question: 'How fast is it on an RTX 4090?', answer: 'It writes about 200 tokens/s (likely 150–230) there.' },
      { question: 'Which tools work?', answer: 'Ollama\nllama.cpp\n\nEither is fine.' },
      // "Can I see a chart?" is left out: a widget cannot be said in text.
    ]);
  });

  it('leaves out answers with a figure when no renderer is given', () => {
    const questions = extractFaq(tree(FIXTURE)).map((e) => e.question);
    expect(questions).toEqual(['Does gpt-oss-20b need a GPU?', 'Which tools work?']);
  });

  it('leaves out an answer whose component the renderer refuses', () => {
    const refuse: RenderElement = (el) => (el.name === 'Estimate' ? null : undefined);
    expect(extractFaq(tree(FIXTURE), refuse).map((e) => e.question)).not.toContain('How fast is it on an RTX 4090?');
  });

  it('finds nothing without a FAQ section, and accepts "## FAQ"', () => {
    expect(extractFaq(tree('## Intro\n\n### Why?\n\nBecause.\n'))).toEqual([]);
    expect(extractFaq(tree('## FAQ\n\n### Why?\n\nBecause.\n'))).toEqual([{ question: 'Why?', answer: 'Because.' }]);
  });

  it('skips a question with no answer text', () => {
    expect(extractFaq(tree('## Frequently asked questions\n\n### Empty?\n\n### Full?\n\nYes.\n'))).toEqual([
      { question: 'Full?', answer: 'Yes.' },
    ]);
  });
});

describe('renderFigureText (the engine behind FAQ figures)', () => {
  it('prints the figure the <Estimate> component prints, with its range unless range={false}', () => {
    const faq = guideExtras(
      tree(
        '## Frequently asked questions\n\n### Fast?\n\nIt writes <Estimate model="gpt-oss-20b" device="rtx-4090" show="decode" />.\n\n### Verdict?\n\nIt <Estimate model="gpt-oss-20b" device="rtx-4090" show="verdict" />.\n\n### Bare?\n\n<Estimate model="gpt-oss-20b" device="rtx-4090" show="decode" range={false} />\n',
      ),
    ).faq;
    // The phrase shape of lib/format/figures.ts: "about N tokens/s (likely L–H)".
    expect(faq[0].answer).toMatch(/^It writes about [\d,.]+ tokens\/s \(likely [\d,.]+–[\d,.]+\)\.$/);
    // A word figure: the verdict phrase, inside the sentence.
    expect(faq[1].answer).toBe('It fits entirely in GPU memory.');
    expect(faq[2].answer).toMatch(/^about [\d,.]+ tokens\/s$/);
  });

  it('returns undefined for components that are not figures, and null for an impossible scenario', () => {
    const callout = tree('<Callout>x</Callout>\n').children[0];
    expect(renderFigureText(callout as never)).toBeUndefined();
    const bad = tree('<Estimate model="no-such-model" device="rtx-4090" show="decode" />\n').children[0];
    expect(renderFigureText(bad as never)).toBeNull();
  });
});
