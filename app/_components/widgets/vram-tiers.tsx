import Link from 'next/link';
import { RECOMMENDED_MIN_BITS, vramTiers } from '@/lib/calculator/tables';
import { calculatorHref } from '@/lib/calculator/url';
import { MEMORY_TIERS } from '@/lib/calculator/tables';
import { roundRate } from '@/lib/format/figures';
import { vramTiersProps, type VramTiersProps } from '@/lib/content/component-props';
import styles from './widgets.module.css';

/** What fits each memory tier, computed from the whole catalog at build time. */
export function VramTiers(props: VramTiersProps) {
  const p = vramTiersProps.parse(props);
  const ctx = p.context ?? 8192;
  const limit = p.limit ?? 8;
  const tiers = vramTiers(ctx);
  return (
    <div className="table-scroll" role="region" aria-label="What fits each memory tier" tabIndex={0} data-widget="vram-tiers">
      <table className={styles.table}>
        <caption className={styles.caption}>
          Models that fit entirely in each tier with {ctx.toLocaleString('en-US')} tokens of context, largest first (one entry per size of a developer&apos;s models, the best known named), each at its best format of
          at least {RECOMMENDED_MIN_BITS} bits per weight, with the expected generation speed on the device named.
        </caption>
        <thead>
          <tr>
            <th scope="col">Memory</th>
            <th scope="col">Usable</th>
            <th scope="col">Largest models that fit</th>
          </tr>
        </thead>
        <tbody>
          {tiers.map((t, i) => (
            <tr key={t.label}>
              <th scope="row">
                {t.label}
                <span className={styles.sub}>
                  <Link href={calculatorHref({ device: MEMORY_TIERS[i]!.device, memoryGB: MEMORY_TIERS[i]!.memoryGB })}>{t.device}</Link>
                </span>
              </th>
              <td className={styles.num}>{t.usableGB.toFixed(1)} GB</td>
              <td>
                {t.fits.length === 0
                  ? 'none at this quality'
                  : t.fits.slice(0, limit).map((f, j) => (
                      <span key={f.modelId}>
                        {j > 0 && ', '}
                        {f.model}
                        {f.variants > 0 && ` and ${f.variants} ${f.variants === 1 ? 'variant' : 'variants'} of the same size`}{' '}
                        <span className={styles.sub}>({f.format}, ~{roundRate(f.decodeTokensPerSecond)} tokens/s)</span>
                      </span>
                    ))}
                {t.fits.length > limit && <span className={styles.sub}> and {t.fits.length - limit} smaller</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
