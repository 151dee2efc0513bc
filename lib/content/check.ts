/**
 * Build-time content checks, as pure functions over (file path, source text,
 * site index). Nothing here touches the file system; guides.server.ts gathers
 * the files and throws one error listing every issue.
 *
 * Checks: MDX syntax, frontmatter (zod), no `import`/`export` or `{expressions}`
 * in guides, every JSX element is a registry component (or a small set of
 * harmless HTML elements) with literal props that pass its zod schema, no `#`
 * (h1) headings in guides (the page renders the title as the only h1),
 * internal links and `#anchors` resolve to real routes and real heading ids,
 * and `related` slugs name published guides.
 *
 * Every issue carries the file, line and column it refers to.
 */
import type { Expression, Program } from 'estree';
import type { Definition, Image, Link, Root, Text, Yaml } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { guideFrontmatterSchema, type GuideFrontmatter } from './frontmatter';
import { collectHeadings, type HeadingInfo } from './headings';

/** One problem in one file, at a 1-based line and column. */
export interface ContentIssue {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** `file:line:column message`, the format editors and terminals link up. */
export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}:${issue.line}:${issue.column} ${issue.message}`;
}

/** What links and components are checked against. */
export interface SiteIndex {
  /** Every page route (`/`, `/about`, `/guides/x`) → the element ids on it (headings plus layout ids). */
  pages: ReadonlyMap<string, ReadonlySet<string>>;
  /** Paths that exist but are not pages: public files and route handlers (`/og.png`, `/sitemap.xml`). */
  files: ReadonlySet<string>;
  /** Guides that exist on disk but are drafts, so have no page. */
  draftGuides: ReadonlySet<string>;
  /** Registry component name → zod schema of its props. */
  components: Readonly<Record<string, z.ZodType>>;
}

/** Element ids every page has from the root layout (the skip link's target). */
export const LAYOUT_IDS: readonly string[] = ['main'];

/** Lower-case HTML elements a guide may use directly (literal string attributes only). */
export const ALLOWED_HTML_ELEMENTS: ReadonlySet<string> = new Set(['abbr', 'br', 'kbd', 'mark', 'sub', 'sup']);

export type DocumentKind = 'guide' | 'page';

/** A parsed document and what the first pass learned about it. */
export interface AnalysedDocument {
  file: string;
  kind: DocumentKind;
  /** URL path the document is served at, e.g. `/guides/foo` or `/about`. */
  route: string;
  tree: Root | null;
  /** Present for guides whose frontmatter is valid. */
  frontmatter: GuideFrontmatter | null;
  headings: HeadingInfo[];
  /** Issues found without looking at other documents. */
  issues: ContentIssue[];
  /** Position of each `related` entry in the frontmatter, by index. */
  relatedPositions: Array<{ line: number; column: number }>;
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx).use(remarkGfm);

type MdxJsxElement = MdxJsxFlowElement | MdxJsxTextElement;

interface Positioned {
  position?: { start: { line: number; column: number } };
}

function at(file: string, node: Positioned | undefined, message: string): ContentIssue {
  return { file, line: node?.position?.start.line ?? 1, column: node?.position?.start.column ?? 1, message };
}

/**
 * Parse MDX source to an mdast tree (frontmatter, MDX, GFM).
 * Syntax errors come back as an issue instead of an exception.
 */
export function parseMdx(file: string, source: string): { tree: Root | null; issues: ContentIssue[] } {
  try {
    return { tree: processor.parse(source), issues: [] };
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message?: string };
    return {
      tree: null,
      issues: [{ file, line: e.line ?? 1, column: e.column ?? 1, message: `MDX syntax error: ${e.reason ?? e.message ?? String(error)}` }],
    };
  }
}

/** Parse and validate guide frontmatter, mapping zod issues back to YAML lines. */
function checkFrontmatter(
  file: string,
  tree: Root,
): { frontmatter: GuideFrontmatter | null; issues: ContentIssue[]; relatedPositions: Array<{ line: number; column: number }> } {
  const yamlNode = tree.children.find((n): n is Yaml => n.type === 'yaml');
  if (!yamlNode) {
    return { frontmatter: null, issues: [at(file, undefined, 'missing frontmatter (a --- YAML block at the top)')], relatedPositions: [] };
  }
  // The YAML text starts on the line after the opening `---`.
  const firstLine = (yamlNode.position?.start.line ?? 1) + 1;
  const counter = new LineCounter();
  const doc = parseDocument(yamlNode.value, { lineCounter: counter, prettyErrors: false });
  const posOf = (offset: number | undefined) => {
    if (offset === undefined) return { line: firstLine - 1, column: 1 };
    const p = counter.linePos(offset);
    return { line: firstLine + p.line - 1, column: p.col };
  };
  if (doc.errors.length > 0) {
    return {
      frontmatter: null,
      issues: doc.errors.map((err) => ({ file, ...posOf(err.pos[0]), message: `invalid YAML: ${err.message.split('\n')[0]}` })),
      relatedPositions: [],
    };
  }

  const nodeAt = (path: ReadonlyArray<PropertyKey>): YamlNode | undefined => {
    let node: unknown = doc.contents;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
        node = pair ? (pair.value ?? pair.key) : undefined;
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key];
      } else {
        return undefined;
      }
    }
    return node as YamlNode | undefined;
  };
  const keyPos = (path: ReadonlyArray<PropertyKey>) => {
    // Point at the key (or item) when it exists, else at the start of the frontmatter.
    if (path.length > 0 && isMap(doc.contents)) {
      const parent = path.length > 1 ? nodeAt(path.slice(0, -1)) : doc.contents;
      if (isMap(parent)) {
        const pair = parent.items.find((p) => (p.key as { value?: unknown } | null)?.value === path[path.length - 1]);
        const keyNode = pair?.key as YamlNode | undefined;
        if (keyNode?.range) return posOf(keyNode.range[0]);
      }
      const node = nodeAt(path);
      if (node?.range) return posOf(node.range[0]);
    }
    return posOf(undefined);
  };

  const data: unknown = doc.toJS() ?? {};
  const relatedNode = nodeAt(['related']);
  const relatedPositions = isSeq(relatedNode)
    ? relatedNode.items.map((item) => posOf((item as YamlNode).range?.[0]))
    : [];

  const parsed = guideFrontmatterSchema.safeParse(data);
  if (parsed.success) return { frontmatter: parsed.data, issues: [], relatedPositions };

  const issues = parsed.error.issues.map((issue): ContentIssue => {
    if (issue.code === 'unrecognized_keys') {
      return { file, ...keyPos([...issue.path, issue.keys[0]]), message: `unknown frontmatter field "${issue.keys.join('", "')}"` };
    }
    const field = issue.path.join('.') || '(frontmatter)';
    const missing = issue.path.length > 0 && nodeAt(issue.path) === undefined;
    return {
      file,
      ...keyPos(issue.path),
      message: missing ? `frontmatter field "${field}" is required` : `invalid frontmatter field "${field}": ${issue.message}`,
    };
  });
  return { frontmatter: null, issues, relatedPositions };
}

class NotLiteral extends Error {}

/** Evaluate an estree expression that must be a literal (JSON-like) value. */
function literalValue(node: Expression | null | undefined): unknown {
  if (!node) throw new NotLiteral();
  switch (node.type) {
    case 'Literal':
      if ('regex' in node || 'bigint' in node) throw new NotLiteral();
      return node.value;
    case 'TemplateLiteral':
      if (node.expressions.length > 0) throw new NotLiteral();
      return node.quasis.map((q) => q.value.cooked ?? q.value.raw).join('');
    case 'UnaryExpression':
      if ((node.operator === '-' || node.operator === '+') && node.argument.type === 'Literal' && typeof node.argument.value === 'number') {
        return node.operator === '-' ? -node.argument.value : node.argument.value;
      }
      throw new NotLiteral();
    case 'ArrayExpression':
      return node.elements.map((el) => {
        if (!el || el.type === 'SpreadElement') throw new NotLiteral();
        return literalValue(el);
      });
    case 'ObjectExpression': {
      const out: Record<string, unknown> = {};
      for (const prop of node.properties) {
        if (prop.type !== 'Property' || prop.computed || prop.shorthand || prop.method || prop.kind !== 'init') throw new NotLiteral();
        const key =
          prop.key.type === 'Identifier' ? prop.key.name : prop.key.type === 'Literal' ? String(prop.key.value) : undefined;
        if (key === undefined) throw new NotLiteral();
        out[key] = literalValue(prop.value as Expression);
      }
      return out;
    }
    default:
      throw new NotLiteral();
  }
}

function expressionOf(program: Program | undefined): Expression | null {
  const statement = program?.body[0];
  if (!program || program.body.length !== 1 || statement?.type !== 'ExpressionStatement') return null;
  return statement.expression;
}

/** Props of a JSX element as plain values, plus issues for non-literal ones. */
function elementProps(
  file: string,
  name: string,
  node: MdxJsxElement,
): { props: Record<string, unknown>; issues: ContentIssue[] } {
  const props: Record<string, unknown> = {};
  const issues: ContentIssue[] = [];
  for (const attr of node.attributes as Array<MdxJsxAttribute | MdxJsxExpressionAttribute>) {
    if (attr.type === 'mdxJsxExpressionAttribute') {
      issues.push(at(file, attr.position ? attr : node, `spread props are not allowed on <${name}>; write each prop as a literal`));
      continue;
    }
    const where = attr.position ? attr : node;
    if (attr.value === null || attr.value === undefined) {
      props[attr.name] = true;
    } else if (typeof attr.value === 'string') {
      props[attr.name] = attr.value;
    } else {
      try {
        props[attr.name] = literalValue(expressionOf(attr.value.data?.estree ?? undefined));
      } catch (error) {
        if (!(error instanceof NotLiteral)) throw error;
        issues.push(at(file, where, `prop "${attr.name}" on <${name}> must be a literal value, not {${attr.value.value}}`));
      }
    }
  }
  return { props, issues };
}

/** The literal props of a JSX element (non-literal ones left out); for readers of checked content. */
export function literalProps(node: MdxJsxElement): Record<string, unknown> {
  return elementProps('', node.name ?? '', node).props;
}

function attributePosition(node: MdxJsxElement, propName: string): Positioned {
  const attr = (node.attributes as Array<MdxJsxAttribute | MdxJsxExpressionAttribute>).find(
    (a) => a.type === 'mdxJsxAttribute' && a.name === propName,
  );
  return attr?.position ? attr : node;
}

/** Check one JSX element against the registry. */
function checkElement(file: string, node: MdxJsxElement, components: SiteIndex['components']): ContentIssue[] {
  if (node.name === null) return []; // fragment <>…</>
  const name = node.name;
  const { props, issues } = elementProps(file, name, node);
  if (/^[a-z][a-z0-9]*$/.test(name)) {
    if (!ALLOWED_HTML_ELEMENTS.has(name)) {
      return [at(file, node, `HTML element <${name}> is not allowed; use markdown or a registry component`)];
    }
    for (const [key, value] of Object.entries(props)) {
      if (typeof value !== 'string') issues.push(at(file, attributePosition(node, key), `attribute "${key}" on <${name}> must be a string`));
    }
    return issues;
  }
  const schema = Object.prototype.hasOwnProperty.call(components, name) ? components[name] : undefined;
  if (!schema) {
    const known = Object.keys(components).sort().join(', ');
    return [at(file, node, `unknown component <${name}> (registry has: ${known || 'nothing'})`)];
  }
  const nonLiteral = new Set(issues.map((i) => i.message));
  const result = schema.safeParse(props);
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) issues.push(at(file, attributePosition(node, key), `unknown prop "${key}" on <${name}>`));
        continue;
      }
      const key = String(issue.path[0] ?? '');
      // A prop already reported as non-literal is missing from `props`; don't report it twice.
      if ([...nonLiteral].some((m) => m.startsWith(`prop "${key}" `))) continue;
      const label = key ? `prop "${key}"` : 'props';
      issues.push(at(file, key ? attributePosition(node, key) : node, `invalid ${label} on <${name}>: ${issue.message}`));
    }
  }
  return issues;
}

/**
 * First pass over one document: syntax, frontmatter, components, expressions,
 * headings. Needs no knowledge of other documents except the component registry.
 */
export function analyseDocument(
  file: string,
  source: string,
  options: { kind: DocumentKind; route: string; components: SiteIndex['components'] },
): AnalysedDocument {
  const { kind, route, components } = options;
  const { tree, issues } = parseMdx(file, source);
  const doc: AnalysedDocument = { file, kind, route, tree, frontmatter: null, headings: [], issues, relatedPositions: [] };
  if (!tree) return doc;

  if (kind === 'guide') {
    const fm = checkFrontmatter(file, tree);
    doc.frontmatter = fm.frontmatter;
    doc.relatedPositions = fm.relatedPositions;
    issues.push(...fm.issues);
  }

  doc.headings = collectHeadings(tree);
  if (kind === 'guide') {
    for (const h of doc.headings) {
      if (h.depth === 1) issues.push({ file, line: h.line, column: h.column, message: 'guides must not use "#" (h1) headings; the title is the page\'s h1, start at "##"' });
    }
  }

  visit(tree, (node: Node, index, parent) => {
    switch (node.type) {
      case 'text': {
        const next = parent && typeof index === 'number' ? (parent as { children: Node[] }).children[index + 1] : undefined;
        if (next && next.type === 'mdxJsxTextElement' && (next as MdxJsxElement).name === 'Estimate' && HEDGE_AT_END.test((node as Text).value)) {
          const show = (next as MdxJsxElement).attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'show')?.value;
          if (typeof show === 'string' && HEDGED_FIGURES.has(show))
            issues.push(at(file, next, `"${HEDGE_AT_END.exec((node as Text).value)![1]}" before <Estimate show="${show}"> doubles up: the figure already reads "about …"`));
        }
        const match = HAND_TYPED_FIGURE.exec((node as Text).value);
        if (match) {
          issues.push(at(file, node, `hand-typed figure "${match[0]}": speed and memory numbers must come from the estimator (use a widget)`));
        }
        break;
      }
      case 'mdxjsEsm':
        if (kind === 'guide') issues.push(at(file, node, 'guides must not use import or export; name a registry component instead'));
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const program = (node as { data?: { estree?: Program } }).data?.estree;
        // `{/* comments */}` compile to nothing and are fine.
        if (kind === 'guide' && program && program.body.length > 0) {
          issues.push(at(file, node, 'expressions like {…} are not allowed in guides; use literal text or a registry component'));
        }
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        issues.push(...checkElement(file, node as MdxJsxElement, components));
        break;
    }
  });
  return doc;
}

/**
 * A hand-typed speed or memory figure ("12 GB", "40 tokens/s", "1 TB/s"). The product rule:
 * such numbers come from the estimator through widgets, never from prose.
 * Code (inline or blocks) is exempt: commands and file names may contain them.
 */
const HAND_TYPED_FIGURE =
  /\b\d[\d.,]*\s*(?:[kMGT]i?B(?:\/s|ps)?|[kMGT]bps|(?:tok(?:en)?s?|t)\s*\/\s*s(?:ec)?|tokens?\s+(?:per|a)\s+second|tps)\b/;

/** Figures that <Estimate> already prints as "about N …" (lib/format/figures.ts), so prose must not hedge them again. */
const HEDGED_FIGURES = new Set(['decode', 'decode-full-context', 'prefill', 'time-to-first-token']);
const HEDGE_AT_END = /\b(about|roughly|around|approximately|some)\s+$/i;

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Why an href is broken, or null when it resolves.
 * `currentRoute` and `currentIds` describe the page the link sits on.
 */
export function brokenLinkReason(
  href: string,
  currentRoute: string,
  currentIds: ReadonlySet<string>,
  index: SiteIndex,
): string | null {
  if (SCHEME.test(href) || href.startsWith('//')) return null; // external: https:, mailto:, …
  if (href === '') return 'empty link';
  if (href.startsWith('#')) {
    const id = safeDecode(href.slice(1));
    if (!id) return 'empty anchor';
    return currentIds.has(id) ? null : `no heading "#${id}" on this page`;
  }
  if (!href.startsWith('/')) return 'relative link; write an absolute path such as /guides/slug';

  const hashAt = href.indexOf('#');
  const beforeHash = hashAt === -1 ? href : href.slice(0, hashAt);
  const anchor = hashAt === -1 ? null : safeDecode(href.slice(hashAt + 1));
  const rawPath = beforeHash.split('?')[0];
  const path = rawPath.length > 1 ? rawPath.replace(/\/+$/, '') : rawPath;

  const ids = path === currentRoute ? currentIds : index.pages.get(path);
  if (ids) {
    if (anchor === null) return null;
    if (!anchor) return 'empty anchor';
    return ids.has(anchor) ? null : `no heading "#${anchor}" in ${path}`;
  }
  if (index.files.has(path)) return anchor ? `${path} is a file, it has no anchors` : null;
  const guide = /^\/guides\/([^/]+)$/.exec(path);
  if (guide) return index.draftGuides.has(guide[1]) ? 'guide is a draft and has no page' : 'no such guide';
  return 'no such page';
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Second pass: links, anchors and `related` slugs, against the whole site. */
export function checkReferences(doc: AnalysedDocument, index: SiteIndex): ContentIssue[] {
  const issues: ContentIssue[] = [];
  if (!doc.tree) return issues;
  const ownIds = new Set([...LAYOUT_IDS, ...doc.headings.map((h) => h.id)]);
  const checkHref = (href: string, node: Positioned) => {
    const reason = brokenLinkReason(href, doc.route, ownIds, index);
    if (reason) issues.push(at(doc.file, node, `broken link "${href}" (${reason})`));
  };

  visit(doc.tree, (node: Node) => {
    if (node.type === 'link' || node.type === 'definition') checkHref((node as Link | Definition).url, node);
    else if (node.type === 'image') {
      const src = (node as Image).url;
      if (src.startsWith('/') && !index.files.has(src.split(/[?#]/)[0])) issues.push(at(doc.file, node, `missing image "${src}" (no such file in public/)`));
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attr of (node as MdxJsxElement).attributes) {
        if (attr.type === 'mdxJsxAttribute' && attr.name === 'href' && typeof attr.value === 'string') {
          checkHref(attr.value, attr.position ? attr : node);
        }
      }
    }
  });

  if (doc.frontmatter) {
    doc.frontmatter.related.forEach((slug, i) => {
      const where = doc.relatedPositions[i] ?? { line: 1, column: 1 };
      const route = `/guides/${slug}`;
      let reason: string | null = null;
      if (route === doc.route) reason = 'a guide cannot be related to itself';
      else if (index.draftGuides.has(slug)) reason = 'guide is a draft';
      else if (!index.pages.has(route)) reason = 'no such guide';
      if (reason) issues.push({ file: doc.file, ...where, message: `related guide "${slug}" (${reason})` });
    });
  }
  return issues;
}

/**
 * Check one document completely against a site index: both passes.
 * The document's own route and headings need not be in the index.
 */
export function checkDocument(
  file: string,
  source: string,
  index: SiteIndex,
  options: { kind?: DocumentKind; route?: string } = {},
): ContentIssue[] {
  const kind = options.kind ?? 'guide';
  const route = options.route ?? (kind === 'guide' ? `/guides/${slugFromPath(file)}` : '/');
  const doc = analyseDocument(file, source, { kind, route, components: index.components });
  return [...doc.issues, ...checkReferences(doc, index)].sort(byPosition);
}

/** `content/guides/foo-bar.mdx` → `foo-bar`. */
export function slugFromPath(file: string): string {
  return file.replace(/\\/g, '/').split('/').pop()!.replace(/\.mdx$/, '');
}

export function byPosition(a: ContentIssue, b: ContentIssue): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}
