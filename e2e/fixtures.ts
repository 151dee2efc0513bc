/**
 * Fixtures shared by every spec. Import `test` and `expect` from here, not
 * from @playwright/test.
 *
 * - `consoleGuard` (automatic): collects console errors and warnings and page
 *   errors (uncaught exceptions, React hydration errors) from every page in
 *   the test, and fails the test if any were seen. `allow(/pattern/)` excuses
 *   an expected message; `take()` returns and clears what was seen so far.
 * - `expectAccessible(page, label)`: runs axe and fails on serious or
 *   critical violations, listing each rule and the offending elements.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export interface ConsoleGuard {
  /** Excuse messages matching this pattern (e.g. the resource 404 on the not-found page). */
  allow(pattern: RegExp): void;
  /** Messages seen since the last call, minus allowed ones. */
  take(): string[];
}

type Fixtures = {
  consoleGuard: ConsoleGuard;
  expectAccessible: (page: Page, label?: string) => Promise<void>;
};

export const test = base.extend<Fixtures>({
  // The site adds Next's scripts after the first paint (scripts/postbuild/security.mjs), so the load event
  // can come before hydration. A spec that goes to a page and then clicks or types is testing the hydrated
  // page: `goto` (waiting for load, the default) also waits until React has hydrated the header's theme
  // toggle, on every page. Specs that mean to act before hydration pass another `waitUntil`.
  page: async ({ page, javaScriptEnabled }, use) => {
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      if (javaScriptEnabled !== false && (options?.waitUntil ?? 'load') === 'load') {
        await page.waitForFunction(() => {
          const toggle = document.querySelector('[data-testid="theme-toggle"]');
          return !toggle || Object.keys(toggle).some((k) => k.startsWith('__reactProps$'));
        });
      }
      return response;
    };
    await use(page);
  },

  consoleGuard: [
    async ({ context }, use) => {
      const seen: string[] = [];
      const allowed: RegExp[] = [];
      context.on('console', (msg) => {
        if (msg.type() === 'error' || msg.type() === 'warning') {
          const where = msg.location().url ? ` (${msg.location().url})` : '';
          seen.push(`console.${msg.type()}: ${msg.text()}${where}`);
        }
      });
      context.on('weberror', (err) => seen.push(`page error: ${err.error().message}`));
      const guard: ConsoleGuard = {
        allow: (pattern) => void allowed.push(pattern),
        take: () => seen.splice(0).filter((m) => !allowed.some((re) => re.test(m))),
      };
      await use(guard);
      expect(guard.take(), 'console errors, warnings or page errors').toEqual([]);
    },
    { auto: true },
  ],

  expectAccessible: async ({}, use) => {
    await use(async (page, label = page.url()) => {
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.impact} ${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
      expect(serious, `axe violations on ${label}`).toEqual([]);
    });
  },
});

export { expect };

/**
 * Holds Next's chunk scripts until the returned function is called: until then the page is the server's
 * plain HTML, as a reader on a slow connection sees it before hydration. Go to the page with
 * `waitUntil: 'domcontentloaded'` (the default goto waits for hydration).
 */
export async function holdScripts(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_next\/static\/chunks\/.+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Set the colour theme the way the toggle does, without touching storage. */
export async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
}
