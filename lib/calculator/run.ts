/** One estimate for a calculator state: the single call every widget and chart goes through. */
import { estimate, type EstimateResult, type Result } from '../estimator';
import { toEstimateInput, type CalculatorState } from './state';

export function estimateState(s: CalculatorState): Result<EstimateResult> {
  return estimate(toEstimateInput(s));
}

/** The estimate, or undefined when the engine rejects the state (callers that scan variants skip those). */
export function tryEstimate(s: CalculatorState): EstimateResult | undefined {
  const r = estimateState(s);
  return r.ok ? r.value : undefined;
}

const VERDICT_RANK: Record<EstimateResult['verdict'], number> = { fits: 3, offload: 2, 'cpu-only': 1, 'does-not-fit': 0 };

/** True when `b` runs better than `a`: a better verdict, or the same verdict at least 10 % faster. */
export function runsBetter(b: EstimateResult, a: EstimateResult): boolean {
  const rb = VERDICT_RANK[b.verdict];
  const ra = VERDICT_RANK[a.verdict];
  if (rb !== ra) return rb > ra;
  return b.decodeTokensPerSecond.expected > a.decodeTokensPerSecond.expected * 1.1;
}
