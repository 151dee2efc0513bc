import { describe, expect, it } from 'vitest';
import { checkDocument, formatIssue, type SiteIndex } from '@/lib/content/check';
import { componentProps } from './component-props';

const index: SiteIndex = {
  pages: new Map([['/', new Set(['main'])]]),
  files: new Set(),
  draftGuides: new Set(),
  components: componentProps,
};

const guide = (body: string) => `---
title: A guide
description: A short description.
published: 2025-01-02
updated: 2025-01-03
tags: [basics]
related: []
---

${body}
`;
const check = (body: string) => checkDocument('content/guides/g.mdx', guide(body), index).map(formatIssue);

describe('<Estimate> in a guide', () => {
  it('accepts a real scenario', () => {
    expect(check('It writes <Estimate model="gpt-oss-20b" device="rtx-4090" show="decode" />.')).toEqual([]);
    expect(check('<Estimate model="gpt-oss-120b" device="rtx-4090" systemRamGB={64} context={16384} show="memory" range={false} />')).toEqual([]);
  });

  it('takes context="max" as the model\'s own limit', () => {
    expect(check('<Estimate model="llama-2-7b" device="rtx-4090" context="max" show="context" />')).toEqual([]);
    const [issue] = check('<Estimate model="llama-2-7b" device="rtx-4090" context="huge" show="context" />');
    expect(issue).toMatch(/invalid prop "context"/);
  });

  it('rejects an unknown model at its line', () => {
    const issues = check('Text.\n\n<Estimate model="gpt-7" device="rtx-4090" show="decode" />');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^content\/guides\/g\.mdx:12:\d+ invalid prop "model" on <Estimate>/);
  });

  it('rejects a scenario the estimator refuses, with the estimator\'s message', () => {
    const [quant] = check('<Estimate model="gpt-oss-20b" device="rtx-4090" quant="q5_k_s" show="decode" />');
    expect(quant).toMatch(/invalid prop "quant" on <Estimate>: gpt-oss-20b is not published as q5_k_s/);
    const [context] = check('<Estimate model="llama-2-7b" device="rtx-4090" context={8192} show="decode" />');
    expect(context).toMatch(/invalid prop "context" on <Estimate>: contextTokens must be a whole number from 1 to 4096/);
  });

  it('rejects an unknown figure name', () => {
    const [issue] = check('<Estimate model="gpt-oss-20b" device="rtx-4090" show="speed" />');
    expect(issue).toMatch(/invalid prop "show"/);
  });
});
