import { describe, expect, it } from 'vitest';
import { typicalReasoningTokens } from './reasoning';

describe('typical gpt-oss reasoning tokens', () => {
  it('derives from the CohenQu/gpt_oss_eval dataset sizes', () => {
    // high: 36,924,503 bytes / 480 responses / 4 characters per token = 19,231.5 -> 19,232 tokens.
    expect(typicalReasoningTokens('high')).toBe(19232);
    // low: 2,253,054 / 480 / 4 = 1,173.5 -> 1,173 (Math.round of 1173.465).
    expect(typicalReasoningTokens('low')).toBe(1173);
    expect(typicalReasoningTokens('medium')).toBe(Math.round(13717426 / 480 / 4));
  });
});
