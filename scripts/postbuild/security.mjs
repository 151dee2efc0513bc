// @ts-check
/**
 * Post-build step (runs last): a strict Content-Security-Policy for the static export.
 *
 * Next writes inline executable scripts into every page: the Turbopack bootstrap
 * (`<script id="_R_">`, registers the page's chunks), the flight-data bootstrap
 * (`(self.__next_f=self.__next_f||[]).push([0])`) and the RSC payload (`self.__next_f.push([1,"…"])`).
 * A policy without 'unsafe-inline' blocks them. Each is one `push` of a JSON value, so this step writes
 * that value, in the same place, as a non-executing `<script type="application/json" data-next-boot>`
 * block, and every page loads one shared, content-addressed script, `/_csp/<sha256>.js`, with `defer`
 * from <head>, which pushes the blocks' values in document order. The payload stays in the HTML, where
 * Next puts it; the only added script is the same few hundred bytes on every page. Next's chunk scripts
 * (`<script src="/_next/static/…" async>`) and script preloads become data blocks too, which the boot
 * script turns back into the same elements after the first paint (see BOOT_SCRIPT for why). Why that keeps the
 * semantics (checked against next 16.4.6's client/app-index.js and the Turbopack runtime):
 * - the flight payload is only buffered: Next's runtime reads `self.__next_f` when it boots and
 *   replaces `push` for later chunks, and it closes the stream on DOMContentLoaded; a deferred script
 *   runs after parsing, before DOMContentLoaded, so every chunk arrives in order before the stream
 *   closes, whether the (async) runtime booted first or not;
 * - the Turbopack registration is likewise queued in `globalThis.TURBOPACK` until the runtime takes
 *   it, or handled by the runtime's `push` when it came first;
 * - the chunk scripts were `async` already, so nothing depended on their order or on their running before
 *   DOMContentLoaded (Next's runtime closes the stream at once when it boots after it).
 * Only scripts of those known kinds, with a plain JSON argument, are converted; any other inline
 * executable script fails the build, because it would either be blocked by the policy or be changed
 * without anyone checking it.
 *
 * Left inline: the theme script in <head> (it must run before first paint; app/layout.tsx), allowed
 * by its sha256 hash, and data blocks (`<script type="application/ld+json">`), which never execute.
 *
 * Writes `out/_headers` (Netlify / Cloudflare Pages syntax: the policy plus Referrer-Policy,
 * X-Content-Type-Options, Permissions-Policy, X-Frame-Options, and immutable caching for hashed
 * files), which scripts/serve.mjs (npm start, e2e, load test) applies too, and puts the policy in a
 * `<meta http-equiv>` at the top of every page's <head> for hosts that cannot set headers
 * (a meta policy cannot carry frame-ancestors, so there framing is not restricted).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Folder (under out/) and URL prefix of the boot script. */
export const CSP_DIR = '_csp';

/** Script `type`s that execute (https://html.spec.whatwg.org/#prepare-the-script-element); anything else is a data block. */
const EXECUTABLE_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module', 'text/ecmascript', 'application/ecmascript']);

/**
 * The inline scripts Next writes into a static page, which this step turns into data: each is one call,
 * `<queue>.push(<JSON>)`, and becomes a `<script type="application/json" data-next-boot="<queue>">` block
 * with that JSON, in the same place.
 */
const MOVABLE = [
  { name: 'flight-data bootstrap', queue: 'f', prefix: '(self.__next_f=self.__next_f||[]).push(' },
  { name: 'flight data', queue: 'f', prefix: 'self.__next_f.push(' },
  { name: 'Turbopack bootstrap', queue: 't', prefix: '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(' },
];

/**
 * The one script every page loads (deferred) instead. It replays the data blocks, in document order, into
 * the queues Next's runtime reads (`self.__next_f`, `globalThis.TURBOPACK`), then, once the first frame has
 * been painted, adds Next's chunk scripts (`s`, async as Next wrote them) and script preloads (`p`).
 * Why wait for the paint: every page's answer is text in the HTML, and the scripts only hydrate it; on a
 * slow connection 150 KB of JavaScript requested from <head> competes with the HTML and stylesheets for
 * the first round trips. In a hidden tab (no frames) they are added at once. Shared and cached by all pages.
 */
export const BOOT_SCRIPT =
  '(function(){var d=document,s=d.querySelectorAll(\'script[type="application/json"][data-next-boot]\'),l=[];' +
  'for(var i=0;i<s.length;i++){var k=s[i].getAttribute("data-next-boot"),v=JSON.parse(s[i].textContent);' +
  'if(k==="s"||k==="p")l.push([k,v]);' +
  'else if(k==="t")(globalThis.TURBOPACK=globalThis.TURBOPACK||[]).push(v);' +
  'else(self.__next_f=self.__next_f||[]).push(v)}' +
  'function go(){for(var j=0;j<l.length;j++){var e;' +
  'if(l[j][0]==="s"){e=d.createElement("script");e.src=l[j][1];e.async=true}' +
  'else{e=d.createElement("link");e.rel="preload";e.as="script";e.href=l[j][1]}' +
  'd.head.appendChild(e)}}' +
  'if(d.visibilityState==="hidden")go();else requestAnimationFrame(function(){setTimeout(go,0)})})();\n';

/** A JSON data block for a queue entry; `<` escaped so no value can close the element. */
const dataBlock = (/** @type {string} */ queue, /** @type {unknown} */ value) =>
  `<script type="application/json" data-next-boot="${queue}">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;

/** sha256 of a script's text, as CSP writes it. */
export function cspHash(/** @type {string} */ text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The policy. `meta` leaves out what a <meta> policy may not carry (frame-ancestors).
 * @param {{ scriptHashes: string[], wasm?: boolean, workers?: boolean, meta?: boolean }} o
 */
export function contentSecurityPolicy({ scriptHashes, wasm = false, workers = false, meta = false }) {
  /** @type {[string, string[]][]} */
  const directives = [
    ['default-src', ["'self'"]],
    // No 'unsafe-inline', no 'unsafe-eval'. 'wasm-unsafe-eval' only when the search index (WebAssembly) is there.
    ['script-src', ["'self'", ...scriptHashes, ...(wasm ? ["'wasm-unsafe-eval'"] : [])]],
    // React and recharts write style="" attributes (bar widths, chart sizes): inline styles stay allowed.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ...(workers ? /** @type {[string, string[]][]} */ ([['worker-src', ["'self'", 'blob:']]]) : []),
    ['manifest-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ...(meta ? [] : /** @type {[string, string[]][]} */ ([['frame-ancestors', ["'none'"]]])),
  ];
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}

/** Every header sent with every response besides the policy. */
export const SECURITY_HEADERS = {
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  // Nothing on the site needs these; deny them to the page and to anything it embeds.
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=(), midi=(), payment=(), ' +
    'magnetometer=(), gyroscope=(), accelerometer=(), display-capture=(), browsing-topics=()',
  // For browsers without CSP frame-ancestors.
  'X-Frame-Options': 'DENY',
};

/** Hashed file names, safe to cache for a year. */
export const IMMUTABLE_PATHS = ['/_next/static/*', `/${CSP_DIR}/*`];

/** `_headers` in Netlify / Cloudflare Pages syntax. @param {string} policy */
export function headersFile(policy) {
  const lines = ['# Written by scripts/postbuild/security.mjs; scripts/serve.mjs applies the same file.', '/*'];
  lines.push(`  Content-Security-Policy: ${policy}`);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) lines.push(`  ${name}: ${value}`);
  for (const p of IMMUTABLE_PATHS) lines.push(p, '  Cache-Control: public, max-age=31536000, immutable');
  return `${lines.join('\n')}\n`;
}

/**
 * @typedef {{ start: number, end: number, attrs: string, body: string, inHead: boolean }} ScriptTag
 */

/** Every <script> element of a page, with its place. @param {string} html @returns {ScriptTag[]} */
export function scriptTags(html) {
  const headEnd = html.indexOf('</head>');
  /** @type {ScriptTag[]} */
  const tags = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const start = m.index ?? 0;
    tags.push({ start, end: start + m[0].length, attrs: m[1] ?? '', body: m[2] ?? '', inHead: headEnd < 0 || start < headEnd });
  }
  return tags;
}

/** @param {string} attrs @param {string} name */
function attr(attrs, name) {
  const m = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?`, 'i').exec(attrs);
  if (!m) return undefined;
  return m[1] ?? m[2] ?? m[3] ?? '';
}

/** @param {ScriptTag} tag */
export function isExecutableInline(tag) {
  if (attr(tag.attrs, 'src') !== undefined) return false;
  const type = (attr(tag.attrs, 'type') ?? '').trim().toLowerCase();
  return EXECUTABLE_TYPES.has(type);
}

/** Where Next's own scripts live; only these are deferred to the boot script. */
const NEXT_STATIC = '/_next/static/';

/**
 * Turn a page's inline scripts, and Next's chunk scripts and script preloads, into data blocks.
 * @param {string} html
 * @param {string} where file name for messages
 * @returns {{ html: string, converted: number, deferred: number, headScripts: string[] }}
 *   `converted`: how many inline scripts became data blocks; `deferred`: how many chunk scripts and preloads
 *   the boot script will add after the first paint; `headScripts`: the inline executable scripts left in
 *   <head> (the theme script), for hashing.
 */
export function extractInlineScripts(html, where) {
  const tags = scriptTags(html);
  const headScripts = [];
  /** @type {Set<string>} */
  const chunkScripts = new Set();
  let out = '';
  let at = 0;
  let converted = 0;
  for (const tag of tags) {
    const src = attr(tag.attrs, 'src');
    if (src !== undefined) {
      // The noModule polyfill never runs in a browser that runs the rest; leave it where the browser ignores it.
      if (!src.startsWith(NEXT_STATIC) || attr(tag.attrs, 'nomodule') !== undefined) continue;
      if (attr(tag.attrs, 'async') === undefined) {
        throw new Error(`${where}: a Next script that is not async (${src}); its order would matter, so it cannot wait for the boot script`);
      }
      out += html.slice(at, tag.start) + dataBlock('s', src);
      at = tag.end;
      chunkScripts.add(src);
      continue;
    }
    if (!isExecutableInline(tag)) continue;
    if (tag.inHead) {
      headScripts.push(tag.body);
      continue;
    }
    const body = tag.body.trim().replace(/;$/, '');
    const kind = MOVABLE.find((k) => body.startsWith(k.prefix) && body.endsWith(')'));
    /** @type {unknown} */
    let value;
    try {
      value = kind && JSON.parse(body.slice(kind.prefix.length, -1));
    } catch {
      value = undefined;
    }
    if (!kind || value === undefined) {
      throw new Error(
        `${where}: an inline <script> this step does not know (${JSON.stringify(tag.body.slice(0, 80))}); ` +
          'move it to a file, or teach scripts/postbuild/security.mjs what it is',
      );
    }
    out += html.slice(at, tag.start) + dataBlock(kind.queue, value);
    at = tag.end;
    converted += 1;
  }
  out += html.slice(at);
  let preloads = 0;
  // A preload of a chunk the page also loads is dropped (the boot script adds the script itself); any other
  // script preload waits for the paint like the scripts.
  out = out.replace(/<link\b([^>]*)>/gi, (link, attrs) => {
    const href = attr(attrs, 'href');
    if (attr(attrs, 'rel')?.toLowerCase() !== 'preload' || attr(attrs, 'as')?.toLowerCase() !== 'script' || !href?.startsWith(NEXT_STATIC)) return link;
    if (chunkScripts.has(href)) return '';
    preloads += 1;
    return dataBlock('p', href);
  });
  return { html: out, converted, deferred: chunkScripts.size + preloads, headScripts };
}

/** @param {string} html @param {string} markup @param {string} where */
function insertAtHeadStart(html, markup, where) {
  // Idempotent: a page that already carries a policy meta (a second run over out/) gets it replaced.
  html = html.replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*"\/>/, '');
  // Right after <meta charset> (which must stay in the first 1024 bytes), before every script and stylesheet.
  const charset = /<meta\s+charset=["']?utf-8["']?\s*\/?>/i.exec(html);
  if (charset) return html.slice(0, charset.index + charset[0].length) + markup + html.slice(charset.index + charset[0].length);
  const head = /<head\b[^>]*>/i.exec(html);
  if (!head) throw new Error(`${where}: no <head>`);
  return html.slice(0, head.index + head[0].length) + markup + html.slice(head.index + head[0].length);
}

/** @param {string} html @param {string} markup @param {string} where */
function insertBeforeHeadEnd(html, markup, where) {
  const i = html.indexOf('</head>');
  if (i < 0) throw new Error(`${where}: no </head>`);
  return html.slice(0, i) + markup + html.slice(i);
}

/** @param {string} dir @returns {string[]} */
function htmlFiles(dir) {
  /** @type {string[]} */
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...htmlFiles(p));
    else if (entry.name.endsWith('.html')) files.push(p);
  }
  return files;
}

/** @param {string} s */
const gzipBytes = (s) => gzipSync(s, { level: 6 }).length;

/** @param {string} outDir */
export async function run(outDir) {
  const files = htmlFiles(outDir).sort();
  if (files.length === 0) throw new Error(`no HTML in ${outDir}`);
  const cspDir = path.join(outDir, CSP_DIR);
  // Only the current boot script: one left by an earlier run over the same out/ would be served, unused.
  rmSync(cspDir, { recursive: true, force: true });
  mkdirSync(cspDir, { recursive: true });

  const bootName = `${createHash('sha256').update(BOOT_SCRIPT, 'utf8').digest('hex').slice(0, 20)}.js`;
  writeFileSync(path.join(cspDir, bootName), BOOT_SCRIPT);
  const bootUrl = `/${CSP_DIR}/${bootName}`;

  /** @type {{ file: string, html: string, boot: boolean }[]} */
  const pages = [];
  /** @type {Set<string>} */
  const headScripts = new Set();
  const cost = { pages: 0, gzBefore: 0, gzAfter: 0 };
  for (const file of files) {
    const rel = path.relative(outDir, file);
    const before = readFileSync(file, 'utf8');
    const { html, converted, deferred, headScripts: head } = extractInlineScripts(before, rel);
    for (const s of head) headScripts.add(s);
    if (converted > 0 || deferred > 0) {
      cost.pages += 1;
      cost.gzBefore += gzipBytes(before);
      cost.gzAfter += gzipBytes(html);
    }
    // A page needs the boot script when it has data blocks for it (a second run over out/ finds them already there).
    pages.push({ file, html, boot: html.includes('data-next-boot=') });
  }
  if (headScripts.size > 1) {
    throw new Error(
      `expected one inline script in <head> (the theme script), found ${headScripts.size} different ones: ` +
        [...headScripts].map((s) => JSON.stringify(s.slice(0, 60))).join(', '),
    );
  }

  // Pagefind's search runs WebAssembly; allow it only when its index is part of the site.
  const wasm = existsSync(path.join(outDir, 'pagefind'));
  const scriptHashes = [...headScripts].map(cspHash);
  const policy = contentSecurityPolicy({ scriptHashes, wasm });
  const metaPolicy = contentSecurityPolicy({ scriptHashes, wasm, meta: true });
  const meta = `<meta http-equiv="Content-Security-Policy" content="${metaPolicy}"/>`;
  for (const page of pages) {
    let html = insertAtHeadStart(page.html, meta, path.relative(outDir, page.file));
    // Idempotent, like the meta: a boot script from an earlier run (another version, another hash) is replaced.
    html = html.replace(new RegExp(`<script src="/${CSP_DIR}/[0-9a-f]{20}\\.js" defer=""></script>`, 'g'), '');
    if (page.boot) html = insertBeforeHeadEnd(html, `<script src="${bootUrl}" defer=""></script>`, page.file);
    writeFileSync(page.file, html);
  }
  writeFileSync(path.join(outDir, '_headers'), headersFile(policy));

  const kb = (/** @type {number} */ n) => (n / 1024).toFixed(1);
  const per = (/** @type {number} */ n) => kb(n / Math.max(1, cost.pages));
  console.log(
    `  CSP: ${files.length} pages; Next's inline scripts and chunk scripts turned into JSON data blocks on ${cost.pages}, replayed by ` +
      `one shared ${Buffer.byteLength(BOOT_SCRIPT)}-byte script (${bootUrl}). Per page on average: HTML gzip ${per(cost.gzBefore)} → ${per(cost.gzAfter)} KB.`,
  );
}
