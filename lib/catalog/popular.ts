/**
 * The hardware and models most readers ask about: the series of "this model across popular devices"
 * charts and, later, the set of generated "will it run" pages. The devices are the most common
 * GPUs of each memory tier in the Steam Hardware Survey (RTX 3060, 4060, 4060 Ti, 3070, 4070 ...),
 * the cards bought for local AI (3090, 4090, 5090, 7900 XTX), the Macs and unified-memory machines
 * people run models on, and a plain desktop CPU. Ids only: every figure comes from the catalog.
 */
export const POPULAR_DEVICE_IDS = [
  'rtx-3060-12gb',
  'rtx-4060',
  'rtx-4060-ti-16gb',
  'rtx-4070-super',
  'rtx-5070-ti',
  'rtx-3090',
  'rtx-4090',
  'rtx-5090',
  'rx-7900-xtx',
  'apple-m4',
  'apple-m4-pro',
  'apple-m4-max-16c40g',
  'apple-m2-ultra',
  'ryzen-ai-max-plus-395',
  'dgx-spark',
  'cpu-ddr5-5600-2ch',
] as const;

export const POPULAR_MODEL_IDS = [
  'gpt-oss-20b',
  'gpt-oss-120b',
  'qwen3-30b-a3b',
  'qwen3-8b',
  'qwen3-14b',
  'qwen3-32b',
  'llama-3.1-8b',
  'llama-3.3-70b',
  'gemma-3-12b',
  'gemma-3-27b',
  'mistral-small-24b',
  'deepseek-r1-distill-qwen-32b',
  'phi-4',
] as const;
