import { ogCard } from '@/app/_components/og-card';
import { models } from '@/lib/catalog';
import { modelBySlug, modelPageData, modelSlug } from '@/lib/discovery/model-page';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams(): Array<{ id: string }> {
  return models.map((m) => ({ id: modelSlug(m.id) }));
}

export async function GET(_: Request, { params }: { params: Promise<{ id: string }> }) {
  const m = modelBySlug((await params).id);
  const data = m && modelPageData(m.id);
  if (!data) return new Response('Not found', { status: 404 });
  const h = data.headline;
  return ogCard({
    eyebrow: 'Model',
    title: `How much memory does ${data.model.name} need?`,
    figure: h.text,
    detail: `${h.format} · ${h.contextTokens.toLocaleString('en-US')} tokens of context · fits ${data.fitCount} of ${data.deviceCount} devices`,
  });
}
