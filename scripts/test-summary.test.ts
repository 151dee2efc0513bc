import { describe, expect, it } from 'vitest';
import { playwrightCounts, summaryLine, vitestCounts } from './test-summary.mjs';

describe('closing line of npm test', () => {
  it('reads vitest totals', () => {
    expect(vitestCounts({ numPassedTests: 30, numFailedTests: 2 }, 1)).toEqual({ passed: 30, failed: 2 });
    expect(vitestCounts({ numPassedTests: 30, numFailedTests: 0 }, 0)).toEqual({ passed: 30, failed: 0 });
  });

  it('never reports 0 failed for a failed run', () => {
    expect(vitestCounts(null, 1)).toEqual({ passed: 0, failed: 1 });
    expect(playwrightCounts({ stats: { expected: 0, unexpected: 0 } }, 1)).toEqual({ passed: 0, failed: 1 });
  });

  it('reads Playwright totals, flaky counted as passed, skipped not counted', () => {
    expect(playwrightCounts({ stats: { expected: 14, flaky: 1, unexpected: 1, skipped: 3 } }, 1)).toEqual({ passed: 15, failed: 1 });
  });

  it('formats exactly "N passed, N failed"', () => {
    expect(summaryLine(304, 0)).toBe('304 passed, 0 failed');
  });
});
