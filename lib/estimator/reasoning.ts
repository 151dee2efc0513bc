/**
 * Typical reasoning (chain-of-thought) tokens gpt-oss writes before its answer, by effort level.
 *
 * Derived from the CohenQu/gpt_oss_eval dataset on Hugging Face (README dataset_info): gpt-oss-20b on
 * the 30 AIME 2025 problems, 16 sampled responses each (480 responses, 40,000-token cap), stored sizes
 * low 2,253,054 / medium 13,717,426 / high 36,924,503 bytes. Bytes per response / 4 characters per
 * token gives the figures below. These are hard competition-maths problems, so they are an upper
 * end: everyday questions reason for far fewer tokens. Shown as "hard problem" time on the site.
 */
import type { ReasoningEffort } from './input';

export const REASONING_EFFORTS: readonly ReasoningEffort[] = ['low', 'medium', 'high'];

const RESPONSES = 30 * 16;
const CHARS_PER_TOKEN = 4;
const DATASET_BYTES: Record<ReasoningEffort, number> = {
  low: 2_253_054,
  medium: 13_717_426,
  high: 36_924_503,
};

export const REASONING_TOKENS_SOURCE =
  'huggingface.co/datasets/CohenQu/gpt_oss_eval (gpt-oss-20b, AIME 2025, 480 responses per effort; bytes / 4 chars per token)';

export function typicalReasoningTokens(effort: ReasoningEffort): number {
  if (!Object.prototype.hasOwnProperty.call(DATASET_BYTES, effort)) throw new RangeError(`typicalReasoningTokens: effort must be low, medium or high; got ${JSON.stringify(effort)}`);
  return Math.round(DATASET_BYTES[effort] / RESPONSES / CHARS_PER_TOKEN);
}
