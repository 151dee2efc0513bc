import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Commands } from '@/app/_components/calculator/results';
import { DeviceTable } from '@/app/_components/widgets/device-table';
import { ThroughputChart } from '@/app/_components/widgets/throughput-chart';
import { formatById, models } from '@/lib/catalog';
import { modelRecords } from '@/lib/catalog/provenance';
import { DEFAULT_STATE } from '@/lib/calculator/state';
import { RECOMMENDED_MIN_BITS } from '@/lib/calculator/tables';
import { calculatorHref } from '@/lib/calculator/url';
import { formatDay } from '@/lib/content/format';
import { getContentIndex } from '@/lib/content/guides.server';
import { contextLabel, linkedSource, modelBySlug, modelPageData, modelSlug, relatedGuides, type ModelPageData } from '@/lib/discovery/model-page';
import { modelPath } from '@/lib/discovery/routes';
import { pageMetadata } from '@/lib/metadata';
import { Breadcrumb, FaqSection, RelatedGuides } from '@/app/_components/page-parts';
import styles from '../models.module.css';

export const dynamicParams = false;

/** One page per catalog model: the same paths as the `models` family in lib/discovery/routes.ts (modelPath). */
export function generateStaticParams(): Array<{ id: string }> {
  return models.map((m) => ({ id: modelSlug(m.id) }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = modelPageData(modelBySlug((await params).id)?.id ?? '');
  if (!data) return {};
  return pageMetadata({ title: data.title, description: data.description, path: modelPath(data.model.id), image: { path: `${modelPath(data.model.id)}/og.png`, alt: data.title } });
}

const tokens = (n: number) => `${n.toLocaleString('en-US')} tokens`;

/** "2025-08-05" as "5 August 2025"; "2024-12" as "December 2024". */
function releaseDay(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return formatDay(iso);
  const [y, mo] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y!, (mo ?? 1) - 1, 1)));
}

function MemoryTable({ data }: { data: ModelPageData }) {
  const caption = `${data.model.name}: memory one GPU needs, by format and context length (weights, KV cache at f16, buffers)`;
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table data-testid="memory-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Format</th>
            <th scope="col" className={styles.num}>
              File
            </th>
            {data.contexts.map((c) => (
              <th key={c} scope="col" className={styles.num}>
                {contextLabel(c)} context
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.memory.map((row) => (
            <tr key={row.formatId} data-format={row.formatId}>
              <th scope="row">
                {row.format}
                {row.usual && <span className={styles.usual}> (usual)</span>}
              </th>
              <td className={styles.num}>{row.fileSizeText}</td>
              {data.contexts.map((c) => (
                <td key={c} className={styles.num} data-context={c}>
                  {row.cells.find((cell) => cell.contextTokens === c)?.text ?? '—'}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SourceText({ source }: { source: string }) {
  return (
    <>
      {linkedSource(source).map((p, i) =>
        p.href ? (
          <a key={i} href={p.href} rel="noopener">
            {p.text}
          </a>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}

function Facts({ data }: { data: ModelPageData }) {
  const m = data.model;
  const record = modelRecords.find((r) => r.id === m.id);
  const moe = m.architecture.moe;
  return (
    <>
      <dl className={styles.facts}>
        <dt>Developer</dt>
        <dd>{m.developer}</dd>
        <dt>Family</dt>
        <dd>{m.family}</dd>
        <dt>Released</dt>
        <dd>
          <time dateTime={m.releaseDate}>{releaseDay(m.releaseDate)}</time>
        </dd>
        <dt>Licence</dt>
        <dd>{m.license}</dd>
        <dt>Parameters</dt>
        <dd>{m.totalParamsB} billion</dd>
        <dt>Active per token</dt>
        <dd>
          {m.activeParamsB} billion
          {moe ? ` (mixture of experts: ${moe.expertsPerToken} of ${moe.expertsTotal} experts per token${moe.sharedExperts ? ` plus ${moe.sharedExperts} shared` : ''})` : ' (dense: every parameter is used for every token)'}
        </dd>
        <dt>Layers</dt>
        <dd>{m.architecture.layers}</dd>
        <dt>Context</dt>
        <dd>{tokens(m.architecture.maxContextTokens)}</dd>
        <dt>Attention</dt>
        <dd>
          {m.architecture.attentionHeads} query heads, {m.architecture.kvHeads} key/value heads
          {m.architecture.slidingWindow ? `; ${m.architecture.slidingWindow.slidingLayers} layers use a ${tokens(m.architecture.slidingWindow.windowTokens)} sliding window` : ''}
        </dd>
        <dt>Released weights</dt>
        <dd>{formatById.get(m.nativeFormat)?.name ?? m.nativeFormat}</dd>
        <dt>Ollama</dt>
        <dd>{m.ollamaTag ? <code>ollama run {m.ollamaTag}</code> : 'No Ollama library tag known'}</dd>
        <dt>GGUF files</dt>
        <dd>
          {m.ggufRepo ? (
            <a href={`https://huggingface.co/${m.ggufRepo}`} rel="noopener">
              {m.ggufRepo}
            </a>
          ) : (
            'No GGUF repository recorded'
          )}
        </dd>
      </dl>
      {record?.source && (
        <p className={styles.source}>
          Source: <SourceText source={record.source} />
          {record.asOf && <> (checked {record.asOf})</>}
        </p>
      )}
      {record?.notes && (
        <details className={styles.source}>
          <summary>Notes on these figures</summary>
          <p>{record.notes}</p>
        </details>
      )}
    </>
  );
}

export default async function ModelPage({ params }: Props) {
  const { id } = await params;
  const data = modelPageData(modelBySlug(id)?.id ?? '');
  if (!data) notFound();
  const m = data.model;
  const { guides } = await getContentIndex();
  const related = relatedGuides(
    m,
    guides.map((g) => ({ slug: g.slug, route: g.route, title: g.frontmatter.title, tags: g.frontmatter.tags, source: g.source })),
  );
  const path = modelPath(m.id);
  const cmd = data.commands;

  return (
    <article className={styles.page}>
      <Breadcrumb
        trail={[
          { name: 'Home', path: '/' },
          { name: 'Models', path: '/models' },
          { name: m.name, path },
        ]}
      />
      <header className={styles.header}>
        <h1>{m.name} hardware requirements</h1>
        <p className={styles.answer} data-testid="answer">
          {data.answer}
        </p>
        <ul className={styles.actions}>
          <li>
            <Link href={calculatorHref(cmd?.state ?? { model: m.id })}>Open {m.name} in the calculator</Link>
          </li>
          <li>
            <a href="#devices">Every device</a>
          </li>
          <li>
            <a href="#faq">Questions</a>
          </li>
        </ul>
      </header>

      <section className={`${styles.section} prose`} aria-labelledby="memory">
        <h2 id="memory">Memory needed</h2>
        <p className={styles.note}>
          What one GPU must hold to run {m.name} entirely on it (CUDA, llama.cpp, f16 KV cache), for each published format and
          context length. A Mac can use about two thirds to three quarters of its memory for the GPU; the device table below
          applies each device&apos;s own limit.
        </p>
        <MemoryTable data={data} />
      </section>

      <section className={styles.section} aria-labelledby="speed">
        <h2 id="speed">Speed on popular hardware</h2>
        <ThroughputChart model={m.id} />
      </section>

      <section className={styles.section} aria-labelledby="devices">
        <h2 id="devices">Which devices run it</h2>
        <p className={styles.note}>
          Popular devices, and below them every device in the catalog, at the best format that fits (8-bit down to about {RECOMMENDED_MIN_BITS} bits per weight), with{' '}
          {tokens(data.headline.contextTokens)} of context and {DEFAULT_STATE.systemRamGB} GB of system RAM beside it. Click a heading to sort.
        </p>
        <DeviceTable model={m.id} devices="popular" />
        <details className={styles.allDevices}>
          <summary>All {data.deviceCount} devices in the catalog</summary>
          <DeviceTable model={m.id} devices="all" />
        </details>
      </section>

      <section className={styles.section} aria-labelledby="run">
        <h2 id="run">Commands</h2>
        {cmd ? (
          <>
            <p className={styles.note}>
              For {m.name} at {cmd.result.quant.name} on {cmd.device.name} with {tokens(cmd.result.contextTokens)} of context.{' '}
              <Link href={calculatorHref(cmd.state)}>Change the device or settings in the calculator</Link>.
            </p>
            <Commands result={cmd.result} />
          </>
        ) : (
          <p className={styles.note}>
            None of the popular devices holds {m.name} entirely, so there is no one-line command to show.{' '}
            <Link href={calculatorHref({ model: m.id })}>The calculator</Link> gives the commands for your own hardware,
            several GPUs or a split with system RAM.
          </p>
        )}
      </section>

      <section className={`${styles.section} prose`} aria-labelledby="facts">
        <h2 id="facts">About {m.name}</h2>
        <Facts data={data} />
      </section>

      <FaqSection faq={data.faq} className={styles.section} />

      <RelatedGuides guides={related} className={styles.section} />
    </article>
  );
}
