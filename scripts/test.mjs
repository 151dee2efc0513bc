// @ts-check
/**
 * `npm test`: the whole gate, stopping at the first failing stage.
 *
 *   browser (a system one, else the one bundled in @sparticuz/chromium; see browser.cjs)
 *   → typecheck → lint → unit tests (vitest) → production build
 *   → end-to-end tests (Playwright, real Chromium, against out/)
 *
 * The last line printed is always `N passed, N failed`: the totals over
 * vitest and Playwright, read from their JSON reports. A stage that fails
 * without running tests (typecheck, lint, build, a crashed runner) counts as
 * one failure, so a failed run can never print "0 failed".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './build-state.mjs';
import browser from './browser.cjs';
import { playwrightCounts, summaryLine, vitestCounts } from './test-summary.mjs';

const REPORTS = path.join(ROOT, '.test-results');
const VITEST_JSON = path.join(REPORTS, 'vitest.json');
const PLAYWRIGHT_JSON = path.join(REPORTS, 'playwright.json');
const bin = (name) => path.join(ROOT, 'node_modules', '.bin', name);

let passed = 0;
let failed = 0;
const started = Date.now();

/** Print the closing line and exit. */
function finish(code) {
  console.log(`\n${code === 0 ? 'All stages passed' : 'Test run failed'} in ${Math.round((Date.now() - started) / 1000)} s.`);
  console.log(summaryLine(passed, failed));
  process.exit(code);
}

/** @param {string} title @param {string} cmd @param {string[]} args @param {NodeJS.ProcessEnv} [env] */
function run(title, cmd, args, env) {
  console.log(`\n▶ ${title}: ${path.relative(ROOT, cmd) || cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.error) console.error(`✗ could not start ${cmd}: ${result.error.message}`);
  return result.status ?? 1;
}

/** @param {string} title @param {number} status */
function stageFailed(title, status) {
  failed += 1;
  console.error(`\n✗ ${title} failed (exit ${status}); stopping here. (Counted as 1 failure.)`);
  finish(1);
}

/** @param {string} file @returns {any} */
function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

// 0. A browser, before spending minutes on the rest (unpacks the bundled one when it is the only choice).
const chromium = browser.findChromium();
if (!chromium) {
  console.error(browser.noBrowserMessage());
  failed += 1;
  finish(1);
}
if (chromium) console.log(browser.describeChoice(chromium));

// 1. Types. `next typegen` writes next-env.d.ts and route types, which a fresh clone lacks.
let status = run('typecheck', bin('next'), ['typegen']);
if (status === 0) status = run('typecheck', bin('tsc'), ['--noEmit']);
if (status !== 0) stageFailed('typecheck', status);

// 2. Lint.
status = run('lint', bin('eslint'), ['.']);
if (status !== 0) stageFailed('lint', status);

// 3. Unit tests.
status = run('unit tests', bin('vitest'), [
  'run',
  '--configLoader',
  'runner',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${VITEST_JSON}`,
]);
const unit = vitestCounts(readJson(VITEST_JSON), status);
passed += unit.passed;
failed += unit.failed;
if (status !== 0) {
  console.error(`\n✗ unit tests failed; stopping here.`);
  finish(1);
}

// 4. Production build (static export to out/), from scratch so stale output can't pass.
rmSync(path.join(ROOT, 'out'), { recursive: true, force: true });
status = run('build', process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')]);
if (status !== 0 || !existsSync(path.join(ROOT, 'out', 'index.html'))) stageFailed('build', status);

// 5. End-to-end tests in Chromium against out/ (Playwright starts and stops the server).
status = run('end-to-end tests', bin('playwright'), ['test', '--reporter=list,json'], {
  PLAYWRIGHT_JSON_OUTPUT_FILE: PLAYWRIGHT_JSON,
});
const e2e = playwrightCounts(readJson(PLAYWRIGHT_JSON), status);
passed += e2e.passed;
failed += e2e.failed;
if (status !== 0) {
  console.error(`\n✗ end-to-end tests failed.`);
  finish(1);
}

finish(0);
