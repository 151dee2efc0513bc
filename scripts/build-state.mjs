// @ts-check
/**
 * Is out/ (the static export) missing or older than the sources? Used by
 * `npm start` and `npm run test:e2e` to build only when needed.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/** Inputs to the build: a change to any of them makes out/ stale. */
const SOURCES = [
  'app',
  'content',
  'lib',
  'public',
  'next.config.mjs',
  'mdx-components.tsx',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
  'scripts/build.mjs',
  'scripts/postbuild',
];

/** @param {string} p @returns {number} newest mtime under p (0 when absent) */
function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(p)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(p, entry)));
  }
  return newest;
}

/**
 * Why out/ needs rebuilding, or null when it is up to date.
 * @param {string} siteUrl the SITE_URL this build should carry
 * @returns {string | null}
 */
export function staleReason(siteUrl) {
  const index = path.join(ROOT, 'out', 'index.html');
  const sitemap = path.join(ROOT, 'out', 'sitemap.xml');
  if (!existsSync(index) || !existsSync(sitemap)) return 'out/ has no build yet';
  const built = statSync(index).mtimeMs;
  const changed = SOURCES.find((s) => newestMtime(path.join(ROOT, s)) > built);
  if (changed) return `${changed} changed since the last build`;
  if (!readFileSync(sitemap, 'utf8').includes(`<loc>${siteUrl}/`)) return `out/ was built for a different SITE_URL`;
  return null;
}

export { ROOT };
