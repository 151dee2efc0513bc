/**
 * lib/estimator: will this model run on this hardware, with how much memory, and how fast.
 * Pure TypeScript (no React, Next or DOM); safe to bundle for the browser.
 */
export { estimate, estimateScenario } from './estimate';
export type { EstimateResult, Range, PlacementSummary } from './estimate';
export type { EstimateInput, Scenario, Hardware, OffloadRequest, ReasoningEffort } from './input';
export {
  resolveScenario,
  defaultFormat,
  DEFAULT_SYSTEM_RAM,
  DEFAULT_CONTEXT_TOKENS,
  DEFAULT_PROMPT_TOKENS,
  DEFAULT_OUTPUT_TOKENS,
  MAX_DEVICES,
} from './input';
export type { EstimateError, Result } from './errors';
export type { Verdict } from './placement';
export { kvCacheBytes, kvBytesPerTokenPerLayer } from './kv-cache';
export { weightBytes, parameterBreakdown } from './weights';
export { appleWiredLimitGiB } from './memory';
export { typicalReasoningTokens } from './reasoning';
