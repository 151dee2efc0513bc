/**
 * How generation speed compares with reading. Silent reading of English non-fiction averages about
 * 238 words per minute (Brysbaert 2019, "How many words do we read per minute? A review and
 * meta-analysis of reading rate", Journal of Memory and Language 109, 104047,
 * https://doi.org/10.1016/j.jml.2019.104047). English text runs about 0.75 words per token with
 * current BPE tokenisers (OpenAI, "What are tokens and how to count them?",
 * https://help.openai.com/en/articles/4936856-what-are-tokens-and-how-to-count-them). So a reader keeps
 * pace with roughly 238 / 60 / 0.75 = 5.3 tokens per second.
 */
export const READING_WORDS_PER_MINUTE = 238;
export const WORDS_PER_TOKEN = 0.75;
export const READING_TOKENS_PER_SECOND = READING_WORDS_PER_MINUTE / 60 / WORDS_PER_TOKEN;

/** How a generation rate compares with reading, in words. */
export function readingComparison(tokensPerSecond: number): string {
  if (!(tokensPerSecond > 0)) return 'It does not run, so there is nothing to read.';
  const ratio = tokensPerSecond / READING_TOKENS_PER_SECOND;
  const wpm = Math.round((tokensPerSecond * WORDS_PER_TOKEN * 60) / 10) * 10;
  if (ratio >= 1.5) return `About ${ratio.toFixed(ratio >= 10 ? 0 : 1)}× faster than you can read (roughly ${wpm.toLocaleString('en-US')} words a minute).`;
  if (ratio >= 0.9) return `About as fast as you read (roughly ${wpm} words a minute).`;
  return `Slower than you read: about ${wpm} words a minute, so you will wait for it.`;
}
