/**
 * The verdict in plain words, with the reason: "Fits entirely on the GPU", "Runs with the experts of
 * 20 layers in system RAM", "Does not fit: 6.2 GB short". Pure; shared by the calculator, the inline
 * widgets and any page that states an answer.
 */
import type { EstimateResult } from '../estimator';

export interface VerdictSummary {
  /** Short answer, sentence case, no full stop. */
  headline: string;
  /** Why, in one sentence. */
  detail: string;
  tone: 'good' | 'partial' | 'bad';
}

const gb = (x: number) => `${x.toFixed(1)} GB`;

export function verdictSummary(r: EstimateResult): VerdictSummary {
  const m = r.memoryGB;
  const p = r.placement;
  const pool = r.hardware.memoryKind === 'discrete' ? 'GPU memory' : r.hardware.memoryKind === 'unified' ? 'unified memory' : 'RAM';
  switch (p.kind) {
    case 'gpu':
      return {
        headline: r.hardware.memoryKind === 'discrete' ? 'Fits entirely on the GPU' : 'Fits in unified memory',
        detail: `It needs ${gb(m.total)} of the ${gb(m.available)} of ${pool} it may use, all ${p.totalLayers} layers included.`,
        tone: 'good',
      };
    case 'cpu-moe':
      return {
        headline: `Runs with the experts of ${p.cpuMoeLayers} ${p.cpuMoeLayers === 1 ? 'layer' : 'layers'} in system RAM`,
        detail: `The rest fills ${gb(m.total)} of ${gb(m.available)} of GPU memory; ${gb(p.systemRamGB)} of expert weights sit in system RAM and are read by the CPU.`,
        tone: 'partial',
      };
    case 'gpu-layers':
      return {
        headline: `Runs with ${p.gpuLayers} of ${p.totalLayers} layers on the GPU`,
        detail: `The GPU holds ${gb(m.total)} of ${gb(m.available)}; the other ${p.totalLayers - p.gpuLayers} layers (${gb(p.systemRamGB)}) run on the CPU from system RAM, which is much slower.`,
        tone: 'partial',
      };
    case 'cpu':
      return {
        headline: 'Runs on the CPU only',
        detail:
          r.hardware.memoryKind === 'discrete'
            ? `Nothing useful fits on the GPU, so all ${gb(p.systemRamGB)} run from system RAM.`
            : `It needs ${gb(m.total)} of the ${gb(m.available)} of RAM it may use.`,
        tone: r.hardware.memoryKind === 'discrete' ? 'bad' : 'partial',
      };
    case 'none':
      return {
        headline: `Does not fit: ${gb(m.missing)} short`,
        detail: `Even with the best split between ${pool} and system RAM, it needs about ${gb(m.missing)} more memory.`,
        tone: 'bad',
      };
  }
}
