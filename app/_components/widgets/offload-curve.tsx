import { ChartFrame } from '@/app/_components/charts/chart-frame';
import { offloadCurve } from '@/lib/calculator/series';
import { offloadCurveProps, widgetState, type OffloadCurveProps } from '@/lib/content/component-props';
import { deviceById, modelById } from '@/lib/catalog';

/** Tokens/s against how many layers' experts sit in system RAM (llama.cpp --n-cpu-moe), at build time. */
export function OffloadCurve(props: OffloadCurveProps) {
  const p = offloadCurveProps.parse(props);
  const state = widgetState(p);
  return (
    <ChartFrame
      kind="offload"
      title={`${modelById.get(p.model)!.name} on ${deviceById.get(p.device)!.name}: experts in system RAM vs speed`}
      series={offloadCurve(state)}
      xLabel="Layers whose experts are in system RAM"
      caption={`With ${state.systemRamGB} GB of system RAM. Missing points do not fit in the GPU's memory.`}
    />
  );
}
