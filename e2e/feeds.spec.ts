/**
 * The machine-readable files beside the pages, fetched from the static export: the Atom feed
 * (well-formed, one entry per published guide, linked from every page's head), llms.txt (the
 * llmstxt.org shape, every guide, every link resolving), the open data under /data/v1/ (parses, every
 * catalog record with its source, one catalogVersion, documented on /methodology) and the sitemap
 * (every entry has a lastmod; guides carry their `updated`; no non-HTML files listed).
 *
 * Expected values come from the sources, not from the code under test: guides from the frontmatter in
 * content/guides/, records from the catalog modules, accuracy from docs/calibration-report.json.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import report from '../docs/calibration-report.json';
import { kvCacheFormats } from '../lib/catalog/formats';
import { deviceRecords, formatRecords, modelRecords } from '../lib/catalog/provenance';
import { willItRunPairs } from '../lib/discovery/routes';
import { willItRunPageData } from '../lib/discovery/will-it-run-page';
import { siteName } from '../lib/site';
import { expect, test } from './fixtures';

const guidesDir = path.join(process.cwd(), 'content', 'guides');
interface Frontmatter {
  title: string;
  description: string;
  updated: string | Date;
  draft?: boolean;
}
const day = (d: string | Date) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));
const guides = readdirSync(guidesDir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({
    slug: f.replace(/\.mdx$/, ''),
    fm: parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(guidesDir, f), 'utf8'))![1]!) as Frontmatter,
  }))
  .filter((g) => !g.fm.draft);

/** Parse XML in the browser; returns the root's namespace and name, or the parser's error. */
async function parseXml(page: Page, xml: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const error = doc.getElementsByTagName('parsererror')[0];
    return { error: error ? error.textContent : null, ns: doc.documentElement.namespaceURI, name: doc.documentElement.localName };
  }, xml);
}

const local = (url: string) => {
  const u = new URL(url);
  return u.pathname + u.search;
};

test.describe('Atom feed', () => {
  test('is well-formed Atom with one entry per published guide', async ({ page, request }) => {
    const res = await request.get('/feed.xml');
    expect(res.status()).toBe(200);
    const xml = await res.text();
    await page.goto('/');
    expect(await parseXml(page, xml)).toEqual({ error: null, ns: 'http://www.w3.org/2005/Atom', name: 'feed' });

    const entries = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const A = 'http://www.w3.org/2005/Atom';
      const one = (el: Element, name: string) => el.getElementsByTagNameNS(A, name)[0]?.textContent ?? null;
      return {
        feed: { id: one(doc.documentElement, 'id'), updated: [...doc.documentElement.children].find((c) => c.localName === 'updated')?.textContent, author: one(doc.documentElement, 'name') },
        entries: [...doc.getElementsByTagNameNS(A, 'entry')].map((e) => ({
          id: one(e, 'id'),
          title: one(e, 'title'),
          updated: one(e, 'updated'),
          summary: one(e, 'summary'),
          link: e.getElementsByTagNameNS(A, 'link')[0]?.getAttribute('href') ?? null,
        })),
      };
    }, xml);

    expect(entries.entries).toHaveLength(guides.length);
    expect(new URL(entries.feed.id!).pathname).toBe('/feed.xml');
    expect(entries.feed.author).toBe(siteName);
    const newest = guides.map((g) => day(g.fm.updated)).sort().at(-1);
    expect(entries.feed.updated).toBe(`${newest}T00:00:00Z`);
    for (const g of guides) {
      const e = entries.entries.find((x) => x.link && new URL(x.link).pathname === `/guides/${g.slug}`);
      expect(e, `entry for ${g.slug}`).toMatchObject({ title: g.fm.title, summary: g.fm.description, updated: `${day(g.fm.updated)}T00:00:00Z` });
      expect(e!.id).toBe(e!.link);
      expect((await request.get(local(e!.link!))).status(), e!.link!).toBe(200);
    }
  });

  test('is linked from the head of the home page, a guide, the calculator and the methodology', async ({ request }) => {
    for (const route of ['/', `/guides/${guides[0]!.slug}`, '/calculator', '/methodology']) {
      const html = await (await request.get(route)).text();
      const link = /<link[^>]*rel="alternate"[^>]*type="application\/atom\+xml"[^>]*>/.exec(html)?.[0];
      expect(link, `feed link on ${route}`).toMatch(/href="[^"]*\/feed\.xml"/);
    }
  });
});

test.describe('llms.txt', () => {
  test('has the llmstxt.org shape and lists every guide, the calculator, the methodology and the data', async ({ request }) => {
    const res = await request.get('/llms.txt');
    expect(res.status()).toBe(200);
    const text = await res.text();
    const lines = text.split('\n');
    expect(lines[0]).toBe('# Will It Run');
    expect(lines.filter((l) => /^# /.test(l))).toHaveLength(1);
    expect(lines.find((l) => l.trim() !== '' && !l.startsWith('#'))).toMatch(/^> \S/);
    const headings = lines.filter((l) => /^#{2,} /.test(l));
    for (const h of headings) expect(h, 'only H2 sections').toMatch(/^## \S/);
    expect(headings).toContain('## Optional');

    const links = [...text.matchAll(/^- \[((?:\\.|[^\]\\])+)\]\(([^)\s]+)\)(?:: (.+))?$/gm)].map((m) => ({ title: m[1]!.replace(/\\(.)/g, '$1'), url: m[2]!, notes: m[3] }));
    // Every list line under a section is a well-formed link.
    const listLines = lines.filter((l) => l.startsWith('- ['));
    expect(links).toHaveLength(listLines.length);
    for (const g of guides) {
      const l = links.find((x) => new URL(x.url).pathname === `/guides/${g.slug}`);
      expect(l, `llms.txt lists ${g.slug}`).toMatchObject({ title: g.fm.title, notes: g.fm.description.replace(/\s+/g, ' ') });
    }
    const paths = links.map((l) => new URL(l.url).pathname);
    for (const p of ['/calculator', '/methodology', '/data/v1/index.json', '/data/v1/devices.json', '/data/v1/models.json', '/data/v1/formats.json']) expect(paths).toContain(p);
    expect(text).toMatch(/`model`, `quant`, `device`/);
    for (const l of links) expect((await request.get(local(l.url))).status(), l.url).toBe(200);
  });
});

interface DataFile {
  schemaVersion: number;
  catalogVersion: string;
  licence: string;
  licenceUrl: string;
  documentation: string;
  [key: string]: unknown;
}

test.describe('open data', () => {
  test('each file parses, holds every catalog record with its source, and shares one version', async ({ request }) => {
    const get = async (p: string) => {
      const res = await request.get(p);
      expect(res.status(), p).toBe(200);
      return JSON.parse(await res.text()) as DataFile;
    };
    const [index, devicesFile, modelsFile, formatsFile, estimatesFile] = await Promise.all(
      ['index', 'devices', 'models', 'formats', 'estimates'].map((n) => get(`/data/v1/${n}.json`)),
    );
    // The estimate behind a page is the figure the page shows.
    const rtx = (estimatesFile!.estimates as Array<{ page: string; decodeTokensPerSecond: { expected: number } }>).find((e) => e.page === '/will-it-run/gpt-oss-20b/rtx-4090')!;
    expect(rtx.decodeTokensPerSecond.expected).toBe(willItRunPageData('gpt-oss-20b', 'rtx-4090')!.result.decodeTokensPerSecond.expected);
    const json = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
    expect(devicesFile!.devices).toEqual(json(deviceRecords));
    expect(modelsFile!.models).toEqual(json(modelRecords));
    expect(formatsFile!.formats).toEqual(json(formatRecords));
    expect((formatsFile!.kvCacheFormats as unknown[]).length).toBe(kvCacheFormats.length);
    for (const [key, file] of [['devices', devicesFile], ['models', modelsFile], ['formats', formatsFile], ['kvCacheFormats', formatsFile]] as const) {
      for (const r of file![key] as Array<{ id: string; source: string }>) expect(r.source, `${key} ${r.id} source`).toMatch(/\S{3}/);
    }

    for (const file of [index, devicesFile, modelsFile, formatsFile, estimatesFile]) {
      expect(file!.schemaVersion).toBe(1);
      expect(file!.catalogVersion).toBe(index!.catalogVersion);
      expect(file!.licence).toBe('CC-BY-4.0');
      expect(new URL(file!.documentation).pathname).toBe('/data/v1/index.json');
    }
    expect(index!.catalogVersion).toMatch(/^\d{4}-\d{2}-\d{2}\.[0-9a-f]{12}$/);

    const files = index!.files as Array<{ url: string; key: string; records: number; fields: Record<string, string> }>;
    expect(files.map((f) => new URL(f.url).pathname)).toEqual(['/data/v1/devices.json', '/data/v1/models.json', '/data/v1/formats.json', '/data/v1/estimates.json']);
    expect(files.slice(0, 3).map((f) => f.records)).toEqual([deviceRecords.length, modelRecords.length, formatRecords.length]);
    expect(files[3]!.records).toBe(willItRunPairs().length);
    // Each catalog file documents its id as the calculator's URL parameter and its source column.
    for (const [f, param] of files.slice(0, 3).map((f, i) => [f, ['device', 'model', 'quant'][i]] as const)) {
      expect(f.fields.id, `${f.key}.id documented`).toContain(`/calculator?${param}=<id>`);
      expect(f.fields.source, `${f.key}.source documented`).toMatch(/^Where /);
    }
    expect(files[0]!.fields.bandwidthGBps).toMatch(/GB\/s/);

    const cal = index!.calibration as { outOfSample: { decode: { medianAbsPctError: number; rows: number }; prefill: { medianAbsPctError: number } } };
    expect(cal.outOfSample.decode.medianAbsPctError).toBe(report.crossValidation.decode.medianAbsPctError);
    expect(cal.outOfSample.decode.rows).toBe(report.crossValidation.decode.rows);
    expect(cal.outOfSample.prefill.medianAbsPctError).toBe(report.crossValidation.prefill.medianAbsPctError);
    expect(index!.generated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('the methodology page documents the files, the version and the licence', async ({ page, request }) => {
    const index = JSON.parse(await (await request.get('/data/v1/index.json')).text()) as DataFile;
    await page.goto('/methodology');
    const section = page.locator('h2#open-data');
    await expect(section).toHaveText(/Open data/);
    const body = page.locator('main');
    for (const p of ['/data/v1/index.json', '/data/v1/devices.json', '/data/v1/models.json', '/data/v1/formats.json', '/data/v1/estimates.json']) {
      await expect(body.locator(`a[href="${p}"]`)).toHaveCount(1);
    }
    // Dataset structured data, one DataDownload per file, with the licence and the same version.
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const dataset = blocks.map((b) => JSON.parse(b)).find((x) => x['@type'] === 'Dataset');
    expect(dataset.license).toBe(index.licenceUrl);
    expect(dataset.version).toBe(index.catalogVersion);
    expect(dataset.name).toMatch(new RegExp(`^${siteName} open data`));
    expect(dataset.description.length).toBeGreaterThan(50);
    const downloads = (dataset.distribution as Array<{ '@type': string; contentUrl: string; encodingFormat: string }>).map((d) => new URL(d.contentUrl).pathname);
    expect(downloads).toEqual(['/data/v1/index.json', '/data/v1/devices.json', '/data/v1/models.json', '/data/v1/formats.json', '/data/v1/estimates.json']);
    await expect(body).toContainText(index.catalogVersion);
    await expect(body.locator(`a[href="${index.licenceUrl}"]`)).toHaveCount(1);
    await expect(body).toContainText('CC BY 4.0');
    await expect(body).toContainText("keep their sources' terms");
  });
});

test.describe('sitemap', () => {
  test('every entry has a lastmod; guides carry their updated day; only pages are listed', async ({ request }) => {
    const xml = await (await request.get('/sitemap.xml')).text();
    const index = JSON.parse(await (await request.get('/data/v1/index.json')).text()) as { generated: string };
    const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => ({
      loc: /<loc>([^<]+)<\/loc>/.exec(m[1]!)?.[1],
      lastmod: /<lastmod>([^<]+)<\/lastmod>/.exec(m[1]!)?.[1],
    }));
    expect(entries.length).toBeGreaterThan(guides.length);
    for (const e of entries) {
      expect(e.lastmod, `lastmod of ${e.loc}`).toMatch(/^\d{4}-\d{2}-\d{2}/);
      expect(new URL(e.loc!).pathname, 'no feeds or data files in the sitemap').not.toMatch(/\.(xml|txt|json)$|^\/data\//);
    }
    const newestGuide = guides.map((g) => day(g.fm.updated)).sort().at(-1)!;
    for (const g of guides) {
      expect(entries.find((e) => new URL(e.loc!).pathname === `/guides/${g.slug}`)?.lastmod).toBe(day(g.fm.updated));
    }
    // Other pages carry the content date: the newest guide or catalog date, never older than any guide.
    const home = entries.find((e) => new URL(e.loc!).pathname === '/');
    expect(home?.lastmod).toBe(index.generated);
    expect(index.generated >= newestGuide).toBe(true);
  });
});
