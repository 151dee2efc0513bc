/** The checker reports problems; it never throws, whatever a guide contains (fast-check over MDX fragments). */
import fc from 'fast-check';
import { it, expect } from 'vitest';
import { z } from 'zod';
import { checkDocument, type SiteIndex } from './check';
const index: SiteIndex = { pages: new Map([['/', new Set(['main'])]]), files: new Set(), draftGuides: new Set(), components: { Callout: z.strictObject({ type: z.enum(['note']).optional() }) } };
const fm = `---\ntitle: T\ndescription: D.\npublished: 2025-01-02\nupdated: 2025-01-03\ntags: [a]\nrelated: []\n---\n\n`;
it('never throws on any mix of MDX fragments, and always returns a list of issues', () => {
  const pieces = fc.constantFrom('<Callout>', '</Callout>', '{', '}', '<', '>', '[x](', ')', '#', '##', '`', '```', '---', '\n', 'import x from "y"', 'export const a = 1', '<div>', '<Foo a={1} />', '&', '![i](/x.png)', '| a |', '|---|', ' ', 'text', '"', "'", '<!--', '-->', '\\', '*', '_', '[^1]', '[^1]: n');
  fc.assert(fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }), (parts) => {
    const src = fm + parts.join('');
    let issues;
    expect(() => { issues = checkDocument('content/guides/f.mdx', src, index); }).not.toThrow();
    expect(Array.isArray(issues)).toBe(true);
  }), { numRuns: 500 });
});
