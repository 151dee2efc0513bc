import { getContentIndex } from '@/lib/content/guides.server';
import { jsonLd } from '@/lib/content/json-ld';
import { contentDate, datasetJsonLd } from '@/lib/discovery/open-data';
import { absoluteUrl } from '@/lib/site';

/** schema.org Dataset for the open data, on the page that documents it (/methodology). */
export async function DatasetJsonLd() {
  const { guides } = await getContentIndex();
  const data = datasetJsonLd({
    absolute: absoluteUrl,
    methodologyUrl: absoluteUrl('/methodology#open-data'),
    generated: contentDate(guides.map((g) => g.frontmatter.updated)),
  });
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd(data) }} />;
}
