// @ts-check
/**
 * `npm run bench:ui`: input-to-result latency of the calculator in Chromium, against the built site.
 * Changes the format select 30 times (gpt-oss-120b on an RTX 4090: alternatives and all three charts
 * recomputed) and times each change from the input event to the moment the answer's DOM has changed,
 * once with the charts off screen and once with all three drawn. A benchmark, not a test: budget 50 ms.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { ROOT } from './build-state.mjs';
import browser from './browser.cjs';

const PORT = Number(process.env.BENCH_PORT ?? 4190);
const server = spawn(process.execPath, [path.join(ROOT, 'node_modules/serve/build/main.js'), 'out', '--listen', `tcp://127.0.0.1:${PORT}`, '--no-clipboard', '--no-request-logging'], { cwd: ROOT, stdio: 'ignore', detached: true });
const stop = () => {
  try {
    process.kill(-(server.pid ?? 0));
  } catch {
    // gone
  }
};
process.on('exit', stop);
for (let i = 0; i < 50; i++) {
  try {
    if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) break;
  } catch {
    await new Promise((r) => setTimeout(r, 100));
  }
}
const choice = browser.findChromium();
if (!choice) throw new Error(browser.noBrowserMessage());
const b = await chromium.launch({ executablePath: choice.executablePath, args: browser.CHROMIUM_ARGS });
for (const charts of [false, true]) {
  const page = await b.newPage({ viewport: { width: 1280, height: charts ? 3200 : 900 } });
  await page.goto(`http://127.0.0.1:${PORT}/calculator?model=gpt-oss-120b&device=rtx-4090`);
  await page.locator('[data-ready="true"]').waitFor();
  if (charts) await page.locator('svg.recharts-surface').nth(2).waitFor();
  await page.waitForTimeout(1500);
  const times = await page.evaluate(async () => {
    const label = [...document.querySelectorAll('label')].find((l) => l.textContent === 'Format');
    const select = /** @type {HTMLSelectElement} */ (label?.control);
    const values = [...select.options].map((o) => o.value);
    const answer = /** @type {HTMLElement} */ (document.getElementById('answer'));
    const out = [];
    for (let i = 0; i < 30; i++) {
      const before = answer.innerText;
      const t0 = performance.now();
      const t1 = await new Promise((resolve) => {
        const mo = new MutationObserver(() => {
          if (answer.innerText === before) return;
          mo.disconnect();
          resolve(performance.now());
        });
        mo.observe(answer, { subtree: true, childList: true, characterData: true });
        select.value = values[(i + 1) % values.length];
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
      out.push(t1 - t0);
      await new Promise((r) => setTimeout(r, 50));
    }
    return out;
  });
  times.sort((x, y) => x - y);
  const at = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
  console.log(`input-to-result, charts ${charts ? 'drawn' : 'off screen'}: median ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms (${times.length} changes; budget 50 ms)`);
  await page.close();
}
await b.close();
stop();
