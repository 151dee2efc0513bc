import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SortableTable, type SortColumn } from '@/app/_components/widgets/sortable-table';
import { deviceById, devices, type Device } from '@/lib/catalog';
import { deviceRecords } from '@/lib/catalog/provenance';
import { calculatorHref } from '@/lib/calculator/url';
import { getContentIndex } from '@/lib/content/guides.server';
import {
  comparableDevices,
  DEVICE_KIND_LABEL,
  deviceAnswer,
  deviceDescription,
  deviceFaq,
  deviceKind,
  deviceTitle,
  dualGains,
  hasDualTable,
  memoryOptions,
  runSet,
  sourceParts,
  VENDOR_LABEL,
  type ComparableDevice,
  type DeviceRunSet,
} from '@/lib/discovery/device-page';
import { devicePath, hasWillItRunPage, willItRunPath } from '@/lib/discovery/routes';
import { formatSeconds, roundRate } from '@/lib/format/figures';
import { pageMetadata } from '@/lib/metadata';
import { Breadcrumb, FaqSection, RelatedGuides } from '@/app/_components/page-parts';
import styles from '@/app/_components/discovery-page.module.css';

export const dynamicParams = false;

export function generateStaticParams(): Array<{ id: string }> {
  return devices.map((d) => ({ id: d.id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const d = deviceById.get((await params).id);
  if (!d) return {};
  const s = runSet(d.id);
  return pageMetadata({ title: deviceTitle(d, s), description: deviceDescription(d, s), path: devicePath(d.id), image: { path: `${devicePath(d.id)}/og.png`, alt: deviceTitle(d, s) } });
}

const RELATED_GUIDES = ['vram-requirements', 'tokens-per-second', 'ollama-setup'];

const COLUMNS: SortColumn[] = [
  { label: 'Model' },
  { label: 'Parameters (B)', numeric: true },
  { label: 'Format', sortable: false },
  { label: 'Verdict', sortable: false },
  { label: 'Tokens/s', numeric: true },
  { label: 'First token', numeric: true },
  { label: 'Context', numeric: true },
];

function RunTable({ device, set, caption, rows: only }: { device: Device; set: DeviceRunSet; caption: string; rows?: DeviceRunSet['rows'] }) {
  const rows = (only ?? set.rows).map((r) => {
    const none = r.verdict === 'does-not-fit';
    // The pair's own page where there is one (same scenario: one card, calculator defaults), else the calculator.
    const page = set.gpus === 1 && set.memoryGB === device.memoryGB && hasWillItRunPage(r.modelId, device.id);
    const href = page ? willItRunPath(r.modelId, device.id) : calculatorHref({ model: r.modelId, device: device.id, quant: r.formatId, gpus: set.gpus, contextTokens: r.contextTokens });
    return {
      key: r.modelId,
      sort: [r.model, r.paramsB, '', '', r.decodeTokensPerSecond, r.timeToFirstTokenSeconds, r.contextTokens],
      cells: [
        <a key="m" href={href}>
          {r.model}
        </a>,
        roundRate(r.paramsB),
        r.format,
        r.headline,
        none ? '—' : roundRate(r.decodeTokensPerSecond),
        // The engine rounds times to 10 ms, so a runs-at-once prompt reads 0.
        none ? '—' : r.timeToFirstTokenSeconds === 0 ? '< 10 ms' : formatSeconds(r.timeToFirstTokenSeconds),
        r.contextTokens.toLocaleString('en-US'),
      ],
      cellAttrs: [undefined, undefined, undefined, undefined, { 'data-model': r.modelId }],
    };
  });
  return <SortableTable caption={caption} columns={COLUMNS} rows={rows} initial={{ column: 4, dir: -1 }} />;
}

function Comparables({ title, list }: { title: string; list: ComparableDevice[] }) {
  if (list.length === 0) return null;
  return (
    <div>
      <h3>{title}</h3>
      <ul className={styles.cards}>
        {list.map((c) => (
          <li key={c.id}>
            <Link href={devicePath(c.id)}>{c.name}</Link>
            <span className={styles.muted}>
              {' '}
              {c.memoryGB} GB, {c.bandwidthGBps} GB/s{c.largest ? `; runs up to ${c.largest.model} (${c.largest.format})` : ''}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

const MEMORY_KIND: Record<Device['memoryKind'], string> = { discrete: 'VRAM', unified: 'unified memory (shared by CPU and GPU)', system: 'system RAM' };

export default async function DevicePage({ params }: Props) {
  const { id } = await params;
  const d = deviceById.get(id);
  if (!d) notFound();
  const record = deviceRecords.find((r) => r.id === d.id)!;
  const single = runSet(d.id);
  const dual = hasDualTable(d) ? runSet(d.id, { gpus: 2 }) : undefined;
  const gains = dual ? dualGains(single, dual) : [];
  const options = memoryOptions(d);
  const { moreMemory, faster } = comparableDevices(d);
  const faq = deviceFaq(d, single, dual);
  const { guides } = await getContentIndex();
  const related = RELATED_GUIDES.map((slug) => guides.find((g) => g.slug === slug)).filter((g) => g !== undefined);
  const ctx = single.rows.reduce((max, r) => Math.max(max, r.contextTokens), 0);

  const entireSingle = single.rows.filter((r) => r.runsEntirely).length;

  return (
    <article className={styles.page}>
      <Breadcrumb
        trail={[
          { name: 'Home', path: '/' },
          { name: 'Devices', path: '/devices' },
          { name: d.name, path: devicePath(d.id) },
        ]}
      />
      <header className={styles.header}>
        <h1>What runs on the {d.name}?</h1>
        <p className={styles.lead} data-testid="device-answer">
          {deviceAnswer(d, single)}
        </p>
        <p className={styles.actions}>
          <Link className={styles.button} href={calculatorHref({ device: d.id })}>
            Open the calculator with the {d.name}
          </Link>
        </p>
      </header>

      <section aria-labelledby="runs">
        <h2 id="runs">Every model on the {d.name}</h2>
        <p className={styles.prose}>
          Each model at the best-quality format that fits entirely in the memory it may use (8-bit down to about 4.4 bits per weight),
          else its usual download placed as well as it goes; {ctx.toLocaleString('en-US')} tokens of context (less where a model&apos;s limit is
          lower) and a 512-token prompt. {entireSingle} of {single.rows.length} models run entirely in memory. Click a heading to sort; a
          model&apos;s name opens its page for this device, or that scenario in the calculator.
        </p>
        <RunTable device={d} set={single} caption={`Catalog models on one ${d.name}: best format that fits`} />
      </section>

      {dual && (
        <section aria-labelledby="dual">
          <h2 id="dual">With two {d.name} cards</h2>
          <p className={styles.prose}>
            Two cards may use {dual.usableGB.toFixed(1)} GB together, with the layers split between them (llama.cpp <code>--split-mode layer</code>): memory adds up, but each token still passes every layer in turn, so speed does not.{' '}
            {dual.rows.filter((r) => r.runsEntirely).length} of {dual.rows.length} models run entirely
            {dual.largest ? `, up to ${dual.largest.model} at ${dual.largest.format}` : ''}.{' '}
            {gains.length > 0
              ? `These ${gains.length} run better on two cards than on one (the models that already fit on one card are left out):`
              : 'No model runs better on two cards than on one.'}
          </p>
          {gains.length > 0 && <RunTable device={d} set={dual} rows={gains} caption={`What a second ${d.name} adds: best format that fits on two cards`} />}
        </section>
      )}

      {options.length > 0 && (
        <section aria-labelledby="sizes">
          <h2 id="sizes">By memory size</h2>
          <p className={styles.prose}>The {d.name} is sold with several memory sizes; the page above assumes {d.memoryGB} GB.</p>
          <div className="table-scroll" role="region" aria-label={`${d.name} by memory size`} tabIndex={0}>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col">Memory</th>
                  <th scope="col" className={styles.num}>
                    Usable (GB)
                  </th>
                  <th scope="col" className={styles.num}>
                    Models that run entirely
                  </th>
                  <th scope="col">Largest that runs entirely</th>
                </tr>
              </thead>
              <tbody>
                {options.map((o) => (
                  <tr key={o.memoryGB}>
                    <th scope="row">
                      <Link href={calculatorHref({ device: d.id, memoryGB: o.memoryGB === d.memoryGB ? undefined : o.memoryGB })}>{o.memoryGB} GB</Link>
                    </th>
                    <td className={styles.num}>{o.usableGB.toFixed(1)}</td>
                    <td className={styles.num}>{o.entireCount}</td>
                    <td>{o.largest ? `${o.largest.model} (${o.largest.format})` : 'none at 4-bit or better'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      {(moreMemory.length > 0 || faster.length > 0) && (
        <section aria-labelledby="compare">
          <h2 id="compare">Comparable devices</h2>
          <div className={styles.columns}>
            <Comparables title={`More memory (${VENDOR_LABEL[d.vendor]})`} list={moreMemory} />
            <Comparables title="Faster (more bandwidth)" list={faster} />
          </div>
        </section>
      )}

      <section aria-labelledby="facts">
        <h2 id="facts">Specifications</h2>
        <dl className={styles.facts}>
          <dt>Kind</dt>
          <dd>
            {DEVICE_KIND_LABEL[deviceKind(d)]} ({VENDOR_LABEL[d.vendor]})
          </dd>
          <dt>Memory</dt>
          <dd>
            {d.memoryGB} GB {MEMORY_KIND[d.memoryKind]}; {single.usableGB.toFixed(1)} GB usable for a model. {single.reserve}
          </dd>
          {d.memoryOptionsGB && d.memoryOptionsGB.length > 1 && (
            <>
              <dt>Sizes sold</dt>
              <dd>{[...d.memoryOptionsGB].sort((a, b) => a - b).map((m) => `${m} GB`).join(', ')}</dd>
            </>
          )}
          <dt>Memory bandwidth</dt>
          <dd>{d.bandwidthGBps} GB/s (spec sheet)</dd>
          <dt>FP16 compute</dt>
          <dd>{d.fp16TFLOPS !== undefined ? `${d.fp16TFLOPS} TFLOPS (dense)` : 'No published figure; the estimator infers one from the bandwidth.'}</dd>
          <dt>llama.cpp backends</dt>
          <dd>{d.backends.map((b) => (b === 'cuda' ? 'CUDA' : b === 'rocm' ? 'ROCm' : b === 'sycl' ? 'SYCL' : b === 'cpu' ? 'CPU' : b[0]!.toUpperCase() + b.slice(1))).join(', ')}</dd>
          {d.releaseYear !== undefined && (
            <>
              <dt>Released</dt>
              <dd>{d.releaseYear}</dd>
            </>
          )}
          <dt>Sources</dt>
          <dd>
            <ul className={styles.sources}>
              {sourceParts(record.source).map((p, i) => (
                <li key={i}>
                  {p.href ? (
                    <a href={p.href} rel="nofollow noopener">
                      {p.text}
                    </a>
                  ) : (
                    p.text
                  )}
                </li>
              ))}
            </ul>
            {record.asOf && <span className={styles.muted}>As of {record.asOf}.</span>}
          </dd>
          {record.notes && (
            <>
              <dt>Notes</dt>
              <dd className={styles.notes}>{record.notes}</dd>
            </>
          )}
        </dl>
      </section>

      <FaqSection faq={faq} />

      <RelatedGuides guides={related.map((g) => ({ route: g.route, title: g.frontmatter.title }))}>
        <li>
          <Link href="/devices">Every device</Link>
        </li>
      </RelatedGuides>
    </article>
  );
}
