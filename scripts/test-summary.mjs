// @ts-check
/**
 * Test totals from the runners' JSON reports, for the closing
 * `N passed, N failed` line of `npm test` (scripts/test.mjs).
 */

/**
 * vitest `--reporter=json` (Jest-compatible) → counts. A failed run with no
 * failed test (a crash, an error outside tests) or no report counts as one failure.
 * @param {any} report parsed JSON, or null when missing
 * @param {number} exitCode
 */
export function vitestCounts(report, exitCode) {
  const passed = report?.numPassedTests ?? 0;
  let failed = report?.numFailedTests ?? 0;
  if (exitCode !== 0 && failed === 0) failed = 1;
  return { passed, failed };
}

/**
 * Playwright JSON reporter → counts. Flaky tests (passed on retry) count as
 * passed; a failed run with no failed test (server or config failure) counts as one.
 * @param {any} report parsed JSON, or null when missing
 * @param {number} exitCode
 */
export function playwrightCounts(report, exitCode) {
  const stats = report?.stats ?? {};
  const passed = (stats.expected ?? 0) + (stats.flaky ?? 0);
  let failed = stats.unexpected ?? 0;
  if (exitCode !== 0 && failed === 0) failed = 1;
  return { passed, failed };
}

/** @param {number} passed @param {number} failed */
export const summaryLine = (passed, failed) => `${passed} passed, ${failed} failed`;
