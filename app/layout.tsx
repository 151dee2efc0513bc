import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { feedAlternates, ogImage } from '@/lib/metadata';
import { siteDescription, siteName, siteUrl } from '@/lib/site';
import { SiteFooter } from './_components/site-footer';
import { SiteHeader } from './_components/site-header';
import { contentRevision } from '@/lib/content/dev-revision';
import { themeScript } from './_components/theme-script';
import './_components/route-styles';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(`${siteUrl}/`),
  title: { default: siteName, template: `%s · ${siteName}` },
  description: siteDescription,
  applicationName: siteName,
  alternates: { types: feedAlternates },
  openGraph: { type: 'website', siteName, images: [ogImage] },
  twitter: { card: 'summary_large_image', images: [ogImage.url] },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0f1115' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  // Referenced so the dev server hot-reloads when content/ changes (see lib/content/dev-revision.ts).
  void contentRevision;
  return (
    // The inline theme script sets data-theme before React hydrates; this is the only suppression.
    <html lang="en-GB" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1} data-pagefind-body>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
