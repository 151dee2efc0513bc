import Link from 'next/link';
import type { ComponentPropsWithoutRef } from 'react';

/**
 * Overrides for plain markdown elements, shared by both MDX pipelines.
 * Internal links go through next/link (prefetch + client navigation);
 * scrollable blocks are focusable so keyboard users can scroll them.
 */

export function MdxLink({ href = '', ...rest }: ComponentPropsWithoutRef<'a'>) {
  // Site files (/feed.xml, /data/v1/index.json) are not pages: a plain link, so next/link neither prefetches nor client-navigates them.
  if (href.startsWith('/') && /\.[a-z0-9]+(?:[?#]|$)/i.test(href)) return <a href={href} {...rest} />;
  if (href.startsWith('/')) return <Link href={href} {...rest} />;
  if (href.startsWith('#')) return <a href={href} {...rest} />;
  return <a href={href} rel="noopener" {...rest} />;
}

export function MdxTable(props: ComponentPropsWithoutRef<'table'>) {
  return (
    <div className="table-scroll" role="region" aria-label="Table" tabIndex={0}>
      <table {...props} />
    </div>
  );
}

export function MdxPre(props: ComponentPropsWithoutRef<'pre'>) {
  return <pre tabIndex={0} {...props} />;
}
