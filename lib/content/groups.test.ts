import { describe, expect, it } from 'vitest';
import { groupGuides } from './groups';

const g = (slug: string, group?: 'fit' | 'speed' | 'setup' | 'choose') => ({ slug, frontmatter: { group } });

describe('groupGuides', () => {
  it('orders groups fit, speed, setup, choose, then ungrouped, keeping order inside and dropping empty groups', () => {
    const grouped = groupGuides([g('a', 'choose'), g('b'), g('c', 'fit'), g('d', 'choose'), g('e', 'speed')]);
    expect(grouped.map((x) => [x.question, x.guides.map((y) => y.slug)])).toEqual([
      ['Will it fit?', ['c']],
      ['How fast will it run?', ['e']],
      ['What should I run?', ['a', 'd']],
      ['More guides', ['b']],
    ]);
  });

  it('returns nothing for no guides', () => {
    expect(groupGuides([])).toEqual([]);
  });
});
