import type { MetadataRoute } from 'next';
import { getContentIndex } from '@/lib/content/guides.server';
import { generatedPaths } from '@/lib/discovery/routes';
import { absoluteUrl } from '@/lib/site';

// Static export only writes metadata routes that are declared static.
export const dynamic = 'force-static';

/** Every page route from app/ plus every published guide, from the one content index. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { guides, pageRoutes } = await getContentIndex();
  const newest = guides.map((g) => g.frontmatter.updated).sort().at(-1);
  return [
    ...pageRoutes.map((route) => ({
      url: absoluteUrl(route),
      ...(newest && (route === '/' || route === '/guides') ? { lastModified: newest } : {}),
    })),
    ...guides.map((g) => ({ url: absoluteUrl(g.route), lastModified: g.frontmatter.updated })),
    ...generatedPaths().map((route) => ({ url: absoluteUrl(route) })),
  ];
}
