'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

const LINKS = [
  { href: '/calculator', label: 'Calculator' },
  { href: '/guides', label: 'Guides' },
  { href: '/about', label: 'About' },
];

/** Main navigation links; marks the current section with aria-current. */
export function NavLinks() {
  const pathname = usePathname();
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
