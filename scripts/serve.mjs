// @ts-check
/**
 * The project's static server for out/: `npm start`, the Playwright webServer and `npm run load`
 * all use it, so what the tests and the load test see is what `npm start` serves.
 *
 *   node scripts/serve.mjs [dir=out] [--port 3000] [--host 0.0.0.0]
 *
 * Why not `serve`: it compresses every response again (about 460 requests/s for a device page on
 * this 2-core machine, far from the 2,000 the load test asks for) and it reads headers from its own
 * config format. This server, on node:http with mrmime for content types:
 * - resolves URLs like a static host with clean URLs: `/` → index.html, `/about` → about.html (or
 *   about/index.html), a file as is; `/about/` redirects to `/about`; anything else is 404.html with
 *   status 404; `/_headers` itself is not served (as on Netlify / Cloudflare Pages);
 * - applies `out/_headers` (Netlify / Cloudflare Pages syntax, written by the security step), so the
 *   Content-Security-Policy and friends are the same here as on those hosts;
 * - compresses each text file once (brotli quality 5 or gzip 6, by Accept-Encoding) and keeps the
 *   bytes in memory (LRU, 512 MB at most), with a strong ETag and 304s; a file that changes on disk
 *   (size or mtime) is read again.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { lookup } from 'mrmime';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** @typedef {{ pattern: string, match: RegExp, headers: [string, string][] }} HeaderRule */

/**
 * Parse a `_headers` file: a path pattern at the start of a line, then its `Name: value` lines
 * indented. `*` matches anything (including `/`), `:name` one path segment. `#` starts a comment.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeadersFile(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.replace(/\s+$/, '');
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim();
      if (!pattern.startsWith('/')) throw new Error(`_headers line ${i + 1}: a path must start with "/": ${pattern}`);
      const source = pattern
        .split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/)
        .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
        .join('');
      rules.push({ pattern, match: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers line ${i + 1}: expected "Name: value" under a path: ${line.trim()}`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/**
 * Headers for a request path: every matching rule, in file order (a later value for the same
 * name replaces an earlier one).
 * @param {HeaderRule[]} rules @param {string} pathname
 * @returns {Map<string, string>}
 */
export function headersFor(rules, pathname) {
  const out = new Map();
  for (const rule of rules) if (rule.match.test(pathname)) for (const [k, v] of rule.headers) out.set(k, v);
  return out;
}

/** Content types worth compressing. @param {string} type */
const compressible = (type) => /^text\/|^application\/(javascript|json|xml|manifest\+json|atom\+xml|rss\+xml|wasm)|^image\/svg\+xml/.test(type);

/** @param {string} file */
function contentType(file) {
  const type = lookup(file) ?? 'application/octet-stream';
  return /^text\/|^application\/(javascript|json|xml|atom\+xml|manifest\+json)|^image\/svg\+xml/.test(type) ? `${type}; charset=utf-8` : type;
}

/**
 * Map a URL path to a file under root, the way static hosts with clean URLs do.
 * @param {string} root absolute
 * @param {string} pathname decoded, starting with "/"
 * @returns {Promise<{ file: string, size: number, mtimeMs: number } | { redirect: string } | null>}
 */
export async function resolvePath(root, pathname) {
  if (pathname.includes('\0')) return null;
  const clean = path.posix.normalize(pathname);
  if (!clean.startsWith('/') || clean.split('/').includes('..')) return null;
  if (clean === '/_headers' || clean === '/_redirects') return null;
  /** @param {string} rel */
  const tryFile = async (rel) => {
    const file = path.join(root, rel);
    if (file !== root && !file.startsWith(root + path.sep)) return null;
    // Only "not there" means not there; anything else (EMFILE, EACCES) is a server error, never a 404.
    const st = await stat(file).catch((/** @type {NodeJS.ErrnoException} */ e) => {
      if (e.code === 'ENOENT' || e.code === 'ENOTDIR' || e.code === 'ENAMETOOLONG') return null;
      throw e;
    });
    return st && st.isFile() ? { file, size: st.size, mtimeMs: st.mtimeMs } : null;
  };
  if (clean === '/') return tryFile('index.html');
  if (clean.endsWith('/')) {
    const bare = clean.slice(0, -1);
    return (await resolvePath(root, bare)) ? { redirect: bare } : null;
  }
  return (await tryFile(clean)) ?? (await tryFile(`${clean}.html`)) ?? (await tryFile(`${clean}/index.html`));
}

/** @typedef {{ mtimeMs: number, size: number, body: Buffer, etag: string, type: string, br?: Promise<Buffer>, gzip?: Promise<Buffer> }} Entry */

const MAX_CACHE_BYTES = 512 * 1024 * 1024;
const MAX_CACHED_FILE = 16 * 1024 * 1024;

/**
 * @param {{ root: string }} options
 * @returns {http.Server}
 */
export function createStaticServer({ root: rootDir }) {
  const root = path.resolve(rootDir);
  const headersPath = path.join(root, '_headers');
  /** @type {HeaderRule[]} */
  let rules = [];
  let rulesMtime = -1;
  let rulesCheckedAt = 0;
  const loadRules = () => {
    const now = Date.now();
    if (now - rulesCheckedAt < 1000) return;
    rulesCheckedAt = now;
    const mtime = existsSync(headersPath) ? statSync(headersPath).mtimeMs : 0;
    if (mtime === rulesMtime) return;
    rulesMtime = mtime;
    rules = mtime ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  };

  /** @type {Map<string, Entry>} */
  const cache = new Map();
  let cachedBytes = 0;
  /** @param {string} file @param {Entry} entry */
  const remember = (file, entry) => {
    const old = cache.get(file);
    if (old) {
      cache.delete(file);
      cachedBytes -= old.size * 2;
    }
    cache.set(file, entry);
    cachedBytes += entry.size * 2; // the raw bytes plus, roughly, the compressed variants
    for (const [key, e] of cache) {
      if (cachedBytes <= MAX_CACHE_BYTES) break;
      cache.delete(key);
      cachedBytes -= e.size * 2;
    }
  };

  /** @param {{ file: string, size: number, mtimeMs: number }} found @returns {Promise<Entry>} */
  const entryFor = async (found) => {
    const hit = cache.get(found.file);
    if (hit && hit.mtimeMs === found.mtimeMs && hit.size === found.size) {
      cache.delete(found.file); // most recently used last
      cache.set(found.file, hit);
      return hit;
    }
    const body = await readFile(found.file);
    /** @type {Entry} */
    const entry = {
      mtimeMs: found.mtimeMs,
      size: body.length,
      body,
      etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
      type: contentType(found.file),
    };
    remember(found.file, entry);
    return entry;
  };

  /** @param {string | undefined} header */
  const pickEncoding = (header) => {
    if (!header) return null;
    const accepted = new Set(
      header
        .split(',')
        .map((part) => part.trim().toLowerCase())
        .filter((part) => !/;\s*q=0(\.0*)?$/.test(part))
        .map((part) => part.split(';')[0]?.trim()),
    );
    return accepted.has('br') ? 'br' : accepted.has('gzip') ? 'gzip' : null;
  };

  return http.createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Length': '0' }).end();
        return;
      }
      loadRules();
      let pathname;
      try {
        pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      } catch {
        res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request\n');
        return;
      }
      let found = await resolvePath(root, pathname);
      if (found && 'redirect' in found) {
        const search = new URL(req.url ?? '/', 'http://localhost').search;
        res.writeHead(301, { Location: encodeURI(found.redirect) + search, 'Content-Length': '0' }).end();
        return;
      }
      let status = 200;
      if (!found) {
        status = 404;
        found = await resolvePath(root, '/404.html');
        if (!found || 'redirect' in found) {
          res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
          return;
        }
      }
      for (const [k, v] of headersFor(rules, pathname)) res.setHeader(k, v);
      if (!res.hasHeader('Cache-Control')) res.setHeader('Cache-Control', 'public, max-age=0, must-revalidate');

      if (found.size > MAX_CACHED_FILE) {
        res.writeHead(status, { 'Content-Type': contentType(found.file), 'Content-Length': String(found.size) });
        if (req.method === 'HEAD') res.end();
        else createReadStream(found.file).pipe(res);
        return;
      }
      const entry = await entryFor(found);
      const canCompress = compressible(entry.type) && entry.size >= 1024;
      const encoding = canCompress ? pickEncoding(req.headers['accept-encoding']) : null;
      const etag = encoding ? `${entry.etag.slice(0, -1)}-${encoding}"` : entry.etag;
      res.setHeader('Content-Type', entry.type);
      res.setHeader('ETag', etag);
      if (canCompress) res.setHeader('Vary', 'Accept-Encoding');
      if (status === 200 && req.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) {
        res.writeHead(304).end();
        return;
      }
      let body = entry.body;
      if (encoding === 'br') {
        entry.br ??= brotli(entry.body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } });
        body = await entry.br;
      } else if (encoding === 'gzip') {
        entry.gzip ??= gzip(entry.body, { level: 6 });
        body = await entry.gzip;
      }
      if (encoding) res.setHeader('Content-Encoding', encoding);
      res.setHeader('Content-Length', String(body.length));
      res.writeHead(status);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      console.error(`serve: ${req.method} ${req.url}: ${error instanceof Error ? error.stack : error}`);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Internal server error\n');
    }
  });
}

/** @param {string[]} argv */
function parseArgs(argv) {
  let dir = 'out';
  let port = Number(process.env.PORT || 3000);
  let host = '0.0.0.0';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--port') port = Number(argv[++i]);
    else if (a === '--host') host = String(argv[++i]);
    else if (a && !a.startsWith('-')) dir = a;
    else throw new Error(`unknown argument ${a}; usage: node scripts/serve.mjs [dir] [--port N] [--host H]`);
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number; got ${port}`);
  return { dir, port, host };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`serve: ${error instanceof Error ? error.message : error}`);
    process.exit(2);
  }
  if (!existsSync(path.join(args.dir, 'index.html'))) {
    console.error(`serve: ${args.dir}/index.html is missing; build first (npm run build)`);
    process.exit(1);
  }
  const server = createStaticServer({ root: args.dir });
  // Longer than clients keep idle sockets (undici 4 s, browsers up to 60 s), so a client never sends on a
  // socket the server is just closing (as nginx's 75 s default avoids it too).
  server.keepAliveTimeout = 65_000;
  server.on('error', (error) => {
    console.error(`serve: ${error.message}`);
    process.exit(1);
  });
  server.listen(args.port, args.host, () => {
    const shown = args.host === '0.0.0.0' ? 'localhost' : args.host;
    // With --port 0 the system picks a free port; this line says which (scripts/load.mjs reads it).
    const address = server.address();
    const port = address && typeof address === 'object' ? address.port : args.port;
    console.log(`Serving ${args.dir}/ at http://${shown}:${port}`);
  });
  for (const sig of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(sig, () => {
    server.close();
    server.closeAllConnections();
    process.exit(0);
  });
}
