'use client';

import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { useEffect } from 'react';

const LINKS = [
  { href: '/calculator', label: 'Calculator' },
  { href: '/guides', label: 'Guides' },
  { href: '/about', label: 'About' },
];

/**
 * Main navigation links; marks the current section with aria-current. Also the keyboard way to the
 * search: "/" outside a text field opens /search (the header's Search link is the visible way). It
 * lives here rather than in a component of its own to keep the header's client code to one module.
 */
export function NavLinks() {
  const pathname = usePathname();
  const router = useRouter();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
      e.preventDefault();
      if (window.location.pathname === '/search') document.getElementById('site-search')?.focus();
      else router.push('/search');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [router]);
  return (
    <ul>
      {LINKS.map(({ href, label }) => {
        const current = pathname === href ? 'page' : pathname.startsWith(`${href}/`) ? 'true' : undefined;
        return (
          <li key={href}>
            <Link href={href} aria-current={current}>
              {label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
