import { Calculator } from '@/app/_components/calculator/calculator';
import { buildOutcome, type OutcomeOptions } from '@/lib/calculator/outcome';
import { calculatorHref } from '@/lib/calculator/url';
import { widgetState, willItRunProps, type WillItRunProps } from '@/lib/content/component-props';

const OPTIONS: OutcomeOptions = {};

/**
 * The compact calculator for articles: device, model and context, with the verdict, memory and speed.
 * Its first answer is computed here at build time (in the HTML for readers without JavaScript and for
 * crawlers); the engine loads when the widget nears the viewport.
 */
export function WillItRun(props: WillItRunProps) {
  const state = widgetState(willItRunProps.parse(props));
  return <Calculator initial={buildOutcome(state, OPTIONS)} variant="compact" options={OPTIONS} fullHref={calculatorHref(state)} />;
}
