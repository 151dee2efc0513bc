// @ts-check
/**
 * `npm run dev`: `next dev` with hot reload for content/ too.
 *
 * Guides are read from disk when a page renders, so the bundler does not know about them. This
 * script watches content/ and, on any change, rewrites lib/content/dev-revision.ts, which the root
 * layout imports: the dev server sees a changed module and refreshes the open page. The file is put
 * back to its committed state when the dev server exits. Extra arguments go to `next dev`.
 */
import { spawn } from 'node:child_process';
import { watch, writeFileSync, readFileSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './build-state.mjs';

const revisionFile = path.join(ROOT, 'lib/content/dev-revision.ts');
const committed = readFileSync(revisionFile, 'utf8');
const committedTimes = statSync(revisionFile);
const bump = () => writeFileSync(revisionFile, committed.replace(/contentRevision = \d+/, `contentRevision = ${Date.now()}`));
// Put back the times as well, so that a dev session does not make out/ look older than lib/ (npm start and
// test:e2e would rebuild for nothing).
const restore = () => {
  writeFileSync(revisionFile, committed);
  utimesSync(revisionFile, committedTimes.atime, committedTimes.mtime);
};

let timer;
const watcher = watch(path.join(ROOT, 'content'), { recursive: true }, () => {
  clearTimeout(timer);
  timer = setTimeout(bump, 100); // one refresh for an editor's burst of writes
});

const next = spawn(path.join(ROOT, 'node_modules', '.bin', 'next'), ['dev', ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
  env: process.env,
});

function stop(code) {
  watcher.close();
  clearTimeout(timer);
  restore();
  process.exit(code);
}
next.on('exit', (code) => stop(code ?? 0));
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => next.kill(signal));
