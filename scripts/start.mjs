// @ts-check
/**
 * `npm start`: build the static site if out/ is missing or stale, then serve out/ with
 * scripts/serve.mjs (clean URLs, 404.html for unknown paths, the headers in out/_headers,
 * compressed once and kept in memory) on $PORT (3000). The e2e tests and `npm run load` use the same server.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT, staleReason } from './build-state.mjs';

const port = Number(process.env.PORT || 3000);
const siteUrl = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');

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

const server = spawn(process.execPath, [path.join(ROOT, 'scripts', 'serve.mjs'), 'out', '--port', String(port), '--host', '0.0.0.0'], {
  cwd: ROOT,
  stdio: ['ignore', 'inherit', 'inherit'],
});
server.on('exit', (code, signal) => process.exit(signal ? 0 : (code ?? 0)));
for (const sig of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(sig, () => server.kill(sig));
