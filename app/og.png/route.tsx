import { ImageResponse } from 'next/og';
import { siteName } from '@/lib/site';

// A static file in out/og.png: the social preview image for every page.
export const dynamic = 'force-static';

export function GET() {
  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '72px 80px',
          background: 'linear-gradient(135deg, #0f1115 0%, #1e293b 100%)',
          color: '#e7e9ee',
          fontFamily: 'sans-serif',
        }}
      >
        <div style={{ display: 'flex', alignItems: 'center', gap: 24, fontSize: 44, fontWeight: 700 }}>
          <div
            style={{
              width: 72,
              height: 72,
              borderRadius: 16,
              background: '#1d4ed8',
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'center',
            }}
          >
            <svg width="48" height="48" viewBox="0 0 32 32">
              <path d="M7 17l6 6 12-13" fill="none" stroke="#ffffff" strokeWidth="4" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
          </div>
          {siteName}
        </div>
        <div style={{ display: 'flex', fontSize: 72, fontWeight: 700, lineHeight: 1.1, maxWidth: 1000 }}>
          Will this AI model run on your hardware, and how fast?
        </div>
        <div style={{ display: 'flex', fontSize: 32, color: '#a9b0bd' }}>
          Memory, bandwidth and compute, explained and estimated.
        </div>
      </div>
    ),
    { width: 1200, height: 630 },
  );
}
