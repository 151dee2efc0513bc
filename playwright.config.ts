import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, noBrowserMessage } from './scripts/browser.cjs';

/**
 * End-to-end tests against the static export in out/ (build it first:
 * `npm run build`, or just `npm test`). Playwright owns the server: it starts
 * scripts/serve.mjs on a test port and stops it afterwards. The browser comes from scripts/browser.cjs: a
 * system Chromium or Chrome, else the headless Chromium bundled in @sparticuz/chromium (which has
 * no headed mode, so `--headed` needs a system browser).
 */
const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;

const chrome = { ...devices['Desktop Chrome'], channel: undefined };
const DEV_SERVER_SPEC = /dev-reload\.spec\.ts$/;
const SITE_CRAWL_SPEC = /links\.spec\.ts$/;

const browser = findChromium();
if (!browser) {
  console.error(noBrowserMessage());
  process.exit(1);
}

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: browser.executablePath, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'chromium', use: chrome, testIgnore: [DEV_SERVER_SPEC, SITE_CRAWL_SPEC] },
    // The link check crawls every page, 32 requests at a time, through the one test server: beside the
    // other specs it queued their requests (a 404 page's client navigation home took over 5 s in CI), so it
    // runs after them.
    { name: 'site-crawl', use: chrome, testMatch: SITE_CRAWL_SPEC, dependencies: ['chromium'] },
    // dev-reload writes a throw-away guide into content/guides/, which specs that list the guides (feeds,
    // sitemap) would see if it ran beside them; it starts a dev server, which would slow the crawl: it runs
    // last, alone.
    { name: 'dev-server', use: chrome, testMatch: DEV_SERVER_SPEC, dependencies: ['site-crawl'] },
  ],
  webServer: {
    // The server npm start uses: clean URLs (/about → about.html), 404.html for unknown paths, and the
    // headers in out/_headers (Content-Security-Policy and the rest), so every spec runs under the CSP.
    command: `node scripts/serve.mjs out --host 127.0.0.1 --port ${port}`,
    url: `${baseURL}/`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
