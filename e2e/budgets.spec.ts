/**
 * First-load JavaScript budget of every page in out/: the gzip size of every script the page loads: each
 * `<script src>` (the `noModule` polyfill excluded; the shared /_csp/ boot script counted) and each of Next's
 * chunk scripts that the boot script adds after the first paint (`data-next-boot="s"` blocks; the RSC
 * payload is data in the HTML, not a script), at most 160 KB on pages with a calculator, the comparison, a widget or chart, and
 * 140 KB on the rest. Next and React alone are about 136 KB. Prints one row per route (generated page
 * families as one row with their largest page), and fails on any page over its budget.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from './fixtures';

const OUT = path.join(__dirname, '..', 'out');
const KB = 1024;
const WITH_WIDGETS_KB = 160;
const PLAIN_KB = 140;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === '_next' ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

const gz = new Map<string, number>();
function gzipOf(src: string): number {
  let size = gz.get(src);
  if (size === undefined) {
    size = gzipSync(readFileSync(path.join(OUT, src.split('?')[0]!))).length;
    gz.set(src, size);
  }
  return size;
}

test('first-load JavaScript stays within budget on every page', () => {
  const rows = new Map<string, { kb: number; budget: number; pages: number; page: string }>();
  const over: string[] = [];
  for (const file of htmlFiles(OUT)) {
    const html = readFileSync(file, 'utf8');
    const tags = [...html.matchAll(/<script([^>]*)src="([^"]+)"([^>]*)>/g)].filter((m) => !/nomodule/i.test(m[1]! + m[3]!)).map((m) => m[2]!);
    const added = [...html.matchAll(/<script type="application\/json" data-next-boot="s">("[^"<]+")<\/script>/g)].map((m) => JSON.parse(m[1]!) as string);
    const scripts = [...tags, ...added];
    const kb = [...new Set(scripts)].reduce((sum, s) => sum + gzipOf(s), 0) / KB;
    // A page with an island: the calculator or the comparison, which load the engine (data-ready), a widget or
    // chart (data-widget), a sortable table (aria-sort).
    const budget = /data-ready=|data-widget=|aria-sort=/.test(html) ? WITH_WIDGETS_KB : PLAIN_KB;
    const route = `/${path.relative(OUT, file).replace(/\.html$/, '').replace(/^index$/, '')}`;
    const family = /^\/(models|devices|will-it-run|compare)\/./.test(route) ? `${route.split('/').slice(0, 2).join('/')}/*` : route;
    const row = rows.get(family);
    if (!row || kb > row.kb) rows.set(family, { kb, budget, pages: (row?.pages ?? 0) + 1, page: route });
    else row.pages += 1;
    if (kb > budget) over.push(`${route}: ${kb.toFixed(1)} KB > ${budget} KB`);
  }
  const table = [...rows.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([family, r]) => `${family.padEnd(42)} ${r.kb.toFixed(1).padStart(6)} KB  budget ${r.budget}${r.pages > 1 ? `  (largest of ${r.pages}: ${r.page})` : ''}`);
  console.log(`First-load JS, gzip:\n${table.join('\n')}`);
  expect(rows.size, 'pages found in out/').toBeGreaterThan(5);
  // Next and React alone are some 136 KB: a reading far below that means the scripts were not found.
  expect(Math.min(...[...rows.values()].map((r) => r.kb)), 'the smallest page still counts Next and React').toBeGreaterThan(100);
  expect(over, 'pages over their first-load budget').toEqual([]);
});
