import { MemoryBar } from '@/app/_components/calculator/memory-bar';
import { Verdict } from '@/app/_components/calculator/results';
import { buildOutcome } from '@/lib/calculator/outcome';
import { calculatorHref } from '@/lib/calculator/url';
import Link from 'next/link';
import { memoryBreakdownProps, widgetState, type MemoryBreakdownProps } from '@/lib/content/component-props';
import styles from './widgets.module.css';

/** Where the memory goes for one scenario: the verdict and the memory bar, rendered at build time. */
export function MemoryBreakdown(props: MemoryBreakdownProps) {
  const state = widgetState(memoryBreakdownProps.parse(props));
  const outcome = buildOutcome(state);
  if (!outcome.result) throw new Error(`<MemoryBreakdown>: ${outcome.error?.message}`);
  return (
    <div className={styles.panel} data-widget="memory-breakdown">
      <Verdict outcome={outcome} />
      <MemoryBar result={outcome.result} />
      <p className={styles.more}>
        <Link href={calculatorHref(state)}>Try other settings in the calculator</Link>
      </p>
    </div>
  );
}
