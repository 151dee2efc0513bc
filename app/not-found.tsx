import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = {
  title: 'Page not found',
  description: 'There is no page at this address.',
  robots: { index: false },
};

export default function NotFound() {
  return (
    <div style={{ maxWidth: 'var(--content-width)' }}>
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have moved, or the link may have a typo.</p>
      <p>
        <Link href="/">Go to the home page</Link> or browse the <Link href="/guides">guides</Link>.
      </p>
    </div>
  );
}
