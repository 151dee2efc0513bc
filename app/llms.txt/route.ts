import { getContentIndex } from '@/lib/content/guides.server';
import { QUERY_KEYS } from '@/lib/calculator/url';
import { models } from '@/lib/catalog/models';
import { devices } from '@/lib/catalog/devices';
import { buildLlmsTxt, type LlmsLink } from '@/lib/discovery/feeds';
import { willItRunPairs, willItRunPath } from '@/lib/discovery/routes';
import { DATA_BASE_PATH, DATA_LICENCE, dataFiles } from '@/lib/discovery/open-data';
import { absoluteUrl, siteDescription, siteName } from '@/lib/site';

// A static file in out/llms.txt (llmstxt.org): the site, its pages and its data, for language models.
export const dynamic = 'force-static';

/** What the site's own pages are for; a page route not named here is listed by its path alone. */
const PAGE_NOTES: Record<string, { title: string; notes: string }> = {
  '/': { title: 'Home', notes: 'the calculator’s default answer and the guides' },
  '/guides': { title: 'Guides', notes: 'every guide, grouped by question' },
  '/models': { title: 'Models', notes: 'every model in the catalog, with filters' },
  '/devices': { title: 'Devices', notes: 'every device in the catalog, with filters' },
  '/compare': { title: 'Compare', notes: 'two or three set-ups side by side (devices, models or formats); keys m1 d1 q1 … m3 d3 q3, ctx, ram' },
  '/search': { title: 'Search', notes: 'find a model, device or guide by a partial name (runs in the browser)' },
  '/about': { title: 'About', notes: 'who makes the site and how' },
};
/** Pages with sections of their own below. */
const LISTED_APART = new Set(['/calculator', '/methodology']);

export async function GET() {
  const { guides, pageRoutes } = await getContentIndex();
  const example = `${absoluteUrl('/calculator')}?model=gpt-oss-120b&device=rtx-4090&ram=64`;
  const pages: LlmsLink[] = pageRoutes
    .filter((r) => !LISTED_APART.has(r))
    .map((r) => ({ title: PAGE_NOTES[r]?.title ?? r, url: absoluteUrl(r), notes: PAGE_NOTES[r]?.notes }));
  const text = buildLlmsTxt({
    name: siteName,
    summary: `${siteDescription} Every memory and speed figure comes from one calibrated estimator of llama.cpp and Ollama, never typed by hand.`,
    notes: [
      `The catalog holds ${models.length} models and ${devices.length} devices (GPUs, Macs and other unified-memory systems, integrated graphics, CPU-only set-ups). Estimates are for one conversation at a time (batch size one) in llama.cpp or Ollama; other runtimes are not modelled, and quality is not estimated.`,
      `The calculator keeps its whole state in its address, so a link reproduces an answer exactly, e.g. ${example}. Its query keys are ${QUERY_KEYS.map((k) => `\`${k}\``).join(', ')}; ids come from the catalog files below, and the methodology page documents each key.`,
      `The catalog is open data (${DATA_LICENCE.id}; figures from third-party sources keep their sources' terms): JSON files under ${absoluteUrl(`${DATA_BASE_PATH}/`)} with the source of every figure. Prefer them to scraping pages.`,
    ],
    sections: [
      {
        title: 'Guides',
        links: guides.map((g) => ({ title: g.frontmatter.title, url: absoluteUrl(g.route), notes: g.frontmatter.description })),
      },
      {
        title: 'Tools',
        links: [
          { title: 'Calculator', url: absoluteUrl('/calculator'), notes: 'pick a model, a device and settings; see whether it fits, generation speed, time to first token and the commands' },
          { title: 'Calculator URL keys', url: absoluteUrl('/methodology#calculator-links'), notes: 'what each query key sets, with examples' },
          {
            title: 'Will it run? pages',
            url: absoluteUrl(willItRunPath('gpt-oss-20b', 'rtx-4090')),
            notes: `one page per model on a device (/will-it-run/<model>/<device>, ${willItRunPairs().length} pages: both gpt-oss models on every device, popular models on popular devices), each with the verdict, memory, speeds and commands; the same figures are in estimates.json`,
          },
        ],
      },
      {
        title: 'Methodology',
        links: [
          { title: 'How the numbers are worked out', url: absoluteUrl('/methodology'), notes: 'formulas, fitted constants, accuracy against published measurements, known limits' },
          { title: 'Open data', url: absoluteUrl('/methodology#open-data'), notes: 'the data files, their fields, versioning and licence' },
        ],
      },
      {
        title: 'Data',
        links: [
          { title: 'Open data index', url: absoluteUrl(`${DATA_BASE_PATH}/index.json`), notes: 'version, licence, field documentation and the estimator’s accuracy' },
          ...dataFiles().map((f) => ({ title: f.path.split('/').pop()!, url: absoluteUrl(f.path), notes: f.description })),
        ],
      },
      {
        title: 'Optional',
        links: [
          ...pages,
          { title: 'Atom feed of guides', url: absoluteUrl('/feed.xml') },
          { title: 'Sitemap', url: absoluteUrl('/sitemap.xml'), notes: 'every page, with its last-modified date' },
        ],
      },
    ],
  });
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
