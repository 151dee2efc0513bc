/**
 * Garbage in every query key of every page that reads its URL: each value gets a visible notice, no
 * console error or warning (the fixtures fail on any), and no markup is created from it (no injected
 * script, no event-handler attribute, no image, and the global the payloads would set stays unset).
 *
 * A table of (path, keys): add a row for a page that reads query keys (/compare, /will-it-run/…),
 * with how to wait for it to read the URL and where its notice appears. calculator.spec.ts checks
 * the calculator's figures for hostile links; this spec is the breadth over keys and values.
 */
import type { Locator, Page } from '@playwright/test';
import { COMPARE_KEYS } from '../lib/calculator/compare';
import { QUERY_KEYS } from '../lib/calculator/url';
import { expect, test } from './fixtures';

declare global {
  interface Window {
    __xss?: number;
  }
}

/** [label, value]: each is sent, URL-encoded, as the value of one key. */
const GARBAGE: [string, string][] = [
  ['negative', '-5'],
  ['NaN', 'NaN'],
  ['1e309 (Infinity)', '1e309'],
  ['empty', ''],
  ['5,000 characters', 'x'.repeat(5000)],
  ['unicode (emoji, right-to-left override, NUL)', '\u2713\u{1F600}\u202E\u0000'],
  ['a script tag', '<script>window.__xss=1</script>'],
  ['quotes and an event handler', `"'><img src=x onerror="window.__xss=1">`],
  ['an unknown id', 'no-such-id-1234'],
];

interface Row {
  path: string;
  /** Each key alone, or [key, other params it needs to mean anything] (e.g. custom hardware). */
  keys: (string | [string, string])[];
  /** Wait until the page has read its URL. */
  ready: (page: Page) => Promise<void>;
  /** Where the page lists what it could not use. */
  notice: (page: Page) => Locator;
}

const CUSTOM_ONLY = new Set(['bw', 'tflops', 'kind']);

const ROWS: Row[] = [
  {
    path: '/calculator',
    // Every key the calculator reads; the custom-hardware keys both alone and with device=custom.
    keys: [...QUERY_KEYS, ...QUERY_KEYS.filter((k) => CUSTOM_ONLY.has(k) || k === 'mem').map((k): [string, string] => [k, 'device=custom'])],
    ready: async (page) => {
      await page.locator('[data-ready]').first().hover();
      await expect(page.locator('[data-ready="true"]').first()).toBeVisible();
    },
    notice: (page) => page.getByRole('status').filter({ hasText: 'could not be used' }),
  },
  {
    path: '/compare',
    // Every key the comparison reads, and one it does not.
    keys: [...COMPARE_KEYS, 'zz'],
    ready: async (page) => {
      await expect(page.getByLabel('Model').first().locator('option')).not.toHaveCount(1);
    },
    notice: (page) => page.getByRole('status').filter({ hasText: 'could not be used' }),
  },
  {
    // A fixed scenario: it reads no key, and says so for any it is given.
    path: '/will-it-run/gpt-oss-20b/rtx-4090',
    keys: ['model', 'device', 'ctx', 'zz'],
    ready: async (page) => {
      await expect(page.getByTestId('wir-answer')).toBeVisible();
    },
    notice: (page) => page.getByTestId('address-notice'),
  },
];

test('the table covers every calculator query key', () => {
  const calculator = ROWS.find((r) => r.path === '/calculator')!;
  const keys = new Set(calculator.keys.map((k) => (typeof k === 'string' ? k : k[0])));
  expect([...keys].sort()).toEqual([...QUERY_KEYS].sort());
});

/** Anything built from a payload: a script that is neither a file, a data block of the build nor the theme script; an on* attribute; an image. */
async function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const s of document.querySelectorAll('script')) {
      if (s.src || s.type === 'application/ld+json') continue;
      // Next's payload, written as JSON data blocks by the build (scripts/postbuild/security.mjs); they never run.
      if (s.type === 'application/json' && s.hasAttribute('data-next-boot')) continue;
      if (s.parentElement === document.head && s.textContent?.startsWith('(function(){var t;try{t=localStorage')) continue;
      found.push(`script: ${s.textContent?.slice(0, 60)}`);
    }
    for (const el of document.querySelectorAll('*'))
      for (const a of el.attributes) if (a.name.toLowerCase().startsWith('on')) found.push(`<${el.tagName.toLowerCase()} ${a.name}>`);
    for (const img of document.querySelectorAll('img')) found.push(`img ${img.getAttribute('src')}`);
    if (window.__xss !== undefined) found.push('window.__xss was set');
    return found;
  });
}

for (const row of ROWS) {
  for (const entry of row.keys) {
    const [key, base] = typeof entry === 'string' ? [entry, ''] : entry;
    test(`${row.path}: garbage in "${key}"${base ? ` (with ${base})` : ''} gets a notice and no markup`, async ({ page }) => {
      test.setTimeout(60_000);
      for (const [label, raw] of GARBAGE) {
        await test.step(label, async () => {
          const query = `${base ? `${base}&` : ''}${key}=${encodeURIComponent(raw)}`;
          await page.goto(`${row.path}?${query}`);
          await row.ready(page);
          const notice = row.notice(page);
          await expect(notice, `${key}=${label}: a notice`).toBeVisible();
          await expect(notice.locator('li').first()).toBeVisible();
          expect(await injected(page), `${key}=${label}: markup from the value`).toEqual([]);
        });
      }
    });
  }
}
