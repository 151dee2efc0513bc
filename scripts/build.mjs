// @ts-check
/**
 * `npm run build`: the static export (`next build` → out/), then the steps that work on the
 * finished HTML, in order. Every caller (npm start, npm test, test:e2e, audit) builds through
 * this file so that out/ is always the same whatever started the build.
 *
 * Post-build steps live in scripts/postbuild/, one job each; each exports `run(outDir)`.
 * Order matters: the search index reads the pages as Next wrote them, and the security step
 * (which moves inline scripts out and writes the headers) runs last over the final HTML.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './build-state.mjs';

/** Module paths under scripts/postbuild/, run in this order. */
/** @type {string[]} */
const POST_BUILD_STEPS = [
  // The search index, over the pages as Next wrote them.
  'search.mjs',
  // Last: moves inline scripts out, adds the CSP meta tag, writes out/_headers.
  'security.mjs',
];

const started = Date.now();
const next = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'next'), ['build'], {
  cwd: ROOT,
  stdio: 'inherit',
  env: process.env,
});
if (next.status !== 0) process.exit(next.status ?? 1);

const outDir = path.join(ROOT, 'out');
for (const step of POST_BUILD_STEPS) {
  const file = path.join(ROOT, 'scripts', 'postbuild', step);
  if (!existsSync(file)) {
    console.error(`post-build step ${step} is missing`);
    process.exit(1);
  }
  const t0 = Date.now();
  try {
    const mod = await import(file);
    await mod.run(outDir);
  } catch (error) {
    console.error(`✗ post-build step ${step} failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
  console.log(`✓ ${step} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}
console.log(`Build finished in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
