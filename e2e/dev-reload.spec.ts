/**
 * `npm run dev` is for authoring: editing a guide must show in the open page without a reload.
 * Starts its own dev server (scripts/dev.mjs) on a spare port with a throw-away guide, edits the file
 * and waits for the page to change by itself.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

const ROOT = path.resolve(__dirname, '..');
const SLUG = 'zz-dev-reload-check';
const FILE = path.join(ROOT, 'content/guides', `${SLUG}.mdx`);
const PORT = Number(process.env.E2E_DEV_PORT ?? 4191);

const guide = (marker: string) => `---
title: Dev reload check
description: A temporary guide written by e2e/dev-reload.spec.ts.
published: 2026-01-01
updated: 2026-01-01
tags: [test]
related: []
---

## Marker

${marker}
`;

async function waitForServer(url: string, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`dev server did not answer ${url} within ${ms} ms`);
}

test('editing a guide hot-reloads the open page in npm run dev', async ({ page }) => {
  test.setTimeout(240_000);
  const revisionFile = path.join(ROOT, 'lib/content/dev-revision.ts');
  const committedRevision = readFileSync(revisionFile, 'utf8');
  // Adding and removing the guide touches its folder; its times are put back afterwards, so that out/
  // does not look older than content/ (npm start and test:e2e would rebuild for nothing).
  const folder = statSync(path.dirname(FILE));
  writeFileSync(FILE, guide('First version of the text.'));
  const dev = spawn('node', ['scripts/dev.mjs', '--port', String(PORT)], { cwd: ROOT, stdio: 'ignore', detached: true });
  const exited = new Promise<void>((resolve) => dev.on('exit', () => resolve()));
  try {
    const url = `http://localhost:${PORT}/guides/${SLUG}`; // not 127.0.0.1: next dev refuses its HMR socket to other origins
    await waitForServer(url, 180_000);
    await page.goto(url);
    await expect(page.getByText('First version of the text.')).toBeVisible();
    await page.waitForTimeout(1000); // let the HMR socket connect
    writeFileSync(FILE, guide('Second version, edited while the page was open.'));
    await expect(page.getByText('Second version, edited while the page was open.')).toBeVisible({ timeout: 60_000 });
  } finally {
    await page.close(); // before the server goes, so the HMR socket does not log reconnect errors
    if (dev.pid) process.kill(-dev.pid, 'SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    rmSync(FILE, { force: true });
    utimesSync(path.dirname(FILE), folder.atime, folder.mtime);
    // The dev script puts the revision module back; make sure of it even if it was killed hard.
    if (existsSync(revisionFile) && readFileSync(revisionFile, 'utf8') !== committedRevision) writeFileSync(revisionFile, committedRevision);
  }
});
