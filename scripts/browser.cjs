// @ts-check
/**
 * Which Chromium the end-to-end tests use. Never downloads one.
 * Order: $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then a browser
 * Playwright already installed (`npx playwright install chromium`).
 *
 * CommonJS so that both playwright.config.ts and the .mjs scripts can load it.
 */
const { existsSync } = require('node:fs');

/** Flags for running Chromium in containers and CI, quietly and offline. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const NO_BROWSER_MESSAGE =
  "No Chromium found: install Debian's chromium (sudo apt-get install -y chromium), set CHROMIUM_PATH, or run \"npx playwright install chromium\"; the tests never download a browser themselves.";

/**
 * @returns {{ executablePath: string, source: string } | null}
 */
function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? { executablePath: fromEnv, source: 'CHROMIUM_PATH' } : null;
  if (existsSync('/usr/bin/chromium')) return { executablePath: '/usr/bin/chromium', source: '/usr/bin/chromium' };
  try {
    const { chromium } = require('@playwright/test');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { executablePath: own, source: "Playwright's own Chromium" };
  } catch {
    // No Playwright browser registry available: fall through.
  }
  return null;
}

/** The one line to print when findChromium() found nothing. */
function noBrowserMessage() {
  const fromEnv = process.env.CHROMIUM_PATH;
  return fromEnv ? `CHROMIUM_PATH is set to ${fromEnv}, which does not exist. ${NO_BROWSER_MESSAGE}` : NO_BROWSER_MESSAGE;
}

module.exports = { CHROMIUM_ARGS, NO_BROWSER_MESSAGE, findChromium, noBrowserMessage };
