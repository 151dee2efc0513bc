'use client';

import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import type { SearchEntry } from '@/lib/discovery/search';
import styles from './search.module.css';

/** A full-text hit from pagefind, with its excerpt split into plain text and highlighted words. */
interface PageHit {
  url: string;
  title: string;
  excerpt: Array<{ text: string; mark: boolean }>;
}

interface PagefindResult {
  data(): Promise<{ url: string; meta?: { title?: string }; excerpt?: string }>;
}
interface Pagefind {
  init?(): Promise<void>;
  debouncedSearch(q: string, options?: object, ms?: number): Promise<{ results: PagefindResult[] } | null>;
}

const MAX_QUERY = 200;
const PAGEFIND_URL = '/pagefind/pagefind.js';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };
const decode = (s: string) => s.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e] ?? e);

/** Pagefind's excerpt marks matches with <mark>; we render text, never its markup. */
export function excerptParts(html: string): PageHit['excerpt'] {
  const parts: PageHit['excerpt'] = [];
  const re = /<mark>(.*?)<\/mark>/g;
  let last = 0;
  for (const m of html.matchAll(re)) {
    if (m.index > last) parts.push({ text: decode(html.slice(last, m.index).replace(/<[^>]*>/g, '')), mark: false });
    parts.push({ text: decode(m[1]!.replace(/<[^>]*>/g, '')), mark: true });
    last = m.index + m[0].length;
  }
  if (last < html.length) parts.push({ text: decode(html.slice(last).replace(/<[^>]*>/g, '')), mark: false });
  return parts;
}

/** Clean URLs: the static server serves /models/x for models/x.html. */
const cleanUrl = (url: string) => url.replace(/\/index\.html$/, '/').replace(/\.html$/, '');

function readQuery(): string {
  const q = new URLSearchParams(window.location.search).get('q') ?? '';
  return q.slice(0, MAX_QUERY);
}

export function SearchBox() {
  const [query, setQuery] = useState('');
  const [quick, setQuick] = useState<SearchEntry[]>([]);
  const [pages, setPages] = useState<PageHit[]>([]);
  const [status, setStatus] = useState<'idle' | 'loading' | 'ready' | 'failed'>('idle');
  const matcher = useRef<Promise<typeof import('@/lib/discovery/search')> | null>(null);
  const pagefind = useRef<Promise<Pagefind> | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const latest = useRef('');

  const loadMatcher = () => (matcher.current ??= import('@/lib/discovery/search'));
  const loadPagefind = () =>
    (pagefind.current ??= (async () => {
      const pf = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ PAGEFIND_URL)) as Pagefind;
      await pf.init?.();
      return pf;
    })());

  /** Both searches for `raw`; results land only if the query has not changed meanwhile. */
  const search = useCallback((raw: string) => {
    const q = raw.trim();
    latest.current = q;
    const url = new URL(window.location.href);
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    window.history.replaceState(window.history.state, '', url);
    if (!q) {
      setQuick([]);
      setPages([]);
      return;
    }
    loadMatcher().then((m) => {
      if (latest.current === q) setQuick(m.quickMatches(q));
    });
    setStatus((s) => (s === 'ready' ? s : 'loading'));
    loadPagefind()
      .then(async (pf) => {
        const found = await pf.debouncedSearch(q, {}, 150);
        if (!found || latest.current !== q) return;
        const data = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
        if (latest.current !== q) return;
        setPages(data.map((d) => ({ url: cleanUrl(d.url), title: d.meta?.title ?? cleanUrl(d.url), excerpt: excerptParts(d.excerpt ?? '') })));
        setStatus('ready');
      })
      .catch(() => setStatus('failed'));
  }, []);

  // On load, search what is already in the field (typed before this code ran: the server-rendered field
  // takes text from the first paint, and no change event reaches React for it), else the URL's query
  // (?q=, at most 200 characters, shown as text only), once the matcher has loaded.
  useEffect(() => {
    input.current?.focus();
    const q = input.current?.value.slice(0, MAX_QUERY) || readQuery();
    if (!q) return;
    loadMatcher().then(() => {
      setQuery(q);
      search(q);
    });
  }, [search]);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const first = document.querySelector<HTMLAnchorElement>('[data-search-result]');
    first?.focus();
  };

  const q = query.trim();
  const quickHrefs = new Set(quick.map((e) => e.href));
  const pageHits = pages.filter((p) => !quickHrefs.has(p.url));
  const nothing = q && status === 'ready' && quick.length === 0 && pageHits.length === 0;

  return (
    <div>
      <form role="search" action="/search" method="get" onSubmit={onSubmit} className={styles.form}>
        <label htmlFor="site-search" className={styles.label}>
          Model, device or question
        </label>
        <input
          ref={input}
          id="site-search"
          name="q"
          type="search"
          className={styles.input}
          value={query}
          maxLength={MAX_QUERY}
          placeholder="e.g. 4060ti, oss 120, m3 max, how much VRAM"
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => {
            setQuery(e.target.value);
            search(e.target.value);
          }}
        />
      </form>
      <div aria-live="polite" className={styles.status}>
        {status === 'loading' && q && 'Searching…'}
        {status === 'failed' && 'The search index could not be loaded. Browse the lists below instead.'}
        {nothing && `Nothing found for “${q}”. Try fewer or shorter words.`}
        {q && status === 'ready' && !nothing && `${quick.length + pageHits.length} results`}
      </div>
      {quick.length > 0 && (
        <section aria-label="Models and devices">
          <h2 className={styles.groupTitle}>Models and devices</h2>
          <ul className={styles.results}>
            {quick.map((e) => (
              <li key={e.href}>
                <a href={e.href} data-search-result="">
                  {e.name}
                </a>
                <span className={styles.detail}>
                  {e.kind === 'model' ? 'Model' : 'Device'} · {e.detail}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {pageHits.length > 0 && (
        <section aria-label="Pages">
          <h2 className={styles.groupTitle}>Pages</h2>
          <ul className={styles.results}>
            {pageHits.map((p) => (
              <li key={p.url}>
                <a href={p.url} data-search-result="">
                  {p.title}
                </a>
                <span className={styles.detail}>{p.excerpt.map((x, i) => (x.mark ? <mark key={i}>{x.text}</mark> : x.text))}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <noscript>
        <p>Search runs in your browser and needs JavaScript.</p>
      </noscript>
    </div>
  );
}
