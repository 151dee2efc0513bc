/**
 * What every guide page, the guide index, the home page and /methodology get from the guide
 * platform: structured data (FAQPage, BreadcrumbList) parsed from the server-rendered HTML and
 * compared with what the page shows, the table of contents, reading time, grouping by question,
 * and the methodology's tables against the committed calibration report.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import report from '../docs/calibration-report.json';
import { QUERY_KEYS } from '../lib/calculator/url';
import { issueTrackerUrl } from '../lib/site';
import { expect, test } from './fixtures';

const guidesDir = path.join(process.cwd(), 'content', 'guides');
const guideFiles = readdirSync(guidesDir).filter((f) => f.endsWith('.mdx'));
const frontmatterOf = (file: string) =>
  parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(guidesDir, file), 'utf8'))![1]) as { title: string; group?: string; draft?: boolean };
const published = guideFiles.filter((f) => !frontmatterOf(f).draft);
const withFaq = published.filter((f) => /^## Frequently asked questions\s*$/m.test(readFileSync(path.join(guidesDir, f), 'utf8')));
const withoutFaq = published.filter((f) => !withFaq.includes(f));

type JsonLd = Record<string, unknown> & { '@type': string };

/** The JSON-LD blocks of a page as the server sent them (no JavaScript run). */
async function jsonLdOf(page: Page, route: string): Promise<JsonLd[]> {
  const html = await (await page.request.get(route)).text();
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => {
    expect(m[1], 'no raw < inside JSON-LD').not.toContain('<');
    return JSON.parse(m[1]) as JsonLd;
  });
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

test('a guide with an FAQ section has FAQPage JSON-LD whose questions and answers are what the page shows', async ({ page }) => {
  // Seven guides have an FAQ today; if none had, this test would prove nothing, so that fails too.
  expect(withFaq.length, 'guides with a "## Frequently asked questions" section').toBeGreaterThan(0);
  for (const file of withFaq) {
    const route = `/guides/${file.replace(/\.mdx$/, '')}`;
    await test.step(route, async () => {
      const faq = (await jsonLdOf(page, route)).filter((d) => d['@type'] === 'FAQPage');
      expect(faq, 'one FAQPage').toHaveLength(1);
      const entries = faq[0].mainEntity as Array<{ '@type': string; name: string; acceptedAnswer: { '@type': string; text: string } }>;
      expect(entries.length).toBeGreaterThan(0);

      await page.goto(route);
      // The page's own FAQ: each h3 after the FAQ h2, with the text of the blocks up to the next heading.
      const visible = await page.locator('article .prose').evaluate((prose) => {
        const out: Array<{ question: string; answer: string; onlyText: boolean }> = [];
        const h2 = prose.querySelector('h2#frequently-asked-questions');
        let el = h2?.nextElementSibling ?? null;
        let current: { question: string; parts: string[]; onlyText: boolean } | null = null;
        const flush = () => current && out.push({ question: current.question, answer: current.parts.join(' '), onlyText: current.onlyText });
        while (el && el.tagName !== 'H2') {
          if (el.tagName === 'H3') {
            flush();
            const h = el.cloneNode(true) as HTMLElement;
            h.querySelectorAll('.heading-anchor').forEach((a) => a.remove());
            current = { question: (h.textContent ?? '').trim(), parts: [], onlyText: true };
          } else if (current) {
            current.parts.push(el.textContent ?? '');
            if (!['P', 'UL', 'OL', 'BLOCKQUOTE'].includes(el.tagName)) current.onlyText = false;
          }
          el = el.nextElementSibling;
        }
        flush();
        return out;
      });

      for (const e of entries) {
        expect(e['@type']).toBe('Question');
        expect(e.acceptedAnswer['@type']).toBe('Answer');
        const shown = visible.find((v) => v.question === e.name);
        expect(shown, `question "${e.name}" is a heading in the FAQ section`).toBeDefined();
        // Figures included: the JSON-LD carries the engine's figure text exactly as the page prints it.
        expect(squash(e.acceptedAnswer.text)).toBe(squash(shown!.answer));
      }
      // Every plain-text question on the page made it into the structured data.
      const expected = visible.filter((v) => v.question.endsWith('?') && v.onlyText && v.answer.trim()).map((v) => v.question);
      expect(entries.map((e) => e.name)).toEqual(expect.arrayContaining(expected));
    });
  }
});

test('guides without an FAQ section have no FAQPage; every guide has a breadcrumb trail and reading time', async ({ page }) => {
  for (const file of withoutFaq) {
    const types = (await jsonLdOf(page, `/guides/${file.replace(/\.mdx$/, '')}`)).map((d) => d['@type']);
    expect(types).not.toContain('FAQPage');
  }
  const slug = published[0].replace(/\.mdx$/, '');
  const route = `/guides/${slug}`;
  const data = await jsonLdOf(page, route);
  await page.goto(route);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  const crumbs = data.find((d) => d['@type'] === 'BreadcrumbList')!.itemListElement as Array<{ position: number; name: string; item: string }>;
  expect(crumbs.map((c) => c.position)).toEqual([1, 2, 3]);
  expect(crumbs.map((c) => c.name)).toEqual(['Home', 'Guides', frontmatterOf(published[0]).title]);
  expect(new URL(crumbs[0].item).pathname).toBe('/');
  expect(new URL(crumbs[1].item).pathname).toBe('/guides');
  expect(crumbs[2].item).toBe(canonical);
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link')).toHaveText(['Home', 'Guides']);

  const minutes = Number(/^(\d+) min read$/.exec((await page.getByTestId('reading-time').textContent()) ?? '')?.[1]);
  expect(minutes).toBeGreaterThanOrEqual(1);
  const article = data.find((d) => d['@type'] === 'TechArticle')!;
  expect(article.timeRequired).toBe(`PT${minutes}M`);
  // 230 words a minute over the prose; the page's own text (widgets included) has at least that many words.
  const pageWords = squash((await page.locator('article .prose').textContent()) ?? '').split(' ').length;
  expect(Number(article.wordCount)).toBeLessThanOrEqual(pageWords);
  expect(Math.abs(Number(article.wordCount) / 230 - minutes)).toBeLessThanOrEqual(0.5);
});

test('a long guide has a table of contents of its ## sections that jumps to them; a short one has none', async ({ page }) => {
  const sizes = await Promise.all(
    published.map(async (f) => {
      const data = await jsonLdOf(page, `/guides/${f.replace(/\.mdx$/, '')}`);
      return { route: `/guides/${f.replace(/\.mdx$/, '')}`, words: Number(data.find((d) => d['@type'] === 'TechArticle')!.wordCount) };
    }),
  );
  const long = sizes.find((s) => s.words > 1000);
  const short = sizes.find((s) => s.words <= 1000);
  expect(long, 'a guide over 1,000 words').toBeDefined();
  await page.goto(long!.route);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  // Collapsed at first, so the opening paragraph stays in view; one click opens it.
  await expect(toc.getByRole('link')).toHaveCount(0);
  await toc.getByText('On this page').click();
  const h2Ids = await page.locator('article .prose h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
  expect(h2Ids.length).toBeGreaterThanOrEqual(3);
  const hrefs = await toc.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual(h2Ids.map((id) => `#${id}`));
  const last = toc.getByRole('link').last();
  await last.click();
  await expect(page).toHaveURL(new RegExp(`${h2Ids.at(-1)}$`));
  await expect(page.locator(`[id="${h2Ids.at(-1)}"]`)).toBeInViewport();
  if (short) {
    await page.goto(short.route);
    await expect(page.getByRole('navigation', { name: 'On this page' })).toHaveCount(0);
  }
});

test('the guide index groups guides by the question they answer, ungrouped last', async ({ page }) => {
  await page.goto('/guides');
  const order = ['Will it fit?', 'How fast will it run?', 'How do I set it up?', 'What should I run?', 'More guides'];
  const groupOf: Record<string, string> = { fit: order[0], speed: order[1], setup: order[2], choose: order[3] };
  const headings = (await page.locator('main h2').allTextContents()).map((t) => t.trim());
  const expected = order.filter((q) => published.some((f) => (groupOf[frontmatterOf(f).group ?? ''] ?? 'More guides') === q));
  expect(headings).toEqual(expected);
  for (const file of published) {
    const fm = frontmatterOf(file);
    const section = page.getByRole('region', { name: groupOf[fm.group ?? ''] ?? 'More guides' });
    await expect(section.getByRole('link', { name: fm.title, exact: true })).toHaveAttribute('href', `/guides/${file.replace(/\.mdx$/, '')}`);
  }
});

test('the home page leads with a working calculator and the gpt-oss guide', async ({ page }) => {
  await page.goto('/');
  const calculator = page.getByRole('region', { name: 'Ask the calculator' });
  // The answer is in the HTML before any script runs.
  const html = await (await page.request.get('/')).text();
  expect(html).toMatch(/Ask the calculator[\s\S]*tokens\/s/);
  await expect(calculator.getByRole('link', { name: 'full calculator', exact: true })).toHaveAttribute('href', '/calculator');
  const feature = page.getByRole('region', { name: /gpt-oss-20b and gpt-oss-120b/ });
  const hasGuide = guideFiles.includes('gpt-oss-20b-120b.mdx');
  await expect(feature.getByRole('link').last()).toHaveAttribute('href', hasGuide ? '/guides/gpt-oss-20b-120b' : /^\/calculator\?model=gpt-oss-120b/);
  // The calculator section comes before the guide feature.
  const [calcBox, featureBox] = [await calculator.boundingBox(), await feature.boundingBox()];
  expect(calcBox!.y).toBeLessThan(featureBox!.y);
});

test('the methodology page renders the calibration report and a prefilled issue link', async ({ page }) => {
  await page.goto('/methodology');
  // Every fitted run, one row each, with its measured and estimated figures.
  // The per-run tables are collapsed under a summary that says how many runs they hold.
  await page.getByText(`All ${report.rows.length} runs the constants are fitted to`).click();
  const fitted = page.getByRole('table', { name: /Runs the constants are fitted to/ });
  await expect(fitted.locator('tbody tr')).toHaveCount(report.rows.length);
  // The first run with a decode figure (prefill-only runs have none); rows keep the report's order.
  const index = report.rows.findIndex((r) => r.decode !== undefined);
  const first = report.rows[index]!;
  const row = fitted.locator('tbody tr').nth(index);
  await expect(row.locator('td').first()).toHaveText(first.id);
  await expect(row).toContainText(first.label);
  const fmt = (x: number) => new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 }).format(x);
  await expect(row).toContainText(fmt(first.decode!.measured));
  await expect(row).toContainText(fmt(first.decode!.estimated));
  if (report.validation) {
    await page.getByText(`All ${report.validation.rows.length} held-out runs`).click();
    await expect(page.getByRole('table', { name: /Held-out runs/ }).locator('tbody tr')).toHaveCount(report.validation.rows.length);
  }

  // Error by backend and by kind: the report's out-of-fold medians.
  const oneDecimal = (x: number) => `${new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(x)} %`;
  const byBackend = page.getByRole('table', { name: /generation speed estimate by backend/ });
  const cuda = report.crossValidation.decode.byBackend.cuda;
  await expect(byBackend.getByRole('row', { name: /NVIDIA \(CUDA\)/ })).toContainText(`${oneDecimal(cuda.medianAbsPctError)} (${cuda.rows})`);
  const byKind = page.getByRole('table', { name: /generation speed estimate by kind of run/ });
  for (const kind of Object.keys(report.crossValidation.decode.byGroup)) {
    const s = (report.crossValidation.decode.byGroup as Record<string, { rows: number; medianAbsPctError: number }>)[kind];
    await expect(byKind.locator('tbody')).toContainText(`${oneDecimal(s.medianAbsPctError)} (${s.rows})`);
  }

  // Every calculator URL key is documented.
  const keys = await page.getByRole('table', { name: /Calculator URL keys/ }).locator('tbody th code').allTextContents();
  expect(keys).toEqual([...QUERY_KEYS]);

  // The report link opens a new issue with a calculator URL in its body, and that URL opens the calculator.
  const href = await page.getByRole('link', { name: 'Report a wrong number on GitHub' }).getAttribute('href');
  const issue = new URL(href!);
  expect(`${issue.origin}${issue.pathname}`).toBe(issueTrackerUrl);
  expect(issue.searchParams.get('title')).toMatch(/^Wrong estimate/);
  const scenario = /Scenario: (\S+)/.exec(issue.searchParams.get('body') ?? '')?.[1];
  expect(scenario).toBeDefined();
  const calc = new URL(scenario!);
  expect(calc.pathname).toBe('/calculator');
  await page.goto(calc.pathname + calc.search);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Will it run on my hardware?');
});

test('the footer and the About page link to the methodology', async ({ page }) => {
  await page.goto('/about');
  await expect(page.getByRole('navigation', { name: 'Footer' }).getByRole('link', { name: 'Methodology' })).toHaveAttribute('href', '/methodology');
  await expect(page.locator('main').getByRole('link', { name: 'methodology', exact: true })).toHaveAttribute('href', '/methodology');
});
