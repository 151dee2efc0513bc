import { getContentIndex } from '@/lib/content/guides.server';
import { buildAtomFeed } from '@/lib/discovery/feeds';
import { absoluteUrl, siteDescription, siteName } from '@/lib/site';

// A static file in out/feed.xml: the Atom feed of published guides, newest first.
export const dynamic = 'force-static';

export async function GET() {
  const { guides } = await getContentIndex();
  const xml = buildAtomFeed({
    title: `${siteName}: guides`,
    subtitle: siteDescription,
    siteUrl: absoluteUrl('/'),
    feedUrl: absoluteUrl('/feed.xml'),
    author: siteName,
    entries: guides.map((g) => ({
      title: g.frontmatter.title,
      url: absoluteUrl(g.route),
      published: g.frontmatter.published,
      updated: g.frontmatter.updated,
      summary: g.frontmatter.description,
      categories: g.frontmatter.tags,
    })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
