import type { Metadata } from 'next';
import Link from 'next/link';
import { compareHref, compareOutcomes, DEFAULT_COMPARE, type CompareSetup } from '@/lib/calculator/compare';
import { calculatorHref } from '@/lib/calculator/url';
import { breadcrumbJsonLd, jsonLd } from '@/lib/content/json-ld';
import { pageMetadata } from '@/lib/metadata';
import { absoluteUrl } from '@/lib/site';
import styles from '@/app/_components/discovery-page.module.css';
import { Compare } from './compare';

export const metadata: Metadata = pageMetadata({
  title: 'Compare GPUs, Macs and models for local AI side by side',
  description: 'Two or three set-ups side by side: whether each model fits, how fast it writes and reads prompts, and time to first token, from one calibrated estimator.',
  path: '/compare',
});

/** Comparisons readers ask for, each a link with its state in the URL. */
const PRESETS: Array<{ label: string; setup: CompareSetup }> = [
  {
    label: 'Qwen3 30B-A3B on an RTX 3090, RTX 4090 and RX 7900 XTX',
    setup: { columns: [{ model: 'qwen3-30b-a3b', device: 'rtx-3090' }, { model: 'qwen3-30b-a3b', device: 'rtx-4090' }, { model: 'qwen3-30b-a3b', device: 'rx-7900-xtx' }] },
  },
  {
    label: 'gpt-oss-120b on an M4 Max, Strix Halo and DGX Spark',
    setup: { columns: [{ model: 'gpt-oss-120b', device: 'apple-m4-max-16c40g' }, { model: 'gpt-oss-120b', device: 'ryzen-ai-max-plus-395' }, { model: 'gpt-oss-120b', device: 'dgx-spark' }] },
  },
  {
    label: 'Qwen3 8B at Q4_K_M and Q8_0 on an RTX 4060 Ti 16GB',
    setup: { columns: [{ model: 'qwen3-8b', device: 'rtx-4060-ti-16gb', quant: 'q4_k_m' }, { model: 'qwen3-8b', device: 'rtx-4060-ti-16gb', quant: 'q8_0' }] },
  },
  {
    label: 'gpt-oss-20b, Qwen3 30B-A3B and Qwen3 14B on an RTX 4070 SUPER',
    setup: { columns: [{ model: 'gpt-oss-20b', device: 'rtx-4070-super' }, { model: 'qwen3-30b-a3b', device: 'rtx-4070-super' }, { model: 'qwen3-14b', device: 'rtx-4070-super' }] },
  },
];

export default function ComparePage() {
  const outcomes = compareOutcomes(DEFAULT_COMPARE);
  const hrefs = outcomes.map((o) => calculatorHref(o.state));
  const trail = breadcrumbJsonLd([
    { name: 'Home', url: absoluteUrl('/') },
    { name: 'Compare', url: absoluteUrl('/compare') },
  ]);
  return (
    <article className={styles.page}>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd(trail) }} />
      <header className={styles.header}>
        <h1>Compare set-ups side by side</h1>
        <p className={styles.lead}>
          Pick two or three devices, models or formats. Each column is one model on one device, with the same context length and system RAM,
          so the differences come from what you changed. The address keeps the comparison, so you can share it.
        </p>
      </header>
      <Compare initial={{ setup: DEFAULT_COMPARE, outcomes, hrefs }} />
      <section aria-labelledby="presets">
        <h2 id="presets">Common comparisons</h2>
        <ul>
          {PRESETS.map((p) => (
            <li key={p.label}>
              <a href={compareHref(p.setup)}>{p.label}</a>
            </li>
          ))}
        </ul>
        <p className={styles.prose}>
          Formats default to the best quality that fits entirely (8-bit down to about 4.4 bits per weight), else the usual download; the{' '}
          <Link href="/calculator">calculator</Link> has every other setting, and the <Link href="/methodology">methodology</Link> says how the
          figures are worked out.
        </p>
      </section>
    </article>
  );
}
