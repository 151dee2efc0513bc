import type { Metadata } from 'next';
import { DEVICE_KIND_LABEL, deviceIndexRows, VENDOR_LABEL } from '@/lib/discovery/device-page';
import { devicePath } from '@/lib/discovery/routes';
import { pageMetadata } from '@/lib/metadata';
import { DeviceIndex } from './device-index';
import { Breadcrumb } from '@/app/_components/page-parts';
import styles from '@/app/_components/discovery-page.module.css';

function summary() {
  const rows = deviceIndexRows();
  const kinds = new Set(rows.map((r) => r.kind)).size;
  return { rows, text: `${rows.length} GPUs, Macs, unified-memory PCs and CPU set-ups in ${kinds} kinds` };
}

export function generateMetadata(): Metadata {
  const { text } = summary();
  return pageMetadata({
    title: 'Devices: what runs on each GPU, Mac and PC',
    description: `${text}: memory, bandwidth and the largest AI model that runs entirely on each, computed by the estimator.`,
    path: '/devices',
  });
}

export default function DevicesPage() {
  const { rows, text } = summary();
  const vendors = Object.fromEntries(Object.entries(VENDOR_LABEL).filter(([v]) => rows.some((r) => r.vendor === v)));
  return (
    <div className={styles.page}>
      <Breadcrumb
        trail={[
          { name: 'Home', path: '/' },
          { name: 'Devices', path: '/devices' },
        ]}
      />
      <header className={styles.header}>
        <h1>Devices</h1>
        <p className={styles.lead}>
          {text}. Each page lists every catalog model at the best format that fits, with its expected speed; the last column is the largest model
          that runs entirely in the memory the device may use, at 4-bit or better and the calculator&apos;s default context.
        </p>
      </header>
      <DeviceIndex rows={rows.map((r) => ({ ...r, href: devicePath(r.id) }))} vendors={vendors} kinds={DEVICE_KIND_LABEL} />
    </div>
  );
}
