import type { MetadataRoute } from 'next';
import { getContentIndex } from '@/lib/content/guides.server';
import { generatedPaths } from '@/lib/discovery/routes';
import { contentDate } from '@/lib/discovery/open-data';
import { absoluteUrl } from '@/lib/site';

// Static export only writes metadata routes that are declared static.
export const dynamic = 'force-static';

/**
 * Every page route from app/ plus every published guide, from the one content index, each with a
 * last-modified day read from the content (never the clock, so a rebuild of one commit is identical):
 * a guide's `updated`; every other page the site's content date, the newest guide `updated` or catalog
 * `asOf` (lib/discovery/open-data.ts `contentDate`), since their figures come from the catalog and engine.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { guides, pageRoutes } = await getContentIndex();
  const lastModified = contentDate(guides.map((g) => g.frontmatter.updated));
  return [
    ...pageRoutes.map((route) => ({ url: absoluteUrl(route), lastModified })),
    ...guides.map((g) => ({ url: absoluteUrl(g.route), lastModified: g.frontmatter.updated })),
    ...generatedPaths().map((route) => ({ url: absoluteUrl(route), lastModified })),
  ];
}
