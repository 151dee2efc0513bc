/**
 * Guide compilation (mdx-bundler) and evaluation, at build time only.
 *
 * The compiled code is evaluated here, in a Server Component, with this
 * bundle's own React, so no `eval` and no MDX runtime ship to browsers and
 * there is exactly one copy of React. Results are memoised per guide.
 */
import 'server-only';
import type { MDXComponents } from 'mdx/types';
import { bundleMDX } from 'mdx-bundler';
import * as React from 'react';
import * as jsxRuntime from 'react/jsx-runtime';
import rehypeAutolinkHeadings, { type Options as AutolinkOptions } from 'rehype-autolink-headings';
import rehypePrettyCode, { type Options as PrettyCodeOptions } from 'rehype-pretty-code';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import type { Guide } from './guides.server';
import { autolinkOptions, prettyCodeOptions } from './mdx-options.mjs';

export type MdxContent = React.ComponentType<{ components?: MDXComponents }>;

const compiled = new Map<string, Promise<string>>();

/** Compile a guide's MDX to a function body (mdx-bundler's IIFE format). */
export function compileGuide(guide: Guide): Promise<string> {
  const key = `${guide.file}\0${guide.source}`;
  let code = compiled.get(key);
  if (!code) {
    code = bundleMDX({
      source: guide.source,
      mdxOptions(options) {
        options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm];
        options.rehypePlugins = [
          ...(options.rehypePlugins ?? []),
          rehypeSlug,
          [rehypeAutolinkHeadings, autolinkOptions as AutolinkOptions],
          [rehypePrettyCode, prettyCodeOptions as PrettyCodeOptions],
        ];
        return options;
      },
    }).then(
      (result) => result.code,
      (error: unknown) => {
        compiled.delete(key);
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        const failure = new Error(`${guide.file}:1:1 could not compile: ${reason}`);
        failure.stack = failure.message;
        throw failure;
      },
    );
    compiled.set(key, code);
  }
  return code;
}

/** Turn compiled guide code into a component (cf. mdx-bundler/client's getMDXComponent). */
export function mdxComponentFromCode(code: string): MdxContent {
  const scope = { React, ReactDOM: {}, _jsx_runtime: jsxRuntime };
  const fn = new Function(...Object.keys(scope), code) as (...args: unknown[]) => { default: MdxContent };
  return fn(...Object.values(scope)).default;
}

const components = new Map<string, Promise<MdxContent>>();

/**
 * A guide's body as a React element, rendered with the given MDX components.
 * The compiled component is memoised per guide, so its identity is stable.
 */
export async function renderGuide(guide: Guide, mdxComponents: MDXComponents): Promise<React.ReactElement> {
  const key = `${guide.file}\0${guide.source}`;
  let content = components.get(key);
  if (!content) {
    content = compileGuide(guide).then(mdxComponentFromCode);
    components.set(key, content);
  }
  return React.createElement(await content, { components: mdxComponents });
}
