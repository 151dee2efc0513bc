import { ogCard } from '@/app/_components/og-card';
import { deviceById, devices } from '@/lib/catalog';
import { runSet } from '@/lib/discovery/device-page';
import { roundRate } from '@/lib/format/figures';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams(): Array<{ id: string }> {
  return devices.map((d) => ({ id: d.id }));
}

export async function GET(_: Request, { params }: { params: Promise<{ id: string }> }) {
  const d = deviceById.get((await params).id);
  if (!d) return new Response('Not found', { status: 404 });
  const s = runSet(d.id);
  const fast = s.fastestPopular;
  return ogCard({
    eyebrow: 'Device',
    title: `What runs on the ${d.name}?`,
    figure: s.largest ? `Up to ${s.largest.model}` : `${s.usableGB.toFixed(1)} GB usable`,
    detail: fast ? `${fast.model} at about ${roundRate(fast.decodeTokensPerSecond)} tokens/s · ${s.usableGB.toFixed(1)} GB usable` : `${s.usableGB.toFixed(1)} GB usable for a model`,
    tone: s.largest ? 'good' : 'neutral',
  });
}
