import { ogCard } from '@/app/_components/og-card';
import { pairBySlugs, willItRunPageData, willItRunParams } from '@/lib/discovery/will-it-run-page';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = willItRunParams;

const TONE = { yes: 'good', partly: 'partial', cpu: 'partial', no: 'bad' } as const;

export async function GET(_: Request, { params }: { params: Promise<{ model: string; device: string }> }) {
  const { model, device } = await params;
  const pair = pairBySlugs(model, device);
  const data = pair && willItRunPageData(pair.modelId, pair.deviceId);
  if (!data) return new Response('Not found', { status: 404 });
  const r = data.result;
  return ogCard({
    eyebrow: 'Will it run?',
    title: data.title.slice(0, data.title.indexOf('?') + 1),
    figure: data.keyFigure,
    detail: `${data.answer === 'yes' ? 'Fits' : data.answer === 'no' ? 'Does not fit' : 'Runs partly from system RAM'} · ${r.quant.name} · ${r.contextTokens.toLocaleString('en-US')} tokens of context`,
    tone: TONE[data.answer],
  });
}
