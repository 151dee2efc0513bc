'use client';

import { useSyncExternalStore } from 'react';
import { Area, Bar, CartesianGrid, ComposedChart, ResponsiveContainer, Tooltip, XAxis, YAxis, BarChart, Cell } from 'recharts';
import type { ChartKind, ChartRow } from './chart-data';

const reducedMotionQuery = '(prefers-reduced-motion: reduce)';
const subscribe = (cb: () => void) => {
  const mq = window.matchMedia(reducedMotionQuery);
  mq.addEventListener('change', cb);
  return () => mq.removeEventListener('change', cb);
};

const AXIS = { stroke: 'var(--color-muted)', fontSize: 12 };
const fmt = (v: unknown) => (typeof v === 'number' ? `${Math.round(v)} tokens/s` : Array.isArray(v) ? `${Math.round(v[0])}–${Math.round(v[1])} tokens/s` : '');

/**
 * The recharts drawing of a series. Loaded only when its frame nears the viewport (recharts is the
 * heaviest dependency on the site); the frame's table carries the same rows for everyone else.
 */
export default function RechartsChart({ kind, rows, xLabel }: { kind: ChartKind; rows: ChartRow[]; xLabel: string }) {
  const reduced = useSyncExternalStore(subscribe, () => window.matchMedia(reducedMotionQuery).matches, () => true);
  const animate = !reduced;
  if (kind === 'devices') {
    return (
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} stroke="var(--color-border)" />
          <XAxis type="number" tick={AXIS} stroke="var(--color-border)" unit="" />
          <YAxis type="category" dataKey="axisLabel" width={170} tick={{ ...AXIS, fontSize: 11 }} stroke="var(--color-border)" interval={0} />
          <Tooltip formatter={fmt} contentStyle={{ background: 'var(--color-bg)', border: '1px solid var(--color-border)' }} />
          <Bar dataKey="expected" isAnimationActive={animate} name="Generation speed">
            {rows.map((r) => (
              <Cell key={r.label} fill={r.runs ? 'var(--color-accent)' : 'var(--color-border)'} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    );
  }
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart data={rows} margin={{ top: 8, right: 16, bottom: 16, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid stroke="var(--color-border)" vertical={false} />
        <XAxis dataKey="label" tick={AXIS} stroke="var(--color-border)" label={{ value: xLabel, position: 'insideBottom', offset: -8, fill: 'var(--color-muted)', fontSize: 12 }} />
        <YAxis tick={AXIS} stroke="var(--color-border)" width={48} />
        <Tooltip formatter={fmt} contentStyle={{ background: 'var(--color-bg)', border: '1px solid var(--color-border)' }} />
        <Area dataKey="range" stroke="none" fill="var(--color-accent)" fillOpacity={0.18} isAnimationActive={animate} name="Likely range" connectNulls={false} />
        <Area dataKey="expected" stroke="var(--color-accent)" strokeWidth={2} fill="none" isAnimationActive={animate} name="Expected" connectNulls={false} dot />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
