import type { EstimateResult } from '@/lib/estimator';
import styles from './calculator.module.css';

const SEGMENTS = [
  { key: 'weights', label: 'Weights', className: styles.segWeights },
  { key: 'kvCache', label: 'KV cache', className: styles.segKv },
  { key: 'compute', label: 'Compute buffer', className: styles.segCompute },
  { key: 'overhead', label: 'Runtime', className: styles.segOverhead },
] as const;

const gb = (x: number) => `${x.toFixed(1)} GB`;

/**
 * Memory use per pool against what may be used: the accelerator (or the one shared pool) and, when
 * part of the model is offloaded, system RAM. Server-renderable (no hooks); the bar is decoration, the
 * legend beside it carries the numbers for screen readers and for copying.
 */
export function MemoryBar({ result, title = 'Memory' }: { result: EstimateResult; title?: string }) {
  const m = result.memoryGB;
  const scale = Math.max(m.total, m.available, 0.1);
  const pct = (x: number) => `${Math.max(0, Math.min(100, (x / scale) * 100)).toFixed(2)}%`;
  const pool =
    result.hardware.memoryKind === 'discrete'
      ? result.hardware.name.startsWith('Custom') || result.placement.deviceCount === 1
        ? 'GPU memory'
        : `GPU memory (${result.placement.deviceCount} GPUs)`
      : result.hardware.memoryKind === 'unified'
        ? 'Unified memory'
        : 'RAM';
  const over = m.total > m.available;
  return (
    <section className={styles.memory} aria-label={title}>
      <div className={styles.memoryHead}>
        <span className={styles.memoryPool}>{pool}</span>
        <span className={over ? styles.memoryOver : undefined}>
          {gb(m.total)} of {gb(m.available)} usable
        </span>
      </div>
      <div className={styles.bar} aria-hidden="true">
        {SEGMENTS.map((s) => (
          <span key={s.key} className={`${styles.segment} ${s.className}`} style={{ width: pct(m[s.key]) }} />
        ))}
        <span className={styles.limit} style={{ left: pct(m.available) }} />
      </div>
      <ul className={styles.legend}>
        {SEGMENTS.map((s) => (
          <li key={s.key}>
            <span className={`${styles.swatch} ${s.className}`} aria-hidden="true" />
            {s.label} <strong>{gb(m[s.key])}</strong>
          </li>
        ))}
      </ul>
      <p className={styles.memoryNote}>
        {gb(m.installed)} installed. {m.reserve}
      </p>
      {result.placement.systemRamGB > 0 && result.placement.kind === 'gpu' && (
        <p className={styles.memoryNote}>
          System RAM keeps the token-embedding table ({gb(result.placement.systemRamGB)}): llama.cpp reads one row of it per token, so it costs no
          speed on the GPU.
        </p>
      )}
      {result.placement.systemRamGB > 0 && result.placement.kind !== 'gpu' && m.systemRamAvailable > 0 && (
        <>
          <div className={styles.memoryHead}>
            <span className={styles.memoryPool}>System RAM</span>
            <span className={result.placement.systemRamGB > m.systemRamAvailable ? styles.memoryOver : undefined}>
              {gb(result.placement.systemRamGB)} of {gb(m.systemRamAvailable)} usable
            </span>
          </div>
          <div className={styles.bar} aria-hidden="true">
            <span
              className={`${styles.segment} ${styles.segWeights}`}
              style={{ width: `${Math.min(100, (result.placement.systemRamGB / Math.max(m.systemRamAvailable, result.placement.systemRamGB)) * 100).toFixed(2)}%` }}
            />
          </div>
          <p className={styles.memoryNote}>
            {result.placement.kind === 'cpu' ? 'The whole model' : 'Offloaded weights and their share of the KV cache'}, read by the CPU for every
            token; the operating system keeps the rest.
          </p>
        </>
      )}
      {result.kvCacheTotalGB > m.kvCache + 0.05 && (
        <p className={styles.memoryNote}>
          The whole KV cache for {result.contextTokens.toLocaleString('en-US')} tokens is {gb(result.kvCacheTotalGB)}; the part not shown lives
          with the layers in system RAM.
        </p>
      )}
    </section>
  );
}
