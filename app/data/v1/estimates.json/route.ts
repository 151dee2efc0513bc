import { DATA_BASE_PATH, dataFileBody, dataFiles, jsonText } from '@/lib/discovery/open-data';
import { absoluteUrl } from '@/lib/site';

// A static file in out/data/v1/estimates.json: the estimate behind every will-it-run page (lib/discovery/open-data.ts).
export const dynamic = 'force-static';

export function GET() {
  const file = dataFiles().find((f) => f.key === 'estimates')!;
  return new Response(jsonText(dataFileBody(file, absoluteUrl(`${DATA_BASE_PATH}/index.json`))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
