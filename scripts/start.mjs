// @ts-check
/**
 * `npm start`: build the static site if out/ is missing or stale, then serve
 * out/ with `serve` (clean URLs, 404.html for unknown paths) on $PORT (3000).
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT, staleReason } from './build-state.mjs';

const port = Number(process.env.PORT || 3000);
const siteUrl = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
const bin = (name) => path.join(ROOT, 'node_modules', '.bin', name);

const reason = staleReason(siteUrl);
if (reason) {
  console.log(`Building the site (${reason})…`);
  const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit', env: process.env });
  if (build.status !== 0) {
    console.error('Build failed; not starting the server.');
    process.exit(build.status ?? 1);
  }
} else {
  console.log('out/ is up to date; skipping the build.');
}

const server = spawn(
  bin('serve'),
  ['out', '--listen', `tcp://0.0.0.0:${port}`, '--no-clipboard', '--no-port-switching'],
  { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
);
server.on('spawn', () => console.log(`Serving out/ at http://localhost:${port}`));
server.on('exit', (code, signal) => process.exit(signal ? 0 : (code ?? 0)));
for (const sig of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(sig, () => server.kill(sig));
