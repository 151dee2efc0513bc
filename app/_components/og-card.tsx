import { ImageResponse } from 'next/og';
import { siteName } from '@/lib/site';

export interface OgCardProps {
  /** Small line above the title: "Will it run?", "Model", "Device", "Guide". */
  eyebrow: string;
  title: string;
  /** The page's key number, large ("about 200 tokens/s", "13.8 GB"). */
  figure?: string;
  /** One line under the figure: what it is for. */
  detail?: string;
  /** Colour of the figure: good (fits), partial (spills), bad (does not fit), neutral. */
  tone?: 'good' | 'partial' | 'bad' | 'neutral';
}

const TONE = { good: '#4ade80', partial: '#fbbf24', bad: '#f87171', neutral: '#93c5fd' } as const;

/**
 * The one social-preview template (1200 × 630 PNG, rendered at build time by each page family's
 * og.png route): site name, the page's question or title, and its key number from the engine.
 */
export function ogCard({ eyebrow, title, figure, detail, tone = 'neutral' }: OgCardProps): ImageResponse {
  const long = title.length > 70;
  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '64px 80px',
          // A flat colour: a gradient makes every PNG several times larger (thousands of them ship).
          background: '#111827',
          borderTop: '12px solid #1d4ed8',
          color: '#e7e9ee',
          fontFamily: 'sans-serif',
        }}
      >
        <div style={{ display: 'flex', alignItems: 'center', gap: 20, fontSize: 36, fontWeight: 700 }}>
          <div style={{ width: 56, height: 56, borderRadius: 12, background: '#1d4ed8', display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
            <svg width="36" height="36" viewBox="0 0 32 32">
              <path d="M7 17l6 6 12-13" fill="none" stroke="#ffffff" strokeWidth="4" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
          </div>
          {siteName}
          <div style={{ display: 'flex', marginLeft: 'auto', fontSize: 28, fontWeight: 400, color: '#a9b0bd' }}>{eyebrow}</div>
        </div>
        <div style={{ display: 'flex', fontSize: long ? 54 : 64, fontWeight: 700, lineHeight: 1.12, maxWidth: 1040 }}>{title}</div>
        <div style={{ display: 'flex', flexDirection: 'column', gap: 8, minHeight: 130 }}>
          {figure && <div style={{ display: 'flex', fontSize: 76, fontWeight: 700, color: TONE[tone] }}>{figure}</div>}
          {detail && <div style={{ display: 'flex', fontSize: 30, color: '#a9b0bd' }}>{detail}</div>}
        </div>
      </div>
    ),
    { width: 1200, height: 630 },
  );
}
