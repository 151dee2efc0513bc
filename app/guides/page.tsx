import type { Metadata } from 'next';
import Link from 'next/link';
import { GroupedGuideList } from '@/app/_components/guide-list';
import { getContentIndex } from '@/lib/content/guides.server';
import { pageMetadata } from '@/lib/metadata';

export const metadata: Metadata = pageMetadata({
  title: 'Guides',
  description: 'Plain-language guides to running AI models on your own hardware, grouped by question: will it fit, how fast, how to set it up, what to run.',
  path: '/guides',
});

export default async function GuidesPage() {
  const { guides } = await getContentIndex();
  return (
    <>
      <h1>Guides</h1>
      <p style={{ maxWidth: 'var(--content-width)' }}>
        How local AI models use your hardware, explained without the hand-waving. Every number in a guide is
        computed by the site&apos;s estimator, never typed in by hand. They are grouped by the question you came
        with; <Link href="/methodology">the methodology</Link> explains how every number is worked out.
      </p>
      <GroupedGuideList guides={guides} />
    </>
  );
}
