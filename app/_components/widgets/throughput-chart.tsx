import { ChartFrame } from '@/app/_components/charts/chart-frame';
import { modelById } from '@/lib/catalog';
import { POPULAR_DEVICE_IDS } from '@/lib/catalog/popular';
import { decodeAcrossDevices } from '@/lib/calculator/series';
import { scenario } from '@/lib/calculator/state';
import { defaultContext } from '@/lib/calculator/url';
import { throughputChartProps, type ThroughputChartProps } from '@/lib/content/component-props';

/** This model's generation speed across devices, computed at build time, drawn when scrolled to. */
export function ThroughputChart(props: ThroughputChartProps) {
  const p = throughputChartProps.parse(props);
  const m = modelById.get(p.model)!;
  const state = scenario({ model: p.model, quant: p.quant, contextTokens: Math.min(p.context ?? defaultContext(p.model), m.architecture.maxContextTokens) });
  const series = decodeAcrossDevices(state, p.devices ?? POPULAR_DEVICE_IDS);
  return (
    <ChartFrame
      kind="devices"
      title={`${m.name}: generation speed by device`}
      series={series}
      xLabel="Device"
      caption={`Tokens per second with a ${state.promptTokens}-token prompt, one device each, automatic placement; grey bars do not fit.`}
    />
  );
}
