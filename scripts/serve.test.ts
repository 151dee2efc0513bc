import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import http from 'node:http';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer, headersFor, parseHeadersFile } from './serve.mjs';

describe('_headers', () => {
  const rules = parseHeadersFile(
    ['# comment', '/*', '  X-A: 1', '  X-B: two words: yes', '/assets/*', '  Cache-Control: immutable', '/guides/:slug', '  X-A: guide', ''].join('\n'),
  );

  it('matches * across segments and :name within one, later rules overriding earlier ones', () => {
    expect(Object.fromEntries(headersFor(rules, '/'))).toEqual({ 'X-A': '1', 'X-B': 'two words: yes' });
    expect(headersFor(rules, '/assets/a/b.js').get('Cache-Control')).toBe('immutable');
    expect(headersFor(rules, '/guides/x').get('X-A')).toBe('guide');
    expect(headersFor(rules, '/guides/x/y').get('X-A')).toBe('1');
    expect(headersFor(rules, '/assetsx').has('Cache-Control')).toBe(false);
  });

  it('rejects a header line outside a path block and a path without a slash', () => {
    expect(() => parseHeadersFile('  X-A: 1\n')).toThrow(/line 1/);
    expect(() => parseHeadersFile('*\n  X-A: 1\n')).toThrow(/must start with "\/"/);
  });
});

describe('createStaticServer', () => {
  let dir: string;
  let server: http.Server;
  let base: string;
  const big = 'console.log("x");\n'.repeat(500);

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'serve-'));
    mkdirSync(path.join(dir, 'guides'));
    mkdirSync(path.join(dir, 'about'));
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'index.html'), '<h1>home</h1>');
    writeFileSync(path.join(dir, 'about.html'), '<h1>about</h1>');
    writeFileSync(path.join(dir, 'about', 'x.txt'), 'rsc');
    writeFileSync(path.join(dir, 'guides', 'index.html'), '<h1>guides</h1>');
    writeFileSync(path.join(dir, '404.html'), '<h1>not found</h1>');
    writeFileSync(path.join(dir, 'assets', 'app.js'), big);
    writeFileSync(path.join(dir, '_headers'), '/*\n  X-Test: yes\n/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n');
    server = createStaticServer({ root: dir });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  /** GET with raw bytes back (fetch would decompress). */
  function get(p: string, headers: Record<string, string> = {}, method = 'GET') {
    return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      const req = http.request(`${base}${p}`, { method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end();
    });
  }

  it('serves clean URLs, index files and files as they are', async () => {
    expect((await get('/')).body.toString()).toBe('<h1>home</h1>');
    expect((await get('/about')).body.toString()).toBe('<h1>about</h1>');
    expect((await get('/about.html')).body.toString()).toBe('<h1>about</h1>');
    expect((await get('/guides')).body.toString()).toBe('<h1>guides</h1>');
    const txt = await get('/about/x.txt?_rsc=1');
    expect([txt.status, txt.body.toString(), txt.headers['content-type']]).toEqual([200, 'rsc', 'text/plain; charset=utf-8']);
  });

  it('redirects a trailing slash and answers unknown paths with 404.html and status 404', async () => {
    const slash = await get('/about/?a=1');
    expect([slash.status, slash.headers.location]).toEqual([301, '/about?a=1']);
    const missing = await get('/nope');
    expect([missing.status, missing.body.toString(), missing.headers['x-test']]).toEqual([404, '<h1>not found</h1>', 'yes']);
  });

  it('never serves outside the folder, nor _headers', async () => {
    for (const p of ['/../serve.test.ts', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc/passwd', '/_headers']) {
      const res = await get(p);
      expect(res.status, p).toBe(404);
      expect(res.body.toString(), p).toBe('<h1>not found</h1>');
    }
    expect((await get('/%E0%A4%A')).status).toBe(400);
  });

  it('applies _headers and a revalidating default Cache-Control', async () => {
    const page = await get('/about');
    expect(page.headers['x-test']).toBe('yes');
    expect(page.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    expect((await get('/assets/app.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('compresses by Accept-Encoding (br first), with bytes that decode to the file, and Vary', async () => {
    const br = await get('/assets/app.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(big);
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(br.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const gz = await get('/assets/app.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).toString()).toBe(big);
    const noBr = await get('/assets/app.js', { 'accept-encoding': 'br;q=0, gzip' });
    expect(noBr.headers['content-encoding']).toBe('gzip');
    const plain = await get('/assets/app.js');
    expect([plain.headers['content-encoding'], plain.body.toString()]).toEqual([undefined, big]);
    // Tiny files are not worth it.
    expect((await get('/', { 'accept-encoding': 'br' })).headers['content-encoding']).toBeUndefined();
  });

  it('answers a matching If-None-Match with 304, per encoding', async () => {
    const first = await get('/assets/app.js', { 'accept-encoding': 'br' });
    const etag = first.headers.etag!;
    expect((await get('/assets/app.js', { 'accept-encoding': 'br', 'if-none-match': etag })).status).toBe(304);
    expect((await get('/assets/app.js', { 'accept-encoding': 'gzip', 'if-none-match': etag })).status).toBe(200);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('/about', {}, 'HEAD');
    expect([head.status, head.body.length, head.headers['content-length']]).toEqual([200, 0, String('<h1>about</h1>'.length)]);
    const post = await get('/about', {}, 'POST');
    expect([post.status, post.headers.allow]).toEqual([405, 'GET, HEAD']);
  });

  it('reads a file again when it changes on disk', async () => {
    expect((await get('/about')).body.toString()).toBe('<h1>about</h1>');
    const file = path.join(dir, 'about.html');
    writeFileSync(file, '<h1>about, rebuilt</h1>');
    const later = new Date(Date.now() + 5_000);
    utimesSync(file, later, later);
    expect((await get('/about')).body.toString()).toBe('<h1>about, rebuilt</h1>');
  });
});
