// @ts-check
/**
 * Which Chromium the end-to-end tests use, so that `npm ci && npm test` works on a
 * machine with no browser installed. Nothing is ever downloaded at test time.
 *
 * Order (first hit wins, see chooseChromium):
 *   1. $CHROMIUM_PATH, when set and non-empty (a set path that does not exist is an error,
 *      not a reason to fall back: the user asked for that browser);
 *   2. a system browser: /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome,
 *      /usr/bin/google-chrome-stable;
 *   3. a browser Playwright already installed (`npx playwright install chromium`);
 *   4. the Chromium that the devDependency @sparticuz/chromium ships inside its npm tarball
 *      (brotli-compressed binary, its NSS/expat libraries, swiftshader and a font). It is
 *      unpacked once into node_modules/.cache/will-it-run-chromium/<version>/ (about 2 s, ~200 MB),
 *      and started through a small wrapper script that puts the bundled libraries first on
 *      LD_LIBRARY_PATH and points fontconfig at the bundled font, so it needs nothing from the
 *      system beyond glibc and libgcc_s.
 *
 * WILL_IT_RUN_HIDE_SYSTEM_BROWSERS=1 makes the selection skip 1–3 (CHROMIUM_PATH included), so
 * only the bundled Chromium can be chosen: the way to prove the fallback on a machine that has
 * a system browser.
 *
 * CommonJS so that both playwright.config.ts and the .mjs scripts can load it.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');

/** Flags for running Chromium in containers and CI, quietly and offline. Playwright adds
 * --headless and a fresh --user-data-dir itself. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** System browsers, in order of preference. */
const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

const HIDE_ENV = 'WILL_IT_RUN_HIDE_SYSTEM_BROWSERS';
const BUNDLED_PACKAGE = '@sparticuz/chromium';

const NO_BROWSER_MESSAGE =
  `No Chromium found, and the bundled one (${BUNDLED_PACKAGE}) is missing or would not unpack: run "npm ci", install Debian's chromium (sudo apt-get install -y chromium), or set CHROMIUM_PATH; the tests never download a browser themselves.`;

/**
 * @typedef {{ executablePath: string, source: string }} Choice
 * @typedef {{
 *   env: Record<string, string | undefined>,
 *   exists: (file: string) => boolean,
 *   playwrightPath: () => string | null,
 *   bundled: () => Choice | null,
 * }} Probes
 */

/** @param {Record<string, string | undefined>} env */
function systemBrowsersHidden(env) {
  const value = env[HIDE_ENV];
  return value !== undefined && value !== '' && value !== '0' && value !== 'false';
}

/**
 * The selection itself, with every look at the outside world injected, so it can be tested
 * without assumptions about this machine. `bundled` is called only when nothing else is found,
 * because it may unpack ~200 MB.
 * @param {Probes} probes
 * @returns {Choice | null}
 */
function chooseChromium({ env, exists, playwrightPath, bundled }) {
  if (!systemBrowsersHidden(env)) {
    const fromEnv = env.CHROMIUM_PATH;
    if (fromEnv) return exists(fromEnv) ? { executablePath: fromEnv, source: 'CHROMIUM_PATH' } : null;
    for (const file of SYSTEM_BROWSERS) if (exists(file)) return { executablePath: file, source: file };
    const own = playwrightPath();
    if (own && exists(own)) return { executablePath: own, source: "Playwright's own Chromium" };
  }
  return bundled();
}

/** @returns {string | null} */
function playwrightExecutablePath() {
  try {
    const { chromium } = require('@playwright/test');
    return chromium.executablePath() || null;
  } catch {
    return null; // No Playwright browser registry available.
  }
}

/** @param {string} text */
const xmlEscape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** @param {string} text */
const shellQuote = (text) => `'${text.replace(/'/g, `'\\''`)}'`;

/**
 * Unpacks @sparticuz/chromium once (atomically: into a temporary folder that is renamed into
 * place, so parallel Playwright workers never see half a browser) and returns its wrapper.
 * @returns {Choice | null}
 */
function bundledChromium() {
  let packageDir;
  let version;
  try {
    packageDir = path.resolve(path.dirname(require.resolve(BUNDLED_PACKAGE)), '..', '..');
    version = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')).version;
  } catch {
    return null; // Not installed (npm ci not run, or --omit=dev).
  }
  const source = `${BUNDLED_PACKAGE} ${version} (bundled in the npm package)`;
  const cacheDir = path.join(ROOT, 'node_modules', '.cache', 'will-it-run-chromium', version);
  const wrapper = path.join(cacheDir, 'chromium-wrapper');
  if (fs.existsSync(wrapper)) return { executablePath: wrapper, source };

  fs.mkdirSync(path.dirname(cacheDir), { recursive: true });
  const staging = fs.mkdtempSync(`${cacheDir}.partial-`);
  try {
    // The package unpacks into os.tmpdir(), and unpacks its Amazon Linux libraries (libnss3,
    // libnspr4, libexpat…) only when it believes it runs on Lambda. In a child process only,
    // point TMPDIR at our staging folder and say "Lambda, Node 20" so that it unpacks everything.
    const unpack = spawnSync(
      process.execPath,
      ['-e', `require(${JSON.stringify(BUNDLED_PACKAGE)}).executablePath().then((p) => console.log(p), (e) => { console.error(e); process.exit(1); })`],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, TMPDIR: staging, AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs20.x' },
      },
    );
    const binary = path.join(staging, 'chromium');
    const libDir = path.join(staging, 'al2023', 'lib');
    if (unpack.status !== 0 || !fs.existsSync(binary) || !fs.existsSync(path.join(libDir, 'libnss3.so'))) {
      console.error(`Could not unpack ${BUNDLED_PACKAGE} ${version}: ${(unpack.stderr || unpack.error?.message || '').trim()}`);
      return null;
    }
    // Final paths, as they will be after the rename below.
    const finalBinary = path.join(cacheDir, 'chromium');
    const finalLibDir = path.join(cacheDir, 'al2023', 'lib');
    const fontsConf = path.join(cacheDir, 'fonts.conf');
    fs.writeFileSync(
      path.join(staging, 'fonts.conf'),
      [
        '<?xml version="1.0"?>',
        '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
        '<fontconfig>',
        `  <dir>${xmlEscape(path.join(cacheDir, 'fonts', 'fonts'))}</dir>`,
        '  <dir>/usr/share/fonts</dir>',
        '  <dir>/usr/local/share/fonts</dir>',
        `  <cachedir>${xmlEscape(path.join(cacheDir, 'fonts-cache'))}</cachedir>`,
        '</fontconfig>',
        '',
      ].join('\n'),
    );
    fs.writeFileSync(
      path.join(staging, 'chromium-wrapper'),
      [
        '#!/bin/sh',
        `# Starts ${BUNDLED_PACKAGE} ${version} with its own libraries and font (written by scripts/browser.cjs).`,
        `LD_LIBRARY_PATH=${shellQuote(finalLibDir)}\${LD_LIBRARY_PATH:+:\$LD_LIBRARY_PATH}`,
        `FONTCONFIG_FILE=${shellQuote(fontsConf)}`,
        'export LD_LIBRARY_PATH FONTCONFIG_FILE',
        `exec ${shellQuote(finalBinary)} "$@"`,
        '',
      ].join('\n'),
      { mode: 0o755 },
    );
    try {
      fs.renameSync(staging, cacheDir);
    } catch (error) {
      // Another process finished first: use its copy.
      if (!fs.existsSync(wrapper)) throw error;
    }
    return { executablePath: wrapper, source };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * The browser for this machine, unpacking the bundled one when it is the only choice.
 * @returns {Choice | null}
 */
function findChromium() {
  return chooseChromium({
    env: process.env,
    exists: fs.existsSync,
    playwrightPath: playwrightExecutablePath,
    bundled: bundledChromium,
  });
}

/** A line saying how the choice was made, for the test scripts to print. */
function describeChoice(/** @type {Choice} */ choice) {
  const hidden = systemBrowsersHidden(process.env)
    ? ` — system browsers and CHROMIUM_PATH skipped because ${HIDE_ENV}=${process.env[HIDE_ENV]}`
    : '';
  return `Browser for end-to-end tests: ${choice.executablePath} (${choice.source})${hidden}`;
}

/** The one line to print when findChromium() found nothing. */
function noBrowserMessage() {
  const fromEnv = process.env.CHROMIUM_PATH;
  return fromEnv && !systemBrowsersHidden(process.env)
    ? `CHROMIUM_PATH is set to ${fromEnv}, which does not exist. Unset it to use a system or the bundled Chromium.`
    : NO_BROWSER_MESSAGE;
}

module.exports = {
  CHROMIUM_ARGS,
  HIDE_ENV,
  NO_BROWSER_MESSAGE,
  SYSTEM_BROWSERS,
  chooseChromium,
  describeChoice,
  findChromium,
  noBrowserMessage,
};
