/**
 * Which Chromium wins in which situation. Every look at the machine (environment, which files
 * exist, Playwright's registry, the bundled package) is a fake, so these tests say nothing about
 * this machine and run the same everywhere.
 */
import { describe, expect, it, vi } from 'vitest';
import browser from './browser.cjs';

const { chooseChromium } = browser;

const PLAYWRIGHT = '/home/u/.cache/ms-playwright/chromium-1255/chrome-linux/chrome';
const BUNDLED = { executablePath: '/repo/node_modules/.cache/will-it-run-chromium/147.0.0/chromium-wrapper', source: 'bundled' };

/** A machine where exactly `files` exist. */
function machine(
  files: string[],
  {
    env = {},
    playwright = null,
    bundled = BUNDLED,
  }: { env?: Record<string, string | undefined>; playwright?: string | null; bundled?: typeof BUNDLED | null } = {},
) {
  const present = new Set(files);
  const exists = vi.fn((file: string) => present.has(file));
  const bundledProbe = vi.fn(() => bundled);
  const choice = chooseChromium({ env, exists, playwrightPath: () => playwright, bundled: bundledProbe });
  return { choice, exists, bundledProbe };
}

describe('chooseChromium', () => {
  it('takes CHROMIUM_PATH first, over any system browser', () => {
    const { choice, bundledProbe } = machine(['/opt/chrome/chrome', '/usr/bin/chromium'], {
      env: { CHROMIUM_PATH: '/opt/chrome/chrome' },
    });
    expect(choice).toEqual({ executablePath: '/opt/chrome/chrome', source: 'CHROMIUM_PATH' });
    expect(bundledProbe).not.toHaveBeenCalled();
  });

  it('stops with no browser when CHROMIUM_PATH names a missing file (no silent fallback)', () => {
    const { choice, bundledProbe } = machine(['/usr/bin/chromium'], { env: { CHROMIUM_PATH: '/nope/chrome' } });
    expect(choice).toBeNull();
    expect(bundledProbe).not.toHaveBeenCalled();
  });

  it('treats an empty CHROMIUM_PATH as unset', () => {
    expect(machine(['/usr/bin/chromium'], { env: { CHROMIUM_PATH: '' } }).choice?.executablePath).toBe('/usr/bin/chromium');
  });

  it('prefers Debian chromium, then chromium-browser, then google-chrome, then google-chrome-stable', () => {
    const all = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
    expect(machine(all).choice?.executablePath).toBe('/usr/bin/chromium');
    expect(machine(all.slice(1)).choice?.executablePath).toBe('/usr/bin/chromium-browser');
    expect(machine(all.slice(2)).choice?.executablePath).toBe('/usr/bin/google-chrome');
    expect(machine(all.slice(3)).choice?.executablePath).toBe('/usr/bin/google-chrome-stable');
  });

  it('takes a system browser over a Playwright-installed one', () => {
    expect(machine(['/usr/bin/google-chrome', PLAYWRIGHT], { playwright: PLAYWRIGHT }).choice?.executablePath).toBe(
      '/usr/bin/google-chrome',
    );
  });

  it('takes a Playwright-installed browser when there is no system one, before unpacking the bundled one', () => {
    const { choice, bundledProbe } = machine([PLAYWRIGHT], { playwright: PLAYWRIGHT });
    expect(choice).toEqual({ executablePath: PLAYWRIGHT, source: "Playwright's own Chromium" });
    expect(bundledProbe).not.toHaveBeenCalled();
  });

  it('ignores a Playwright path whose browser was never installed', () => {
    expect(machine([], { playwright: PLAYWRIGHT }).choice).toBe(BUNDLED);
  });

  it('falls back to the bundled Chromium on a machine with no browser at all', () => {
    const { choice, bundledProbe } = machine([]);
    expect(choice).toBe(BUNDLED);
    expect(bundledProbe).toHaveBeenCalledTimes(1);
  });

  it('finds nothing when the bundled package is missing too', () => {
    expect(machine([], { bundled: null }).choice).toBeNull();
  });

  it('with WILL_IT_RUN_HIDE_SYSTEM_BROWSERS=1, skips every other candidate without even looking', () => {
    const { choice, exists } = machine(['/opt/chrome/chrome', '/usr/bin/chromium', PLAYWRIGHT], {
      env: { WILL_IT_RUN_HIDE_SYSTEM_BROWSERS: '1', CHROMIUM_PATH: '/opt/chrome/chrome' },
      playwright: PLAYWRIGHT,
    });
    expect(choice).toBe(BUNDLED);
    expect(exists).not.toHaveBeenCalled();
  });

  it('with system browsers hidden and no bundled package, finds nothing', () => {
    expect(machine(['/usr/bin/chromium'], { env: { WILL_IT_RUN_HIDE_SYSTEM_BROWSERS: '1' }, bundled: null }).choice).toBeNull();
  });

  it('does not hide anything for WILL_IT_RUN_HIDE_SYSTEM_BROWSERS empty, 0 or false', () => {
    for (const value of ['', '0', 'false']) {
      expect(machine(['/usr/bin/chromium'], { env: { WILL_IT_RUN_HIDE_SYSTEM_BROWSERS: value } }).choice?.executablePath).toBe(
        '/usr/bin/chromium',
      );
    }
  });
});
