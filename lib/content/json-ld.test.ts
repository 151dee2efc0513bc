import { describe, expect, it } from 'vitest';
import { breadcrumbJsonLd, faqPageJsonLd, jsonLd } from './json-ld';

describe('jsonLd', () => {
  it('escapes < so content cannot close the script element, and stays valid JSON', () => {
    const text = jsonLd({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});

describe('faqPageJsonLd', () => {
  it('is a schema.org FAQPage with one Question and accepted Answer per entry', () => {
    expect(faqPageJsonLd([{ question: 'Why?', answer: 'Because.' }])).toEqual({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: [{ '@type': 'Question', name: 'Why?', acceptedAnswer: { '@type': 'Answer', text: 'Because.' } }],
    });
  });

  it('is null without questions (no empty FAQPage)', () => {
    expect(faqPageJsonLd([])).toBeNull();
  });
});

describe('breadcrumbJsonLd', () => {
  it('numbers the trail from 1', () => {
    const data = breadcrumbJsonLd([
      { name: 'Home', url: 'https://example.com/' },
      { name: 'Guides', url: 'https://example.com/guides' },
    ]) as { itemListElement: Array<{ position: number; name: string; item: string }> };
    expect(data['@type' as never]).toBe('BreadcrumbList');
    expect(data.itemListElement.map((i) => [i.position, i.name, i.item])).toEqual([
      [1, 'Home', 'https://example.com/'],
      [2, 'Guides', 'https://example.com/guides'],
    ]);
  });
});
