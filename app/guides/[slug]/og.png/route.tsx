import { ogCard } from '@/app/_components/og-card';
import { getContentIndex } from '@/lib/content/guides.server';

export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams(): Promise<Array<{ slug: string }>> {
  const { guides } = await getContentIndex();
  return guides.map((g) => ({ slug: g.slug }));
}

export async function GET(_: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { guides } = await getContentIndex();
  const g = guides.find((x) => x.slug === slug);
  if (!g) return new Response('Not found', { status: 404 });
  const key = g.keyFigure;
  return ogCard({
    eyebrow: 'Guide',
    title: g.frontmatter.title,
    figure: key?.text,
    detail: key ? `${key.label} · ${g.readingMinutes} min read` : `${g.readingMinutes} min read · every figure from the estimator`,
  });
}
