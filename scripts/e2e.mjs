// @ts-check
/**
 * `npm run test:e2e`: Playwright against the static export, building it first
 * when out/ is missing or stale. Extra arguments go to `playwright test`.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT, staleReason } from './build-state.mjs';
import browser from './browser.cjs';

// Choose (and, if it is the only choice, unpack) the browser once, before Playwright's workers start.
const chromium = browser.findChromium();
if (!chromium) {
  console.error(browser.noBrowserMessage());
  process.exit(1);
}
console.log(browser.describeChoice(chromium));
const bin = (name) => path.join(ROOT, 'node_modules', '.bin', name);
const reason = staleReason((process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, ''));
if (reason) {
  console.log(`Building the site first (${reason})…`);
  const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const run = spawnSync(bin('playwright'), ['test', ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit' });
process.exit(run.status ?? 1);
