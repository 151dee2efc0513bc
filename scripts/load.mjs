// @ts-check
/**
 * `npm run load`: can the server `npm start` uses (scripts/serve.mjs) hold 2,000 requests per
 * second for 30 seconds over a mix of pages on loopback, with zero errors and only 2xx answers?
 *
 * Builds first when out/ is stale, starts scripts/serve.mjs on 127.0.0.1 (a free port, or $LOAD_PORT), asks
 * every URL of the mix once (each must be 200; this also fills the server's compressed cache, as any
 * running server's would be), then autocannon (pinned) sends the mix at a fixed overall rate from 64
 * keep-alive connections, as a browser would ask (Accept-Encoding: br, gzip). Prints throughput,
 * latency percentiles (corrected for coordinated omission, autocannon's default with a fixed rate) and
 * bytes, and exits 1 when any request failed, timed out or got a non-2xx answer, or fewer than 98 %
 * of the intended requests completed. Not part of npm test (it needs both cores for 30 s).
 *
 *   LOAD_RATE=2000 LOAD_SECONDS=30 LOAD_CONNECTIONS=64 [LOAD_PORT=4400] npm run load
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { ROOT, staleReason } from './build-state.mjs';

const RATE = Number(process.env.LOAD_RATE ?? 2000);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 30);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 64);
/** 0: a free port the system picks (so the test can never measure some other server on a fixed port). */
const PORT = Number(process.env.LOAD_PORT ?? 0);
let BASE = '';
const HEADERS = { 'accept-encoding': 'br, gzip', accept: 'text/html,*/*' };
const OUT = path.join(ROOT, 'out');

const siteUrl = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
const reason = staleReason(siteUrl);
if (reason) {
  console.log(`Building the site first (${reason})…`);
  const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** One URL of each kind the site serves, read from the build so it always exists. */
function mix() {
  const sitemap = readFileSync(path.join(OUT, 'sitemap.xml'), 'utf8');
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  const html = (/** @type {string} */ p) => readFileSync(path.join(OUT, p === '/' ? 'index.html' : `${p}.html`), 'utf8');
  const first = (/** @type {RegExp} */ re) => paths.find((p) => re.test(p));
  const guide = paths.find((p) => /^\/guides\/./.test(p) && html(p).includes('data-widget=')) ?? first(/^\/guides\/./);
  const home = html('/');
  // Next's chunks are listed as data for the boot script, which adds them after the first paint.
  const chunk = /data-next-boot="s">"(\/_next\/static\/[^"]+\.js)"/.exec(home)?.[1];
  const css = /<link rel="stylesheet" href="(\/_next\/static\/[^"]+\.css)"/.exec(home)?.[1];
  const boot = /<script src="(\/_csp\/[^"]+\.js)"/.exec(home)?.[1];
  /** @type {[string, string | undefined][]} */
  const named = [
    ['home', '/'],
    ['guide with widgets', guide],
    ['calculator', '/calculator'],
    ['model page', first(/^\/models\/./)],
    ['device page', first(/^\/devices\/./)],
    ['will-it-run page', first(/^\/will-it-run\/./)],
    ['compare page', first(/^\/compare\/./)],
    ['JSON data', '/data/v1/models.json'],
    ['script chunk', chunk],
    ['stylesheet', css],
    ['boot script (/_csp/)', boot],
  ];
  for (const [name, p] of named) if (!p) console.log(`  (no ${name} in this build; left out of the mix)`);
  return /** @type {[string, string][]} */ (named.filter(([, p]) => p));
}

const server = spawn(process.execPath, [path.join(ROOT, 'scripts', 'serve.mjs'), OUT, '--host', '127.0.0.1', '--port', String(PORT)], {
  cwd: ROOT,
  stdio: ['ignore', 'pipe', 'inherit'],
  detached: true,
});
/** The URL the server prints once it listens; rejects when it exits first (a port in use, no build). */
const listening = new Promise((resolve, reject) => {
  let text = '';
  server.stdout?.on('data', (chunk) => {
    text += chunk;
    const m = /Serving .* at (http:\/\/[^\s]+)/.exec(text);
    if (m) resolve(m[1]);
  });
  server.on('exit', (code) => reject(new Error(`scripts/serve.mjs exited (code ${code}) before it listened`)));
});
const stopServer = () => {
  try {
    process.kill(-(server.pid ?? 0), 'SIGTERM');
  } catch {
    // already gone
  }
};
process.on('exit', stopServer);
for (const sig of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(sig, () => process.exit(130));

async function main() {
  BASE = String(await listening);
  const urls = mix();
  console.log(`Mix (${urls.length} URLs, each asked in turn by every connection):`);
  for (const [name, p] of urls) {
    const res = await fetch(`${BASE}${p}`, { headers: HEADERS });
    const bytes = (await res.arrayBuffer()).byteLength;
    console.log(`  ${String(res.status).padEnd(4)} ${name.padEnd(22)} ${p}  (${res.headers.get('content-encoding') ?? 'identity'}, ${(bytes / 1024).toFixed(1)} KB decoded)`);
    if (res.status !== 200) throw new Error(`${p} answered ${res.status} before the load started`);
  }

  console.log(`\nautocannon: ${RATE} requests/s for ${SECONDS} s over ${CONNECTIONS} connections to ${BASE}…`);
  const result = await autocannon({
    url: BASE,
    connections: CONNECTIONS,
    duration: SECONDS,
    overallRate: RATE,
    timeout: 10,
    headers: HEADERS,
    requests: urls.map(([, p]) => ({ method: 'GET', path: p })),
  });

  const intended = RATE * SECONDS;
  const completed = result.requests.total;
  const problems = [];
  if (result.errors > 0) problems.push(`${result.errors} errors`);
  if (result.timeouts > 0) problems.push(`${result.timeouts} timeouts`);
  if (result.non2xx > 0) problems.push(`${result.non2xx} non-2xx answers (${JSON.stringify(result.statusCodeStats)})`);
  if (completed < intended * 0.98) problems.push(`only ${completed} of ${intended} intended requests completed`);

  const l = result.latency;
  console.log(
    [
      '',
      `requests: ${completed} in ${result.duration.toFixed(1)} s (intended ${intended}); ` +
        `throughput ${(completed / result.duration).toFixed(0)} req/s (per-second samples: min ${result.requests.min}, mean ${result.requests.average.toFixed(0)}, max ${result.requests.max})`,
      `latency:  p50 ${l.p50} ms · p90 ${l.p90} ms · p99 ${l.p99} ms · max ${l.max} ms`,
      `data:     ${(result.throughput.average / 1024 / 1024).toFixed(1)} MB/s on average (compressed bytes)`,
      `status:   ${Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => `${code}: ${s.count}`).join(', ')}; errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`,
      '',
      problems.length === 0 ? `✓ held ${RATE} requests/s for ${SECONDS} s with zero errors.` : `✗ missed: ${problems.join('; ')}.`,
    ].join('\n'),
  );
  return problems.length === 0 ? 0 : 1;
}

main().then(
  (code) => {
    stopServer();
    process.exit(code);
  },
  (error) => {
    console.error(`✗ load test failed: ${error instanceof Error ? error.message : error}`);
    stopServer();
    process.exit(1);
  },
);
