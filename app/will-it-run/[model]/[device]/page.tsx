import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Results } from '@/app/_components/calculator/results';
import { compareHref } from '@/lib/calculator/compare';
import { calculatorHref } from '@/lib/calculator/url';
import type { CalculatorState } from '@/lib/calculator/state';
import { getContentIndex } from '@/lib/content/guides.server';
import { devicePath, modelPath, willItRunPath } from '@/lib/discovery/routes';
import { pairBySlugs, willItRunPageData, willItRunParams, type NeighbourRow } from '@/lib/discovery/will-it-run-page';
import { roundRate } from '@/lib/format/figures';
import { pageMetadata } from '@/lib/metadata';
import { Breadcrumb, FaqSection, RelatedGuides } from '@/app/_components/page-parts';
import styles from '@/app/_components/discovery-page.module.css';
import { AddressNotice } from './address-notice';

export const dynamicParams = false;

export function generateStaticParams(): Array<{ model: string; device: string }> {
  return willItRunParams();
}

type Props = { params: Promise<{ model: string; device: string }> };

async function pageData(params: Props['params']) {
  const { model, device } = await params;
  const pair = pairBySlugs(model, device);
  return pair && willItRunPageData(pair.modelId, pair.deviceId);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await pageData(params);
  if (!data) return {};
  return pageMetadata({ title: data.title, description: data.description, path: willItRunPath(data.model.id, data.device.id), image: { path: `${willItRunPath(data.model.id, data.device.id)}/og.png`, alt: data.title } });
}

function NeighbourTable({ caption, first, rows }: { caption: string; first: string; rows: NeighbourRow[] }) {
  if (rows.length === 0) return null;
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className={styles.table}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{first}</th>
            <th scope="col">Format</th>
            <th scope="col">Verdict</th>
            <th scope="col" className={styles.num}>
              Tokens/s
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.href}>
              <th scope="row">
                {/* Plain links: prefetching every neighbour's payload would cost more than the page. */}
                <a href={r.href}>{r.name}</a>
              </th>
              <td>{r.format}</td>
              <td>{r.headline}</td>
              <td className={styles.num}>{r.decodeTokensPerSecond > 0 ? roundRate(r.decodeTokensPerSecond) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default async function WillItRunPage({ params }: Props) {
  const data = await pageData(params);
  if (!data) notFound();
  const { model: m, device: d, state, outcome, result } = data;
  const { guides } = await getContentIndex();
  const relatedSlugs = [...(m.family === 'gpt-oss' ? ['gpt-oss-20b-120b'] : []), 'vram-requirements', 'tokens-per-second', 'ollama-setup'];
  const related = relatedSlugs.map((slug) => guides.find((g) => g.slug === slug)).filter((g) => g !== undefined).slice(0, 3);
  const hrefFor = (patch: Partial<CalculatorState>) => calculatorHref({ ...state, ...patch });

  return (
    <article className={styles.page}>
      <Breadcrumb
        trail={[
          { name: 'Home', path: '/' },
          { name: 'Models', path: '/models' },
          { name: m.name, path: modelPath(m.id) },
          { name: `On the ${d.name}`, path: willItRunPath(m.id, d.id) },
        ]}
      />
      <AddressNotice calculatorHref={data.calculatorHref} />
      <header className={styles.header}>
        <h1>{data.title.slice(0, data.title.indexOf('?') + 1)}</h1>
        <p className={styles.lead} data-testid="wir-answer" data-answer={data.answer}>
          {data.lead}
        </p>
        <p className={styles.actions}>
          <Link className={styles.button} href={data.calculatorHref}>
            Open this in the calculator
          </Link>{' '}
          <span className={styles.muted}>to change the format, context, system RAM or number of cards.</span>
        </p>
        {data.otherDevices.length > 0 && (
          <p>
            <a href={compareHref({ columns: [{ model: m.id, device: d.id }, ...data.otherDevices.slice(-2).map((r) => ({ model: m.id, device: r.deviceId }))] })}>
              Compare with {data.otherDevices.slice(-2).map((r) => r.name).join(' and ')}
            </a>
          </p>
        )}
      </header>

      <section aria-labelledby="estimate">
        <h2 id="estimate">The estimate</h2>
        <p className={styles.prose}>
          {result.quant.name} ({data.answer === 'yes' ? 'the best-quality format that fits' : 'the usual download'}), {result.contextTokens.toLocaleString('en-US')} tokens of
          context, a {result.promptTokens.toLocaleString('en-US')}-token prompt and {state.systemRamGB} GB of system RAM beside the{' '}
          {d.memoryKind === 'system' ? 'CPU' : 'device'}; llama.cpp with its usual settings. Ranges show how far measured runs on similar hardware
          have been from the estimate.
        </p>
        <Results outcome={outcome} hrefFor={hrefFor} />
      </section>

      <section aria-labelledby="models-here">
        <h2 id="models-here">Other models on the {d.name}</h2>
        <NeighbourTable caption={`Other models on the ${d.name}`} first="Model" rows={data.otherModels} />
        <p>
          <Link href={devicePath(d.id)}>Every model on the {d.name}</Link>
        </p>
      </section>

      <section aria-labelledby="devices-here">
        <h2 id="devices-here">{m.name} on similar devices</h2>
        <NeighbourTable caption={`${m.name} on similar devices`} first="Device" rows={data.otherDevices} />
        <p>
          <Link href={modelPath(m.id)}>{m.name} on every device, with its memory per format</Link>
        </p>
      </section>

      <FaqSection faq={data.faq} />

      <RelatedGuides guides={related.map((g) => ({ route: g.route, title: g.frontmatter.title }))} />
    </article>
  );
}
