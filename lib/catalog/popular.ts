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

/**
 * The "can X run Y" pages (`/will-it-run/<model>/<device>`): both gpt-oss models on every catalog device,
 * and every model below on every device below. The models are the ones readers ask about by name (the
 * chart set above plus the small models for laptops, the coding models and the MoE models people run with
 * expert offload); the devices are the common GPUs of each memory tier in the Steam Hardware Survey and
 * each vendor's current cards, the laptop GPUs, iGPUs and Macs people try models on, and plain desktop CPUs.
 */
export const WILL_IT_RUN_ALL_DEVICES_MODEL_IDS = ['gpt-oss-20b', 'gpt-oss-120b'] as const;

export const WILL_IT_RUN_MODEL_IDS = [
  ...POPULAR_MODEL_IDS.filter((id) => !(WILL_IT_RUN_ALL_DEVICES_MODEL_IDS as readonly string[]).includes(id)),
  'llama-3.2-3b',
  'qwen3-4b',
  'gemma-3-4b',
  'gemma-3n-e4b',
  'mistral-7b',
  'mistral-nemo-12b',
  'qwen2.5-14b',
  'qwen2.5-coder-7b',
  'qwen2.5-coder-14b',
  'qwen2.5-coder-32b',
  'qwen3-coder-30b-a3b',
  'deepseek-r1-distill-llama-8b',
  'deepseek-r1-distill-qwen-14b',
  'qwq-32b',
  'glm-4.5-air',
  'qwen3-next-80b-a3b',
  'llama-4-scout',
  'qwen3-235b-a22b-2507',
] as const;

export const WILL_IT_RUN_DEVICE_IDS = [
  // NVIDIA desktop, oldest first
  'gtx-1060-6gb',
  'gtx-1070',
  'gtx-1080-ti',
  'gtx-1650',
  'gtx-1660-super',
  'rtx-2060',
  'rtx-2070-super',
  'rtx-2080-ti',
  'rtx-3050',
  'rtx-3060-12gb',
  'rtx-3060-ti',
  'rtx-3070',
  'rtx-3080-10gb',
  'rtx-3090',
  'rtx-4060',
  'rtx-4060-ti-8gb',
  'rtx-4060-ti-16gb',
  'rtx-4070',
  'rtx-4070-super',
  'rtx-4070-ti-super',
  'rtx-4080-super',
  'rtx-4090',
  'rtx-5060',
  'rtx-5060-ti-16gb',
  'rtx-5070',
  'rtx-5070-ti',
  'rtx-5080',
  'rtx-5090',
  // NVIDIA laptop
  'rtx-3060-laptop',
  'rtx-4050-laptop',
  'rtx-4060-laptop',
  'rtx-4070-laptop',
  'rtx-4090-laptop',
  // AMD and Intel desktop
  'rx-6600',
  'rx-6700-xt',
  'rx-7600',
  'rx-7800-xt',
  'rx-7900-xtx',
  'rx-9070-xt',
  'arc-a770-16gb',
  'arc-b580',
  // Integrated and unified memory
  'intel-iris-xe',
  'radeon-780m',
  'ryzen-ai-max-plus-395',
  'dgx-spark',
  // Apple
  'apple-m1',
  'apple-m2',
  'apple-m3',
  'apple-m4',
  'apple-m4-pro',
  'apple-m4-max-16c40g',
  'apple-m2-ultra',
  'apple-m3-ultra',
  // CPU only
  'cpu-ddr4-3200-2ch',
  'cpu-ddr5-5600-2ch',
] as const;
