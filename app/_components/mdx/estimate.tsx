import { estimate } from '@/lib/estimator';
import { figure } from '@/lib/format/figures';
import { estimateInput, estimateProps, type EstimateProps } from '@/lib/content/component-props';
import styles from './estimate.module.css';

/**
 * One estimator number inside a sentence, computed at build time: no client JS. The props were
 * validated by the content checker, so an error here means the catalog changed under a guide;
 * failing the build loudly is right.
 */
export function Estimate(props: EstimateProps) {
  const p = estimateProps.parse(props);
  const r = estimate(estimateInput(p));
  if (!r.ok) throw new Error(`<Estimate>: ${r.error.field}: ${r.error.message}`);
  const f = figure(r.value, p.show, p.range);
  return (
    <span className={styles.figure}>
      {f.value === null ? f.text : <data value={String(f.value)}>{f.text}</data>}
      {f.range && <span className={styles.range}>{f.range}</span>}
    </span>
  );
}
