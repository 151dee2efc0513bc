import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { BOOT_SCRIPT, contentSecurityPolicy, cspHash, extractInlineScripts, headersFile, run } from './security.mjs';

const THEME = "(function(){document.documentElement.setAttribute('data-theme','dark')})()";
const LD = '{"@context":"https://schema.org","@type":"WebSite","name":"x \\u003cscript>"}';

/** A page shaped like Next 16's static export: chunks in head, bootstrap and flight data at the end of body. */
function page(body = '<main><h1>Hi</h1></main>') {
  return (
    '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>' +
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>' +
    '<script src="/_next/static/chunks/a.js" async=""></script>' +
    '<link rel="preload" href="/_next/static/chunks/lazy.js" as="script" fetchPriority="low"/>' +
    '<script src="/_next/static/chunks/polyfill.js" noModule=""></script>' +
    `<script>${THEME}</script><title>T</title></head><body>` +
    `<script type="application/ld+json">${LD}</script>${body}` +
    '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[1]})</script>' +
    '<script src="/_next/static/chunks/b.js" async=""></script>' +
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script>' +
    '<script>self.__next_f.push([1,"0:\\"first\\"\\n"])</script>' +
    '<script>self.__next_f.push([1,"1:\\"second\\"\\n"])</script>' +
    '</body></html>'
  );
}

type Added = { tag: string; src?: string; async?: boolean; rel?: string; as?: string; href?: string };

/**
 * Run BOOT_SCRIPT against a page's data blocks, as a browser would after parsing; returns its globals and
 * the elements it added to <head>, and when: `beforePaint` holds what was added before the frame callback
 * and the timer after it had run.
 */
function boot(html: string, visibilityState = 'visible') {
  const blocks = [...html.matchAll(/<script type="application\/json" data-next-boot="(\w)">([\s\S]*?)<\/script>/g)].map((m) => ({
    textContent: m[2]!,
    getAttribute: (name: string) => (name === 'data-next-boot' ? m[1]! : null),
  }));
  const added: Added[] = [];
  let frame: (() => void) | undefined;
  let timer: (() => void) | undefined;
  const sandbox: Record<string, unknown> = {
    document: {
      visibilityState,
      querySelectorAll: (q: string) => (q === 'script[type="application/json"][data-next-boot]' ? blocks : []),
      createElement: (tag: string) => ({ tag }),
      head: { appendChild: (e: Added) => added.push(e) },
    },
    requestAnimationFrame: (f: () => void) => (frame = f),
    setTimeout: (f: () => void, ms: number) => {
      expect(ms).toBe(0);
      timer = f;
    },
  };
  sandbox.self = sandbox;
  vm.runInNewContext(BOOT_SCRIPT, sandbox);
  const beforePaint = [...added];
  frame?.();
  const afterFrame = [...added];
  timer?.();
  return { sandbox, beforePaint, afterFrame, added };
}

describe('extractInlineScripts', () => {
  it('turns the bootstrap and flight scripts into data blocks in place and leaves theme, data blocks and the polyfill', () => {
    const { html, converted, deferred, headScripts } = extractInlineScripts(page(), 'x.html');
    expect(converted).toBe(4);
    // a.js and b.js (whose preload is dropped), and the preload of lazy.js.
    expect(deferred).toBe(3);
    expect(headScripts).toEqual([THEME]);
    expect(html).toContain(`<script>${THEME}</script>`);
    expect(html).toContain(`<script type="application/ld+json">${LD}</script>`);
    expect(html).toContain('<script src="/_next/static/chunks/polyfill.js" noModule=""></script>');
    expect(html).not.toMatch(/<script src="\/_next\/static\/chunks\/[ab]\.js"/);
    expect(html).not.toMatch(/<link rel="preload"/);
    expect(html).toContain('<script type="application/json" data-next-boot="s">"/_next/static/chunks/b.js"</script>');
    expect(html).not.toContain('__next_f');
    expect(html).not.toContain('TURBOPACK');
    expect(html).toContain('<main><h1>Hi</h1></main>');
    // The shared boot script, run over the blocks, does what the four inline scripts did, in order.
    const { sandbox, beforePaint, afterFrame, added } = boot(html);
    expect(sandbox.__next_f).toEqual([[0], [1, '0:"first"\n'], [1, '1:"second"\n']]);
    expect(vm.runInNewContext('globalThis.TURBOPACK', sandbox)).toEqual([{ otherChunks: ['static/chunks/a.js'], runtimeModuleIds: [1] }]);
    // The chunk scripts come back as the async scripts Next wrote, and the other preload as a preload,
    // only once a frame has been painted (the timer after the frame callback).
    expect(beforePaint).toEqual([]);
    expect(afterFrame).toEqual([]);
    expect(added).toEqual([
      { tag: 'script', src: '/_next/static/chunks/a.js', async: true },
      { tag: 'link', rel: 'preload', as: 'script', href: '/_next/static/chunks/lazy.js' },
      { tag: 'script', src: '/_next/static/chunks/b.js', async: true },
    ]);
  });

  it('adds the chunk scripts at once in a hidden tab, which paints no frames', () => {
    const { beforePaint } = boot(extractInlineScripts(page(), 'x.html').html, 'hidden');
    expect(beforePaint.map((e) => e.src ?? e.href)).toEqual(['/_next/static/chunks/a.js', '/_next/static/chunks/lazy.js', '/_next/static/chunks/b.js']);
  });

  it('refuses a Next script that is not async, since its order would matter', () => {
    expect(() => extractInlineScripts(page('<script src="/_next/static/chunks/c.js"></script>'), 'c.html')).toThrow(/c\.html: a Next script that is not async/);
  });

  it('escapes < in the data, so no payload string can close its block', () => {
    // Next writes `<` inside its scripts as \u003c; decoded, the value would close a data block.
    const { html } = extractInlineScripts(page('<script>self.__next_f.push([1,"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"])</script>'), 'x.html');
    expect(html).not.toContain('<script>alert(1)');
    expect(boot(html).sandbox.__next_f).toContainEqual([1, '</script><script>alert(1)</script>']);
  });

  it('refuses a known call whose argument is not plain JSON', () => {
    expect(() => extractInlineScripts(page('<script>self.__next_f.push(window.x)</script>'), 'j.html')).toThrow(/j\.html: an inline <script>/);
  });

  it('refuses an inline script it does not know, naming the file', () => {
    expect(() => extractInlineScripts(page('<script>alert(1)</script>'), 'guides/x.html')).toThrow(/guides\/x\.html: an inline <script>.*alert\(1\)/);
  });

  it('treats type=module as executable and other types as data', () => {
    expect(() => extractInlineScripts(page('<script type="module">import("/x.js")</script>'), 'm.html')).toThrow(/m\.html/);
    const data = '<script type="application/json" id="d">{"a":1}</script><script type="importmap-not">x</script>';
    expect(extractInlineScripts(page(data), 'd.html').html).toContain(data);
  });

  it('leaves a page without inline scripts alone', () => {
    const html = '<html><head><meta charset="utf-8"></head><body><p>x</p></body></html>';
    expect(extractInlineScripts(html, 'p.html')).toEqual({ html, converted: 0, deferred: 0, headScripts: [] });
  });
});

describe('policy', () => {
  it('hashes as CSP does (the CSP Level 3 spec example: alert(\'Hello, world.\');)', () => {
    expect(cspHash("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
  });

  it('allows scripts from the site and the hashed theme script only', () => {
    const policy = contentSecurityPolicy({ scriptHashes: ["'sha256-abc='"] });
    const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src '));
    expect(scriptSrc).toBe("script-src 'self' 'sha256-abc='");
    expect(policy).not.toMatch(/unsafe-eval/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("img-src 'self' data:");
    expect(policy).toContain("connect-src 'self'");
  });

  it('adds wasm-unsafe-eval only for the search index and leaves frame-ancestors out of the meta form', () => {
    expect(contentSecurityPolicy({ scriptHashes: [], wasm: true })).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(contentSecurityPolicy({ scriptHashes: [], meta: true })).not.toMatch(/frame-ancestors/);
  });

  it('writes _headers with the policy for every path and immutable caching for hashed files', () => {
    const text = headersFile("default-src 'self'");
    expect(text).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'self'\n/m);
    expect(text).toMatch(/^ {2}X-Content-Type-Options: nosniff$/m);
    expect(text).toMatch(/^\/_csp\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
  });
});

describe('run', () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('rewrites every page, writes the one shared boot script and the headers', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'csp-'));
    writeFileSync(path.join(dir, 'index.html'), page());
    writeFileSync(path.join(dir, 'same.html'), page());
    writeFileSync(path.join(dir, 'other.html'), page('<p>other</p>'));
    await run(dir);
    // Every page loads the same content-addressed boot script.
    expect(readdirSync(path.join(dir, '_csp')).length).toBe(1);
    expect(readFileSync(path.join(dir, 'other.html'), 'utf8')).toContain('<p>other</p>');
    const index = readFileSync(path.join(dir, 'index.html'), 'utf8');
    const [, src] = /<script src="(\/_csp\/[0-9a-f]{20}\.js)" defer=""><\/script><\/head>/.exec(index) ?? [];
    expect(src).toBeDefined();
    expect(index.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(index.indexOf('<script'));
    expect(index).toContain(`script-src 'self' ${cspHash(THEME)}`);
    expect(readFileSync(path.join(dir, '_headers'), 'utf8')).toContain(cspHash(THEME));
    // A second run over the same folder changes nothing.
    await run(dir);
    expect(readFileSync(path.join(dir, 'index.html'), 'utf8')).toBe(index);
  });

  it('fails when pages carry different head scripts (only one may be pinned)', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'csp-'));
    writeFileSync(path.join(dir, 'a.html'), page());
    writeFileSync(path.join(dir, 'b.html'), page().replace(THEME, 'void 0'));
    await expect(run(dir)).rejects.toThrow(/one inline script in <head>/);
  });
});
