import type { Metadata } from 'next';
import { Calculator } from '@/app/_components/calculator/calculator';
import { buildOutcome, type OutcomeOptions } from '@/lib/calculator/outcome';
import { scenario } from '@/lib/calculator/state';
import { reportIssueHref } from '@/lib/content/report-issue';
import { pageMetadata } from '@/lib/metadata';
import { absoluteUrl, siteName } from '@/lib/site';
import styles from './page.module.css';

const title = 'Will it run? LLM hardware calculator';
const description =
  'Pick your GPU, Mac or PC and a model: see whether it fits in memory, how fast it writes, how long the first word takes, and the exact Ollama and llama.cpp commands.';

export const metadata: Metadata = pageMetadata({ title, description, path: '/calculator' });

const OPTIONS: OutcomeOptions = { alternatives: true, charts: ['byContext', 'acrossDevices', 'offload'] };

function webApplicationJsonLd(): string {
  return JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'WebApplication',
    name: `${siteName} calculator`,
    url: absoluteUrl('/calculator'),
    description,
    applicationCategory: 'UtilitiesApplication',
    operatingSystem: 'Any (runs in the browser)',
    offers: { '@type': 'Offer', price: '0', priceCurrency: 'USD' },
    isAccessibleForFree: true,
  }).replace(/</g, '\\u003c');
}

export default function CalculatorPage() {
  // The default scenario, answered at build time; the island recomputes in the browser after changes.
  const initial = buildOutcome(scenario(), OPTIONS);
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: webApplicationJsonLd() }} />
      <header className={styles.header}>
        <h1>Will it run on my hardware?</h1>
        <p className={styles.lead}>
          Choose a device and a model. The answer updates as you type, and the link in the address bar reproduces it exactly.
          Everything is computed in your browser by the same estimator that writes every figure on this site.
        </p>
      </header>
      <Calculator initial={initial} variant="full" options={OPTIONS} reportHref={reportIssueHref(initial.state)} />
    </>
  );
}
