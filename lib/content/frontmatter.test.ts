import { describe, expect, it } from 'vitest';
import { guideFrontmatterSchema } from './frontmatter';

const base = { title: 'T', description: 'D', published: '2025-01-02', updated: '2025-01-02' };

describe('guideFrontmatterSchema', () => {
  it('normalises Date objects (as YAML loaders produce) to YYYY-MM-DD', () => {
    const fm = guideFrontmatterSchema.parse({ ...base, published: new Date('2025-01-02T00:00:00Z'), updated: new Date('2025-02-03') });
    expect(fm.published).toBe('2025-01-02');
    expect(fm.updated).toBe('2025-02-03');
  });

  it('fills defaults', () => {
    expect(guideFrontmatterSchema.parse(base)).toMatchObject({ tags: [], related: [], draft: false });
  });

  it('rejects a description over 160 characters, unknown keys and updated < published', () => {
    expect(guideFrontmatterSchema.safeParse({ ...base, description: 'x'.repeat(161) }).success).toBe(false);
    expect(guideFrontmatterSchema.safeParse({ ...base, extra: 1 }).success).toBe(false);
    expect(guideFrontmatterSchema.safeParse({ ...base, updated: '2024-12-31' }).success).toBe(false);
  });
});
