import type { MDXComponents } from 'mdx/types';
import { mdxComponents } from '@/app/_components/mdx/registry';

/** Required by @next/mdx: app/**\/page.mdx renders with the same registry as guides. */
export function useMDXComponents(components?: MDXComponents): MDXComponents {
  return { ...mdxComponents, ...components };
}
