import report from '@/docs/calibration-report.json';
import { getContentIndex } from '@/lib/content/guides.server';
import { contentDate, DATA_BASE_PATH, dataIndexBody, jsonText } from '@/lib/discovery/open-data';
import { absoluteUrl } from '@/lib/site';

// A static file in out/data/v1/index.json: what the open data files hold, their fields, version, licence
// and the estimator's accuracy (read from the committed calibration report).
export const dynamic = 'force-static';

export async function GET() {
  const { guides } = await getContentIndex();
  const body = dataIndexBody({
    indexUrl: absoluteUrl(`${DATA_BASE_PATH}/index.json`),
    methodologyUrl: absoluteUrl('/methodology#open-data'),
    absolute: absoluteUrl,
    generated: contentDate(guides.map((g) => g.frontmatter.updated)),
    calibration: report,
  });
  return new Response(jsonText(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
