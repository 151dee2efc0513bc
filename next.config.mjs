// @ts-check
import createMDX from '@next/mdx';
import { autolinkOptions, prettyCodeOptions } from './lib/content/mdx-options.mjs';

/**
 * Static export: `next build` writes the whole site to out/.
 * Pages under app/ may be MDX (app/about/page.mdx); guides in content/ go
 * through mdx-bundler instead (lib/content/guides.server.ts).
 */

const withMDX = createMDX({
  extension: /\.mdx$/,
  options: {
    // Turbopack needs plugins named as strings with serialisable options.
    remarkPlugins: ['remark-gfm'],
    rehypePlugins: [
      'rehype-slug',
      ['rehype-autolink-headings', autolinkOptions],
      ['rehype-pretty-code', prettyCodeOptions],
    ],
  },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  pageExtensions: ['ts', 'tsx', 'mdx'],
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  serverExternalPackages: ['esbuild'],
  // `npm test` type-checks the whole project (tsc --noEmit) as its own stage
  // before building; doing it again inside `next build` only costs time.
  typescript: { ignoreBuildErrors: true },
  env: {
    SITE_URL: process.env.SITE_URL ?? 'http://localhost:3000',
  },
};

export default withMDX(nextConfig);
