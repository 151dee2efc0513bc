/**
 * The content index: every guide, page route and public file, checked once at
 * build time. Pages, the sitemap and the guide list all read from here, so
 * they cannot disagree about what exists.
 *
 * Loading fails with ONE `ContentError` listing every problem as
 * `file:line:column message` (see check.ts); its stack is just that message,
 * so the build log shows the problems, not library internals.
 *
 * Server-only: reads the file system and runs mdx-bundler (esbuild).
 */
import 'server-only';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { componentProps, pageComponentProps } from './component-props';
import {
  analyseDocument,
  byPosition,
  checkReferences,
  formatIssue,
  LAYOUT_IDS,
  type AnalysedDocument,
  type ContentIssue,
  type SiteIndex,
} from './check';
import type { GuideFrontmatter } from './frontmatter';
import { guideExtras, type GuideExtras } from './guide-extras.server';
import type { HeadingInfo } from './headings';
import { generatedPaths } from '../discovery/routes';

/** A published (non-draft) guide whose content passed every check. */
export interface Guide extends GuideExtras {
  slug: string;
  /** Path relative to the project root, e.g. `content/guides/foo.mdx`. */
  file: string;
  route: string;
  source: string;
  frontmatter: GuideFrontmatter;
  headings: HeadingInfo[];
}

export interface ContentIndex {
  /** Published guides, newest first. */
  guides: Guide[];
  /** Static page routes from app/ (`/`, `/about`, `/guides`), sorted. */
  pageRoutes: string[];
  /** The index the checks ran against. */
  site: SiteIndex;
}

/** All content problems of a build, as one readable error. */
export class ContentError extends Error {
  declare readonly issues: ContentIssue[];
  constructor(issues: ContentIssue[]) {
    const n = issues.length;
    super(`Content check failed with ${n} problem${n === 1 ? '' : 's'}:\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`);
    this.name = 'ContentError';
    // Non-enumerable, so Node's error printout shows the message alone, not the list twice.
    Object.defineProperty(this, 'issues', { value: issues, enumerable: false });
    // The problems are the message; a stack into remark/zod would only bury them.
    this.stack = `${this.name}: ${this.message}`;
  }
}

const toPosix = (p: string) => p.split(path.sep).join('/');

async function walk(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (e) => {
      const full = path.join(dir, e.name);
      return e.isDirectory() ? walk(full) : [full];
    }),
  );
  return nested.flat().sort();
}

const METADATA_FILES: ReadonlyArray<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^sitemap\.(ts|tsx|js|xml)$/, () => 'sitemap.xml'],
  [/^robots\.(ts|tsx|js|txt)$/, () => 'robots.txt'],
  [/^manifest\.(ts|js|json|webmanifest)$/, () => 'manifest.webmanifest'],
  [/^(icon|apple-icon)\.(svg|png|ico|jpg)$/, (m) => `${m[1]}.${m[2]}`],
  [/^favicon\.ico$/, () => 'favicon.ico'],
];

/**
 * Routes of the app/ directory: static pages (`page.tsx`, `page.mdx`), route
 * handlers (`og.png/route.tsx` → `/og.png`) and metadata files. Private
 * folders (`_x`) are skipped, route groups (`(x)`) add no segment, and dynamic
 * segments (`[slug]`) are left out: guides supply those.
 */
export async function scanAppRoutes(appDir: string): Promise<{ pages: Array<{ route: string; file: string }>; files: string[] }> {
  const pages: Array<{ route: string; file: string }> = [];
  const files: string[] = [];
  for (const full of await walk(appDir)) {
    const rel = toPosix(path.relative(appDir, full));
    const parts = rel.split('/');
    const name = parts.pop()!;
    if (parts.some((p) => p.startsWith('_') || p.startsWith('.') || p.startsWith('['))) continue;
    const segments = parts.filter((p) => !(p.startsWith('(') && p.endsWith(')')));
    const route = `/${segments.join('/')}`;
    if (/^page\.(tsx|ts|jsx|js|mdx)$/.test(name)) pages.push({ route, file: full });
    else if (/^route\.(tsx|ts|js)$/.test(name)) files.push(route);
    else if (segments.length === 0) {
      for (const [pattern, target] of METADATA_FILES) {
        const m = pattern.exec(name);
        if (m) files.push(`/${target(m)}`);
      }
    }
  }
  return { pages: pages.sort((a, b) => a.route.localeCompare(b.route)), files: files.sort() };
}

/**
 * Read and check all content under `rootDir` (the project root).
 * @throws ContentError listing every problem found.
 */
export async function loadContentIndex(rootDir: string = process.cwd()): Promise<ContentIndex> {
  const rel = (p: string) => toPosix(path.relative(rootDir, p));
  const guidesDir = path.join(rootDir, 'content', 'guides');
  const issues: ContentIssue[] = [];
  const docs: AnalysedDocument[] = [];

  const guideFiles = (await walk(guidesDir)).filter((f) => f.endsWith('.mdx'));
  for (const full of guideFiles) {
    const file = rel(full);
    const slug = path.basename(full, '.mdx');
    if (path.dirname(full) !== guidesDir) {
      issues.push({ file, line: 1, column: 1, message: 'guides live directly in content/guides/ (no sub-folders)' });
      continue;
    }
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
      issues.push({ file, line: 1, column: 1, message: `file name "${slug}" is not a kebab-case slug` });
    }
    const source = await readFile(full, 'utf8');
    docs.push(analyseDocument(file, source, { kind: 'guide', route: `/guides/${slug}`, components: componentProps }));
  }

  const app = await scanAppRoutes(path.join(rootDir, 'app'));
  const pages = new Map<string, ReadonlySet<string>>();
  for (const page of app.pages) {
    if (page.file.endsWith('.mdx')) {
      const source = await readFile(page.file, 'utf8');
      const doc = analyseDocument(rel(page.file), source, { kind: 'page', route: page.route, components: pageComponentProps });
      docs.push(doc);
      pages.set(page.route, new Set([...LAYOUT_IDS, ...doc.headings.map((h) => h.id)]));
    } else {
      pages.set(page.route, new Set(LAYOUT_IDS));
    }
  }

  // Generated pages (one per model, device, pair) have no file to scan; their paths come from one list.
  for (const route of generatedPaths()) pages.set(route, new Set(LAYOUT_IDS));

  const draftGuides = new Set<string>();
  for (const doc of docs) {
    if (doc.kind !== 'guide') continue;
    if (doc.frontmatter?.draft) draftGuides.add(doc.route.slice('/guides/'.length));
    // A guide with broken frontmatter still gets a page entry, so links to it don't pile on more errors.
    else pages.set(doc.route, new Set([...LAYOUT_IDS, ...doc.headings.map((h) => h.id)]));
  }

  const publicFiles = (await walk(path.join(rootDir, 'public'))).map((f) => `/${toPosix(path.relative(path.join(rootDir, 'public'), f))}`);
  const site: SiteIndex = {
    pages,
    files: new Set([...app.files, ...publicFiles]),
    draftGuides,
    components: componentProps,
  };

  for (const doc of docs) issues.push(...doc.issues, ...checkReferences(doc, site));
  if (issues.length > 0) throw new ContentError(issues.sort(byPosition));

  const guides: Guide[] = docs
    .filter((d) => d.kind === 'guide' && d.frontmatter && !d.frontmatter.draft)
    .map((d) => ({
      slug: d.route.slice('/guides/'.length),
      file: d.file,
      route: d.route,
      source: '',
      frontmatter: d.frontmatter!,
      headings: d.headings,
      ...guideExtras(d.tree!),
    }));
  // Sources are re-read here rather than kept on AnalysedDocument, which stays source-free.
  for (const g of guides) g.source = await readFile(path.join(rootDir, g.file), 'utf8');
  guides.sort((a, b) => b.frontmatter.published.localeCompare(a.frontmatter.published) || a.slug.localeCompare(b.slug));

  return { guides, pageRoutes: app.pages.map((p) => p.route), site };
}

let cached: Promise<ContentIndex> | undefined;

/**
 * The content index of this project, loaded once per process in production
 * builds and fresh on every call in development (so edits show on reload).
 */
export function getContentIndex(): Promise<ContentIndex> {
  if (process.env.NODE_ENV === 'development') return loadContentIndex();
  cached ??= loadContentIndex();
  return cached;
}

/** A published guide by slug, or undefined. */
export async function getGuide(slug: string): Promise<Guide | undefined> {
  return (await getContentIndex()).guides.find((g) => g.slug === slug);
}
