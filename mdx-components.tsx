import type { MDXComponents } from 'mdx/types';
import { pageMdxComponents } from '@/app/_components/mdx/page-registry';

/** Required by @next/mdx: app/**\/page.mdx renders with the server-rendered part of the registry (see page-registry.tsx). */
export function useMDXComponents(components?: MDXComponents): MDXComponents {
  return { ...pageMdxComponents, ...components };
}
