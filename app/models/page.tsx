import type { Metadata } from 'next';
import { contextLabel, modelIndexRows, SIZE_CLASSES } from '@/lib/discovery/model-page';
import { pageMetadata } from '@/lib/metadata';
import { ModelIndex } from './_components/model-index';
import { Breadcrumb } from '@/app/_components/page-parts';
import styles from './models.module.css';

/** The index rows, computed once per build (metadata and page share them). */
let rowsCache: ReturnType<typeof modelIndexRows> | undefined;
const indexRows = () => (rowsCache ??= modelIndexRows());

function summary() {
  const rows = indexRows();
  const byMemory = [...rows].sort((a, b) => a.memoryGB - b.memoryGB);
  return { rows, smallest: byMemory[0]!, largest: byMemory.at(-1)! };
}

export function generateMetadata(): Metadata {
  const { rows, smallest, largest } = summary();
  return pageMetadata({
    title: `Hardware requirements of ${rows.length} open AI models`,
    description: `${rows.length} open models and the memory each needs, from ${smallest.memoryText} (${smallest.name}) to ${largest.memoryText} (${largest.name}), with speeds on every device.`,
    path: '/models',
  });
}

export default function ModelsPage() {
  const { rows, smallest, largest } = summary();
  const ctx = Math.max(...rows.map((r) => r.contextTokens));
  return (
    <div className={styles.page}>
      <Breadcrumb
        trail={[
          { name: 'Home', path: '/' },
          { name: 'Models', path: '/models' },
        ]}
      />
      <header className={styles.header}>
        <h1>Models and the hardware they need</h1>
        <p className={styles.answer} data-testid="answer">
          {rows.length} open models, from {smallest.name} (about {smallest.memoryText}) to {largest.name} (about {largest.memoryText}):
          what one GPU must hold for each model&apos;s usual download with {contextLabel(ctx)} tokens of context (or the
          model&apos;s limit, where lower). Each model&apos;s page has every format, context length and device.
        </p>
      </header>
      <ModelIndex rows={rows} sizes={SIZE_CLASSES.map((s) => ({ id: s.id, label: s.label }))} />
    </div>
  );
}
