import { cp, mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError, loadContentIndex, scanAppRoutes } from './guides.server';

const root = process.cwd();
const GUIDE = 'content/guides/tokens-per-second.mdx';
const temps: string[] = [];

/** A copy of this project's content, app routes and public files to break. */
async function copyProject(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'content-'));
  temps.push(dir);
  for (const sub of ['content', 'app', 'public']) {
    await cp(path.join(root, sub), path.join(dir, sub), { recursive: true }).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') throw e;
    });
  }
  return dir;
}

afterEach(async () => {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('loadContentIndex on this project', () => {
  it('loads every guide and page without problems', async () => {
    const index = await loadContentIndex(root);
    expect(index.guides.map((g) => g.slug)).toContain('tokens-per-second');
    expect(index.pageRoutes).toEqual(expect.arrayContaining(['/', '/about', '/guides']));
    expect(index.site.files.has('/og.png')).toBe(true);
    expect(index.site.files.has('/sitemap.xml')).toBe(true);
    const guide = index.guides.find((g) => g.slug === 'tokens-per-second')!;
    expect(guide.frontmatter.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(guide.headings.map((h) => h.id)).toContain('the-short-version');
  });
});

describe('the build fails on broken content', () => {
  it('names the file and line of a broken link in a guide', async () => {
    const dir = await copyProject();
    const file = path.join(dir, GUIDE);
    const source = await readFile(file, 'utf8');
    const lines = source.split('\n');
    // Break the first internal guide link we find, and work out where it is.
    const lineIndex = lines.findIndex((l) => l.includes('](/about'));
    expect(lineIndex).toBeGreaterThan(0);
    const column = lines[lineIndex].indexOf('[') + 1;
    lines[lineIndex] = lines[lineIndex].replace(/\]\(\/about[^)]*\)/, '](/guides/nope)');
    await writeFile(file, lines.join('\n'));

    const error = await loadContentIndex(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    const message = (error as ContentError).message;
    expect(message).toContain(`${GUIDE}:${lineIndex + 1}:${column} broken link "/guides/nope" (no such guide)`);
    // One clean error: the stack is the message, with no frames from inside libraries.
    expect((error as Error).stack).not.toMatch(/\n\s+at /);
  });

  it('lists every problem across files in one error', async () => {
    const dir = await copyProject();
    await writeFile(
      path.join(dir, 'content/guides/bad.mdx'),
      '---\ntitle: Bad\ndescription: D\npublished: 2025-01-01\nupdated: 2025-01-01\nrelated: [missing]\n---\n\n<Widget />\n\n[x](#nowhere)\n',
    );
    const error = (await loadContentIndex(dir).catch((e: unknown) => e)) as ContentError;
    expect(error).toBeInstanceOf(ContentError);
    expect(error.issues.map((i) => `${i.file}:${i.line}`)).toEqual([
      'content/guides/bad.mdx:6',
      'content/guides/bad.mdx:9',
      'content/guides/bad.mdx:11',
    ]);
    expect(error.message).toMatch(/^Content check failed with 3 problems:\n {2}content\/guides\/bad\.mdx:6:/);
  });

  it('excludes drafts and rejects links to them', async () => {
    const dir = await copyProject();
    await writeFile(
      path.join(dir, 'content/guides/wip.mdx'),
      '---\ntitle: WIP\ndescription: D\npublished: 2025-01-01\nupdated: 2025-01-01\ndraft: true\n---\n\nSoon.\n',
    );
    const index = await loadContentIndex(dir);
    expect(index.guides.map((g) => g.slug)).not.toContain('wip');
    expect(index.site.draftGuides.has('wip')).toBe(true);

    await writeFile(path.join(dir, 'content/guides/linker.mdx'), '---\ntitle: L\ndescription: D\npublished: 2025-01-01\nupdated: 2025-01-01\n---\n\n[wip](/guides/wip)\n');
    await expect(loadContentIndex(dir)).rejects.toThrow('content/guides/linker.mdx:8:1 broken link "/guides/wip" (guide is a draft and has no page)');
  });

  it('checks links in app/**/page.mdx too', async () => {
    const dir = await copyProject();
    await writeFile(path.join(dir, 'app/about/page.mdx'), '# About\n\nSee [x](/nope).\n');
    await expect(loadContentIndex(dir)).rejects.toThrow('app/about/page.mdx:3:5 broken link "/nope" (no such page)');
  });
});

describe('scanAppRoutes', () => {
  it('maps pages, route handlers and metadata files, skipping private and dynamic folders', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'routes-'));
    temps.push(dir);
    const touch = async (p: string) => {
      await mkdir(path.dirname(path.join(dir, p)), { recursive: true });
      await writeFile(path.join(dir, p), '');
    };
    for (const p of ['page.tsx', 'about/page.mdx', '(marketing)/pricing/page.tsx', 'guides/[slug]/page.tsx', '_components/page.tsx', 'og.png/route.tsx', 'sitemap.ts', 'robots.ts', 'icon.svg', 'layout.tsx']) {
      await touch(p);
    }
    const routes = await scanAppRoutes(dir);
    expect(routes.pages.map((p) => p.route)).toEqual(['/', '/about', '/pricing']);
    expect(routes.files).toEqual(['/icon.svg', '/og.png', '/robots.txt', '/sitemap.xml']);
  });
});
