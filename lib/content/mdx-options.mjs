// @ts-check
/**
 * Markdown options shared by both MDX pipelines: @next/mdx (app/**\/page.mdx,
 * configured in next.config.mjs, where Turbopack needs plugins named as
 * strings with JSON-serialisable options) and mdx-bundler (content/guides,
 * lib/content/guides.server.ts). Plain .mjs so next.config.mjs can import it.
 *
 * Heading ids come from rehype-slug (github-slugger over the heading text);
 * lib/content/headings.ts computes the same ids for the link checker.
 */

/** rehype-pretty-code: highlight at build time, light + dark via CSS variables. */
export const prettyCodeOptions = {
  theme: { light: 'github-light-default', dark: 'github-dark-default' },
  keepBackground: false,
  defaultLang: 'plaintext',
};

/** rehype-autolink-headings: a small "#" link after each heading's text. */
export const autolinkOptions = {
  behavior: 'append',
  properties: { className: ['heading-anchor'], ariaLabel: 'Link to this section' },
  content: { type: 'text', value: '#' },
};
