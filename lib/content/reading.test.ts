import { describe, expect, it } from 'vitest';
import { parseMdx } from './check';
import { countWords, readingMinutes, WORDS_PER_MINUTE } from './reading';

const words = (source: string) => {
  const { tree, issues } = parseMdx('x.mdx', source);
  expect(issues).toEqual([]);
  return countWords(tree!);
};

describe('countWords', () => {
  it('counts prose in headings, paragraphs, lists, links and emphasis', () => {
    // "Two words" (2) + "One **bold**move here" → One, boldmove, here (3) + list: alpha, beta gamma (3) + link text "the guide" (2) + "see" (1)
    expect(words('## Two words\n\nOne **bold**move here\n\n- alpha\n- beta gamma\n\nsee [the guide](/guides/x)\n')).toBe(11);
  });

  it('leaves out frontmatter, code blocks, inline code and self-closing widgets', () => {
    const source = [
      '---',
      'title: Ten words of frontmatter that must never be counted at all',
      '---',
      '',
      'Run `ollama run gpt-oss:20b` now.', // Run, now. → 2 (inline code skipped)
      '',
      '```bash',
      'ollama ps --every word here is code',
      '```',
      '',
      'It writes <Estimate model="gpt-oss-20b" device="rtx-4090" show="decode" /> on that card.', // It writes on that card. → 5
      '',
      '<WillItRun model="gpt-oss-20b" device="rtx-4090" />',
    ].join('\n');
    expect(words(source)).toBe(7);
  });

  it('counts the prose inside a Callout, and table cells', () => {
    const source = '<Callout type="tip" title="Not counted: a prop">\nThree words here.\n</Callout>\n\n| a b | c |\n|---|---|\n| d | e f |\n';
    // 3 + header (a, b, c) + row (d, e, f) = 9
    expect(words(source)).toBe(9);
  });

  it('does not count punctuation on its own as a word', () => {
    // Fast, and, cheap, really, yes: the dashes are not words.
    expect(words('Fast — and cheap; really – yes.\n')).toBe(5);
  });
});

describe('readingMinutes', () => {
  it('divides by the reading rate, rounds, and never says zero', () => {
    expect(WORDS_PER_MINUTE).toBe(230);
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(100)).toBe(1);
    expect(readingMinutes(2300)).toBe(10); // 2,300 / 230 = 10
    expect(readingMinutes(1500)).toBe(7); // 6.52 → 7
    expect(readingMinutes(1490)).toBe(6); // 6.48 → 6
  });
});
